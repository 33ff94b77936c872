import ArgumentParser
import ThiDua

@main
struct ThiDuaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "thidua",
        abstract: "Turn Vietnamese press articles about thi đua, khen thưởng into award statistics.",
        discussion: """
        Each command reads files, directories (their .txt, .html and .jsonl files, gzipped \
        or not, recursively) or "-" for standard input. Inputs that cannot be read are \
        reported with the reason and where (byte offset, line); the run goes on and ends \
        with a summary.

        Exit codes: 0 success (rejected inputs are reported but do not fail the run); 1 \
        some inputs were rejected and --strict was given; 2 the rules are invalid or ICU \
        failed; 3 the store is unusable (not SQLite, corrupt, another program's); 64 bad \
        command line; 75 another run holds the store.
        """,
        version: BuildInfo.version,
        subcommands: [RunCommand.self, StatsCommand.self, ExportCommand.self, InspectCommand.self, ExtractCommand.self,
                      EvalCommand.self, RulesCommand.self, NormalizeCommand.self, SegmentCommand.self,
                      GenCorpusCommand.self]
    )
}
