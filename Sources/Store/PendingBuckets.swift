import GRDB

/// The LSH bucket rows of the roots stored in the open transaction, kept in memory and
/// written in key order just before it commits.
///
/// `lsh` is keyed by hashed buckets: rows written as documents come land on random pages,
/// and at 100,000 articles the table (28 MB) is larger than the page cache. SQLite spilled
/// its dirty pages to the log in the middle of a transaction, read them back for the next
/// row and wrote them again: `lsh` was 70 % of the writer's 1.4 million page writes and
/// 0.9 million page reads (`strace -c` of a run without the table). Written in order at
/// the commit, each page is read and written once per transaction.
///
/// Lookups see these rows as well as the table's: a root stored earlier in the transaction
/// is a candidate like any other. They are the transaction's, so newer than every row in
/// the table, as its key order (by root) would have put them.
///
/// Only the writer touches it, inside the pool's serial writes. Its size is bounded by the
/// transaction's (`bands` rows a stored document at most).
final class PendingBuckets: @unchecked Sendable { // confined to the pool's serial writes
    private struct Key: Hashable, Comparable {
        let band: Int
        let bucket: Int64

        static func < (left: Key, right: Key) -> Bool {
            (left.band, left.bucket) < (right.band, right.bucket)
        }
    }

    private var roots: [Key: [Int64]] = [:]

    var isEmpty: Bool { roots.isEmpty }

    /// This transaction's roots in a bucket, oldest first.
    func roots(band: Int, bucket: Int64) -> [Int64] {
        roots[Key(band: band, bucket: bucket)] ?? []
    }

    func append(band: Int, bucket: Int64, root: Int64) {
        roots[Key(band: band, bucket: bucket), default: []].append(root)
    }

    /// Writes the rows in key order, `rowsPerStatement` to a statement (`insertSQL[n]`
    /// writes n rows), and tells `filter` of each. The rows stay pending if a write fails:
    /// the transaction is then rolled back, and `removeAll` drops them.
    func flush(_ db: Database, insertSQL: [String], filter: BucketFilter) throws {
        let rowsPerStatement = insertSQL.count - 1
        var rows: [(band: Int, bucket: Int64, root: Int64)] = []
        rows.reserveCapacity(rowsPerStatement)
        func write() throws {
            var insert = try db.bound(insertSQL[rows.count])
            for row in rows {
                insert.bind(row.band)
                insert.bind(row.bucket)
                insert.bind(row.root)
            }
            try insert.execute()
            rows.removeAll(keepingCapacity: true)
        }
        for key in roots.keys.sorted() {
            filter.insert(band: key.band, bucket: key.bucket)
            for root in roots[key]! {
                rows.append((key.band, key.bucket, root))
                if rows.count == rowsPerStatement { try write() }
            }
        }
        if !rows.isEmpty { try write() }
        removeAll()
    }

    func removeAll() {
        roots.removeAll(keepingCapacity: true)
    }
}
