import ArgumentParser
import Foundation
import ThiDua

struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Print the award records of articles as JSON Lines.",
        discussion: """
        One record per line, with the field names of the record contract (records.md): \
        award, class, granter, kind, count, qualifier, recipient, year, province, zone and \
        the evidence sentence with its offsets and the rule that matched. The rules are \
        rules/extraction/*.yaml; edit them and run again, nothing to rebuild.

        --explain adds, under "explain", the rule and the text each capture took.
        --why-not "SENTENCE" shows the rules that came closest to matching a sentence.
        """
    )

    @OptionGroup var input: InputOptions

    @Flag(help: "Add the rule and the text of each capture to every record.")
    var explain = false

    @Flag(help: "Print event records (the occasion, its date, organizer and officials) instead of awards.")
    var events = false

    @Option(name: .customLong("why-not"), help: ArgumentHelp("Show which rules came closest to matching this sentence, and stop.", valueName: "sentence"))
    var whyNot: String?

    func run() throws {
        let pipeline = try input.pipeline()
        if let whyNot {
            print(report(whyNot: whyNot, pipeline: pipeline))
            return
        }
        var summary = RunSummary()
        var records = 0
        try forEachInput(input, summary: &summary) { source in
            let document = try pipeline.segment(source)
            var output = ""
            if events {
                for event in pipeline.events(document) { output += event.jsonLine() }
                FileHandle.standardOutput.write(Data(output.utf8))
                return
            }
            for extracted in pipeline.extract(document) {
                records += 1
                guard explain else {
                    output += extracted.record.jsonLine()
                    continue
                }
                var line = extracted.record.jsonLine()
                line.removeLast(2) // "}\n"
                var detail = JSONLine()
                detail.add("rule", extracted.record.evidence.rule)
                for capture in extracted.captures { detail.add(capture.name, capture.text) }
                output += line + ",\"explain\":" + detail.object() + "}\n"
            }
            FileHandle.standardOutput.write(Data(output.utf8))
        }
        summary.report(unit: "read, \(records) award records")
        throw summary.exitCode(strict: input.strict)
    }

    func report(whyNot sentence: String, pipeline: TextPipeline) -> String {
        let normalized = (try? pipeline.normalizer.normalize(sentence).text) ?? sentence
        let misses = pipeline.extractor.whyNot(normalized)
        var lines = ["sentence: \(normalized)"]
        if misses.isEmpty { lines.append("no rule applies: the sentence has no award, praise or recipient words") }
        for miss in misses.prefix(5) {
            lines.append("\(miss.rule): matched \(miss.matchedItems) of \(miss.totalItems) items; stopped at \(miss.stoppedAt)")
        }
        return lines.joined(separator: "\n")
    }
}
