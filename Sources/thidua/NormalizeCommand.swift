import Foundation
import ArgumentParser
import ThiDua

struct NormalizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "normalize",
        abstract: "Print articles as normalized text.",
        discussion: """
        NFC, the legal documents' tone-mark placement ("hòa", "Ủy ban"), "Đ" for its \
        look-alikes, one space for any run of spaces, one line per paragraph. The rules \
        are in rules/normalization.yaml. With several inputs, each is preceded by a line \
        "# <input>".
        """
    )

    @OptionGroup var input: InputOptions

    func run() throws {
        let pipeline = try input.pipeline()
        var summary = RunSummary()
        let several = input.inputs.count > 1 || input.inputs.contains { $0 != "-" && isDirectory($0) }
        try forEachInput(input, summary: &summary) { source in
            let normalized = try pipeline.normalize(source)
            if several { print("# \(source.source)") }
            print(normalized.text)
        }
        summary.report(unit: "normalized")
        throw summary.exitCode(strict: input.strict)
    }
}

func isDirectory(_ path: String) -> Bool {
    var flag: ObjCBool = false
    return FileManager.default.fileExists(atPath: path, isDirectory: &flag) && flag.boolValue
}
