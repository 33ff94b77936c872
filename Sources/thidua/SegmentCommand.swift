import ArgumentParser
import Foundation
import ThiDua

struct SegmentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "segment",
        abstract: "Print the sentences of articles as JSON Lines.",
        discussion: """
        One object per sentence: {"doc", "paragraph", "start", "end", "zone", "text"}. `doc` is the \
        input's file name without extension; `start` and `end` are the sentence's offsets \
        in the original file, in Unicode scalars; `zone` is title, body or caption; `text` \
        is normalized. Site furniture and related-article tails are left out (see \
        `thidua inspect`). Every line break ends a sentence; abbreviations are in \
        rules/segmentation.yaml.
        """
    )

    @OptionGroup var input: InputOptions

    func run() throws {
        let pipeline = try input.pipeline()
        var summary = RunSummary()
        try forEachInput(input, summary: &summary) { source in
            let document = try pipeline.segment(source)
            var output = ""
            for sentence in document.sentences {
                var line = JSONLine()
                line.add("doc", source.name)
                line.add("paragraph", sentence.paragraph)
                line.add("start", sentence.start)
                line.add("end", sentence.end)
                line.add("zone", sentence.zone.rawValue)
                line.add("text", sentence.text)
                output += line.line()
            }
            FileHandle.standardOutput.write(Data(output.utf8))
        }
        summary.report(unit: "segmented")
        throw summary.exitCode(strict: input.strict)
    }
}
