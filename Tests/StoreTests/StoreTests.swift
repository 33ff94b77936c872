import Foundation
import TestSupport
import Testing
import ThiDua

/// The store and the nightly run over the seed articles.
struct StoreTests {
    static func runner(_ path: String) throws -> Runner {
        Runner(pipeline: Fixtures.pipeline, reader: try InputReader.load(from: Fixtures.rules), store: try Store(path: path))
    }

    static func temporaryStore() throws -> (directory: URL, path: String) {
        let directory = try Fixtures.temporaryDirectory()
        return (directory, directory.appendingPathComponent("thidua.sqlite").path)
    }

    static let seeds = Fixtures.root.appendingPathComponent("fixtures/seeds").path

    @Test func aSecondRunOverTheSameInputsAddsNothing() throws {
        let (directory, path) = try Self.temporaryStore()
        defer { try? FileManager.default.removeItem(at: directory) }
        let first = try Self.runner(path).run([Self.seeds])
        #expect(first.stored == 5)
        #expect(first.awards > 25)
        let second = try Self.runner(path).run([Self.seeds])
        #expect(second.unchanged == 5)
        #expect(second.addedNothing)
        #expect(second.line.contains("nothing new"))
        let store = try Store(path: path)
        #expect(try store.count("document") == 5)
        #expect(try store.count("award") == first.awards)
    }

    @Test func aFileWhoseTimeChangedIsHashedOnceThenKnownByItsNewTime() throws {
        let (directory, path) = try Self.temporaryStore()
        defer { try? FileManager.default.removeItem(at: directory) }
        let copies = directory.appendingPathComponent("seeds")
        try FileManager.default.copyItem(atPath: Self.seeds, toPath: copies.path)
        _ = try Self.runner(path).run([copies.path])
        let touched = try #require(try FileManager.default.contentsOfDirectory(atPath: copies.path).sorted().first)
        let file = copies.appendingPathComponent(touched).path
        let later = Date().addingTimeInterval(3600)
        try FileManager.default.setAttributes([.modificationDate: later], ofItemAtPath: file)
        let second = try Self.runner(path).run([copies.path])
        #expect(second.unchanged == 5 && second.documents == 0 && second.addedNothing)
        let remembered = try #require(try Store(path: path).fileStates([file])[file])
        #expect(abs(remembered.mtime - later.timeIntervalSince1970) < 0.01)
        #expect(try Store(path: path).count("file") == 5)
    }

    @Test func fileStatesFindsEveryKnownPathAcrossQueriesAndNoUnknownOne() throws {
        let (directory, path) = try Self.temporaryStore()
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = try Store(path: path)
        let run = try store.beginRun(inputs: [], rulesVersion: "test")
        // Every third path is known; more paths than one query takes.
        let paths = (0..<(2 * Store.pathsPerQuery + 7)).map { "/corpus/\($0 % 10)/bài-\($0).html" }
        let known = paths.enumerated().filter { $0.offset % 3 == 0 }.map {
            FileState(path: $0.element, size: $0.offset, mtime: Double($0.offset) + 0.5, sha256: "h\($0.offset)")
        }
        _ = try store.write(documents: [], files: known, rejections: [], run: run)
        let states = try store.fileStates(paths + ["/corpus/không-có.html"])
        #expect(states.count == known.count)
        #expect(known.allSatisfy { states[$0.path] == $0 })
    }

    @Test func eventsAreStoredOnceAndExportedAsTheGoldExpects() throws {
        let (directory, path) = try Self.temporaryStore()
        defer { try? FileManager.default.removeItem(at: directory) }
        _ = try Self.runner(path).run([Self.seeds])
        _ = try Self.runner(path).run([Self.seeds])
        let store = try Store(path: path)
        let events = try store.events()
        #expect(events.filter(\.isMain).count == 5)
        #expect(try store.count("event") == events.count)
        let gold = try GoldEvent.load(directory: Fixtures.root.appendingPathComponent("fixtures/gold"))
        // Gold names documents by the seed file's stem; the store by content.
        let stems = Dictionary(uniqueKeysWithValues: try store.documents().map {
            ($0.doc, URL(fileURLWithPath: $0.source).deletingPathExtension().lastPathComponent)
        })
        let renamed = events.map { event in
            var event = event
            event.doc = stems[event.doc] ?? event.doc
            return event
        }
        let evaluation = EventEvaluation.score(events: renamed, gold: gold)
        #expect(evaluation.mismatches.isEmpty, "\(evaluation.report())")
        #expect(evaluation.officialsExpected > 0)
        #expect(try store.count("official") == evaluation.officialsFound)

        let lines = String(decoding: try Exporter(format: .jsonl).events(events), as: UTF8.self).split(separator: "\n")
        #expect(lines.count == events.count)
        for line in lines {
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            #expect(object?["doc"] is String)
            #expect(object?["officials"] is [Any])
        }
        #expect(try store.documents().allSatisfy { ($0.provinceConfidence ?? 0) > 0 && ($0.provinceConfidence ?? 2) <= 1 })
        let csv = String(decoding: try Exporter(format: .csv).events(events), as: UTF8.self)
        #expect(csv.hasPrefix("doc,type,title,date,review_year,plan_year,province,province_2025,"))
    }

    @Test func copiesInOtherEncodingsAreSightingsNotDocuments() throws {
        let (directory, path) = try Self.temporaryStore()
        defer { try? FileManager.default.removeItem(at: directory) }
        let encodings = Fixtures.root.appendingPathComponent("fixtures/encodings").path
        _ = try Self.runner(path).run([Self.seeds])
        let report = try Self.runner(path).run([encodings])
        #expect(report.exactDuplicates >= 8) // UTF-16, windows-1258, VNI, NFD, gzip, HTML, JSONL...
        let store = try Store(path: path)
        #expect(try store.count("sighting") == report.exactDuplicates)
    }

    @Test func aSyndicatedCopyIsANearDuplicateAndDoesNotChangeTheStatistics() throws {
        let (directory, path) = try Self.temporaryStore()
        defer { try? FileManager.default.removeItem(at: directory) }
        _ = try Self.runner(path).run([Self.seeds])
        let store = try Store(path: path)
        let before = Statistics(records: try store.awards(), by: [.province, .award, .year]).table()

        // Another outlet's header, two sentences edited.
        var text = try String(contentsOf: Fixtures.seedPaths[2], encoding: .utf8)
        text = text.replacingOccurrences(of: "(Vinhlong.gov.vn) –", with: "(Báo Vĩnh Long) –")
        text = text.replacingOccurrences(of: "Sign In", with: "Trang chủ | Thời sự | Chính trị")
        text = text.replacingOccurrences(of: "nhiều chỉ tiêu quan trọng đạt và vượt kế hoạch.",
                                          with: "hầu hết các chỉ tiêu đều đạt và vượt kế hoạch đề ra.")
        text = text.replacingOccurrences(of: "Có thể khẳng định, phong trào", with: "Nhìn chung, phong trào")
        let copy = directory.appendingPathComponent("baovinhlong-copy.txt")
        try text.write(to: copy, atomically: false, encoding: .utf8)
        let report = try Self.runner(path).run([copy.path])
        #expect(report.stored == 1)
        #expect(report.nearDuplicates == 1)
        let documents = try store.documents(Selection(includeDuplicates: true))
        let original = documents.first { $0.source.hasSuffix("002_25c5d6a98d7f6ae3.txt") }!
        #expect(documents.last?.nearDupOf == original.doc)
        #expect(Statistics(records: try store.awards(), by: [.province, .award, .year]).table() == before)
        #expect(try store.awards(Selection(includeDuplicates: true)).count > store.awards().count)
    }

    @Test func captionsThatRestateTheBodyAreLinkedNotCounted() throws {
        let (directory, path) = try Self.temporaryStore()
        defer { try? FileManager.default.removeItem(at: directory) }
        _ = try Self.runner(path).run([Fixtures.seedPaths[3].path])
        let records = try Store(path: path).awards()
        let captions = records.filter { $0.zone == .caption }
        #expect(captions.count >= 5)
        #expect(captions.allSatisfy { $0.repeatOf != nil }, "\(captions.filter { $0.repeatOf == nil }.map(\.evidence.sentence))")
        let ids = Set(records.map(\.id))
        #expect(captions.allSatisfy { ids.contains($0.repeatOf!) })
        let statistics = Statistics(records: records, by: [.award])
        let medal = statistics.cells.first { $0.key == ["huan-chuong-lao-dong"] }
        #expect(medal?.exact == 2) // hạng Nhất and hạng Ba, not the caption again
        let certificate = statistics.cells.first { $0.key == ["bang-khen-cap-tinh"] }
        #expect(certificate?.lowerBound == 300)
        #expect(certificate?.records == 1)
    }

    /// A body's order said in the lead and again where it is presented is one conferral; the
    /// same order to another unit is another.
    @Test func aNamedRecipientsAwardSaidTwiceIsCountedOnce() throws {
        let (directory, path) = try Self.temporaryStore()
        defer { try? FileManager.default.removeItem(at: directory) }
        let article = directory.appendingPathComponent("le-don-nhan.txt")
        try """
            Trường THPT chuyên Lê Quý Đôn đón nhận Huân chương Lao động hạng Nhì

            Sáng 20/11, Trường THPT chuyên Lê Quý Đôn long trọng tổ chức lễ kỷ niệm Ngày Nhà giáo Việt Nam và đón nhận Huân chương Lao động hạng Nhì.

            Thừa ủy quyền của Chủ tịch nước, đồng chí Trần Văn Sơn trao Huân chương Lao động hạng Nhì cho Trường THPT chuyên Lê Quý Đôn.

            Dịp này, Chủ tịch nước cũng tặng Huân chương Lao động hạng Nhì cho Trường THPT Phan Châu Trinh.
            """.write(to: article, atomically: false, encoding: .utf8)
        _ = try Self.runner(path).run([article.path])
        let records = try Store(path: path).awards()
        let body = records.filter { $0.zone == .body }
        #expect(body.count == 3, "\(body.map(\.evidence.sentence))")
        #expect(body.filter { $0.repeatOf == nil }.compactMap(\.recipient).sorted()
            == ["Trường THPT Phan Châu Trinh", "Trường THPT chuyên Lê Quý Đôn"])
        #expect(Statistics(records: records, by: [.award]).cells.first?.exact == 2)
    }

    @Test func aBreakdownIsCountedOnceByItsParts() throws {
        let records = [
            AwardRecord(id: "total", doc: "d", award: ["bang-khen-cap-tinh"], kind: ["tap-the", "ca-nhan"], count: 80,
                        zone: .body, evidence: Evidence(sentence: "s", start: 0, end: 1, rule: "r")),
            AwardRecord(id: "a", doc: "d", award: ["bang-khen-cap-tinh"], kind: ["tap-the"], count: 30, zone: .body,
                        evidence: Evidence(sentence: "s", start: 0, end: 1, rule: "r"), partOf: "total"),
            AwardRecord(id: "b", doc: "d", award: ["bang-khen-cap-tinh"], kind: ["ca-nhan"], count: 50, zone: .body,
                        evidence: Evidence(sentence: "s", start: 0, end: 1, rule: "r"), partOf: "total"),
        ]
        let statistics = Statistics(records: records, by: [.award])
        #expect(statistics.cells.first?.exact == 80)
        #expect(statistics.cells.first?.records == 2)
    }

    /// Every award of the contract has a level but `khen-thuong`; a count for awards of two
    /// levels is of both, in the order the awards are named.
    @Test func awardsAreSummedByTheirLevel() throws {
        #expect(Set(Vocabulary.awardLevels.keys) == Vocabulary.awards.subtracting(["khen-thuong"]))
        func record(_ id: String, _ awards: [String], _ count: Int) -> AwardRecord {
            AwardRecord(id: id, doc: "d", award: awards, kind: ["tap-the"], count: count, qualifier: .exact, zone: .body,
                        evidence: Evidence(sentence: "s", start: 0, end: 1, rule: "r"))
        }
        let records = [record("a", ["huan-chuong-lao-dong"], 3), record("b", ["bang-khen-thu-tuong"], 5),
                       record("c", ["bang-khen-cap-tinh"], 20), record("d", ["giay-khen"], 40),
                       record("e", ["co-thi-dua-cap-tinh", "bang-khen-thu-tuong"], 2), record("f", ["khen-thuong"], 7)]
        let sums = Dictionary(uniqueKeysWithValues: Statistics(records: records, by: [.level]).cells.map { ($0.key[0], $0.exact) })
        #expect(sums == ["nha-nuoc": 8, "bo-tinh": 20, "co-so": 40, "bo-tinh+nha-nuoc": 2, "-": 7])
    }

    /// Parts that leave some of their total: the total counts the rest; with a part of no
    /// exact count, it counts nothing (what is left is unknown).
    @Test func aTotalCountsWhatItsPartsLeave() throws {
        func record(_ id: String, _ award: String, _ count: Int?, _ qualifier: Qualifier = .exact, partOf: String? = nil) -> AwardRecord {
            AwardRecord(id: id, doc: "d", award: [award], kind: ["tap-the", "ca-nhan"], count: count, qualifier: qualifier, zone: .body,
                        evidence: Evidence(sentence: "s", start: 0, end: 1, rule: "r"), partOf: partOf)
        }
        let records = [record("total", "khen-thuong", 2468), record("state", "khen-thuong", 98, partOf: "total"),
                       record("order", "huan-chuong-lao-dong", 7, partOf: "state"), record("flag", "bang-khen-thu-tuong", 91, partOf: "state")]
        let cells = Dictionary(uniqueKeysWithValues: Statistics(records: records, by: [.award]).cells.map { ($0.key[0], $0.exact) })
        #expect(cells == ["khen-thuong": 2370, "huan-chuong-lao-dong": 7, "bang-khen-thu-tuong": 91])
        let unsure = [record("total", "khen-thuong", 100), record("some", "bang-khen-cap-tinh", 40, .moreThan, partOf: "total")]
        let counted = Statistics(records: unsure, by: [.award]).cells
        #expect(counted.map(\.key) == [["bang-khen-cap-tinh"]] && counted[0].lowerBound == 40)
        // A counted statement after the total may be the rest: the total counts nothing then.
        var later = record("certificates", "giay-khen", 1955)
        later.evidence = Evidence(sentence: "later", start: 5, end: 6, rule: "r")
        let continued = [record("total", "khen-thuong", 2156), record("state", "huan-chuong-chien-cong", 201, partOf: "total"), later]
        let sums = Dictionary(uniqueKeysWithValues: Statistics(records: continued, by: [.award]).cells.map { ($0.key[0], $0.exact) })
        #expect(sums == ["huan-chuong-chien-cong": 201, "giay-khen": 1955])
        // A total of no count ("cho các tập thể, cá nhân ..., trong đó có 10 tập thể"): its
        // parts are all that is counted, and it is no uncounted record besides them.
        let uncounted = [record("total", "bang-khen-cap-tinh", nil), record("some", "bang-khen-cap-tinh", 10, partOf: "total")]
        let cell = Statistics(records: uncounted, by: [.award]).cells
        #expect(cell.count == 1 && cell[0].exact == 10 && cell[0].uncounted == 0 && cell[0].records == 1)
    }

    @Test func foreignAndCorruptFilesAreRefusedAndLeftAlone() throws {
        let (directory, _) = try Self.temporaryStore()
        defer { try? FileManager.default.removeItem(at: directory) }
        let corrupt = directory.appendingPathComponent("corrupt.sqlite")
        try Data(repeating: 0x41, count: 4096).write(to: corrupt)
        #expect { _ = try Store(path: corrupt.path) } throws: { ($0 as? StoreError)?.description.contains("not an SQLite") == true }
        #expect(try Data(contentsOf: corrupt) == Data(repeating: 0x41, count: 4096))

        let foreign = directory.appendingPathComponent("foreign.sqlite")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", "import sqlite3; c=sqlite3.connect('\(foreign.path)'); c.execute('create table t(x)'); c.commit()"]
        try process.run()
        process.waitUntilExit()
        let size = try FileManager.default.attributesOfItem(atPath: foreign.path)[.size] as? Int
        #expect { _ = try Store(path: foreign.path) } throws: { ($0 as? StoreError)?.description.contains("did not create") == true }
        #expect(try FileManager.default.attributesOfItem(atPath: foreign.path)[.size] as? Int == size)
    }

    @Test func theLockKeepsASecondRunOut() throws {
        let (directory, path) = try Self.temporaryStore()
        defer { try? FileManager.default.removeItem(at: directory) }
        let held = try StoreLock(storePath: path)
        #expect { _ = try StoreLock(storePath: path, wait: 0.3) } throws: { error in
            if case .locked = error as? StoreError { return true }
            return false
        }
        withExtendedLifetime(held) {}
    }

    /// A run's store may be released on the writer's thread just as the next run opens the
    /// file; the closing connection's checkpoint must make the opener wait, not fail.
    @Test func aStoreOpenedWhileAnotherClosesWaits() throws {
        let (directory, path) = try Self.temporaryStore()
        defer { try? FileManager.default.removeItem(at: directory) }
        _ = try Self.runner(path).run([Self.seeds])
        for _ in 0..<20 {
            nonisolated(unsafe) var closing: Store? = try Store(path: path)
            _ = try closing?.count("award")
            let released = DispatchSemaphore(value: 0)
            DispatchQueue.global().async {
                closing = nil
                released.signal()
            }
            #expect(try Store(path: path).count("document") == 5)
            released.wait()
        }
    }

    @Test func csvIsRFC4180WithAnOptionalBOM() throws {
        let record = AwardRecord(id: "x", doc: "d", award: ["huan-chuong-lao-dong"], class: ["nhat", "nhi"], kind: ["tap-the"],
                                 count: 5, zone: .body,
                                 evidence: Evidence(sentence: "Hội nghị \"tổng kết\", năm 2023", start: 0, end: 30, rule: "r"))
        let plain = String(decoding: try Exporter(format: .csv).awards([record]), as: UTF8.self)
        #expect(plain.hasPrefix("id,doc,award,class,"))
        #expect(plain.contains("huan-chuong-lao-dong,nhat;nhi,"))
        #expect(plain.contains("\"Hội nghị \"\"tổng kết\"\", năm 2023\""))
        #expect(plain.hasSuffix("\r\n") && plain.contains("part_of\r\n"))
        let excel = try Exporter(format: .csv, excel: true).awards([record])
        #expect(Array(excel.prefix(3)) == [0xEF, 0xBB, 0xBF])
    }

    @Test func exportsAndStatisticsStreamTheStoreAChunkAtATime() throws {
        let (directory, path) = try Self.temporaryStore()
        defer { try? FileManager.default.removeItem(at: directory) }
        _ = try Self.runner(path).run([Self.seeds])
        let store = try Store(path: path)
        let records = try store.awards()
        #expect(records.count > 20)
        for (format, excel) in [(ExportFormat.jsonl, false), (.csv, false), (.csv, true)] {
            let whole = try Exporter(format: format, excel: excel).awards(records)
            var exporter = Exporter(format: format, excel: excel)
            exporter.chunkRows = 7
            var chunks: [Data] = []
            let writer = exporter.awards { chunks.append($0) }
            try store.forEachAward { try writer.add($0) }
            try writer.finish()
            #expect(chunks.count == (records.count + 6) / 7, "\(format) excel: \(excel)")
            #expect(chunks.reduce(Data(), +) == whole, "\(format) excel: \(excel)")
        }
        var header: [Data] = []
        let empty = Exporter(format: .csv).rejections { header.append($0) }
        try empty.finish()
        #expect(String(decoding: header.reduce(Data(), +), as: UTF8.self) == "run,source,kind,reason,at\r\n")

        var tally = Statistics.Tally(by: [.province, .award, .year], keepingEvidence: false)
        try store.forEachAward { tally.add($0) }
        let streamed = tally.statistics()
        #expect(streamed.table() == Statistics(records: records, by: [.province, .award, .year]).table())
        #expect(streamed.cells.allSatisfy { $0.evidence.isEmpty })
    }
}
