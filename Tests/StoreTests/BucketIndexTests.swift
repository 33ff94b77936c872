import Foundation
@testable import Store
import TestSupport
import Testing
import ThiDuaModel

/// The writer's LSH buckets: the rows of the open transaction kept in memory until it
/// commits, and the filter that skips the lookup of empty buckets. Neither may change
/// which copies are found.
struct BucketIndexTests {
    static func randomSignature() -> [UInt32] {
        var generator = SystemRandomNumberGenerator()
        return (0..<128).map { _ in UInt32.random(in: 0..<UInt32.max, using: &generator) }
    }

    /// A copy with four of its 128 values changed: 0.97 similar.
    static func copy(of signature: [UInt32]) -> [UInt32] {
        var copy = signature
        for index in [3, 40, 77, 111] { copy[index] &+= 1 }
        return copy
    }

    static func write(_ store: Store, _ number: Int, _ signature: [UInt32], run: Int64, commit: Bool = true) throws -> BatchCounts {
        try store.write(documents: [NearDuplicateTests.document(number, signature: signature)], files: [], rejections: [],
                        run: run, commit: commit)
    }

    static func lshRows(_ store: Store) throws -> Int {
        try store.pool.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM lsh") ?? -1 }
    }

    /// Runs `body` with a new store in a temporary folder (its path, for a second
    /// connection) and a run begun in it.
    static func withNewStore(_ body: (Store, String, Int64) throws -> Void) throws {
        let (directory, path) = try StoreTests.temporaryStore()
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = try Store(path: path)
        try body(store, path, try store.beginRun(inputs: [], rulesVersion: ""))
    }

    @Test func aCopyIsFoundInTheOpenTransactionAfterItsCommitAndPastTheFilter() throws {
        try Self.withNewStore { store, _, run in
            let original = Self.randomSignature()

            _ = try Self.write(store, 0, original, run: run, commit: false)
            #expect(try Self.lshRows(store) == 0) // pending until the commit
            #expect(try Self.write(store, 1, Self.copy(of: original), run: run, commit: false).nearDuplicates == 1)
            _ = try store.write(documents: [], files: [], rejections: [], run: run, commit: true)
            #expect(try Self.lshRows(store) == 16)

            // Enough unrelated documents for the filter to be read from the table.
            for number in 2..<40 { _ = try Self.write(store, number, Self.randomSignature(), run: run) }
            #expect(store.bucketFilter.isBuilt)
            #expect(try Self.lshRows(store) == 16 * 39)
            var again = Self.copy(of: original)
            again[5] &+= 1
            #expect(try Self.write(store, 40, again, run: run).nearDuplicates == 1)
            #expect(try Self.write(store, 41, Self.randomSignature(), run: run).nearDuplicates == 0)
            let last = try store.documents(Selection(includeDuplicates: true)).suffix(2)
            #expect(last.first?.nearDupOf == NearDuplicateTests.document(0, signature: []).doc)
            #expect(last.last?.nearDupOf == nil)
        }
    }

    @Test func aRolledBackTransactionLeavesNoBucketRowsBehind() throws {
        try Self.withNewStore { store, _, run in
            let original = Self.randomSignature()
            _ = try Self.write(store, 0, original, run: run, commit: false)
            // The same content id with another hash: the batch fails and the transaction with it.
            var clash = NearDuplicateTests.document(0, signature: Self.randomSignature())
            clash.contentSHA256 = String(repeating: "0", count: 64)
            #expect(throws: StoreError.self) {
                try store.write(documents: [clash], files: [], rejections: [], run: run, commit: false)
            }
            let counts = try Self.write(store, 1, Self.copy(of: original), run: run)
            #expect(counts.stored == 1 && counts.nearDuplicates == 0)
            #expect(try Self.lshRows(store) == 16)
        }
    }

    @Test func anotherWritersCommitDropsTheFilter() throws {
        try Self.withNewStore { store, path, run in
            for number in 0..<32 { _ = try Self.write(store, number, Self.randomSignature(), run: run) }
            #expect(store.bucketFilter.isBuilt)

            // Without the check, the filter would rule out the buckets of this document.
            let other = try Store(path: path)
            let original = Self.randomSignature()
            _ = try Self.write(other, 100, original, run: run)
            #expect(try Self.write(store, 101, Self.copy(of: original), run: run).nearDuplicates == 1)
        }
    }
}
