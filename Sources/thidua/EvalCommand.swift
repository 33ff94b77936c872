import ArgumentParser
import Foundation
import ThiDua

struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score award extraction against gold records.",
        discussion: """
        Extracts the articles of --corpus and compares them with the *.awards.jsonl files of \
        --gold (the format of shared/gold: one expected record per line, `doc` being the \
        article's file name without extension, `cue` a piece of its sentence, `optional` for \
        vague statements). Records match on document, award set, kind set, count and \
        qualifier; granter, class, recipient, year and zone are reported as accuracies. \
        Every false positive and false negative is listed with its sentence. When the gold \
        directory has *.events.jsonl, main events are scored too: type, the name (it must \
        hold the gold's title_cue), date, review and plan years, province, organizer, and \
        officials by name (precision and recall).
        """
    )

    @Option(help: ArgumentHelp("Directory of gold files (*.awards.jsonl).", valueName: "dir"))
    var gold: String

    @Option(help: ArgumentHelp("Directory (or file) of articles the gold describes.", valueName: "dir"))
    var corpus: String

    @Option(help: ArgumentHelp("Directory of rule files.", valueName: "dir"))
    var rules: String?

    func run() throws {
        let goldRecords: [GoldAward], goldEvents: [GoldEvent]
        do {
            goldRecords = try GoldAward.load(directory: URL(fileURLWithPath: gold))
            goldEvents = try GoldEvent.load(directory: URL(fileURLWithPath: gold))
        } catch {
            Console.error("\(error)")
            throw ExitCode(2)
        }
        let directory = RuleDirectory.locate(explicit: rules)
        let pipeline: TextPipeline, reader: InputReader
        do {
            pipeline = try TextPipeline.load(rules: directory)
            reader = try InputReader.load(from: directory)
        } catch {
            Console.error("\(error)")
            throw ExitCode(2)
        }
        var records: [AwardRecord] = []
        var events: [EventRecord] = []
        // A corpus article that cannot be read would count as missed records: say which.
        var unreadable = 0
        func report(_ rejection: Rejection) {
            unreadable += 1
            Console.error("not scored: \(rejection.source): \(rejection.reason.description)")
        }
        for path in reader.expand([corpus]) {
            guard case .success(let path) = path else {
                if case .failure(let rejection) = path { report(rejection) }
                continue
            }
            try reader.read(path) { result in
                let source: SourceText
                switch result {
                case .success(let read): source = read
                case .failure(let rejection): return report(rejection)
                }
                let document = try pipeline.segment(source)
                let extraction = pipeline.extractAll(document)
                records.append(contentsOf: extraction.records.map(\.record))
                events.append(contentsOf: extraction.events)
            }
        }
        if unreadable > 0 { Console.error("\(unreadable) corpus input(s) could not be read and were not scored (listed above)") }
        print(Evaluation.score(records: records, gold: goldRecords).report())
        if !goldEvents.isEmpty {
            print("")
            print(EventEvaluation.score(events: events, gold: goldEvents).report())
        }
    }
}

struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "Work with rule files.",
        subcommands: [RulesCheckCommand.self]
    )
}

struct RulesCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check every rule file and report all problems as file:line: message.",
        discussion: "Exits with 1 when any rule file has a problem, 0 otherwise."
    )

    @Argument(help: ArgumentHelp("Rules directory (default: $THIDUA_RULES, ./rules, the checkout's rules/).", valueName: "dir"))
    var directory: String?

    func run() throws {
        let rules = RuleDirectory.locate(explicit: directory)
        let problems = TextPipeline.check(rules: rules)
        for problem in problems { print(problem) }
        if problems.isEmpty {
            print("\(rules.url.path): all rule files are valid")
        } else {
            Console.error("\(problems.count) problem\(problems.count == 1 ? "" : "s") in the rules")
            throw ExitCode(1)
        }
    }
}
