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

    public init(format: ExportFormat, excel: Bool = false) {
        self.format = format
        self.excel = excel
    }

    static let awardColumns = ["id", "doc", "award", "class", "granter", "granter_name", "kind", "count", "qualifier",
                               "recipient", "recipient_title", "presenter", "year", "province", "zone", "evidence_sentence",
                               "evidence_start", "evidence_end", "evidence_rule", "repeat_of", "part_of"]

    public func awards(_ records: [AwardRecord]) throws -> Data {
        if format == .jsonl { return Data(records.map { $0.jsonLine() }.joined().utf8) }
        return try csv(header: Self.awardColumns, rows: records.map { record in
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

    public func events(_ events: [EventRecord]) throws -> Data {
        if format == .jsonl { return Data(events.map { $0.jsonLine() }.joined().utf8) }
        func officials(_ event: EventRecord) -> String {
            event.officials.map { official in official.title.map { "\(official.name) (\($0))" } ?? official.name }
                .joined(separator: "; ")
        }
        return try csv(header: Self.eventColumns, rows: events.map { event -> [String] in
            [event.doc, event.type, event.title ?? "", event.date ?? "", event.reviewYear.map(String.init) ?? "",
             event.planYear.map(String.init) ?? "", event.province ?? "", event.province2025 ?? "", event.organizer ?? "",
             officials(event),
             event.evidence.sentence, String(event.evidence.start), String(event.evidence.end), event.evidence.rule,
             event.isMain ? "true" : "false"]
        })
    }

    static let documentColumns = ["doc", "source", "url", "outlet", "title", "published", "author", "encoding", "province",
                                  "province_confidence", "content_sha256", "near_dup_of", "version_of", "ingested_at", "status", "run"]

    public func documents(_ rows: [DocumentRow]) throws -> Data {
        let values = rows.map { row in
            [row.doc, row.source, row.url, row.outlet, row.title, row.published, row.author, row.encoding, row.province,
             row.provinceConfidence.map { String($0) }, row.contentSHA256, row.nearDupOf, row.versionOf, row.ingestedAt, row.status, String(row.run)] as [String?]
        }
        return try table(Self.documentColumns, values)
    }

    static let rejectionColumns = ["run", "source", "kind", "reason", "at"]

    public func rejections(_ rows: [RejectionRow]) throws -> Data {
        try table(Self.rejectionColumns, rows.map { [String($0.run), $0.source, $0.kind, $0.reason, $0.at] })
    }

    /// Plain string fields: JSON objects with the columns as keys, or CSV rows.
    /// Columns whose values are numbers in JSON.
    static let numericColumns: Set<String> = ["run", "province_confidence"]

    public func table(_ columns: [String], _ rows: [[String?]]) throws -> Data {
        if format == .csv { return try csv(header: columns, rows: rows.map { $0.map { $0 ?? "" } }) }
        var text = ""
        for row in rows {
            var line = JSONLine()
            for (column, value) in zip(columns, row) {
                if Self.numericColumns.contains(column), let value, Double(value) != nil {
                    line.addRaw(column, value)
                } else {
                    line.add(column, value)
                }
            }
            text += line.line()
        }
        return Data(text.utf8)
    }

    public func csv(header: [String], rows: [[String]]) throws -> Data {
        let stream = OutputStream(toMemory: ())
        stream.open()
        if excel {
            let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
            _ = stream.write(bom, maxLength: bom.count)
        }
        let writer = try CSVWriter(stream: stream, newline: .crlf)
        try writer.write(row: header)
        for row in rows { try writer.write(row: row) }
        writer.stream.close()
        var data = stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data ?? Data()
        data.append(contentsOf: [0x0D, 0x0A]) // every record, the last too, ends with CRLF
        return data
    }
}
