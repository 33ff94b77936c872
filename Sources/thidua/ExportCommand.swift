import ArgumentParser
import Foundation
import ThiDua

extension ExportTable: ExpressibleByArgument {}

extension ExportFormat: ExpressibleByArgument {}

/// `--since` takes a run number or a date.
struct SinceOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Only what was added after run N, or ingested on or after a date (2024-05-01).", valueName: "run|date"))
    var since: String?

    @Flag(help: "Include records of near-duplicate documents and of superseded versions.")
    var includeDuplicates = false

    var selection: Selection {
        var selection = Selection(includeDuplicates: includeDuplicates)
        if let since {
            if let run = Int64(since) { selection.sinceRun = run } else { selection.sinceDate = since }
        }
        return selection
    }
}

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the store's awards, events, documents or rejections as JSON Lines or CSV.",
        discussion: """
        Field names are those of the record contract (records.md). CSV is RFC 4180 (CRLF, \
        quotes where needed); list fields are joined with ";", the evidence is spread over \
        evidence_sentence, evidence_start, evidence_end and evidence_rule. --excel starts the \
        CSV with a UTF-8 byte order mark so that Excel shows Vietnamese correctly. \
        Records of near-duplicate documents are left out unless --include-duplicates.
        """
    )

    @Argument(help: "What to export: awards, events, documents or rejections.")
    var table: ExportTable

    @Option(help: "jsonl or csv.")
    var format: ExportFormat = .jsonl

    @Flag(help: "CSV for Excel: with a UTF-8 byte order mark.")
    var excel = false

    @Option(help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?

    @OptionGroup var since: SinceOptions
    @OptionGroup var store: StoreOptions

    func run() throws {
        let database = try store.open()
        let exporter = Exporter(format: excel ? .csv : format, excel: excel)
        let handle: FileHandle
        if let output {
            handle = try Console.create(output, hint: "check that its folder exists and is writable")
        } else {
            handle = FileHandle.standardOutput
        }
        defer { if output != nil { try? handle.close() } }
        try exporter.export(table, from: database, selection: since.selection) { try handle.write(contentsOf: $0) }
    }
}

extension Statistics.Dimension: ExpressibleByArgument {}

struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Sum award counts by province, award, year (and more) over the store.",
        discussion: """
        Counts only what is stated once: restatements in captions and titles, near-duplicate \
        documents, superseded versions and totals whose parts are known are left out. Exact \
        counts and bounds are kept apart: exact, lower_bound ("hơn", "trên"), approximate \
        ("khoảng", "hàng trăm"), upper_bound ("dưới"), and statements without a number \
        (uncounted). An award column like "co-thi-dua-chinh-phu+bang-khen-thu-tuong" is one \
        count stated for several awards together. --evidence lists each cell's sentences.
        """
    )

    @Option(help: ArgumentHelp(
        "Dimensions, comma-separated: province, award, level (nha-nuoc, bo-tinh, co-so), year, granter, kind, class, zone, doc.",
        valueName: "list"))
    var by = "province,award,year"

    @Option(help: "table, csv or json.")
    var format = "table"

    @Flag(help: "Show the sentences behind every number.")
    var evidence = false

    @OptionGroup var since: SinceOptions
    @OptionGroup var store: StoreOptions

    func validate() throws {
        for name in by.split(separator: ",") where Statistics.Dimension(rawValue: String(name)) == nil {
            throw ValidationError("unknown dimension '\(name)'; use \(Statistics.Dimension.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        if !["table", "csv", "json"].contains(format) { throw ValidationError("--format is table, csv or json") }
    }

    func run() throws {
        let database = try store.open()
        let dimensions = by.split(separator: ",").compactMap { Statistics.Dimension(rawValue: String($0)) }
        var tally = Statistics.Tally(by: dimensions, keepingEvidence: evidence)
        try database.forEachAward(since.selection) { tally.add($0) }
        let statistics = tally.statistics()
        switch format {
        case "csv": FileHandle.standardOutput.write(try statistics.csv())
        case "json": print(statistics.json(evidence: evidence), terminator: "")
        default: print(statistics.table(evidence: evidence), terminator: "")
        }
    }
}
