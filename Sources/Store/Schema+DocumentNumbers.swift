import Foundation
import GRDB

extension Schema {
    /// After v5 the writer's time at 100,000 documents went to random keys again: the
    /// content id keyed awards, events and officials, so each record landed on a page of
    /// its own, and each candidate near duplicate read a 512-byte signature from anywhere
    /// in a table larger than the page cache. v6:
    /// - `document.id` (INTEGER PRIMARY KEY: never renumbered by VACUUM) numbers documents
    ///   in the order they were stored; `award`, `event` and `official` refer to it in
    ///   `document`, so their keys and indexes only grow at the end;
    /// - `award.id` is no longer a key: ids are made from the document and the sentence,
    ///   and a document's records are written once;
    /// - `sketch` holds a 64-byte sketch of each signature in `minhash` (same id): a
    ///   candidate whose sketch already rules it out is not read further (MinHash.sketch).
    /// Measured with an instrumented writer over 100,000 generated articles (README,
    /// Benchmarks): candidates read 1.75 million signatures, 13 s of the writer's 37 s.
    static func keyRecordsByDocumentID(_ db: Database) throws {
        try db.create(table: "document_v6") { table in
            table.column("id", .integer).primaryKey()
            table.column("doc", .text).notNull().unique()
            table.column("source", .text).notNull()
            table.column("url", .text)
            table.column("outlet", .text)
            table.column("title", .text)
            table.column("published", .text)
            table.column("author", .text)
            table.column("encoding", .text)
            table.column("province", .text)
            table.column("content_sha256", .text).notNull()
            table.column("near_dup_of", .text)
            table.column("version_of", .text)
            table.column("ingested_at", .text).notNull()
            table.column("status", .text).notNull()
            table.column("run_id", .integer).notNull().references("run")
            table.column("province_confidence", .double)
            table.column("body", .text)
        }
        try db.execute(sql: """
            INSERT INTO document_v6 (id, doc, source, url, outlet, title, published, author, encoding, province, content_sha256,
                                     near_dup_of, version_of, ingested_at, status, run_id, province_confidence, body)
            SELECT rowid, doc, source, url, outlet, title, published, author, encoding, province, content_sha256,
                   near_dup_of, version_of, ingested_at, status, run_id, province_confidence, body
            FROM document ORDER BY rowid
            """)

        try db.create(table: "award_v6") { table in
            table.column("document", .integer).notNull().references("document", column: "id")
            table.column("id", .text).notNull()
            table.column("doc", .text).notNull()
            table.column("award", .text).notNull()
            table.column("class", .text)
            table.column("granter", .text)
            table.column("granter_name", .text)
            table.column("kind", .text).notNull()
            table.column("count", .integer)
            table.column("qualifier", .text).notNull()
            table.column("recipient", .text)
            table.column("recipient_title", .text)
            table.column("presenter", .text)
            table.column("year", .integer)
            table.column("province", .text)
            table.column("zone", .text).notNull()
            table.column("sentence", .text).notNull()
            table.column("start", .integer).notNull()
            table.column("end", .integer).notNull()
            table.column("rule", .text).notNull()
            table.column("repeat_of", .text)
            table.column("part_of", .text)
            table.column("run_id", .integer).notNull()
        }
        try db.execute(sql: """
            INSERT INTO award_v6
            SELECT d.id, a.id, a.doc, a.award, a.class, a.granter, a.granter_name, a.kind, a.count, a.qualifier, a.recipient,
                   a.recipient_title, a.presenter, a.year, a.province, a.zone, a.sentence, a.start, a."end", a.rule,
                   a.repeat_of, a.part_of, a.run_id
            FROM award a JOIN document_v6 d ON d.doc = a.doc ORDER BY d.id, a.rowid
            """)

        try db.create(table: "event_v6") { table in
            table.column("document", .integer).notNull().references("document", column: "id")
            table.column("number", .integer).notNull()
            table.column("doc", .text).notNull()
            table.column("main", .boolean).notNull()
            table.column("type", .text).notNull()
            table.column("title", .text)
            table.column("date", .text)
            table.column("review_year", .integer)
            table.column("plan_year", .integer)
            table.column("province", .text)
            table.column("province_2025", .text)
            table.column("organizer", .text)
            table.column("officials", .text).notNull()
            table.column("sentence", .text).notNull()
            table.column("start", .integer).notNull()
            table.column("end", .integer).notNull()
            table.column("rule", .text).notNull()
            table.column("run_id", .integer).notNull()
            table.primaryKey(["document", "number"])
        }
        try db.execute(sql: """
            INSERT INTO event_v6
            SELECT d.id, e.number, e.doc, e.main, e.type, e.title, e.date, e.review_year, e.plan_year, e.province, e.province_2025,
                   e.organizer, e.officials, e.sentence, e.start, e."end", e.rule, e.run_id
            FROM event e JOIN document_v6 d ON d.doc = e.doc ORDER BY d.id, e.number
            """)

        try db.create(table: "official_v6") { table in
            table.column("document", .integer).notNull().references("document", column: "id")
            table.column("doc", .text).notNull()
            table.column("name", .text).notNull()
            table.column("title", .text)
            table.primaryKey(["document", "name"])
        }
        try db.execute(sql: """
            INSERT INTO official_v6 SELECT d.id, o.doc, o.name, o.title
            FROM official o JOIN document_v6 d ON d.doc = o.doc ORDER BY d.id
            """)

        // Tables that refer to a document by content id name the column: `document`'s
        // primary key is now its number.
        try db.create(table: "sighting_v6") { table in
            table.column("doc", .text).notNull().references("document", column: "doc")
            table.column("source", .text).notNull()
            table.column("url", .text)
            table.column("run_id", .integer).notNull()
            table.column("seen_at", .text).notNull()
            table.primaryKey(["doc", "source"])
        }
        try db.execute(sql: "INSERT INTO sighting_v6 SELECT doc, source, url, run_id, seen_at FROM sighting ORDER BY rowid")
        try db.create(table: "minhash_v6") { table in
            table.autoIncrementedPrimaryKey("id")
            table.column("doc", .text).notNull().references("document", column: "doc")
            table.column("signature", .blob).notNull()
        }
        try db.execute(sql: "INSERT INTO minhash_v6 (id, doc, signature) SELECT id, doc, signature FROM minhash ORDER BY id")

        for table in ["award", "event", "official", "sighting", "minhash", "document"] {
            try db.drop(table: table)
            try db.rename(table: "\(table)_v6", to: table)
        }
        try db.create(index: "award_on_document", on: "award", columns: ["document"])
        try db.create(index: "award_on_run_id", on: "award", columns: ["run_id"])
        try db.create(index: "document_on_near_dup_of", on: "document", columns: ["near_dup_of"])
        try db.create(index: "document_on_run_id", on: "document", columns: ["run_id"])
        try db.create(index: "document_source", on: "document", columns: ["source"])
        try db.create(index: "document_url", on: "document", columns: ["url"])
        try db.create(index: "document_on_version_of", on: "document", columns: ["version_of"])

        try db.create(table: "sketch") { table in
            table.column("id", .integer).primaryKey().references("minhash")
            table.column("bits", .blob).notNull()
        }
        let signatures = try Row.fetchCursor(db, sql: "SELECT id, signature FROM minhash ORDER BY id")
        let insert = try db.makeStatement(sql: "INSERT INTO sketch (id, bits) VALUES (?, ?)")
        while let row = try signatures.next() {
            let signature = MinHash.decode([UInt8](row["signature"] as Data))
            try insert.execute(arguments: [row["id"] as Int64, Data(MinHash.sketch(signature))])
        }
    }
}
