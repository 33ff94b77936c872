import ArgumentParser
import Foundation
import ThiDua

struct GenCorpusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gen-corpus",
        abstract: "Write a corpus of generated award articles with its gold records.",
        discussion: """
        Writes OUT/articles/NNNNNN.txt (or .html) and OUT/gold/generated.awards.jsonl and \
        generated.events.jsonl: year-end review reports of random provinces with award \
        statements of provinces, ministries, the army and the police, paragraphs that state \
        no award, a caption and a related-articles tail. A share of the articles is in NFD, \
        in the old tone placement, in windows-1258 or HTML, and a share are exact or near \
        copies of earlier ones. The same --seed gives the same corpus.

          thidua gen-corpus --articles 10000 --out /tmp/corpus
          thidua eval --gold /tmp/corpus/gold --corpus /tmp/corpus/articles
        """
    )

    @Option(help: "How many articles to write.")
    var articles: Int

    @Option(help: ArgumentHelp("Directory to write into (created if missing).", valueName: "dir"))
    var out: String

    @Option(help: "Seed of the random choices.")
    var seed: UInt64 = 1

    @Option(help: ArgumentHelp("Directory of rule files (for the province names).", valueName: "dir"))
    var rules: String?

    func validate() throws {
        guard articles > 0 else { throw ValidationError("--articles must be at least 1.") }
    }

    func run() throws {
        let provinces: [String]
        do {
            provinces = Array(try TextPipeline.load(rules: RuleDirectory.locate(explicit: rules)).extractor.rules.provinces2025.keys)
        } catch {
            Console.error("\(error)")
            throw ExitCode(2)
        }
        let generator = CorpusGenerator(options: .init(articles: articles, seed: seed), provinces: provinces)
        let summary = try generator.write(to: URL(fileURLWithPath: out))
        Console.error("wrote \(summary.articles) articles (\(summary.bytes / 1024) KB; \(summary.exactCopies) exact and "
                      + "\(summary.nearCopies) near copies) and \(summary.goldRecords) gold award records to \(out)")
    }
}
