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

/// Exports and statistics read the store a row at a time: memory does not grow with the
/// store. Rows come in the order documents were stored.
extension Store {
    public func forEachAward(_ selection: Selection = Selection(), _ body: (AwardRecord) throws -> Void) throws {
        let (condition, arguments) = selection.whereClause(alias: "a")
        try forEachRow("SELECT a.* FROM award a JOIN document d ON d.id = a.document WHERE \(condition) ORDER BY d.id, a.rowid",
                       arguments) { try body(Self.award($0)) }
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

    public func forEachEvent(_ selection: Selection = Selection(), _ body: (EventRecord) throws -> Void) throws {
        let (condition, arguments) = selection.whereClause(alias: "e")
        let decoder = JSONDecoder()
        try forEachRow("SELECT e.* FROM event e JOIN document d ON d.id = e.document WHERE \(condition) ORDER BY d.id, e.number",
                       arguments) { row in
            let officials = (try? decoder.decode([Official].self, from: Data((row["officials"] as String).utf8))) ?? []
            try body(EventRecord(doc: row["doc"], type: row["type"], title: row["title"], date: row["date"],
                                 reviewYear: row["review_year"], planYear: row["plan_year"], province: row["province"],
                                 province2025: row["province_2025"], organizer: row["organizer"], officials: officials,
                                 evidence: Evidence(sentence: row["sentence"], start: row["start"], end: row["end"], rule: row["rule"]),
                                 isMain: row["main"]))
        }
    }

    public func forEachDocument(_ selection: Selection = Selection(), _ body: (DocumentRow) throws -> Void) throws {
        let (condition, arguments) = selection.whereClause(alias: "d")
        let columns = "doc, source, url, outlet, title, published, author, encoding, province, province_confidence, content_sha256, "
            + "near_dup_of, version_of, ingested_at, status, run_id" // not the body
        try forEachRow("SELECT \(columns) FROM document d WHERE \(condition) ORDER BY d.id", arguments) { row in
            try body(DocumentRow(doc: row["doc"], source: row["source"], url: row["url"], outlet: row["outlet"], title: row["title"],
                                 published: row["published"], author: row["author"], encoding: row["encoding"],
                                 province: row["province"], provinceConfidence: row["province_confidence"],
                                 contentSHA256: row["content_sha256"], nearDupOf: row["near_dup_of"],
                                 versionOf: row["version_of"], ingestedAt: row["ingested_at"], status: row["status"],
                                 run: row["run_id"]))
        }
    }

    public func forEachRejection(sinceRun: Int64? = nil, _ body: (RejectionRow) throws -> Void) throws {
        try forEachRow("SELECT * FROM rejection WHERE run_id > ? ORDER BY id", [sinceRun ?? 0]) {
            try body(RejectionRow(run: $0["run_id"], source: $0["source"], kind: $0["kind"], reason: $0["reason"], at: $0["at"]))
        }
    }

    /// The rows of a query, one at a time. An error of `body` (a full disk) is thrown as it
    /// is, not as a database error.
    private func forEachRow(_ sql: String, _ arguments: StatementArguments, _ body: (Row) throws -> Void) throws {
        var failure: (any Error)?
        try read { db in
            let rows = try Row.fetchCursor(db, sql: sql, arguments: arguments)
            while let row = try rows.next() {
                do { try body(row) } catch {
                    failure = error
                    return
                }
            }
        }
        if let failure { throw failure }
    }

    public func awards(_ selection: Selection = Selection()) throws -> [AwardRecord] {
        var records: [AwardRecord] = []
        try forEachAward(selection) { records.append($0) }
        return records
    }

    public func events(_ selection: Selection = Selection()) throws -> [EventRecord] {
        var events: [EventRecord] = []
        try forEachEvent(selection) { events.append($0) }
        return events
    }

    public func documents(_ selection: Selection = Selection()) throws -> [DocumentRow] {
        var documents: [DocumentRow] = []
        try forEachDocument(selection) { documents.append($0) }
        return documents
    }

    public func rejections(sinceRun: Int64? = nil) throws -> [RejectionRow] {
        var rows: [RejectionRow] = []
        try forEachRejection(sinceRun: sinceRun) { rows.append($0) }
        return rows
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
