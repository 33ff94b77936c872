import GRDB

extension Schema {
    /// v7: `lsh` keyed by one integer per band's bucket (`Store.lshKey`: the band and 27
    /// bits of the bucket's hash) instead of the band and the whole 64-bit hash. A row goes
    /// from about 19 bytes to 13, and the table from 28 to about 19 MB at 100,000 articles:
    /// its pages are the ones each commit reads and writes at random.
    static func compactLSHKeys(_ db: Database) throws {
        try db.create(table: "lsh_v7", options: .withoutRowID) { table in
            table.column("key", .integer).notNull()
            table.column("root", .integer).notNull()
            table.primaryKey(["key", "root"])
        }
        // The same arithmetic as Store.lshKey (a negative hash keeps its low bits).
        try db.execute(sql: """
            INSERT OR IGNORE INTO lsh_v7 (key, root)
            SELECT (band << 27) | (bucket & 134217727), root FROM lsh ORDER BY 1, 2
            """)
        try db.drop(table: "lsh")
        try db.rename(table: "lsh_v7", to: "lsh")
    }
}
