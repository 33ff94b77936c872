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

    @Test func aVersion5StoreKeepsItsRecordsUnderDocumentNumbers() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("v5.sqlite").path
        let (seed, _) = try Self.storedSeed()
        let signature = try #require(seed.signature)
        let buckets = MinHash().buckets(signature)
        let award = try #require(seed.awards.first)
        let event = try #require(seed.events.first)
        let official = try #require(event.officials.first)

        // The store as ThiDua wrote it before v6: records keyed by content id, signatures
        // without sketches.
        do {
            let queue = try DatabaseQueue(path: path)
            try Schema.migrator.migrate(queue, upTo: "v5: compact near-duplicate index, bodies instead of sentences")
            try queue.write { db in
                try db.execute(sql: "INSERT INTO run (id, started_at, inputs, rules_version, status) VALUES (1, 'then', '[]', '', 'done')")
                // Another document first, so that row numbers and content ids do not line up by chance.
                try db.execute(sql: """
                    INSERT INTO document (doc, source, content_sha256, ingested_at, status, run_id, body)
                    VALUES ('0123456789abcdef', 'other.txt', 'x', 'then', 'stored', 1, 'Khác.')
                    """)
                try db.execute(sql: """
                    INSERT INTO document (doc, source, content_sha256, ingested_at, status, run_id, body)
                    VALUES (?, ?, ?, 'then', 'stored', 1, ?)
                    """, arguments: [seed.doc, seed.source, seed.contentSHA256, seed.body])
                try db.execute(sql: "INSERT INTO minhash (doc, signature) VALUES (?, ?)",
                               arguments: [seed.doc, Data(MinHash.encode(signature))])
                for (band, bucket) in buckets.enumerated() {
                    try db.execute(sql: "INSERT INTO lsh (band, bucket, root) VALUES (?, ?, 1)", arguments: [band, bucket])
                }
                try db.execute(sql: """
                    INSERT INTO award (id, doc, award, kind, count, qualifier, zone, sentence, start, "end", rule, run_id)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)
                    """, arguments: [award.id, award.doc, award.award.joined(separator: ","), award.kind.joined(separator: ","),
                                     award.count, award.qualifier.rawValue, award.zone.rawValue, award.evidence.sentence,
                                     award.evidence.start, award.evidence.end, award.evidence.rule])
                try db.execute(sql: """
                    INSERT INTO event (doc, number, main, type, officials, sentence, start, "end", rule, run_id)
                    VALUES (?, 0, 1, ?, '[]', ?, ?, ?, ?, 1)
                    """, arguments: [event.doc, event.type, event.evidence.sentence, event.evidence.start, event.evidence.end,
                                     event.evidence.rule])
                try db.execute(sql: "INSERT INTO official (doc, name, title) VALUES (?, ?, ?)",
                               arguments: [event.doc, official.name, official.title])
            }
        }

        let store = try Store(path: path)
        let awards = try store.awards(Selection(includeDuplicates: true))
        #expect(awards.map(\.id) == [award.id])
        #expect(awards.first?.evidence == award.evidence)
        #expect(try store.events(Selection(includeDuplicates: true)).map(\.type) == [event.type])
        #expect(try store.count("sketch") == 1)
        #expect(try store.count("official") == 1)
        #expect(try store.documents(Selection(includeDuplicates: true)).map(\.doc) == ["0123456789abcdef", seed.doc])
        let (violations, awardDocument) = try store.pool.read { db in
            (try Row.fetchAll(db, sql: "PRAGMA foreign_key_check"), try Int64.fetchOne(db, sql: "SELECT document FROM award"))
        }
        #expect(violations.isEmpty)
        #expect(awardDocument == 2)
        // v7 keys each band's bucket as Store.lshKey does, negative hashes included.
        #expect(buckets.contains { $0 < 0 } && buckets.contains { $0 >= 0 })
        let keys = try store.pool.read { db in try Int64.fetchAll(db, sql: "SELECT key FROM lsh WHERE root = 1 ORDER BY key") }
        #expect(keys == buckets.enumerated().map { Store.lshKey(band: $0, bucket: $1) }.sorted())

        // A copy with an edited sentence is still found through the migrated signature, and
        // its records are written under its own number.
        var lines = seed.body.split(separator: "\n").map(String.init)
        lines[0] = "Theo Báo Vĩnh Long: " + lines[0]
        let body = lines.joined(separator: "\n")
        let (doc, sha256) = DocumentInput.contentID(of: body)
        var copy = DocumentInput(doc: doc, source: "copy.txt", metadata: seed.metadata, encoding: "UTF-8", province: nil,
                                 body: body, awards: seed.awards.map { record in
                                     var copied = record
                                     copied.doc = doc
                                     return copied
                                 })
        copy.contentSHA256 = sha256
        let written = try store.write(documents: [copy], files: [], rejections: [], run: 1)
        #expect(written.stored == 1 && written.nearDuplicates == 1)
        #expect(try store.documents(Selection(includeDuplicates: true)).last?.nearDupOf == seed.doc)
        let copied = try store.awards(Selection(includeDuplicates: true)).filter { $0.doc == doc }
        #expect(copied.count == seed.awards.count)
        #expect(try store.pool.read { db in try Row.fetchAll(db, sql: "PRAGMA foreign_key_check") }.isEmpty)
    }
}

