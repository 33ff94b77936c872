import GRDB

/// Which LSH buckets may hold a root: one bit per hashed `lsh` key, set for every bucket
/// row the store holds. A clear bit means the bucket is empty for certain, so its lookup
/// is skipped; a set bit may be a collision and is looked up as before. Results are the
/// same with or without the filter.
///
/// Most lookups find nothing: at 100,000 generated articles 80 % of a new root's buckets
/// had no earlier root, and each of those lookups descended a B-tree (`lsh`: 28 MB, 19 MB
/// since schema v7, more than the page cache either way) to find so.
///
/// The bits are not stored: they are read from `lsh` once the writer has looked up as many
/// documents as that is worth (`shouldBuild`), and kept in step as roots are indexed. Their
/// memory is fixed (2 MB), whatever the size of the store; a larger store only sets more
/// bits and skips fewer lookups.
///
/// Only the writer touches it, inside the pool's serial writes. A rolled-back transaction
/// leaves bits of rows that are gone: harmless, a set bit only costs a lookup. Another
/// connection's commit may add rows the bits miss: the writer drops the filter when
/// `PRAGMA data_version` says one happened.
final class BucketFilter: @unchecked Sendable { // confined to the pool's serial writes
    static let bitCount = 1 << 24
    /// The top bits of a mixed hash number the bit.
    private static let shift = UInt64(64 - bitCount.trailingZeroBitCount)
    private var words: [UInt64] = []
    /// `PRAGMA data_version` when the bits were read (it changes with other connections' commits).
    private var dataVersion: Int64 = 0
    /// Documents looked up since the filter was last dropped.
    private var lookups = 0

    var isBuilt: Bool { !words.isEmpty }

    /// The bit of an `lsh` key (`Store.lshKey`).
    @inline(__always)
    private static func bit(key: Int64) -> Int {
        Int(truncatingIfNeeded: MinHash.mix(UInt64(bitPattern: key)) >> shift)
    }

    func mayHold(key: Int64) -> Bool {
        guard isBuilt else { return true }
        let bit = Self.bit(key: key)
        return words[bit >> 6] & (1 << UInt64(bit & 63)) != 0
    }

    func insert(key: Int64) {
        guard isBuilt else { return }
        let bit = Self.bit(key: key)
        words[bit >> 6] |= 1 << UInt64(bit & 63)
    }

    /// Counts a document's lookup; true when reading every bucket row now costs less than
    /// the lookups the filter would save from here. Over the store of 100,000 articles,
    /// warm (sqlite3, 16 MB of page cache), reading the 1.4 million rows in order took
    /// 0.08 s and 90,000 lookups of absent buckets 0.03–0.05 s: the read costs about as much
    /// as 2.7 lookups per root, and a document saves 13 of its 16. So the filter is read
    /// once the writer has looked up a quarter as many documents as there are roots (the
    /// writer's own lookups, which miss its cache, cost more): then it pays for itself, and
    /// the whole never costs more than twice the better choice made in hindsight.
    func shouldBuild(_ db: Database) throws -> Bool {
        if isBuilt { return false }
        lookups += 1
        // Not for a handful of documents; and the count of roots only now and then.
        guard lookups % 16 == 0 else { return false }
        let roots = try Int.fetchOne(db.cachedStatement(sql: "SELECT max(id) FROM minhash")) ?? 0
        return lookups * 4 >= roots
    }

    /// Reads every bucket row's bit.
    func build(_ db: Database) throws {
        var words = [UInt64](repeating: 0, count: Self.bitCount / 64)
        let scan = try db.bound("SELECT key FROM lsh")
        try scan.forEachRow { row in
            let bit = Self.bit(key: row.int64(0))
            words[bit >> 6] |= 1 << UInt64(bit & 63)
        }
        dataVersion = try Self.dataVersion(db)
        self.words = words
    }

    /// Drops the bits if another connection committed since they were read. Called as the
    /// writer begins a transaction.
    func checkNoOtherWriter(_ db: Database) throws {
        guard isBuilt, try Self.dataVersion(db) != dataVersion else { return }
        drop()
    }

    func drop() {
        words = []
        lookups = 0
    }

    private static func dataVersion(_ db: Database) throws -> Int64 {
        try Int64.fetchOne(db, sql: "PRAGMA data_version") ?? 0
    }
}
