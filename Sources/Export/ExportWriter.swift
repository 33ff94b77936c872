import CSV
import Foundation

/// Rows of one export handed to `sink` a chunk at a time as they are read, so that memory
/// stays the same however large the store. CSV.swift writes to its stream byte by byte:
/// each chunk is written into memory, never straight to a file.
public final class ExportWriter {
    public let format: ExportFormat
    private let excel: Bool
    private let header: [String]
    private let sink: (Data) throws -> Void
    private var jsonText = ""
    private var rows = 0 // since the last chunk
    private var csvRows: [[String]] = []
    private var headerWritten = false
    /// Rows per chunk (JSON Lines: also at most 64 KB).
    private let chunkRows: Int

    public init(format: ExportFormat, excel: Bool = false, header: [String], chunkRows: Int = 1000,
                sink: @escaping (Data) throws -> Void) {
        self.format = format
        self.excel = excel
        self.header = header
        self.chunkRows = max(1, chunkRows)
        self.sink = sink
    }

    /// One row; only the form the format needs is made: a whole JSON line, or CSV fields.
    public func add(json: () -> String, csv: () -> [String]) throws {
        if format == .jsonl {
            jsonText += json()
        } else {
            csvRows.append(csv())
        }
        rows += 1
        if rows >= chunkRows || jsonText.utf8.count >= 1 << 16 { try flush() }
    }

    /// Writes what is left; a CSV export has its header even without rows.
    public func finish() throws {
        try flush()
        if format == .csv, !headerWritten { try writeCSVChunk() }
    }

    private func flush() throws {
        rows = 0
        if format == .jsonl {
            guard !jsonText.isEmpty else { return }
            try sink(Data(jsonText.utf8))
            jsonText = ""
        } else if !csvRows.isEmpty {
            try writeCSVChunk()
        }
    }

    private func writeCSVChunk() throws {
        let stream = OutputStream(toMemory: ())
        stream.open()
        if excel, !headerWritten {
            let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
            _ = stream.write(bom, maxLength: bom.count)
        }
        let writer = try CSVWriter(stream: stream, newline: .crlf)
        if !headerWritten { try writer.write(row: header) }
        for row in csvRows { try writer.write(row: row) }
        writer.stream.close()
        var data = stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data ?? Data()
        data.append(contentsOf: [0x0D, 0x0A]) // every record, the last of a chunk too, ends with CRLF
        try sink(data)
        headerWritten = true
        csvRows.removeAll(keepingCapacity: true)
    }
}

/// Records of one kind written as they come, in the exporter's format.
public struct RecordWriter<Record> {
    let rows: ExportWriter
    let json: (Record) -> String
    let csv: (Record) -> [String]

    public func add(_ record: Record) throws {
        try rows.add(json: { json(record) }, csv: { csv(record) })
    }

    public func finish() throws {
        try rows.finish()
    }

    /// Every record `source` yields, then the end of the export.
    public func write(from source: ((Record) throws -> Void) throws -> Void) throws {
        try source { try add($0) }
        try finish()
    }
}
