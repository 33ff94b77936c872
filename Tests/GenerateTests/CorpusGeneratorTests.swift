import Foundation
@testable import Generate
import TestSupport
import Testing
import ThiDua

/// The generated corpus: reproducible, in every variant, and read by the pipeline as its
/// gold says.
struct CorpusGeneratorTests {
    static let provinces = Array(Fixtures.pipeline.extractor.rules.provinces2025.keys)

    static func generate(_ articles: Int, seed: UInt64) throws -> (URL, CorpusGenerator.Summary) {
        let directory = try Fixtures.temporaryDirectory()
        let summary = try CorpusGenerator(options: .init(articles: articles, seed: seed), provinces: provinces).write(to: directory)
        return (directory, summary)
    }

    @Test func theSameSeedGivesTheSameCorpus() throws {
        let (first, _) = try Self.generate(30, seed: 7)
        let (second, _) = try Self.generate(30, seed: 7)
        let (other, _) = try Self.generate(30, seed: 8)
        defer { for url in [first, second, other] { try? FileManager.default.removeItem(at: url) } }
        func gold(_ url: URL) throws -> Data { try Data(contentsOf: url.appendingPathComponent("gold/generated.awards.jsonl")) }
        #expect(try gold(first) == gold(second))
        #expect(try gold(first) != gold(other))
    }

    /// A centrally governed city's report says "thành phố" where a province's says "tỉnh".
    @Test func citiesReportAsCities() throws {
        let text = "Chủ tịch UBND tỉnh TP. Hồ Chí Minh tặng Bằng khen; Phó Bí thư Tỉnh ủy; Toàn tỉnh có; Công an tỉnh"
        #expect(CorpusGenerator.inCity(text, province: "TP. Hồ Chí Minh")
            == "Chủ tịch UBND thành phố Hồ Chí Minh tặng Bằng khen; Phó Bí thư Thành ủy; Toàn thành phố có; Công an thành phố")
        let (directory, _) = try Self.generate(200, seed: 5)
        defer { try? FileManager.default.removeItem(at: directory) }
        let articles = directory.appendingPathComponent("articles")
        let texts = try FileManager.default.contentsOfDirectory(atPath: articles.path).filter { $0.hasSuffix(".txt") }
            .map { String(decoding: try Data(contentsOf: articles.appendingPathComponent($0)), as: UTF8.self) }
        #expect(texts.contains { $0.contains("UBND thành phố") })
        #expect(!texts.contains { text in CorpusGenerator.cities.contains { text.contains("tỉnh \($0)") } })
        // Some list other articles under no heading, each headline twice (the pipeline must cut
        // them all the same: thePipelineAgreesWithTheGold).
        // (Of the articles in NFC UTF-8: the others spell the heading otherwise.)
        let readable = texts.filter { $0.contains("tổng kết công tác thi đua") }
        let unmarked = readable.filter { !$0.contains("Tin liên quan") }
        #expect(!unmarked.isEmpty && unmarked.count < readable.count / 2)
        #expect(unmarked.allSatisfy { $0.contains(StatementTemplates.tails[0] + "\n\n" + StatementTemplates.tails[0]) })
    }

    @Test func thePipelineAgreesWithTheGold() throws {
        let (directory, summary) = try Self.generate(300, seed: 3)
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(summary.articles == 300 && summary.exactCopies > 0 && summary.nearCopies > 0)
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.appendingPathComponent("articles").path)
        #expect(names.contains { $0.hasSuffix(".html") })

        let reader = try InputReader.load(from: Fixtures.rules)
        var records: [AwardRecord] = [], events: [EventRecord] = [], encodings: Set<String> = [], rejected = 0
        for path in reader.expand([directory.appendingPathComponent("articles").path]) {
            guard case .success(let path) = path else { rejected += 1; continue }
            try reader.read(path) { result in
                guard case .success(let source) = result else { rejected += 1; return }
                encodings.insert(source.encoding)
                let document = try Fixtures.pipeline.segment(source)
                let extraction = Fixtures.pipeline.extractAll(document)
                records += extraction.records.map(\.record)
                events += extraction.events
            }
        }
        #expect(rejected == 0)
        #expect(encodings.contains("windows-1258"))
        let gold = try GoldAward.load(directory: directory.appendingPathComponent("gold"))
        #expect(gold.count == summary.goldRecords)
        let evaluation = Evaluation.score(records: records, gold: gold)
        #expect(evaluation.f1 >= 0.98, "\(evaluation.report())")
        for field in [Evaluation.Field.granter, .class, .year, .presenter] {
            let (correct, total) = evaluation.accuracy(field)
            #expect(total > 0 && Double(correct) >= 0.98 * Double(total), "\(field): \(correct)/\(total)")
        }
        let eventEvaluation = EventEvaluation.score(events: events, gold: try GoldEvent.load(directory: directory.appendingPathComponent("gold")))
        #expect(eventEvaluation.fields.values.allSatisfy { Double($0.correct) >= 0.98 * Double($0.total) }, "\(eventEvaluation.report())")
        #expect(eventEvaluation.officialRecall >= 0.98 && eventEvaluation.officialPrecision >= 0.98)
    }

    @Test func theNumberOfWorkersDoesNotChangeTheStore() throws {
        let (directory, _) = try Self.generate(150, seed: 11)
        defer { try? FileManager.default.removeItem(at: directory) }
        var exports: [Data] = []
        // One pipeline shared by the workers, or one loaded for each (as `thidua run` does).
        for (jobs, ownPipelines) in [(1, false), (2, false), (2, true)] {
            let path = directory.appendingPathComponent("jobs\(jobs)-\(ownPipelines).sqlite").path
            var runner = Runner(pipeline: Fixtures.pipeline, reader: try InputReader.load(from: Fixtures.rules), store: try Store(path: path))
            runner.jobs = jobs
            if ownPipelines { runner.workerPipelines = try (0..<jobs).map { _ in try TextPipeline.load(rules: Fixtures.rules) } }
            runner.batchSize = 16
            let report = try runner.run([directory.appendingPathComponent("articles").path])
            #expect(report.documents == 150 && report.exactDuplicates > 0)
            let store = try Store(path: path)
            exports.append(try Exporter(format: .jsonl).awards(try store.awards()) + Exporter(format: .jsonl).events(try store.events()))
        }
        #expect(exports[0] == exports[1] && exports[0] == exports[2])
        #expect(!exports[0].isEmpty)
    }
}

