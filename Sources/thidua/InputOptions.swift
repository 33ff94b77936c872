import ArgumentParser
import Foundation
import ThiDua

/// Options shared by every command that reads articles.
struct InputOptions: ParsableArguments {
    @Argument(help: ArgumentHelp("Files or directories to read (.txt, .html, .jsonl, each possibly .gz); \"-\" reads standard input.", valueName: "input"))
    var inputs: [String] = []

    @Flag(help: "Replace invalid UTF-8 with U+FFFD and warn, instead of rejecting the file.")
    var lossy = false

    @Option(help: ArgumentHelp("Reject inputs larger than this many bytes.", valueName: "bytes"))
    var maxBytes = 20 * 1024 * 1024

    @Option(help: ArgumentHelp("Only read files under a directory input whose relative path matches this glob (repeatable).", valueName: "glob"))
    var include: [String] = []

    @Option(help: ArgumentHelp("Skip files under a directory input whose relative path matches this glob (repeatable).", valueName: "glob"))
    var exclude: [String] = []

    @Option(help: ArgumentHelp("Read a JSON Lines field under another name, e.g. --field text=content (repeatable; fields: text, html, url, title, published, author, outlet).", valueName: "name=field"))
    var field: [String] = []

    @Flag(help: "Exit with code 1 when any input was rejected (by default rejections are reported, and the exit code is 0).")
    var strict = false

    @Option(help: ArgumentHelp("Directory of rule files (default: $THIDUA_RULES, ./rules, or the checkout's rules/).", valueName: "dir"))
    var rules: String?

    func validate() throws {
        for mapping in field where mapping.split(separator: "=").count != 2 {
            throw ValidationError("--field takes name=field, e.g. text=content; got '\(mapping)'")
        }
    }

    var readerOptions: InputReader.Options {
        var options = InputReader.Options()
        options.lossy = lossy
        options.maxBytes = maxBytes
        options.include = include
        options.exclude = exclude
        for mapping in field {
            let parts = mapping.split(separator: "=").map(String.init)
            options.fields[parts[0]] = parts[1]
        }
        return options
    }

    func reader() throws -> InputReader {
        do {
            return try InputReader.load(from: RuleDirectory.locate(explicit: rules), options: readerOptions)
        } catch {
            Console.error("\(error)")
            throw ExitCode(2)
        }
    }

    func pipeline() throws -> TextPipeline {
        do {
            return try TextPipeline.load(rules: RuleDirectory.locate(explicit: rules))
        } catch {
            Console.error("\(error)")
            throw ExitCode(2)
        }
    }

    /// One pipeline per text worker, loaded at once (`TextPipeline.load(rules:count:)`).
    func pipelines(_ count: Int) throws -> [TextPipeline] {
        do {
            return try TextPipeline.load(rules: RuleDirectory.locate(explicit: rules), count: count)
        } catch {
            Console.error("\(error)") // the first failure; every load reads the same rules
            throw ExitCode(2)
        }
    }
}

/// Counts of a run over many inputs, printed at the end so that a cron log says what happened.
struct RunSummary {
    var processed = 0
    var warned = 0
    var rejected: [String: Int] = [:]

    var rejectedTotal: Int { rejected.values.reduce(0, +) }

    mutating func reject(_ rejection: Rejection) {
        Console.error("rejected \(rejection)")
        rejected[rejection.reason.kind, default: 0] += 1
    }

    func report(unit: String) {
        var line = "\(processed + rejectedTotal) inputs: \(processed) \(unit)"
        if warned > 0 { line += ", \(warned) with warnings" }
        if rejectedTotal > 0 {
            let kinds = rejected.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", ")
            line += ", \(rejectedTotal) rejected (\(kinds))"
        }
        Console.error(line)
    }

    /// 0 unless `strict` and some input was rejected: a cron job over a scrape with a few
    /// broken files should not fail, but `--strict` makes it.
    func exitCode(strict: Bool) -> ExitCode { strict && rejectedTotal > 0 ? ExitCode(1) : .success }
}

/// Reads every input in turn; `body` handles the decoded ones.
func forEachInput(_ options: InputOptions, summary: inout RunSummary,
                  _ body: (SourceText) throws -> Void) throws {
    guard !options.inputs.isEmpty else {
        throw ValidationError("give at least one file, directory or \"-\" for standard input")
    }
    let reader = try options.reader()
    for expanded in reader.expand(options.inputs) {
        switch expanded {
        case .failure(let rejection):
            summary.reject(rejection)
        case .success(let path):
            try reader.read(path) { result in
                switch result {
                case .failure(let rejection):
                    summary.reject(rejection)
                case .success(let source):
                    for warning in source.warnings { Console.error("warning: \(source.source): \(warning)") }
                    if !source.warnings.isEmpty { summary.warned += 1 }
                    try body(source)
                    summary.processed += 1
                }
            }
        }
    }
}

enum Console {
    static func error(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    /// A new (or emptied) file to write to; `hint` tells the user what to check if it cannot be.
    static func create(_ path: String, hint: String) throws -> FileHandle {
        guard FileManager.default.createFile(atPath: path, contents: nil) else {
            throw ValidationError("cannot write \(path): \(hint)")
        }
        return try FileHandle(forWritingTo: URL(fileURLWithPath: path))
    }
}
