import Foundation
import GRDB
import ThiDuaModel

extension Store {
    /// Writes a batch: the documents with their records, the files they came from (only
    /// once all their documents are in), the rejections. With `commit` false the transaction
    /// stays open for the next batches (a run's writer commits every few thousand
    /// documents: each commit writes every page its random keys touched). A run killed at
    /// any moment leaves whole transactions or nothing.
    public func write(documents: [DocumentInput], files: [FileState], rejections: [Rejection],
                      run: Int64, commit: Bool = true) throws(StoreError) -> BatchCounts {
        let signatures = documents.map { $0.signature ?? minHash.signature(of: $0.body) }
        let now = Self.now
        return try writeInOpenTransaction(commit: commit) { db in
            var counts = BatchCounts()
            for (document, signature) in zip(documents, signatures) {
                try self.store(document, signature: signature, run: run, at: now, counts: &counts, db)
            }
            for file in files { try Self.upsert(file, run: run, db) }
            for rejection in rejections {
                try db.cachedStatement(sql: "INSERT INTO rejection (run_id, source, kind, reason, at) VALUES (?, ?, ?, ?, ?)")
                    .execute(arguments: [run, rejection.source, rejection.reason.kind, rejection.reason.description, now])
            }
            counts.rejections = rejections.count
            return counts
        }
    }

    private func store(_ document: DocumentInput, signature: [UInt32], run: Int64, at now: String, counts: inout BatchCounts,
                       _ db: Database) throws {
        let sha = document.contentSHA256 ?? Self.sha256(Data(document.body.utf8))
        // The content id is the start of the hash: its index finds an exact copy (without
        // reading the row: the hash is compared only for a copy).
        var selectCopy = try db.bound("SELECT id FROM document WHERE doc = ?")
        selectCopy.bind(document.doc)
        if let id = try selectCopy.firstInt64() {
            let existing = try String.fetchOne(db.cachedStatement(sql: "SELECT content_sha256 FROM document WHERE id = ?"),
                                               arguments: [id])
            guard existing == sha else { throw StoreError.contentIDCollision(doc: document.doc) }
            var insertSighting = try db.bound("INSERT OR IGNORE INTO sighting (doc, source, url, run_id, seen_at) VALUES (?, ?, ?, ?, ?)")
            insertSighting.bind(document.doc)
            insertSighting.bind(document.source)
            insertSighting.bind(document.metadata.url)
            insertSighting.bind(run)
            insertSighting.bind(now)
            try insertSighting.execute()
            if db.changesCount > 0 { counts.exactDuplicates += 1 } else { counts.alreadyKnown += 1 }
            return
        }
        // Each band's bucket as `lsh` keys it, indexed by band.
        let keys = minHash.buckets(signature).enumerated().map { Self.lshKey(band: $0, bucket: $1) }
        var bucketSizes = [Int](repeating: 0, count: keys.count)
        let nearDupOf = try nearDuplicate(of: signature, keys: keys, bucketSizes: &bucketSizes, db)
        if nearDupOf != nil { counts.nearDuplicates += 1 }
        // A changed file under the same URL (or path) is a new version of what it held.
        var previous: String?
        if let url = document.metadata.url {
            var select = try db.bound("SELECT doc FROM document WHERE url = ? ORDER BY id DESC LIMIT 1")
            select.bind(url)
            previous = try select.firstText()
        }
        if previous == nil {
            var select = try db.bound("SELECT doc FROM document WHERE source = ? ORDER BY id DESC LIMIT 1")
            select.bind(document.source)
            previous = try select.firstText()
        }
        let metadata = document.metadata
        var insertDocument = try db.bound("""
            INSERT INTO document (doc, source, url, outlet, title, published, author, encoding, province, content_sha256,
                                  near_dup_of, version_of, ingested_at, status, run_id, province_confidence, body)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for text in [document.doc, document.source, metadata.url, metadata.outlet, metadata.title, metadata.published,
                     metadata.author, document.encoding, document.province, sha, nearDupOf, previous, now,
                     nearDupOf == nil ? "stored" : "duplicate"] {
            insertDocument.bind(text)
        }
        insertDocument.bind(run)
        insertDocument.bind(document.provinceConfidence)
        insertDocument.bind(document.body)
        try insertDocument.execute()
        let documentID = db.lastInsertedRowID
        // Only a cluster's first document is indexed: its copies are found through it, and a
        // bucket never fills with one cluster.
        if nearDupOf == nil, signature.contains(where: { $0 != .max }) {
            var insertSignature = try db.bound("INSERT INTO minhash (doc, signature) VALUES (?, ?)")
            insertSignature.bind(document.doc)
            MinHash.withEncoded(signature) { insertSignature.bind($0) }
            try insertSignature.execute()
            let root = db.lastInsertedRowID
            let sketch = MinHash.sketch(signature)
            var insertSketch = try db.bound("INSERT INTO sketch (id, bits) VALUES (?, ?)")
            insertSketch.bind(root)
            insertSketch.bind(sketch)
            try insertSketch.execute()
            sketch.withUnsafeBytes { sketches.store($0, of: root) }
            for band in keys.indices where bucketSizes[band] < Self.bucketCapacity {
                pendingBuckets.append(key: keys[band], root: root)
            }
        }
        for record in RepeatLinker.link(document.awards) {
            try insert(record, document: documentID, run: run, db)
            counts.awards += 1
        }
        for (number, event) in document.events.enumerated() {
            try insert(event, number: number, document: documentID, run: run, db)
        }
        counts.stored += 1
    }

    private func insert(_ event: EventRecord, number: Int, document: Int64, run: Int64, _ db: Database) throws {
        var insert = try db.bound("""
            INSERT OR REPLACE INTO event (document, doc, number, main, type, title, date, review_year, plan_year, province, province_2025,
                                          organizer, officials, sentence, start, "end", rule, run_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        insert.bind(document)
        insert.bind(event.doc)
        insert.bind(number)
        insert.bind(event.isMain)
        for text: String? in [event.type, event.title, event.date] { insert.bind(text) }
        insert.bind(event.reviewYear)
        insert.bind(event.planYear)
        for text: String? in [event.province, event.province2025, event.organizer, Official.jsonArray(event.officials),
                              event.evidence.sentence] {
            insert.bind(text)
        }
        insert.bind(event.evidence.start)
        insert.bind(event.evidence.end)
        insert.bind(event.evidence.rule)
        insert.bind(run)
        try insert.execute()
        if event.isMain {
            for official in event.officials {
                var insertOfficial = try db.bound("INSERT OR IGNORE INTO official (document, doc, name, title) VALUES (?, ?, ?, ?)")
                insertOfficial.bind(document)
                insertOfficial.bind(event.doc)
                insertOfficial.bind(official.name)
                insertOfficial.bind(official.title)
                try insertOfficial.execute()
            }
        }
    }

    private func insert(_ record: AwardRecord, document: Int64, run: Int64, _ db: Database) throws {
        var insert = try db.bound("""
            INSERT INTO award (document, id, doc, award, class, granter, granter_name, kind, count, qualifier, recipient,
                               recipient_title, presenter, year, province, zone, sentence, start, "end", rule, repeat_of,
                               part_of, run_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        insert.bind(document)
        for text: String? in [record.id, record.doc, record.award.joined(separator: ","), record.class?.joined(separator: ","),
                              record.granter, record.granterName, record.kind.joined(separator: ",")] {
            insert.bind(text)
        }
        insert.bind(record.count)
        for text: String? in [record.qualifier.rawValue, record.recipient, record.recipientTitle, record.presenter] { insert.bind(text) }
        insert.bind(record.year)
        for text: String? in [record.province, record.zone.rawValue, record.evidence.sentence] { insert.bind(text) }
        insert.bind(record.evidence.start)
        insert.bind(record.evidence.end)
        for text: String? in [record.evidence.rule, record.repeatOf, record.partOf] { insert.bind(text) }
        insert.bind(run)
        try insert.execute()
    }

    /// Candidates whose signatures are compared, at most.
    static let verifiedCandidates = 32

    /// The first document of the cluster this signature falls into, if one is similar
    /// enough: LSH buckets give candidates, their sketches rule most out, their signatures
    /// decide, earliest first (the first similar one found is the answer, so a large
    /// cluster costs one comparison). `bucketSizes` gets the roots found in each band's
    /// bucket (up to the capacity).
    private func nearDuplicate(of signature: [UInt32], keys: [Int64], bucketSizes: inout [Int], _ db: Database) throws -> String? {
        guard signature.contains(where: { $0 != .max }) else { return nil }
        if try bucketFilter.shouldBuild(db) { try bucketFilter.build(db) }
        // Every root met in a bucket, once per bucket it shares with this signature.
        var met: [Int64] = []
        let stored = keys.indices.filter { bucketFilter.mayHold(key: keys[$0]) }
        if !stored.isEmpty {
            var lookup = try db.bound(bucketLookupSQL[stored.count])
            for band in stored {
                lookup.bind(band)
                lookup.bind(keys[band])
            }
            try lookup.forEachRow { row in
                let band = Int(row.int64(0))
                if band >= 0, band < bucketSizes.count { bucketSizes[band] += 1 }
                met.append(row.int64(1))
            }
        }
        // Then the roots of this transaction, newer than any in the table.
        if !pendingBuckets.isEmpty {
            for band in keys.indices {
                for root in pendingBuckets.roots(key: keys[band])
                    .prefix(max(0, Self.bucketCapacity - bucketSizes[band])) {
                    bucketSizes[band] += 1
                    met.append(root)
                }
            }
        }
        guard !met.isEmpty else { return nil }
        // Sorted, a root's rows are side by side: their number is the bands it shares, and
        // its sketch is looked at once. Counted in a dictionary and a set of roots instead,
        // this took 11 % of the writer's perf samples at 100,000 articles; sorted, 8 %.
        met.sort()
        // A sketch agrees on at least the values the signatures agree on: one that is not
        // similar enough rules its candidate out for certain, with no signature read.
        // Formulaic reports collide in a band by chance, more of them as the store grows
        // (60 candidates a document at 100,000 generated articles, most under 0.5 similar).
        let sketch = MinHash.sketch(signature)
        let hashes = Double(minHash.hashes)
        let selectSketch = try db.cachedStatement(sql: "SELECT bits FROM sketch WHERE id = ?")
        var similar: [(root: Int64, bands: Int)] = []
        try sketch.withUnsafeBytes { mine in
            var start = 0
            while start < met.count {
                let root = met[start]
                var end = start + 1
                while end < met.count, met[end] == root { end += 1 }
                defer { start = end }
                var agreements = sketches.withSketch(of: root) { MinHash.sketchAgreements(mine, $0) }
                if agreements == nil, let row = try Row.fetchOne(selectSketch, arguments: [root]) {
                    agreements = try row.withUnsafeData(atIndex: 0) { bits in
                        bits?.withUnsafeBytes { theirs in
                            sketches.store(theirs, of: root)
                            return MinHash.sketchAgreements(mine, theirs)
                        }
                    }
                }
                // No sketch (a store being migrated by hand): the signature decides.
                if Double(agreements ?? minHash.hashes) / hashes >= nearDuplicateThreshold {
                    similar.append((root, end - start))
                }
            }
        }
        guard !similar.isEmpty else { return nil }
        // A copy shares several bands: only the candidates sharing the most are verified, so
        // the cost of a document does not grow with the store. Roots are numbered in the
        // order they were stored: the earliest similar one is the answer.
        let candidates = similar.sorted { ($0.bands, $1.root) > ($1.bands, $0.root) }.prefix(Self.verifiedCandidates)
            .map(\.root).sorted()
        let select = try db.cachedStatement(sql: "SELECT doc, signature FROM minhash WHERE id = ?")
        for root in candidates {
            guard let row = try Row.fetchOne(select, arguments: [root]) else { continue }
            let blob: Data = row[1]
            if MinHash.similarity(signature, MinHash.decode([UInt8](blob))) >= nearDuplicateThreshold {
                return row[0]
            }
        }
        return nil
    }
}
