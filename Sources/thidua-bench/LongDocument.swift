import Foundation
import ThiDua

/// Whether a document costs in proportion to its length: one document of the statement
/// fixtures' sentences, at two lengths eight times apart, read, extracted and stored (a new
/// store each time), one thread. The longer's MB/s against the shorter's is near 1 where
/// nothing is quadratic; a store that compared every pair of a document's records took
/// minutes over 8 MB (stop 31).
@MainActor
func runLongDocument(megabytes: Double) throws {
    let fixture = seedDirectory.deletingLastPathComponent().appendingPathComponent("extraction/statements.jsonl")
    let sentences = try String(contentsOf: fixture, encoding: .utf8).split(separator: "\n").compactMap { line -> String? in
        guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else { return nil }
        return object["sentence"] as? String
    }
    guard !sentences.isEmpty else { throw CocoaError(.fileReadCorruptFile) }
    // Three sentences a paragraph, in a fixed order: the same text at every run.
    func document(bytes: Int) -> String {
        var lines = ["Hội nghị tổng kết công tác thi đua, khen thưởng năm 2024"]
        var size = 0, next = 0
        while size < bytes {
            let paragraph = (0..<3).map { sentences[(next + $0 * 7) % sentences.count] }.joined(separator: " ")
            next += 1
            lines.append(paragraph)
            size += paragraph.utf8.count + 1
        }
        return lines.joined(separator: "\n") + "\n"
    }
    let long = Int(megabytes * 1_000_000)
    let texts = [("short", document(bytes: long / 8)), ("long", document(bytes: long))]
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("thidua-bench-long-\(getpid())")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    // The stores made before the clock runs: creating one is no part of a document's cost.
    var stores: [String: [Store]] = [:]
    for (name, _) in texts {
        stores[name] = try (0..<options.rounds).map { round in
            try Store(path: directory.appendingPathComponent("\(name)-\(round).sqlite").path)
        }
    }
    let trials = Trials()
    for (name, text) in texts {
        trials.add(name) {
            let store = stores[name]!.removeLast()
            let runner = Runner(pipeline: pipeline, reader: reader, store: store)
            let document = try runner.process(SourceText(name: name, source: name, text: text, encoding: "UTF-8"))
            let run = try store.beginRun(inputs: [name], rulesVersion: "bench")
            let counts = try store.write(documents: [document], files: [], rejections: [], run: run)
            return counts.awards
        }
    }
    try trials.run(rounds: options.rounds)
    print("\nlong document: read, extract and store one document, best of \(options.rounds) round-robin, 1 thread")
    print("| document | MB | records | MB/s | vs the short one |")
    print("|---|---:|---:|---:|---|")
    for (name, text) in texts {
        let megabytes = Double(text.utf8.count) / 1e6
        let shortRate = Double(texts[0].1.utf8.count) / 1e6 / trials["short"]
        print("| \(name) | \(String(format: "%.2f", megabytes)) | \(trials.checksums[name] ?? 0) | "
              + "\(String(format: "%.2f", megabytes / trials[name])) | \(String(format: "%.2f×", megabytes / trials[name] / shortRate)) |")
    }
}
