import Foundation
import Testing
import TestSupport
@testable import ThiDua

/// The run's writer thread.
struct BatchWriterTests {
    static func document(_ number: Int, doc: String? = nil) -> DocumentInput {
        let body = "Bài số \(number): \(number) tập thể được tặng Bằng khen."
        let (contentID, sha256) = DocumentInput.contentID(of: body)
        var input = DocumentInput(doc: doc ?? contentID, source: "\(number).txt", metadata: DocumentMetadata(),
                                  encoding: "UTF-8", province: nil, body: body, awards: [], signature: nil)
        input.contentSHA256 = sha256
        return input
    }

    /// A new store in a folder of its own with a run begun, removed afterwards.
    static func inStore(_ body: (_ store: Store, _ run: Int64, _ directory: URL) throws -> Void) throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = try Store(path: directory.appendingPathComponent("thidua.sqlite").path)
        try body(store, try store.beginRun(inputs: [], rulesVersion: ""), directory)
    }

    @Test(arguments: [true, false])
    func chunksAreStoredInTheOrderTheyCameAndAllCommitted(inline: Bool) throws {
        try Self.inStore { store, run, _ in
            // Transactions of 5 documents, chunks of 3: commits fall inside chunks' runs.
            let writer = BatchWriter(store: store, run: run, transactionSize: 5, inline: inline)
            for chunk in 0..<7 {
                try writer.submit(documents: (0..<3).map { Self.document(3 * chunk + $0) }, files: [], rejections: [])
            }
            let counts = try writer.finish()
            #expect(counts.stored == 21)
            let sources = try store.documents(Selection(includeDuplicates: true)).map(\.source)
            #expect(sources == (0..<21).map { "\($0).txt" })
        }
    }

    @Test(arguments: [true, false])
    func aFailedTransactionStopsTheWriterAndTheRunHearsOfIt(inline: Bool) throws {
        try Self.inStore { store, run, _ throws in
            let writer = BatchWriter(store: store, run: run, transactionSize: 100, inline: inline)
            let first = Self.document(1)
            // Another text under the same content id: the store refuses it.
            let collision = Self.document(2, doc: first.doc)
            var thrown: (any Error)?
            do {
                try writer.submit(documents: [first], files: [], rejections: [])
                try writer.submit(documents: [collision], files: [], rejections: [])
                for number in 3..<10 { try writer.submit(documents: [Self.document(number)], files: [], rejections: []) }
                _ = try writer.finish()
            } catch {
                thrown = error
            }
            #expect("\(thrown.map { "\($0)" } ?? "nothing")".contains(first.doc))
            // The open transaction was rolled back: nothing of it is stored.
            #expect(try store.documents(Selection(includeDuplicates: true)).isEmpty)
        }
    }

    @Test func anAbandonedWriterStopsWithoutTheFinalCommit() throws {
        try Self.inStore { store, run, _ in
            let writer = BatchWriter(store: store, run: run, transactionSize: 100)
            try writer.submit(documents: [Self.document(1), Self.document(2)], files: [], rejections: [])
            writer.abandon()
            // The thread has ended (finish would wait for it forever otherwise), nothing committed.
            #expect(try writer.finish().stored <= 2)
            #expect(try store.documents(Selection(includeDuplicates: true)).isEmpty)
            writer.abandon() // again: nothing
        }
    }

    /// The documents in the database file alone, as a copy without its log shows them.
    static func documentsInTheFile(_ store: Store, directory: URL) throws -> Int {
        let copy = directory.appendingPathComponent("copy-\(UUID().uuidString).sqlite")
        try FileManager.default.copyItem(atPath: store.path, toPath: copy.path)
        return try Store(path: copy.path).documents(Selection(includeDuplicates: true)).count
    }

    @Test func theLogIsCheckpointedWhenTheLastFilesBegin() throws {
        try Self.inStore { store, run, directory in
            let writer = BatchWriter(store: store, run: run, transactionSize: 2, inline: true)
            try writer.submit(documents: [Self.document(1), Self.document(2)], files: [], rejections: [])
            #expect(try Self.documentsInTheFile(store, directory: directory) == 0) // committed, still in the log
            try writer.submit(documents: [Self.document(3)], files: [], rejections: [], commitNow: true)
            #expect(try Self.documentsInTheFile(store, directory: directory) == 3)
            try writer.submit(documents: [Self.document(4)], files: [], rejections: [], commitNow: true)
            #expect(try Self.documentsInTheFile(store, directory: directory) == 3) // once: closing copies the rest
            #expect(try writer.finish().stored == 4)
        }
    }
}
