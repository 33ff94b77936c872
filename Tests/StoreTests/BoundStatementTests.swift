import Foundation
import GRDB
@testable import Store
import Testing

/// Values bound through SQLite's C API read back as GRDB would have bound them.
struct BoundStatementTests {
    @Test func emptyTextAndBlobsStayEmptyAndNilBecomesNull() throws {
        let db = try DatabaseQueue()
        try db.write { db in
            try db.execute(sql: "CREATE TABLE t (text TEXT, blob BLOB, number INTEGER, real REAL, flag BOOLEAN)")
            let rows: [(String?, [UInt8], Int?, Double?, Bool)] = [
                ("", [], 0, 0.5, false), (nil, [1, 0, 255], nil, nil, true), ("Huân chương Lao động hạng Ba", [7], -3, -1e9, true),
            ]
            for row in rows {
                var insert = try db.bound("INSERT INTO t VALUES (?, ?, ?, ?, ?)")
                insert.bind(row.0)
                insert.bind(row.1)
                insert.bind(row.2)
                insert.bind(row.3)
                insert.bind(row.4)
                try insert.execute()
            }
            let stored = try Row.fetchAll(db, sql: "SELECT text, blob, number, real, flag, typeof(text), typeof(blob) FROM t ORDER BY rowid")
            #expect(stored.count == 3)
            #expect(stored[0][0] as String? == "" && stored[0][5] as String == "text" && stored[0][6] as String == "blob")
            #expect((stored[0][1] as Data?).map { [UInt8]($0) } == [])
            #expect(stored[1][0] as String? == nil && stored[1][2] as Int? == nil && stored[1][3] as Double? == nil)
            #expect((stored[1][1] as Data?).map { [UInt8]($0) } == [1, 0, 255] && stored[1][4] as Bool == true)
            #expect(stored[2][0] as String? == "Huân chương Lao động hạng Ba" && stored[2][2] as Int? == -3)
            #expect(stored[2][3] as Double? == -1e9 && stored[2][4] as Bool == true)
        }
    }

    @Test func rowsAreReadInOrderAndTheStatementRunsAgain() throws {
        let db = try DatabaseQueue()
        try db.write { db in
            try db.execute(sql: "CREATE TABLE t (number INTEGER, text TEXT)")
            try db.execute(sql: "INSERT INTO t VALUES (1, 'Đ'), (2, NULL), (3, ''), (4, 'Huân chương')")
            for _ in 0..<2 { // the second time from a reset statement
                var select = try db.bound("SELECT number, text FROM t WHERE number >= ? ORDER BY number")
                select.bind(2)
                var rows: [(Int64, String?)] = []
                try select.forEachRow { rows.append(($0.int64(0), $0.text(1))) }
                #expect(rows.map(\.0) == [2, 3, 4])
                #expect(rows.map(\.1) == [nil, "", "Huân chương"])
            }
            var first = try db.bound("SELECT text FROM t WHERE number > ? ORDER BY number")
            first.bind(0)
            #expect(try first.firstText() == "Đ")
            var null = try db.bound("SELECT text FROM t WHERE number = ?")
            null.bind(2)
            #expect(try null.firstText() == nil)
            var none = try db.bound("SELECT number FROM t WHERE number > ?")
            none.bind(9)
            #expect(try none.firstInt64() == nil)
            var count = try db.bound("SELECT count(*) FROM t WHERE text IS NOT NULL AND number < ?")
            count.bind(9)
            #expect(try count.firstInt64() == 3)
        }
    }

    @Test func aFailedStepThrowsGRDBsErrorAndTheStatementRunsAgain() throws {
        let db = try DatabaseQueue()
        try db.write { db in
            try db.execute(sql: "CREATE TABLE t (key TEXT PRIMARY KEY)")
            var failures = 0
            for key in ["a", "a", "b"] {
                var insert = try db.bound("INSERT INTO t VALUES (?)")
                insert.bind(key)
                do {
                    try insert.execute()
                    let count = try Int.fetchOne(db, sql: "SELECT count(*) FROM t")
                    #expect(count == (key == "a" ? 1 : 2))
                } catch let error as DatabaseError {
                    failures += 1
                    #expect(error.resultCode == .SQLITE_CONSTRAINT)
                    #expect(error.sql?.contains("INSERT INTO t") == true)
                }
            }
            #expect(failures == 1)
            #expect(try String.fetchAll(db, sql: "SELECT key FROM t ORDER BY key") == ["a", "b"])
        }
    }
}
