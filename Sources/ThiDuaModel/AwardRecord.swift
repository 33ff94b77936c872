/// Where a record comes from: the sentence, its place in the original, and the rule.
public struct Evidence: Sendable, Equatable, Codable {
    public let sentence: String
    public let start: Int
    public let end: Int
    public let rule: String

    public init(sentence: String, start: Int, end: Int, rule: String) {
        self.sentence = sentence
        self.start = start
        self.end = end
        self.rule = rule
    }

    /// `{"sentence": ..., "start": ..., "end": ..., "rule": ...}`, as award and event exports write it.
    public var jsonObject: String {
        var object = JSONLine()
        object.add("sentence", sentence)
        object.add("start", start)
        object.add("end", end)
        object.add("rule", rule)
        return object.object()
    }
}

/// Counts qualified as the press qualifies them ("hơn 5.000", "khoảng 300").
public enum Qualifier: String, Sendable, Codable, CaseIterable {
    case exact
    case moreThan = "more_than"
    case atLeast = "at_least"
    case about
    case fewerThan = "fewer_than"
}

/// One statement "N recipients of kind K received award A", as `records.md` defines it.
public struct AwardRecord: Sendable, Equatable, Codable {
    public var id: String
    public var doc: String
    public var award: [String]
    public var `class`: [String]?
    public var granter: String?
    public var granterName: String?
    public var kind: [String]
    public var count: Int?
    public var qualifier: Qualifier
    public var recipient: String?
    public var recipientTitle: String?
    public var presenter: String?
    public var year: Int?
    public var province: String?
    public var zone: Zone
    public var evidence: Evidence
    public var repeatOf: String?
    public var partOf: String?

    public init(id: String = "", doc: String, award: [String], class: [String]? = nil, granter: String? = nil,
                granterName: String? = nil, kind: [String], count: Int?, qualifier: Qualifier = .exact,
                recipient: String? = nil, recipientTitle: String? = nil, presenter: String? = nil, year: Int? = nil,
                province: String? = nil, zone: Zone, evidence: Evidence, repeatOf: String? = nil, partOf: String? = nil) {
        self.id = id
        self.doc = doc
        self.award = award
        self.class = `class`
        self.granter = granter
        self.granterName = granterName
        self.kind = kind
        self.count = count
        self.qualifier = qualifier
        self.recipient = recipient
        self.recipientTitle = recipientTitle
        self.presenter = presenter
        self.year = year
        self.province = province
        self.zone = zone
        self.evidence = evidence
        self.repeatOf = repeatOf
        self.partOf = partOf
    }

    enum CodingKeys: String, CodingKey {
        case id, doc, award, `class`, granter
        case granterName = "granter_name"
        case kind, count, qualifier, recipient
        case recipientTitle = "recipient_title"
        case presenter, year, province, zone, evidence
        case repeatOf = "repeat_of"
        case partOf = "part_of"
    }

    /// The record as one JSON line, fields in the order of the record contract.
    public func jsonLine() -> String {
        var line = JSONLine()
        line.add("id", id)
        line.add("doc", doc)
        line.add("award", award)
        line.add("class", `class`)
        line.add("granter", granter)
        line.add("granter_name", granterName)
        line.add("kind", kind)
        line.add("count", count)
        line.add("qualifier", qualifier.rawValue)
        line.add("recipient", recipient)
        line.add("recipient_title", recipientTitle)
        line.add("presenter", presenter)
        line.add("year", year)
        line.add("province", province)
        line.add("zone", zone.rawValue)
        line.addRaw("evidence", evidence.jsonObject)
        line.add("repeat_of", repeatOf)
        line.add("part_of", partOf)
        return line.line()
    }
}
