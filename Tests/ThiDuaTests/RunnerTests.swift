import Foundation
import Testing
import TestSupport
import ThiDua

/// `Runner.run` over inputs of every shape at once: single files, a JSON Lines file of many
/// documents (one line broken), an HTML page, the same page misread as Latin-1 (mojibake:
/// read with a warning) and a path that is not there. Small chunks
/// split the JSON Lines file across several, so that its state comes in a later chunk than
/// its first documents.
struct RunnerTests {
    static let records = 12

    /// The inputs, in a folder of their own.
    static func inputs(in directory: URL) throws -> [String] {
        let seeds = try Fixtures.seedTexts()
        var lines: [String] = []
        for number in 0..<records {
            let text = seeds[number % seeds.count].text + "\nMã bài viết: \(number)\n"
            let record = ["url": "https://example.gov.vn/tin/\(number)", "title": "Tin \(number)", "text": text]
            lines.append(String(decoding: try JSONSerialization.data(withJSONObject: record, options: [.sortedKeys]), as: UTF8.self))
            if number == 5 { lines.append(#"{"url": "https://example.gov.vn/hong", "text": "#) }
        }
        let jsonLines = directory.appendingPathComponent("feed.jsonl")
        try (lines.joined(separator: "\n") + "\n").write(to: jsonLines, atomically: false, encoding: .utf8)
        let page = directory.appendingPathComponent("page.html")
        try FileManager.default.copyItem(at: Fixtures.root.appendingPathComponent("fixtures/encodings/002.html"), to: page)
        let misread = directory.appendingPathComponent("misread.html")
        try FileManager.default.copyItem(at: Fixtures.root.appendingPathComponent("fixtures/encodings/002.mojibake.html"), to: misread)
        let seedFolder = directory.appendingPathComponent("seeds")
        try FileManager.default.copyItem(at: Fixtures.root.appendingPathComponent("fixtures/seeds"), to: seedFolder)
        return [seedFolder.path, jsonLines.path, page.path, misread.path, directory.appendingPathComponent("missing.txt").path]
    }

    @Test func mixedInputsGiveTheSameStoreWithOneOrTwoWorkersAndARerunAddsNothing() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let inputs = try Self.inputs(in: directory)
        var exports: [Data] = []
        for jobs in [1, 2] {
            let path = directory.appendingPathComponent("jobs\(jobs).sqlite").path
            func runner() throws -> Runner {
                var runner = Runner(pipeline: Fixtures.pipeline, reader: try InputReader.load(from: Fixtures.rules), store: try Store(path: path))
                runner.jobs = jobs
                runner.batchSize = 4
                return runner
            }
            let first = try runner().run(inputs)
            #expect(first.files == 5 + 4, "jobs \(jobs)")
            #expect(first.documents == 5 + Self.records + 2, "jobs \(jobs): seeds, the feed's records and the pages")
            #expect(first.rejectedTotal == 2, "jobs \(jobs): the broken line and the missing path, \(first.rejected)")
            #expect(first.warned == 1 && first.line.contains("1 read with warnings"), "jobs \(jobs): the misread page")
            let store = try Store(path: path)
            // Documents are named by their line; the broken one is line 7.
            let feedLines = try store.documents(Selection(includeDuplicates: true)).compactMap { document -> Int? in
                guard let range = document.source.range(of: "feed.jsonl:") else { return nil }
                return Int(document.source[range.upperBound...])
            }
            #expect(!feedLines.isEmpty && !feedLines.contains(7) && feedLines.contains { $0 > 7 }, "jobs \(jobs): \(feedLines)")
            exports.append(try Exporter(format: .jsonl).awards(try store.awards()) + Exporter(format: .jsonl).events(try store.events()))

            // Every file's state was recorded, the feed's after its last chunk: a rerun reads nothing.
            let second = try runner().run(inputs)
            #expect(second.unchanged == 5 + 3, "jobs \(jobs)")
            #expect(second.documents == 0 && second.stored == 0, "jobs \(jobs)")
        }
        #expect(exports[0] == exports[1])
        #expect(!exports[0].isEmpty)
    }
}
