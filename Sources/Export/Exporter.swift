import CSV
import Foundation
import Store
import ThiDuaModel

public enum ExportFormat: String, Sendable, CaseIterable {
    case jsonl, csv
}

/// Exports of the store in the field names of the record contract: JSON Lines, or RFC 4180
/// CSV (CRLF, quoted where needed) with list fields joined by ";" and the evidence spread
/// over `evidence_*` columns. `excel` starts the CSV with a UTF-8 BOM, without which Excel
/// shows Vietnamese as mojibake.
public struct Exporter: Sendable {
    public let format: ExportFormat
    public let excel: Bool
    /// Rows handed to a sink at a time.
    public var chunkRows = 1000

    public init(format: ExportFormat, excel: Bool = false) {
        self.format = format
        self.excel = excel
    }

    static let awardColumns = ["id", "doc", "award", "class", "granter", "granter_name", "kind", "count", "qualifier",
                               "recipient", "recipient_title", "presenter", "year", "province", "zone", "evidence_sentence",
                               "evidence_start", "evidence_end", "evidence_rule", "repeat_of", "part_of"]

    /// Award records written to `sink` as they are added.
    public func awards(to sink: @escaping (Data) throws -> Void) -> RecordWriter<AwardRecord> {
        RecordWriter(rows: writer(Self.awardColumns, sink), json: { $0.jsonLine() }, csv: { record in
            [record.id, record.doc, record.award.joined(separator: ";"), record.class?.joined(separator: ";") ?? "",
             record.granter ?? "", record.granterName ?? "", record.kind.joined(separator: ";"),
             record.count.map(String.init) ?? "", record.qualifier.rawValue, record.recipient ?? "", record.recipientTitle ?? "",
             record.presenter ?? "", record.year.map(String.init) ?? "", record.province ?? "", record.zone.rawValue,
             record.evidence.sentence, String(record.evidence.start), String(record.evidence.end), record.evidence.rule,
             record.repeatOf ?? "", record.partOf ?? ""]
        })
    }

    static let eventColumns = ["doc", "type", "title", "date", "review_year", "plan_year", "province", "province_2025",
                               "organizer", "officials", "evidence_sentence", "evidence_start", "evidence_end", "evidence_rule",
                               "main"]

    public func events(to sink: @escaping (Data) throws -> Void) -> RecordWriter<EventRecord> {
        func officials(_ event: EventRecord) -> String {
            event.officials.map { official in official.title.map { "\(official.name) (\($0))" } ?? official.name }
                .joined(separator: "; ")
        }
        return RecordWriter(rows: writer(Self.eventColumns, sink), json: { $0.jsonLine() }, csv: { event in
            [event.doc, event.type, event.title ?? "", event.date ?? "", event.reviewYear.map(String.init) ?? "",
             event.planYear.map(String.init) ?? "", event.province ?? "", event.province2025 ?? "", event.organizer ?? "",
             officials(event),
             event.evidence.sentence, String(event.evidence.start), String(event.evidence.end), event.evidence.rule,
             event.isMain ? "true" : "false"]
        })
    }

    static let documentColumns = ["doc", "source", "url", "outlet", "title", "published", "author", "encoding", "province",
                                  "province_confidence", "content_sha256", "near_dup_of", "version_of", "ingested_at", "status", "run"]

    public func documents(to sink: @escaping (Data) throws -> Void) -> RecordWriter<DocumentRow> {
        table(Self.documentColumns, sink) { row in
            [row.doc, row.source, row.url, row.outlet, row.title, row.published, row.author, row.encoding, row.province,
             row.provinceConfidence.map { String($0) }, row.contentSHA256, row.nearDupOf, row.versionOf, row.ingestedAt,
             row.status, String(row.run)]
        }
    }

    static let rejectionColumns = ["run", "source", "kind", "reason", "at"]

    public func rejections(to sink: @escaping (Data) throws -> Void) -> RecordWriter<RejectionRow> {
        table(Self.rejectionColumns, sink) { [String($0.run), $0.source, $0.kind, $0.reason, $0.at] }
    }

    /// Columns whose values are numbers in JSON.
    static let numericColumns: Set<String> = ["run", "province_confidence"]

    /// Plain string fields: JSON objects with the columns as keys, or CSV rows.
    public func table<Row>(_ columns: [String], _ sink: @escaping (Data) throws -> Void,
                           fields: @escaping (Row) -> [String?]) -> RecordWriter<Row> {
        RecordWriter(rows: writer(columns, sink), json: { row in
            var line = JSONLine()
            for (column, value) in zip(columns, fields(row)) {
                if Self.numericColumns.contains(column), let value, Double(value) != nil {
                    line.addRaw(column, value)
                } else {
                    line.add(column, value)
                }
            }
            return line.line()
        }, csv: { fields($0).map { $0 ?? "" } })
    }

    private func writer(_ header: [String], _ sink: @escaping (Data) throws -> Void) -> ExportWriter {
        ExportWriter(format: format, excel: excel, header: header, chunkRows: chunkRows, sink: sink)
    }

    // MARK: Whole exports in memory (small selections, tests)

    public func awards(_ records: [AwardRecord]) throws -> Data { try collect(records, awards(to:)) }
    public func events(_ events: [EventRecord]) throws -> Data { try collect(events, events(to:)) }
    public func documents(_ rows: [DocumentRow]) throws -> Data { try collect(rows, documents(to:)) }
    public func rejections(_ rows: [RejectionRow]) throws -> Data { try collect(rows, rejections(to:)) }

    public func csv(header: [String], rows: [[String]]) throws -> Data {
        let buffer = DataBuffer()
        try RecordWriter(rows: ExportWriter(format: .csv, excel: excel, header: header, sink: { buffer.data.append($0) }),
                         json: { _ in "" }, csv: { $0 }).write(from: rows.forEach)
        return buffer.data
    }

    private func collect<Record>(_ records: [Record],
                                 _ make: (@escaping (Data) throws -> Void) -> RecordWriter<Record>) throws -> Data {
        let buffer = DataBuffer()
        try make { buffer.data.append($0) }.write(from: records.forEach)
        return buffer.data
    }

    // MARK: From the store, a row at a time

    /// Streams a table of the store to `sink`: rows are written as they are read.
    public func export(_ table: ExportTable, from store: Store, selection: Selection,
                       to sink: @escaping (Data) throws -> Void) throws {
        switch table {
        case .awards: try awards(to: sink).write { try store.forEachAward(selection, $0) }
        case .events: try events(to: sink).write { try store.forEachEvent(selection, $0) }
        case .documents: try documents(to: sink).write { try store.forEachDocument(selection, $0) }
        case .rejections: try rejections(to: sink).write { try store.forEachRejection(sinceRun: selection.sinceRun, $0) }
        }
    }
}

/// What `thidua export` can write.
public enum ExportTable: String, Sendable, CaseIterable {
    case awards, events, documents, rejections
}

/// What an in-memory export has written so far.
private final class DataBuffer {
    var data = Data()
}
