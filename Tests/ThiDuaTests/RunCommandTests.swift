import Foundation
import Testing
import TestSupport
import ThiDua

/// `thidua run` as cron runs it: killed, locked out, run again.
struct RunCommandTests {
    /// `count` articles made from the seeds, each a little different.
    static func corpus(_ count: Int) throws -> URL {
        let directory = try Fixtures.temporaryDirectory()
        let seeds = try Fixtures.seedTexts()
        for number in 0..<count {
            // Each a document of its own: its number said in its first paragraph that ends a
            // sentence (a line after the seed's tags would be cut with them).
            var lines = seeds[number % seeds.count].text.replacingOccurrences(of: "năm 2023", with: "năm \(2000 + number % 24)")
                .components(separatedBy: "\n")
            let first = try #require(lines.firstIndex { $0.hasSuffix(".") })
            lines[first] += " Mã bài viết: \(number), cập nhật lần \(number / seeds.count)."
            let text = lines.joined(separator: "\n")
            let name = String(format: "article-%05d.txt", number)
            try text.write(to: directory.appendingPathComponent(name), atomically: false, encoding: .utf8)
        }
        return directory
    }

    static func export(_ db: String) throws -> String {
        let outcome = try CommandLineTests.run(["export", "awards", "--db", db, "--include-duplicates"])
        #expect(outcome.status == 0)
        let documents = try Store(path: db).documents(Selection(includeDuplicates: true))
        return outcome.stdout + documents.map { "\($0.doc) \($0.nearDupOf ?? "-") \($0.source)" }.joined(separator: "\n")
    }

    @Test(.timeLimit(.minutes(10)))
    func aRunKilledAnywhereAndRunAgainGivesTheStoreOfACleanRun() throws {
        let corpus = try Self.corpus(2000)
        defer { try? FileManager.default.removeItem(at: corpus) }
        let clean = corpus.appendingPathComponent("clean.sqlite").path
        let crashed = corpus.appendingPathComponent("crashed.sqlite").path
        #expect(try CommandLineTests.run(["run", corpus.path, "--db", clean, "--quiet"]).status == 0)

        let process = Process()
        process.executableURL = CommandLineTests.executable
        process.arguments = ["run", corpus.path, "--db", crashed, "--quiet", "--batch-size", "16"]
        process.standardOutput = FileHandle.nullDevice
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        // Kill it mid-run: once some batches are in, before all are.
        let deadline = Date().addingTimeInterval(60)
        var stored = 0
        while Date() < deadline, process.isRunning {
            stored = Store.peek(path: crashed, table: "document") ?? 0
            if stored >= 150 { break }
            usleep(20_000)
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal,
                "\(String(decoding: errors.fileHandleForReading.availableData, as: UTF8.self))")
        #expect(stored >= 150 && stored < 2000, "killed after \(stored) documents")

        let rerun = try CommandLineTests.run(["run", corpus.path, "--db", crashed, "--quiet"])
        #expect(rerun.status == 0)
        #expect(try Self.export(crashed) == Self.export(clean))
        #expect(try Store(path: crashed).count("document") == Store(path: clean).count("document"))
    }

    /// Once `thidua run` exits, the store file alone holds the run: a backup that copies
    /// only `thidua.sqlite` misses nothing. The run's threads could outlive the store's last
    /// use, so that nothing closed it and the log stayed beside the file.
    @Test func theStoreFileAloneHoldsTheRunWhenItEnds() throws {
        let corpus = try Self.corpus(300)
        defer { try? FileManager.default.removeItem(at: corpus) }
        for round in 0..<3 {
            let db = corpus.appendingPathComponent("store-\(round).sqlite").path
            #expect(try CommandLineTests.run(["run", corpus.path, "--db", db, "--jobs", "2", "--quiet"]).status == 0)
            #expect(!FileManager.default.fileExists(atPath: db + "-wal"), "round \(round): the log stayed beside the store")
            let copy = corpus.appendingPathComponent("copy-\(round).sqlite").path
            try FileManager.default.copyItem(atPath: db, toPath: copy)
            let copied = try Store(path: copy).count("document"), stored = try Store(path: db).count("document")
            #expect(copied == stored && stored > 0, "round \(round): the file alone holds \(copied) of \(stored) documents")
        }
    }

    @Test func aSecondRunWaitsOrExitsWith75() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let db = directory.appendingPathComponent("thidua.sqlite").path
        do {
            let lock = try StoreLock(storePath: db)
            let refused = try CommandLineTests.run(["run", "fixtures/seeds", "--db", db])
            #expect(refused.status == 75)
            #expect(refused.stderr.contains("another thidua run is using"))
            let started = Date()
            let waited = try CommandLineTests.run(["run", "fixtures/seeds", "--db", db, "--wait", "0.5"])
            #expect(waited.status == 75)
            #expect(Date().timeIntervalSince(started) >= 0.5)
            withExtendedLifetime(lock) {}
        }
        let free = try CommandLineTests.run(["run", "fixtures/seeds", "--db", db, "--json"])
        #expect(free.status == 0)
        #expect(free.stdout.contains("\"stored\":5"))
    }

    @Test func runStatsAndExportFromAFreshStore() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let db = directory.appendingPathComponent("thidua.sqlite").path
        let out = directory.appendingPathComponent("out").path
        let outcome = try CommandLineTests.run(["run", "fixtures/seeds", "--db", db, "--out", out, "--stats"])
        #expect(outcome.status == 0)
        #expect(outcome.stdout.contains("province"))
        #expect(outcome.stdout.contains("Lai Châu"))
        #expect(outcome.stderr.contains("5 new"))
        // A short run from cron (standard error is no terminal here) says its summary only.
        #expect(!outcome.stderr.contains("progress:"))
        #expect(outcome.stderr.split(separator: "\n").count == 1, "\(outcome.stderr)")
        let written = try String(contentsOfFile: out + "/awards.jsonl", encoding: .utf8)
        #expect(written.split(separator: "\n").count > 25)
        let stats = try CommandLineTests.run(["stats", "--db", db, "--by", "province,award", "--format", "json", "--evidence"])
        #expect(stats.stdout.contains("\"lower_bound\":300"))
        #expect(stats.stdout.contains("\"evidence\":[{"))
        let again = try CommandLineTests.run(["run", "fixtures/seeds", "--db", db])
        #expect(again.stderr.contains("nothing new"))
    }
}
