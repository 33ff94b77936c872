import ArgumentParser
import Foundation
import ThiDua

/// Options for the store, shared by run, export and stats.
struct StoreOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The store: an SQLite file, created if missing.", valueName: "path"))
    var db = "thidua.sqlite"

    func open(threshold: Double = 0.8) throws -> Store {
        do {
            return try Store(path: db, nearDuplicateThreshold: threshold)
        } catch {
            Console.error("\(error)")
            throw ExitCode(3)
        }
    }
}

struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Read new scrapes into the store: ingest, clean, normalize, segment, extract, store.",
        discussion: """
        For cron. Idempotent: a second run over the same inputs adds nothing and says so. \
        Incremental: a file whose size and time (or content) are unchanged is skipped; a \
        changed file under the same path or URL becomes a new version. An article stored \
        already (same normalized text, whatever its encoding or URL) is a sighting; one that \
        differs by a few edits is a near duplicate, kept but not counted in statistics.

        Only one run uses a store at a time: a second run waits (--wait) or exits with 75. \
        Exit codes: 0 done; 1 inputs rejected and --strict; 2 invalid rules; 3 store \
        unusable (corrupt or not ThiDua's); 75 store busy.
        """
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var store: StoreOptions

    @Option(help: ArgumentHelp("Also write what this run added (awards.jsonl, documents.jsonl, rejections.jsonl) here.", valueName: "dir"))
    var out: String?

    @Option(help: ArgumentHelp("Wait this long for another run to finish instead of exiting with 75.", valueName: "seconds"))
    var wait: Double = 0

    @Option(help: ArgumentHelp("Worker threads for the text stages (default: the number of cores). With more than one, the store is written on a thread of its own; 1 does everything on one thread.", valueName: "n"))
    var jobs: Int?

    @Option(help: ArgumentHelp("Documents per transaction: a killed run loses at most this many, and runs again from there.", valueName: "n"))
    var batchSize = 2048

    @Option(help: ArgumentHelp("Near-duplicate threshold: estimated Jaccard similarity of word shingles.", valueName: "0-1"))
    var nearDuplicateThreshold = 0.8

    @Flag(help: "Print nothing but errors (for cron).")
    var quiet = false

    @Flag(help: "Print the summary as one JSON object on standard output.")
    var json = false

    @Flag(help: "Print statistics by province, award and year after the run.")
    var stats = false

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if batchSize < 1 { throw ValidationError("--batch-size must be at least 1") }
        if !(0...1).contains(nearDuplicateThreshold) { throw ValidationError("--near-duplicate-threshold is between 0 and 1") }
    }

    func run() throws {
        guard !input.inputs.isEmpty else { throw ValidationError("give at least one file or directory to read") }
        let lock: StoreLock
        do {
            lock = try StoreLock(storePath: store.db, wait: wait)
        } catch {
            Console.error("\(error)")
            throw ExitCode(75)
        }
        defer { withExtendedLifetime(lock) {} }
        let database = try store.open(threshold: nearDuplicateThreshold)
        let directory = RuleDirectory.locate(explicit: input.rules)
        let jobs = self.jobs ?? ProcessInfo.processInfo.activeProcessorCount
        let pipelines = try input.pipelines(jobs)
        var runner = Runner(pipeline: pipelines[0], reader: try input.reader(), store: database)
        runner.jobs = jobs
        if jobs > 1 { runner.workerPipelines = pipelines }
        runner.batchSize = batchSize
        runner.rulesVersion = Self.fingerprint(of: directory)
        let bar = ProgressBar(mode: quiet || json ? .silent : (isatty(2) != 0 ? .bar : .lines))
        let report = try runner.run(input.inputs) { bar.show($0) }
        bar.finish()
        if let out { try export(run: report.run, to: out, store: database) }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            print(String(decoding: try encoder.encode(report), as: UTF8.self))
        } else if !quiet {
            Console.error(report.line)
        }
        if stats, !quiet {
            var tally = Statistics.Tally(by: [.province, .award, .year], keepingEvidence: false)
            try database.forEachAward { tally.add($0) }
            print(tally.statistics().table(), terminator: "")
        }
        do {
            try database.close()
        } catch {
            Console.error("\(error)")
            throw ExitCode(3)
        }
        if input.strict, report.rejectedTotal > 0 { throw ExitCode(1) }
    }

    func export(run: Int64, to directory: String, store: Store) throws {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let exporter = Exporter(format: .jsonl)
        let selection = Selection(sinceRun: run - 1, includeDuplicates: true)
        for (table, name) in [(ExportTable.awards, "awards.jsonl"), (.documents, "documents.jsonl"), (.rejections, "rejections.jsonl")] {
            let path = URL(fileURLWithPath: directory).appendingPathComponent(name).path
            let handle = try Console.create(path, hint: "check that --out is a writable folder")
            defer { try? handle.close() }
            try exporter.export(table, from: store, selection: selection) { try handle.write(contentsOf: $0) }
        }
    }

    /// The rules' version: a hash of every rule file, recorded with each run.
    static func fingerprint(of rules: RuleDirectory) -> String {
        let files = (FileManager.default.enumerator(atPath: rules.url.path)?.allObjects as? [String] ?? [])
            .filter { $0.hasSuffix(".yaml") }.sorted()
        var data = Data()
        for file in files {
            data.append(Data(file.utf8))
            data.append((try? Data(contentsOf: rules.url.appendingPathComponent(file))) ?? Data())
        }
        return String(Store.sha256(data).prefix(16))
    }
}

/// Progress: a bar with rate and ETA on a terminal; otherwise a plain line every tenth of
/// the files or every minute once a run has lasted `quietSeconds` (a cron log of a long
/// run; a nightly run of a few seconds says only its summary); nothing with --quiet.
final class ProgressBar {
    enum Mode { case bar, lines, silent }
    let mode: Mode
    private var lastDraw = Date.distantPast
    private var lastTenth = 0

    init(mode: Mode) { self.mode = mode }

    /// How long a run goes without progress lines when standard error is no terminal.
    static let quietSeconds: TimeInterval = 10

    func show(_ progress: RunProgress) {
        let fraction = progress.filesTotal == 0 ? 1 : Double(progress.filesDone) / Double(progress.filesTotal)
        let rate = progress.elapsed > 0 ? Double(progress.documents) / progress.elapsed : 0
        let remaining = fraction > 0 ? progress.elapsed * (1 - fraction) / fraction : 0
        let eta = String(format: "%d:%02d", Int(remaining) / 60, Int(remaining) % 60)
        switch mode {
        case .silent:
            return
        case .bar:
            guard Date().timeIntervalSince(lastDraw) > 0.2 || progress.filesDone == progress.filesTotal else { return }
            lastDraw = Date()
            let width = 30, filled = Int(fraction * Double(width))
            let bar = String(repeating: "=", count: filled) + String(repeating: " ", count: width - filled)
            let line = "\r[\(bar)] \(progress.filesDone)/\(progress.filesTotal) files, \(Int(rate)) docs/s, ETA \(eta) "
            FileHandle.standardError.write(Data(line.utf8))
        case .lines:
            let tenth = Int(fraction * 10)
            guard progress.elapsed >= Self.quietSeconds, tenth > lastTenth || Date().timeIntervalSince(lastDraw) > 60 else { return }
            lastTenth = tenth
            lastDraw = Date()
            Console.error("progress: \(progress.filesDone)/\(progress.filesTotal) files, \(progress.documents) documents, "
                          + "\(Int(rate)) docs/s, ETA \(eta)")
        }
    }

    func finish() {
        if mode == .bar { FileHandle.standardError.write(Data("\n".utf8)) }
    }
}
