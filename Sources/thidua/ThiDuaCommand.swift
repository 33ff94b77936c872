import ArgumentParser
import ThiDua

@main
struct ThiDuaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "thidua",
        abstract: "Turn Vietnamese press articles about thi đua, khen thưởng into award statistics.",
        discussion: """
        Each command reads files, directories (their .txt files, recursively) or "-" for
        standard input. Inputs that cannot be read are reported with the reason and the
        byte offset; the run goes on and ends with a summary.

        Exit codes: 0 all inputs processed; 1 some inputs rejected; 2 the rules are
        invalid or ICU failed; 64 bad command line.
        """,
        subcommands: [NormalizeCommand.self, SegmentCommand.self]
    )
}
