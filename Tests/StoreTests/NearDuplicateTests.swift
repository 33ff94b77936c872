import Foundation
@testable import Store
import TestSupport
import Testing
import ThiDuaModel

/// The near-duplicate index stays bounded when boilerplate makes a bucket popular.
struct NearDuplicateTests {
    static func document(_ number: Int, signature: [UInt32]) -> DocumentInput {
        let body = "Bài số \(number)."
        let (doc, sha256) = DocumentInput.contentID(of: body)
        var input = DocumentInput(doc: doc, source: "\(number).txt", metadata: DocumentMetadata(), encoding: "UTF-8",
                                  province: nil, body: body, awards: [], signature: signature)
        input.contentSHA256 = sha256
        return input
    }

    @Test func aFullBucketTakesNoMoreRootsAndCopiesAreStillFound() throws {
        let (directory, path) = try StoreTests.temporaryStore()
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = try Store(path: path)
        let run = try store.beginRun(inputs: [], rulesVersion: "")
        var generator = SystemRandomNumberGenerator()
        // Every document has the same first band (boilerplate) and nothing else in common.
        let boilerplate = (0..<8).map { _ in UInt32.random(in: 0..<UInt32.max, using: &generator) }
        let count = Store.bucketCapacity + 6
        var signatures: [[UInt32]] = []
        for _ in 0..<count {
            signatures.append(boilerplate + (8..<128).map { _ in UInt32.random(in: 0..<UInt32.max, using: &generator) })
        }
        let written = try store.write(documents: signatures.enumerated().map { Self.document($0, signature: $1) },
                                      files: [], rejections: [], run: run)
        #expect(written.stored == count && written.nearDuplicates == 0)
        let (firstBand, otherBand) = try store.pool.read { db in
            (try Int.fetchOne(db, sql: "SELECT count(*) FROM lsh WHERE key >> 27 = 0"),
             try Int.fetchOne(db, sql: "SELECT count(*) FROM lsh WHERE key >> 27 = 1"))
        }
        #expect(firstBand == Store.bucketCapacity)
        #expect(otherBand == count)

        // A copy of the last document (stored after the bucket was full) with a few values
        // changed is found through its other bands.
        var copy = try #require(signatures.last)
        for index in [20, 50, 90, 120] { copy[index] &+= 1 }
        let again = try store.write(documents: [Self.document(count, signature: copy)], files: [], rejections: [], run: run)
        #expect(again.nearDuplicates == 1)
        let last = try store.documents(Selection(includeDuplicates: true)).last
        #expect(last?.nearDupOf == Self.document(count - 1, signature: []).doc)
    }
}
