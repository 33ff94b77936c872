import Foundation
import GRDB
import ThiDuaModel

/// A stored document, as exports show it (records.md, "Document record").
public struct DocumentRow: Sendable, Equatable {
    public let doc: String
    public let source: String
    public let url: String?
    public let outlet: String?
    public let title: String?
    public let published: String?
    public let author: String?
    public let encoding: String?
    public let province: String?
    /// How sure `province` is (0 to 1): the winner's share of the weighted province mentions.
    public let provinceConfidence: Double?
    public let contentSHA256: String
    public let nearDupOf: String?
    public let versionOf: String?
    public let ingestedAt: String
    public let status: String
    public let run: Int64
}

/// A rejected input, as exports show it.
public struct RejectionRow: Sendable, Equatable {
    public let run: Int64
    public let source: String
    public let kind: String
    public let reason: String
    public let at: String
}

/// Which records an export or a statistic reads.
public struct Selection: Sendable {
    /// Only what runs after this one (exclusive) added.
    public var sinceRun: Int64?
    /// Only what was ingested on or after this date ("2024-05-01").
    public var sinceDate: String?
    /// Include records of near-duplicate documents and of superseded versions.
    public var includeDuplicates = false

    public init(sinceRun: Int64? = nil, sinceDate: String? = nil, includeDuplicates: Bool = false) {
        self.sinceRun = sinceRun
        self.sinceDate = sinceDate
        self.includeDuplicates = includeDuplicates
    }

    func whereClause(alias: String) -> (String, StatementArguments) {
        var conditions: [String] = []
        var arguments = StatementArguments()
        if let sinceRun {
            conditions.append("\(alias).run_id > ?")
            _ = arguments.append(contentsOf: [sinceRun])
        }
        if let sinceDate {
            conditions.append("d.ingested_at >= ?")
            _ = arguments.append(contentsOf: [sinceDate])
        }
        if !includeDuplicates {
            conditions.append("d.near_dup_of IS NULL")
            conditions.append("NOT EXISTS (SELECT 1 FROM document newer WHERE newer.version_of = d.doc)")
        }
        return (conditions.isEmpty ? "1" : conditions.joined(separator: " AND "), arguments)
    }
}

extension Store {
    public func awards(_ selection: Selection = Selection()) throws(StoreError) -> [AwardRecord] {
        let (condition, arguments) = selection.whereClause(alias: "a")
        return try read { db in
            try Row.fetchAll(db, sql: """
                SELECT a.* FROM award a JOIN document d ON d.doc = a.doc WHERE \(condition) ORDER BY d.rowid, a.rowid
                """, arguments: arguments).map(Self.award)
        }
    }

    static func award(_ row: Row) -> AwardRecord {
        func list(_ value: String?) -> [String]? { value.map { $0.isEmpty ? [] : $0.split(separator: ",").map(String.init) } }
        return AwardRecord(
            id: row["id"], doc: row["doc"], award: list(row["award"]) ?? [], class: list(row["class"]), granter: row["granter"],
            granterName: row["granter_name"], kind: list(row["kind"]) ?? [], count: row["count"],
            qualifier: Qualifier(rawValue: row["qualifier"]) ?? .exact, recipient: row["recipient"],
            recipientTitle: row["recipient_title"], presenter: row["presenter"], year: row["year"], province: row["province"],
            zone: Zone(rawValue: row["zone"]) ?? .body,
            evidence: Evidence(sentence: row["sentence"], start: row["start"], end: row["end"], rule: row["rule"]),
            repeatOf: row["repeat_of"], partOf: row["part_of"])
    }

    public func events(_ selection: Selection = Selection()) throws(StoreError) -> [EventRecord] {
        let (condition, arguments) = selection.whereClause(alias: "e")
        return try read { db in
            try Row.fetchAll(db, sql: """
                SELECT e.* FROM event e JOIN document d ON d.doc = e.doc WHERE \(condition) ORDER BY d.rowid, e.number
                """, arguments: arguments).map { row in
                let officials = (try? JSONDecoder().decode([Official].self, from: Data((row["officials"] as String).utf8))) ?? []
                return EventRecord(doc: row["doc"], type: row["type"], title: row["title"], date: row["date"],
                                   reviewYear: row["review_year"], planYear: row["plan_year"], province: row["province"],
                                   province2025: row["province_2025"], organizer: row["organizer"], officials: officials,
                                   evidence: Evidence(sentence: row["sentence"], start: row["start"], end: row["end"],
                                                      rule: row["rule"]),
                                   isMain: row["main"])
            }
        }
    }

    public func documents(_ selection: Selection = Selection()) throws(StoreError) -> [DocumentRow] {
        let (condition, arguments) = selection.whereClause(alias: "d")
        return try read { db in
            try Row.fetchAll(db, sql: "SELECT d.*, d.rowid FROM document d WHERE \(condition) ORDER BY d.rowid",
                             arguments: arguments).map { row in
                DocumentRow(doc: row["doc"], source: row["source"], url: row["url"], outlet: row["outlet"], title: row["title"],
                            published: row["published"], author: row["author"], encoding: row["encoding"],
                            province: row["province"], provinceConfidence: row["province_confidence"], contentSHA256: row["content_sha256"], nearDupOf: row["near_dup_of"],
                            versionOf: row["version_of"], ingestedAt: row["ingested_at"], status: row["status"],
                            run: row["run_id"])
            }
        }
    }

    public func rejections(sinceRun: Int64? = nil) throws(StoreError) -> [RejectionRow] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM rejection WHERE run_id > ? ORDER BY id", arguments: [sinceRun ?? 0]).map {
                RejectionRow(run: $0["run_id"], source: $0["source"], kind: $0["kind"], reason: $0["reason"], at: $0["at"])
            }
        }
    }

    /// The normalized text of a document: the paragraphs cleaning kept, one per line.
    public func body(of doc: String) throws(StoreError) -> String? {
        try read { db in try String.fetchOne(db, sql: "SELECT body FROM document WHERE doc = ?", arguments: [doc]) }
    }

    /// Number of rows of a table (for summaries and tests).
    public func count(_ table: String) throws(StoreError) -> Int {
        try read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)") ?? 0 }
    }

    /// Rows of a table, read without opening the store for writing (for monitoring a run
    /// from outside); nil while the store does not exist yet.
    public static func peek(path: String, table: String) -> Int? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(5)
        return try? DatabaseQueue(path: path, configuration: configuration).read { db in
            try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)")
        }
    }

    public func lastRun() throws(StoreError) -> Int64? {
        try read { db in try Int64.fetchOne(db, sql: "SELECT max(id) FROM run") }
    }
}
