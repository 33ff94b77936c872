/// An official named as attending or presiding.
public struct Official: Sendable, Equatable, Codable {
    public let name: String
    public let title: String?

    public init(name: String, title: String?) {
        self.name = name
        self.title = title
    }

    /// `[{"name": ..., "title": ...}, ...]`, as exports and the store write them.
    public static func jsonArray(_ officials: [Official]) -> String {
        "[" + officials.map { official in
            var item = JSONLine()
            item.add("name", official.name)
            item.add("title", official.title)
            return item.object()
        }.joined(separator: ",") + "]"
    }
}

/// The occasion an article reports (records.md, "Event record"). The main event comes
/// first; secondary ones (pledges signed, a movement launched, a leader elected) follow.
public struct EventRecord: Sendable, Equatable {
    public var doc: String
    public var type: String
    public var title: String?
    /// ISO date, or nil when the article gives none.
    public var date: String?
    public var reviewYear: Int?
    public var planYear: Int?
    public var province: String?
    /// The province after the 2025 reorganisation (an extension of the record contract).
    public var province2025: String?
    public var organizer: String?
    public var officials: [Official]
    public var evidence: Evidence
    /// Main event of the article, or a secondary one.
    public var isMain: Bool

    public init(doc: String, type: String, title: String?, date: String?, reviewYear: Int?, planYear: Int?, province: String?,
                province2025: String?, organizer: String?, officials: [Official], evidence: Evidence, isMain: Bool) {
        self.doc = doc
        self.type = type
        self.title = title
        self.date = date
        self.reviewYear = reviewYear
        self.planYear = planYear
        self.province = province
        self.province2025 = province2025
        self.organizer = organizer
        self.officials = officials
        self.evidence = evidence
        self.isMain = isMain
    }

    public func jsonLine() -> String {
        var line = JSONLine()
        line.add("doc", doc)
        line.add("type", type)
        line.add("title", title)
        line.add("date", date)
        line.add("review_year", reviewYear)
        line.add("plan_year", planYear)
        line.add("province", province)
        line.add("province_2025", province2025)
        line.add("organizer", organizer)
        line.addRaw("officials", Official.jsonArray(officials))
        line.addRaw("evidence", evidence.jsonObject)
        line.add("main", isMain)
        return line.line()
    }
}
