import Foundation
import GRDB
import GRDBSQLite

/// A prepared statement run with parameters bound one by one through SQLite's C API.
/// The writer inserts some twenty values per award, event and document; GRDB's
/// `StatementArguments` boxes each one as a `DatabaseValue` first, and that boxing and
/// binding cost more than SQLite's own insert. Only this file reaches below GRDB: the
/// statement stays one of GRDB's cached statements, and errors become GRDB's
/// `DatabaseError`s.
struct BoundStatement {
    private let handle: SQLiteStatement
    private let connection: SQLiteConnection?
    private let statement: Statement // its SQL is made on demand: read only for an error
    private var index: Int32 = 0
    /// The first binding SQLite refused (out of memory, too big), reported by `execute`.
    private var refused: Int32 = SQLITE_OK

    init(_ statement: Statement, _ db: Database) {
        handle = statement.sqliteStatement
        connection = db.sqliteConnection
        self.statement = statement
        sqlite3_reset(handle) // a statement left mid-way by an error must not keep its old step
    }

    /// SQLite copies text and blobs at once: the Swift values need not outlive the call.
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    private mutating func next() -> Int32 {
        index += 1
        return index
    }

    private mutating func check(_ code: Int32) {
        if code != SQLITE_OK, refused == SQLITE_OK { refused = code }
    }

    mutating func bind(_ value: String?) {
        let position = next()
        guard var value else {
            check(sqlite3_bind_null(handle, position))
            return
        }
        let code = value.withUTF8 { bytes in
            // An empty buffer may have no address, which SQLite would read as NULL.
            guard let start = bytes.baseAddress else { return sqlite3_bind_text(handle, position, "", 0, Self.transient) }
            return start.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
                sqlite3_bind_text(handle, position, $0, Int32(bytes.count), Self.transient)
            }
        }
        check(code)
    }

    mutating func bind(_ value: Int?) {
        let position = next()
        check(value.map { sqlite3_bind_int64(handle, position, Int64($0)) } ?? sqlite3_bind_null(handle, position))
    }

    mutating func bind(_ value: Int64) {
        check(sqlite3_bind_int64(handle, next(), value))
    }

    mutating func bind(_ value: Double?) {
        let position = next()
        check(value.map { sqlite3_bind_double(handle, position, $0) } ?? sqlite3_bind_null(handle, position))
    }

    mutating func bind(_ value: Bool) {
        check(sqlite3_bind_int64(handle, next(), value ? 1 : 0))
    }

    mutating func bind(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { bind($0) }
    }

    /// A blob, copied by SQLite before this returns.
    mutating func bind(_ buffer: UnsafeRawBufferPointer) {
        let position = next()
        // Without an address SQLite would bind NULL, not an empty blob.
        guard let start = buffer.baseAddress else { return check(sqlite3_bind_zeroblob(handle, position, 0)) }
        check(sqlite3_bind_blob(handle, position, start, Int32(buffer.count), Self.transient))
    }

    /// Runs the statement to its end; the bindings are then cleared for the next use.
    func execute() throws {
        try forEachRow { _ in }
    }

    /// Runs the statement to its end, handing each row to `body` (valid only during the
    /// call); the bindings are then cleared for the next use. The writer's bucket lookup
    /// reads two integers a row: a GRDB row cursor and its arguments cost as much as
    /// SQLite's lookup.
    func forEachRow(_ body: (BoundRow) throws -> Void) throws {
        precondition(index == sqlite3_bind_parameter_count(handle), "\(index) values bound for: \(statement.sql)")
        defer {
            sqlite3_reset(handle)
            sqlite3_clear_bindings(handle)
        }
        var code = refused
        if code == SQLITE_OK { code = sqlite3_step(handle) }
        while code == SQLITE_ROW {
            try body(BoundRow(handle: handle))
            code = sqlite3_step(handle)
        }
        guard code == SQLITE_DONE else {
            let message = connection.flatMap { sqlite3_errmsg($0) }.map { String(cString: $0) }
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: statement.sql)
        }
    }
}

/// The current row of a `BoundStatement`.
struct BoundRow {
    fileprivate let handle: SQLiteStatement

    func int64(_ column: Int32) -> Int64 { sqlite3_column_int64(handle, column) }

    /// A text column (nil for NULL), copied out of SQLite's buffer.
    func text(_ column: Int32) -> String? {
        guard let bytes = sqlite3_column_text(handle, column) else { return nil }
        return String(decoding: UnsafeBufferPointer(start: bytes, count: Int(sqlite3_column_bytes(handle, column))), as: UTF8.self)
    }
}

extension BoundStatement {
    /// `read` of the first row, if there is a row.
    func first<Value>(_ read: (BoundRow) -> Value) throws -> Value? {
        var value: Value?
        try forEachRow { row in
            if value == nil { value = read(row) }
        }
        return value
    }

    /// The first row's integer in column 0, if there is a row.
    func firstInt64() throws -> Int64? { try first { $0.int64(0) } }

    /// The first row's text in column 0, if there is a row and it is not NULL.
    func firstText() throws -> String? { try first { $0.text(0) } ?? nil }
}

extension Database {
    /// The cached statement for `sql`, to bind by position.
    func bound(_ sql: String) throws -> BoundStatement {
        BoundStatement(try cachedStatement(sql: sql), self)
    }
}
