import Foundation
import GRDB
@testable import Store
import TestSupport
import Testing
import ThiDua

/// Stores written by earlier versions open, keep what they held, and keep working.
struct MigrationTests {
    /// A seed as the pipeline stores it, and its body cut into sentences at ". ".
    static func storedSeed() throws -> (document: DocumentInput, sentences: [(paragraph: Int, text: String)]) {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let runner = try StoreTests.runner(directory.appendingPathComponent("scratch.sqlite").path)
        let text = try String(contentsOf: Fixtures.seedPaths[2], encoding: .utf8)
        let document = try runner.process(SourceText(name: "002", source: "seeds/002.txt", text: text, encoding: "UTF-8"))
        var sentences: [(paragraph: Int, text: String)] = []
        for (paragraph, line) in document.body.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let parts = line.components(separatedBy: ". ")
            for (index, part) in parts.enumerated() {
                sentences.append((paragraph, index < parts.count - 1 ? part + "." : part))
            }
        }
        return (document, sentences)
    }

    @Test func aVersion4StoreGetsBodiesBackAndStillFindsCopies() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("v4.sqlite").path
        let (seed, sentences) = try Self.storedSeed()
        #expect(sentences.count > 10)
        let signature = try #require(seed.signature)
        let buckets = MinHash().buckets(signature)

        // The store as ThiDua wrote it before v5: a signature per document, LSH keyed by
        // content id, one row per sentence.
        do {
            let queue = try DatabaseQueue(path: path)
            try Schema.migrator.migrate(queue, upTo: "v4: province confidence")
            try queue.write { db in
                try db.execute(sql: "INSERT INTO run (id, started_at, inputs, rules_version, status) VALUES (1, 'then', '[]', '', 'done')")
                try db.execute(sql: """
                    INSERT INTO document (doc, source, content_sha256, ingested_at, status, run_id, signature)
                    VALUES (?, ?, ?, 'then', 'stored', 1, ?)
                    """, arguments: [seed.doc, seed.source, seed.contentSHA256, Data(MinHash.encode(signature))])
                for (number, sentence) in sentences.enumerated() {
                    try db.execute(sql: """
                        INSERT INTO sentence (doc, number, paragraph, start, "end", zone, text) VALUES (?, ?, ?, 0, 0, 'body', ?)
                        """, arguments: [seed.doc, number, sentence.paragraph, sentence.text])
                }
                for (band, bucket) in buckets.enumerated() {
                    try db.execute(sql: "INSERT INTO lsh (band, bucket, doc) VALUES (?, ?, ?)", arguments: [band, bucket, seed.doc])
                }
            }
        }

        let store = try Store(path: path)
        #expect(try store.body(of: seed.doc) == seed.body)
        #expect(try store.count("minhash") == 1)
        #expect(try store.count("lsh") == buckets.count)
        #expect(throws: StoreError.self) { try store.count("sentence") }

        // The same text again is a sighting; a copy with an edited sentence is a near
        // duplicate of the migrated document.
        let again = try store.write(documents: [seed], files: [], rejections: [], run: 1)
        #expect(again.exactDuplicates == 1 && again.stored == 0)
        var lines = seed.body.split(separator: "\n").map(String.init)
        lines[0] = "Theo Báo Vĩnh Long: " + lines[0]
        let body = lines.joined(separator: "\n")
        let (doc, sha256) = DocumentInput.contentID(of: body)
        var copy = DocumentInput(doc: doc, source: "copy.txt", metadata: seed.metadata, encoding: "UTF-8", province: nil,
                                 body: body, awards: [])
        copy.contentSHA256 = sha256
        let written = try store.write(documents: [copy], files: [], rejections: [], run: 1)
        #expect(written.stored == 1 && written.nearDuplicates == 1)
        let stored = try store.documents(Selection(includeDuplicates: true))
        #expect(stored.last?.nearDupOf == seed.doc)
    }
}
