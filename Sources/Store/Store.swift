import Crypto
import Foundation
import GRDB
import ThiDuaModel

/// A document ready for the store: what the text stages made of one input.
public struct DocumentInput: Sendable {
    /// Content id: the start of the SHA-256 of `body`.
    public let doc: String
    public let source: String
    public let metadata: DocumentMetadata
    public let encoding: String
    public let province: String?
    /// The normalized text of the paragraphs cleaning kept: what "the same article" means.
    public let body: String
    public let awards: [AwardRecord]
    /// The MinHash signature of `body`, when computed off the writer's thread.
    public var signature: [UInt32]?
    public var events: [EventRecord] = []
    /// How sure `province` is, from 0 to 1.
    public var provinceConfidence: Double?
    /// The SHA-256 of `body` in hex, when computed off the writer's thread.
    public var contentSHA256: String?

    public init(doc: String, source: String, metadata: DocumentMetadata, encoding: String, province: String?, body: String,
                awards: [AwardRecord], signature: [UInt32]? = nil) {
        self.doc = doc
        self.source = source
        self.metadata = metadata
        self.encoding = encoding
        self.province = province
        self.body = body
        self.awards = awards
        self.signature = signature
    }

    /// The content id of a normalized body.
    public static func contentID(of body: String) -> (doc: String, sha256: String) {
        let sha = Store.sha256(Data(body.utf8))
        return (String(sha.prefix(16)), sha)
    }
}

/// What the incremental run remembers of a file: unchanged size and time, or content,
/// means nothing to do.
public struct FileState: Sendable, Equatable {
    public let path: String
    public let size: Int
    public let mtime: Double
    public let sha256: String

    public init(path: String, size: Int, mtime: Double, sha256: String) {
        self.path = path
        self.size = size
        self.mtime = mtime
        self.sha256 = sha256
    }
}

/// What one batch changed.
public struct BatchCounts: Sendable, Equatable {
    public var stored = 0
    public var exactDuplicates = 0
    public var nearDuplicates = 0
    public var alreadyKnown = 0
    public var awards = 0
    public var rejections = 0

    public init() {}

    public mutating func add(_ other: BatchCounts) {
        stored += other.stored
        exactDuplicates += other.exactDuplicates
        nearDuplicates += other.nearDuplicates
        alreadyKnown += other.alreadyKnown
        awards += other.awards
        rejections += other.rejections
    }
}

/// The store: one SQLite file (WAL), schema by migrations, writes in batched transactions.
/// Documents are stored once by content; later copies are sightings, syndicated copies
/// with small edits are linked to the first (`near_dup_of`).
public final class Store: Sendable {
    public let path: String
    let pool: DatabasePool
    public let minHash: MinHash
    public let nearDuplicateThreshold: Double
    /// The documents in LSH buckets, at most `bucketCapacity` a bucket, all bands looked up
    /// in one statement (each band an indexed lookup; an OR over the bands, or a row-value
    /// IN list, would scan the table: checked with EXPLAIN QUERY PLAN). The element at
    /// index n looks up n buckets (those the filter does not rule out).
    let bucketLookupSQL: [String]
    /// Bucket rows as a transaction commits (`PendingBuckets`), up to one per band in a
    /// statement (the element at index n writes n rows). OR IGNORE, though no row can
    /// conflict: a statement that writes several rows and may fail halfway needs a
    /// statement journal, which copied every page it touched to a temporary file.
    let bucketInsertSQL: [String]
    /// Roots a bucket takes. Boilerplate shared by formulaic reports makes some buckets
    /// popular (984 roots in one at 100,000 generated articles): without a limit, the cost
    /// of each new document grew with the store. A full bucket only stops taking roots;
    /// its first ones are still candidates, and a copy shares several bands.
    static let bucketCapacity = 64

    /// A band's bucket as `lsh` keys it: the band in the high bits, the low 27 bits of the
    /// bucket's hash below (schema v7). Up to 16 bands the key is under 2^31, which SQLite
    /// stores in 4 bytes instead of the 9 of a band and a 64-bit hash. Two buckets of one
    /// band that share their low bits (about 30 pairs a band at 100,000 roots) become one:
    /// their roots are candidates of each other, which the sketches rule out.
    static func lshKey(band: Int, bucket: Int64) -> Int64 {
        Int64(band) << 27 | (bucket & 0x7FF_FFFF)
    }
    /// Sketches of the candidates the writer compared lately (most candidates come back).
    let sketches: SketchCache
    /// The LSH buckets that may hold a root: the others are not looked up.
    let bucketFilter = BucketFilter()
    /// The bucket rows of the open transaction's roots, written when it commits.
    let pendingBuckets = PendingBuckets()

    /// Opens (or creates) the store at `path`. A file that is not SQLite, or is another
    /// program's database, is refused and left untouched.
    public init(path: String, nearDuplicateThreshold: Double = 0.8, minHash: MinHash = MinHash()) throws(StoreError) {
        self.path = path
        self.nearDuplicateThreshold = nearDuplicateThreshold
        self.minHash = minHash
        self.sketches = SketchCache(width: minHash.sketchWidth)
        self.bucketLookupSQL = (0...minHash.bands).map { buckets in
            Array(repeating: "SELECT * FROM (SELECT ? AS band, root FROM lsh WHERE key = ? LIMIT \(Self.bucketCapacity))",
                  count: buckets).joined(separator: " UNION ALL ")
        }
        self.bucketInsertSQL = (0...minHash.bands).map { rows in
            "INSERT OR IGNORE INTO lsh (key, root) VALUES " + Array(repeating: "(?, ?)", count: rows).joined(separator: ", ")
        }
        try Self.checkFile(path)
        do {
            // Looked at read-only first: opening for writing would switch a foreign file to WAL.
            if FileManager.default.fileExists(atPath: path) {
                var readOnly = Configuration()
                readOnly.readonly = true
                // The last connection of a previous run checkpoints the WAL on close and
                // holds the file for a moment: wait for it rather than fail.
                readOnly.busyMode = .timeout(30)
                try DatabaseQueue(path: path, configuration: readOnly).read { db in
                    let application = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
                    let tables = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master WHERE type = 'table'") ?? 0
                    if application != Schema.applicationID, tables > 0 { throw StoreError.foreignDatabase(path: path) }
                }
            }
            var configuration = Configuration()
            configuration.busyMode = .timeout(30)
            // The run's writer keeps its transaction open across chunks (write(…, commit:)).
            configuration.allowsUnsafeTransactions = true
            configuration.prepareDatabase { db in
                // WAL with synchronous=NORMAL survives a killed process (a power cut may lose
                // the last batches, never consistency). A 16 MB page cache for the writer (32 MB was
                // no faster at 100,000 articles and filled only there: peak RSS grew 9 %) and
                // no memory map: memory stays the same whatever the size of the store.
                // Readers only look up files and exports stream: 2 MB each. The WAL is
                // checkpointed every 32,000 pages (125 MB), not 1000: pages written again and
                // again across batches (the indexes) are copied back once instead of many
                // times. A --jobs 2 run over 100,000 articles: 31.6 s against 33.5 s at 8000.
                let cacheKB = db.configuration.readonly ? 2048 : 16384
                try db.execute(sql: "PRAGMA synchronous = NORMAL; PRAGMA cache_size = -\(cacheKB); PRAGMA mmap_size = 0; "
                    + "PRAGMA wal_autocheckpoint = 32000; PRAGMA journal_size_limit = 134217728")
            }
            pool = try DatabasePool(path: path, configuration: configuration)
            let migrator = Schema.migrator
            if try pool.read(migrator.hasBeenSuperseded) {
                throw StoreError.newerSchema(path: path)
            }
            try migrator.migrate(pool)
        } catch let error as StoreError {
            throw error
        } catch let error as DatabaseError where error.resultCode == .SQLITE_NOTADB || error.resultCode == .SQLITE_CORRUPT {
            throw .notADatabase(path: path)
        } catch {
            throw .database("\(error)")
        }
    }

    private static func checkFile(_ path: String) throws(StoreError) {
        guard let handle = FileHandle(forReadingAtPath: path) else { return } // new store
        defer { try? handle.close() }
        let header = handle.readData(ofLength: 16)
        if header.isEmpty { return }
        if header != Data("SQLite format 3\0".utf8) { throw .notADatabase(path: path) }
    }

    public static func sha256(_ data: Data) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var hex: [UInt8] = []
        hex.reserveCapacity(64)
        for byte in SHA256.hash(data: data) {
            hex.append(digits[Int(byte >> 4)])
            hex.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: hex, as: UTF8.self)
    }

    /// The time of a write, as stored (ISO 8601, UTC, seconds). A formatter is costly to
    /// make: writers take the time once per batch.
    static var now: String { Date().formatted(.iso8601) }

    /// A write of its own, or a savepoint in the transaction a run's writer holds open.
    func write<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try pool.writeWithoutTransaction { db in
                var result: T?
                try db.inSavepoint {
                    result = try body(db)
                    return .commit
                }
                return result!
            }
        } catch let error as StoreError {
            throw error
        } catch {
            throw .database("\(error)")
        }
    }

    /// Writes in the writer's open transaction (begun if none is), then commits it if asked.
    /// A failure rolls back everything since the last commit: whole batches or nothing.
    func writeInOpenTransaction<T>(commit: Bool, _ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try pool.writeWithoutTransaction { db in
                if !db.isInsideTransaction {
                    try db.beginTransaction(.immediate)
                    try bucketFilter.checkNoOtherWriter(db)
                }
                do {
                    let result = try body(db)
                    if commit {
                        try pendingBuckets.flush(db, insertSQL: bucketInsertSQL, filter: bucketFilter)
                        try db.commit()
                    }
                    return result
                } catch {
                    if db.isInsideTransaction { try? db.rollback() }
                    sketches.removeAll() // the ids of rolled-back roots are given again
                    pendingBuckets.removeAll()
                    throw error
                }
            }
        } catch let error as StoreError {
            throw error
        } catch {
            throw .database("\(error)")
        }
    }

    func read<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try pool.read(body)
        } catch {
            throw .database("\(error)")
        }
    }

    // MARK: Runs

    public func beginRun(inputs: [String], rulesVersion: String) throws(StoreError) -> Int64 {
        let inputsJSON = String(decoding: (try? JSONEncoder().encode(inputs)) ?? Data("[]".utf8), as: UTF8.self)
        return try write { db in
            try db.execute(sql: "INSERT INTO run (started_at, inputs, rules_version, status) VALUES (?, ?, ?, 'running')",
                           arguments: [Self.now, inputsJSON, rulesVersion])
            return db.lastInsertedRowID
        }
    }

    public func finishRun(_ id: Int64, counts: [String: Int], status: String = "done") throws(StoreError) {
        let countsJSON = String(decoding: (try? JSONEncoder().encode(counts)) ?? Data("{}".utf8), as: UTF8.self)
        try write { db in
            try db.execute(sql: "UPDATE run SET finished_at = ?, counts = ?, status = ? WHERE id = ?",
                           arguments: [Self.now, countsJSON, status, id])
        }
    }

    /// Copies the whole log into the database file, then closes the store: the file alone
    /// holds every committed run, and the log and its index are gone. Not left to the last
    /// reference: a run's threads may still hold the store for a moment when the process
    /// exits, and then nothing closed it: the log, tens of MB at 10,000 articles, stayed
    /// beside the file, and a backup of the file alone missed the run's last batches.
    /// The readers are closed first: SQLite removes the log when its last connection
    /// closes, and only a writer can. Using the store afterwards throws.
    public func close() throws(StoreError) {
        do {
            try pool.writeWithoutTransaction { db in _ = try db.checkpoint(.truncate) }
            pool.releaseMemory()
            try pool.close()
        } catch {
            throw .database("\(error)")
        }
    }

    /// Copies the log's committed pages into the database file now, as closing the store
    /// would: a run does it when its last files begin, while the text stages still work,
    /// instead of ending on one core copying the whole log (a quarter of a second at
    /// 10,000 articles). Passive: never waits for a reader.
    public func checkpoint() throws(StoreError) {
        do {
            _ = try pool.writeWithoutTransaction { db in try db.checkpoint(.passive) }
        } catch {
            throw .database("\(error)")
        }
    }

    /// What the store remembers of each of `paths`, a query per 500 paths (a rerun looks
    /// up every file; a statement per path spent more in binding and row decoding than in
    /// SQLite).
    public func fileStates(_ paths: [String]) throws(StoreError) -> [String: FileState] {
        var states: [String: FileState] = [:]
        states.reserveCapacity(paths.count)
        try read { db in
            for start in stride(from: 0, to: paths.count, by: Self.pathsPerQuery) {
                let chunk = paths[start..<min(start + Self.pathsPerQuery, paths.count)]
                let placeholders = String(repeating: "?,", count: chunk.count).dropLast()
                let select = try db.cachedStatement(
                    sql: "SELECT path, size, mtime, sha256 FROM file WHERE path IN (\(placeholders))")
                try select.setArguments(StatementArguments(chunk))
                let rows = try Row.fetchCursor(select)
                while let row = try rows.next() {
                    let path: String = row[0]
                    states[path] = FileState(path: path, size: row[1], mtime: row[2], sha256: row[3])
                }
            }
        }
        return states
    }

    /// Well under SQLite's smallest limit on a statement's parameters (999 before 3.32).
    public static let pathsPerQuery = 500

    /// Records that an unchanged file was seen again (its time may have moved).
    public func touch(_ file: FileState, run: Int64) throws(StoreError) {
        try write { db in try Self.upsert(file, run: run, db) }
    }

    static func upsert(_ file: FileState, run: Int64, _ db: Database) throws {
        try db.cachedStatement(sql: """
            INSERT INTO file (path, size, mtime, sha256, run_id) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT(path) DO UPDATE SET size = excluded.size, mtime = excluded.mtime, sha256 = excluded.sha256,
            run_id = excluded.run_id
            """).execute(arguments: [file.path, file.size, file.mtime, file.sha256, run])
    }
}
