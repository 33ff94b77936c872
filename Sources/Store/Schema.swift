import GRDB

/// The store's tables, created and upgraded by migrations. `application_id` marks the
/// file as ThiDua's, so that another program's SQLite file is never written to.
enum Schema {
    /// "THDA": ThiDua's mark in the SQLite header.
    static let applicationID: Int32 = 0x5448_4441

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: "PRAGMA application_id = \(applicationID)")
            try db.create(table: "run") { table in
                table.autoIncrementedPrimaryKey("id")
                table.column("started_at", .text).notNull()
                table.column("finished_at", .text)
                table.column("inputs", .text).notNull()
                table.column("rules_version", .text).notNull()
                table.column("counts", .text)
                table.column("status", .text).notNull()
            }
            try db.create(table: "file") { table in
                table.primaryKey("path", .text)
                table.column("size", .integer).notNull()
                table.column("mtime", .double).notNull()
                table.column("sha256", .text).notNull()
                table.column("run_id", .integer).notNull().references("run")
            }
            try db.create(table: "document") { table in
                table.primaryKey("doc", .text)
                table.column("source", .text).notNull()
                table.column("url", .text)
                table.column("outlet", .text)
                table.column("title", .text)
                table.column("published", .text)
                table.column("author", .text)
                table.column("encoding", .text)
                table.column("province", .text)
                table.column("content_sha256", .text).notNull().unique()
                table.column("near_dup_of", .text).indexed()
                table.column("version_of", .text)
                table.column("ingested_at", .text).notNull()
                table.column("status", .text).notNull()
                table.column("run_id", .integer).notNull().references("run").indexed()
                table.column("signature", .blob)
            }
            try db.create(table: "sighting") { table in
                table.column("doc", .text).notNull().references("document")
                table.column("source", .text).notNull()
                table.column("url", .text)
                table.column("run_id", .integer).notNull()
                table.column("seen_at", .text).notNull()
                table.primaryKey(["doc", "source"])
            }
            try db.create(table: "sentence") { table in
                table.column("doc", .text).notNull().references("document")
                table.column("number", .integer).notNull()
                table.column("paragraph", .integer).notNull()
                table.column("start", .integer).notNull()
                table.column("end", .integer).notNull()
                table.column("zone", .text).notNull()
                table.column("text", .text).notNull()
                table.primaryKey(["doc", "number"])
            }
            try db.create(table: "award") { table in
                table.primaryKey("id", .text)
                table.column("doc", .text).notNull().references("document").indexed()
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
                table.column("run_id", .integer).notNull().indexed()
            }
            try db.create(table: "event") { table in
                table.primaryKey("doc", .text).references("document")
                table.column("type", .text).notNull()
                table.column("title", .text)
                table.column("date", .text)
                table.column("review_year", .integer)
                table.column("plan_year", .integer)
                table.column("province", .text)
                table.column("organizer", .text)
                table.column("officials", .text).notNull()
                table.column("sentence", .text)
                table.column("start", .integer)
                table.column("end", .integer)
                table.column("rule", .text)
                table.column("run_id", .integer).notNull()
            }
            try db.create(table: "official") { table in
                table.column("doc", .text).notNull().references("document")
                table.column("name", .text).notNull()
                table.column("title", .text)
                table.primaryKey(["doc", "name"])
            }
            try db.create(table: "rejection") { table in
                table.autoIncrementedPrimaryKey("id")
                table.column("run_id", .integer).notNull().indexed()
                table.column("source", .text).notNull()
                table.column("kind", .text).notNull()
                table.column("reason", .text).notNull()
                table.column("at", .text).notNull()
            }
            try db.create(table: "lsh") { table in
                table.column("band", .integer).notNull()
                table.column("bucket", .integer).notNull()
                table.column("doc", .text).notNull()
                table.primaryKey(["band", "bucket", "doc"])
            }
        }
        migrator.registerMigration("v2: lookups by source and url") { db in
            // A new version of a file or URL is looked up for every stored document.
            try db.create(index: "document_source", on: "document", columns: ["source"])
            try db.create(index: "document_url", on: "document", columns: ["url"])
        }
        migrator.registerMigration("v3: several events per document") { db in
            // The v1 table held one event per document and was never written to.
            try db.drop(table: "event")
            try db.create(table: "event") { table in
                table.column("doc", .text).notNull().references("document")
                table.column("number", .integer).notNull()
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
                table.primaryKey(["doc", "number"])
            }
        }
        migrator.registerMigration("v4: province confidence") { db in
            try db.alter(table: "document") { table in
                table.add(column: "province_confidence", .double)
            }
        }
        migrator.registerMigration("v5: compact near-duplicate index, bodies instead of sentences", migrate: compactStore)
        migrator.registerMigration("v6: records keyed by document number, signature sketches", migrate: keyRecordsByDocumentID)
        migrator.registerMigration("v7: compact LSH keys", migrate: compactLSHKeys)
        return migrator
    }

    /// The writer's cost per document grew with the store: every key it wrote was random
    /// (a hashed bucket, a content id) and each landed on a page of its own. v5 keeps the
    /// random keys few and small:
    /// - `minhash` holds the signatures of the documents that start a near-duplicate
    ///   cluster, numbered in order (appended, never moved by VACUUM: INTEGER PRIMARY KEY);
    /// - `lsh` is one B-tree of (band, bucket, minhash id), not a table plus an index keyed by
    ///   content ids;
    /// - `document.body` keeps the text once; the `sentence` table (one row and one random
    ///   index entry per sentence, read by nothing: evidence is in the records) is gone, its
    ///   text joined back into the body of documents stored before v5;
    /// - content ids are the start of the SHA-256, so the unique index on the whole hash
    ///   only repeated the primary key's.
    /// Measured with `scripts/bench-run.sh 100000`: the writer wrote 16.7 GB for a 0.7 GB
    /// store before, and was the slower half of the run.
    static func compactStore(_ db: Database) throws {
        try db.create(table: "minhash") { table in
            table.autoIncrementedPrimaryKey("id")
            table.column("doc", .text).notNull().references("document")
            table.column("signature", .blob).notNull()
        }
        try db.execute(sql: """
            INSERT INTO minhash (doc, signature)
            SELECT doc, signature FROM document WHERE near_dup_of IS NULL AND signature IS NOT NULL ORDER BY rowid
            """)
        try db.create(table: "lsh_v5", options: .withoutRowID) { table in
            table.column("band", .integer).notNull()
            table.column("bucket", .integer).notNull()
            table.column("root", .integer).notNull()
            table.primaryKey(["band", "bucket", "root"])
        }
        try db.execute(sql: "INSERT INTO lsh_v5 (band, bucket, root) SELECT lsh.band, lsh.bucket, minhash.id FROM lsh JOIN minhash USING (doc)")
        try db.drop(table: "lsh")
        try db.rename(table: "lsh_v5", to: "lsh")

        try db.create(table: "document_v5") { table in
            table.primaryKey("doc", .text)
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
        // Sentences are joined with a space inside a paragraph and a line break between
        // paragraphs: the body as the pipeline builds it, up to the spaces ICU left out.
        try db.execute(sql: """
            INSERT INTO document_v5 (doc, source, url, outlet, title, published, author, encoding, province, content_sha256,
                                     near_dup_of, version_of, ingested_at, status, run_id, province_confidence, body)
            SELECT doc, source, url, outlet, title, published, author, encoding, province, content_sha256,
                   near_dup_of, version_of, ingested_at, status, run_id, province_confidence,
                   (SELECT group_concat(text, char(10)) FROM
                       (SELECT group_concat(text, ' ') AS text FROM
                           (SELECT paragraph, text FROM sentence WHERE sentence.doc = document.doc ORDER BY number)
                        GROUP BY paragraph ORDER BY paragraph))
            FROM document ORDER BY rowid
            """)
        try db.drop(table: "sentence")
        try db.drop(table: "document")
        try db.rename(table: "document_v5", to: "document")
        try db.create(index: "document_on_near_dup_of", on: "document", columns: ["near_dup_of"])
        try db.create(index: "document_on_run_id", on: "document", columns: ["run_id"])
        try db.create(index: "document_source", on: "document", columns: ["source"])
        try db.create(index: "document_url", on: "document", columns: ["url"])
        // Exports leave out documents a newer version replaced: looked up for every row.
        try db.create(index: "document_on_version_of", on: "document", columns: ["version_of"])
    }
}
