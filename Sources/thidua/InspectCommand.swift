import ArgumentParser
import Foundation
import ThiDua

struct InspectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "Show how each article was read: metadata, encoding, zones, and what cleaning removed.",
        discussion: """
        For each input: where it came from, the encoding it was decoded from, the metadata \
        (title, published, outlet, author), then every paragraph with its zone (title, \
        body, caption) or the reason it was removed (navigation, image file name, metadata \
        line, related articles). Use it to see why a sentence was or was not extracted.
        """
    )

    @OptionGroup var input: InputOptions

    @Option(help: ArgumentHelp("Show at most this many characters of each paragraph.", valueName: "n"))
    var width = 100

    func run() throws {
        let pipeline = try input.pipeline()
        var summary = RunSummary()
        try forEachInput(input, summary: &summary) { source in
            let document = try pipeline.segment(source)
            print(report(document))
        }
        summary.report(unit: "inspected")
        throw summary.exitCode(strict: input.strict)
    }

    func report(_ document: SegmentedDocument) -> String {
        let metadata = document.cleaned.metadata
        var lines = ["== \(document.source.source)", "encoding:  \(document.source.encoding)"]
        for (label, value) in [("title", metadata.title), ("published", metadata.published), ("outlet", metadata.outlet),
                               ("author", metadata.author), ("url", metadata.url)] {
            lines.append("\(label):\(String(repeating: " ", count: 10 - label.count))\(value ?? "-")")
        }
        let kept = Dictionary(uniqueKeysWithValues: document.cleaned.paragraphs.flatMap { zoned in zoned.indices.map { ($0, zoned.zone) } })
        // Lines wrapped by hand, joined to the paragraph before them (`Cleaner`).
        let joined = Set(document.cleaned.paragraphs.flatMap { $0.indices.dropFirst() })
        let removed = Dictionary(uniqueKeysWithValues: document.cleaned.removed.map { ($0.paragraph, $0.reason) })
        let sentences = Dictionary(grouping: document.sentences, by: \.paragraph).mapValues(\.count)
        lines.append("paragraphs: \(document.normalized.paragraphs.count), kept \(kept.count), "
            + "removed \(removed.count), sentences \(document.sentences.count)")
        for index in document.normalized.paragraphs.indices {
            let text = document.normalized.text(ofParagraph: index)
            let shown = text.count > width ? text.prefix(width) + "…" : text
            let number = String(index)
            let prefix = String(repeating: " ", count: max(0, 4 - number.count)) + number + "  "
            if let zone = kept[index] {
                let count = joined.contains(index) ? "joined" : String(sentences[index] ?? 0)
                lines.append(prefix + padded("\(zone.rawValue) (\(count))") + shown)
            } else if let reason = removed[index] {
                lines.append(prefix + padded("-") + shown + "   [removed: \(reason)]")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func padded(_ label: String) -> String {
        label + String(repeating: " ", count: max(1, 13 - label.count))
    }
}
