import GRDB

/// The LSH bucket rows of the roots stored in the open transaction, kept in memory and
/// written in key order just before it commits.
///
/// `lsh` is keyed by hashed buckets: rows written as documents come land on random pages,
/// and at 100,000 articles the table (28 MB then, 19 MB with schema v7's keys) is larger
/// than the page cache. SQLite spilled
/// its dirty pages to the log in the middle of a transaction, read them back for the next
/// row and wrote them again: of a run's 1.40 million `pwrite` and 0.92 million `pread`
/// calls, a run that wrote no `lsh` made 0.43 and 0.13 million (`strace -c`). Written in
/// order at the commit, each page is read and written once per transaction: 0.87 and
/// 0.53 million.
///
/// Lookups see these rows as well as the table's: a root stored earlier in the transaction
/// is a candidate like any other. They are the transaction's, so newer than every row in
/// the table, as its key order (by root) would have put them.
///
/// Only the writer touches it, inside the pool's serial writes. Its size is bounded by the
/// transaction's (`bands` rows a stored document at most).
final class PendingBuckets: @unchecked Sendable { // confined to the pool's serial writes
    /// One bucket row (`key` as `Store.lshKey` makes it), and the index of the previous row
    /// of the same key (-1: none).
    private struct Row {
        let key: Int64
        let root: Int64
        let previous: Int
    }

    /// Flat, with a chain per bucket through `previous`: an array per bucket took about
    /// twice the memory (peak RSS 0.5–1 MB more over the 10,000 generated articles).
    private var rows: [Row] = []
    /// The last row of each key.
    private var lastRow: [Int64: Int] = [:]

    var isEmpty: Bool { rows.isEmpty }

    /// This transaction's roots in a bucket, oldest first.
    func roots(key: Int64) -> [Int64] {
        guard var index = lastRow[key] else { return [] }
        var roots: [Int64] = []
        while index >= 0 {
            roots.append(rows[index].root)
            index = rows[index].previous
        }
        return roots.reversed()
    }

    func append(key: Int64, root: Int64) {
        rows.append(Row(key: key, root: root, previous: lastRow[key] ?? -1))
        lastRow[key] = rows.count - 1
    }

    /// Writes the rows in key order, `rowsPerStatement` to a statement (`insertSQL[n]`
    /// writes n rows), and tells `filter` of each. After a failed write the rows are of no
    /// use: the transaction is rolled back, and `removeAll` drops them.
    func flush(_ db: Database, insertSQL: [String], filter: BucketFilter) throws {
        let rowsPerStatement = insertSQL.count - 1
        rows.sort { ($0.key, $0.root) < ($1.key, $1.root) }
        var start = 0
        while start < rows.count {
            let end = min(start + rowsPerStatement, rows.count)
            var insert = try db.bound(insertSQL[end - start])
            for row in rows[start..<end] {
                insert.bind(row.key)
                insert.bind(row.root)
                filter.insert(key: row.key)
            }
            try insert.execute()
            start = end
        }
        removeAll()
    }

    func removeAll() {
        rows.removeAll(keepingCapacity: true)
        lastRow.removeAll(keepingCapacity: true)
    }
}
