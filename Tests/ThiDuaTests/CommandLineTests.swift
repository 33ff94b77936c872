import Foundation
import Testing
import TestSupport

/// The `thidua` executable as a person or a cron job runs it.
struct CommandLineTests {
    /// The built `thidua`, next to the test bundle.
    static var executable: URL {
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        while !FileManager.default.fileExists(atPath: directory.appendingPathComponent("thidua").path),
              directory.path != "/" {
            directory.deleteLastPathComponent()
        }
        return directory.appendingPathComponent("thidua")
    }

    struct Outcome {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    static func run(_ arguments: [String], stdin: Data? = nil) throws -> Outcome {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = Fixtures.root
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(stdin) }
        try input.fileHandleForWriting.close()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Outcome(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                       stderr: String(decoding: stderr, as: UTF8.self))
    }

    @Test func segmentPrintsOneJSONObjectPerSentence() throws {
        let outcome = try Self.run(["segment", "fixtures/seeds"])
        #expect(outcome.status == 0)
        let lines = outcome.stdout.split(separator: "\n")
        #expect(lines.count > 100)
        let first = try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any]
        #expect(first?["doc"] as? String == "000_1007f4dfbecb8ee8")
        #expect(first?["paragraph"] as? Int == 0)
        #expect(first?["start"] as? Int == 0)
        #expect(lines[0].hasPrefix("{\"doc\":"))
        #expect(outcome.stderr.contains("5 inputs: 5 segmented"))
    }

    @Test func normalizeReadsStandardInput() throws {
        let outcome = try Self.run(["normalize", "-"], stdin: Data("Uỷ ban\u{00A0}nhân dân  tỉnh Ðiện Biên".utf8))
        #expect(outcome.status == 0)
        #expect(outcome.stdout == "Ủy ban nhân dân tỉnh Điện Biên\n")
    }

    @Test func badInputsAreReportedAndTheRunGoesOn() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let bad = directory.appendingPathComponent("bad.txt"), empty = directory.appendingPathComponent("empty.txt")
        let png = directory.appendingPathComponent("image.txt"), good = directory.appendingPathComponent("good.txt")
        try Data(Array("Hoi ".utf8) + [0xFF, 0x20]).write(to: bad)
        try Data().write(to: empty)
        try Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A]).write(to: png)
        try Data("Hoà bình.".utf8).write(to: good)
        let outcome = try Self.run(["normalize", bad.path, empty.path, png.path, good.path])
        #expect(outcome.status == 0)
        #expect(outcome.stdout.contains("Hòa bình."))
        #expect(outcome.stderr.contains("bad.txt: invalid UTF-8 at byte 4"))
        #expect(outcome.stderr.contains("\(empty.path): empty input"))
        #expect(outcome.stderr.contains("image.txt: binary data (PNG image at byte 0)"))
        #expect(outcome.stderr.contains("4 inputs: 1 normalized, 3 rejected (1 binary, 1 empty, 1 invalid-utf8)"))

        let strict = try Self.run(["normalize", "--strict", bad.path, good.path])
        #expect(strict.status == 1)
        #expect(strict.stdout.contains("Hòa bình."))

        let lossy = try Self.run(["normalize", "--lossy", bad.path])
        #expect(lossy.status == 0)
        #expect(lossy.stdout == "Hoi \u{FFFD}\n")
    }

    @Test func aMixedDirectoryIsReportedAndFailsOnlyUnderStrict() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let seed = try Data(contentsOf: Fixtures.seedPaths[0])
        try seed.write(to: directory.appendingPathComponent("good.txt"))
        try Data().write(to: directory.appendingPathComponent("empty.txt"))
        try Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0]).write(to: directory.appendingPathComponent("photo.html"))
        let compressed = try Fixtures.gzip(seed)
        try compressed.prefix(compressed.count / 2).write(to: directory.appendingPathComponent("cut.txt.gz"))
        let outcome = try Self.run(["segment", directory.path])
        #expect(outcome.status == 0)
        #expect(outcome.stderr.contains("empty.txt: empty input"))
        #expect(outcome.stderr.contains("photo.html: binary data (PNG image at byte 0)"))
        #expect(outcome.stderr.contains("cut.txt.gz: truncated gzip data"))
        #expect(outcome.stderr.contains("4 inputs: 1 segmented, 3 rejected (1 binary, 1 empty, 1 truncated-gzip)"))
        #expect(outcome.stdout.split(separator: "\n").count > 20)
        let strict = try Self.run(["segment", "--strict", directory.path])
        #expect(strict.status == 1)
    }

    @Test func brokenRulesExitWithTwo() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let outcome = try Self.run(["normalize", "--rules", directory.path, "-"], stdin: Data("x".utf8))
        #expect(outcome.status == 2)
        #expect(outcome.stderr.contains("normalization.yaml:0: rule file not found"))
    }

    /// `run` loads one pipeline per job at once; broken rules are still said once, with 2.
    @Test(arguments: ["1", "3"])
    func aRunWithBrokenRulesExitsWithTwoWhateverTheJobs(jobs: String) throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let db = directory.appendingPathComponent("thidua.sqlite").path
        let outcome = try Self.run(["run", "--rules", directory.path, "--jobs", jobs, "--db", db, directory.path])
        #expect(outcome.status == 2)
        #expect(outcome.stderr.components(separatedBy: "rule file not found").count == 2)
    }

    @Test func inspectShowsZonesAndRemovals() throws {
        let outcome = try Self.run(["inspect", "fixtures/seeds/004_08a2e6baa538f232.txt"])
        #expect(outcome.status == 0)
        #expect(outcome.stdout.contains("outlet:    Báo Lào Cai điện tử"))
        #expect(outcome.stdout.contains("author:    Trần Tuấn Ngọc"))
        #expect(outcome.stdout.contains("[removed: image file name]"))
        #expect(outcome.stdout.contains("caption (1)  Quang cảnh hội nghị."))
        #expect(outcome.stdout.contains("title (1)"))
    }

    @Test func extractPrintsRecordsAndExplainsThem() throws {
        let outcome = try Self.run(["extract", "--explain", "fixtures/seeds/003_913dfd64bbec7fed.txt"])
        #expect(outcome.status == 0)
        let lines = outcome.stdout.split(separator: "\n")
        #expect(lines.count >= 10)
        let first = try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any]
        #expect(lines[0].hasPrefix("{\"id\":"))
        #expect(first?["doc"] as? String == "003_913dfd64bbec7fed")
        #expect((first?["explain"] as? [String: Any])?["rule"] != nil)
        #expect(outcome.stdout.contains("\"recipient\":\"Giàng Páo Mỷ\""))
    }

    @Test func whyNotNamesTheClosestRules() throws {
        let outcome = try Self.run(["extract", "--why-not", "Dịp này, 5 tập thể đã được tặng danh hiệu mới"])
        #expect(outcome.status == 0)
        #expect(outcome.stdout.contains("recipients-receive-awards: matched"))
        #expect(outcome.stdout.contains("stopped at item"))
    }

    @Test func anExportToAFolderThatIsNotThereSaysWhatToCheck() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = directory.appendingPathComponent("thidua.sqlite").path
        #expect(try Self.run(["run", "--quiet", "--db", store, "fixtures/seeds"]).status == 0)
        let output = directory.appendingPathComponent("missing/awards.jsonl").path
        let outcome = try Self.run(["export", "awards", "--db", store, "--output", output])
        #expect(outcome.status != 0)
        #expect(outcome.stderr.contains("cannot write \(output): check that its folder exists and is writable"))
        let written = try Self.run(["export", "awards", "--db", store, "--output", directory.appendingPathComponent("awards.jsonl").path])
        #expect(written.status == 0)
        #expect(try String(contentsOf: directory.appendingPathComponent("awards.jsonl"), encoding: .utf8).split(separator: "\n").count > 25)
    }

    @Test func evalScoresTheSeedGold() throws {
        let outcome = try Self.run(["eval", "--gold", "fixtures/gold", "--corpus", "fixtures/seeds"])
        #expect(outcome.status == 0)
        #expect(outcome.stdout.contains("precision 1.000  recall 1.000"))
        #expect(outcome.stdout.contains("per award:"))
    }

    @Test func evalNamesTheCorpusFilesItCouldNotScore() throws {
        let corpus = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: corpus) }
        for name in try FileManager.default.contentsOfDirectory(atPath: "fixtures/seeds") {
            try FileManager.default.copyItem(atPath: "fixtures/seeds/" + name, toPath: corpus.appendingPathComponent(name).path)
        }
        try Data([0, 1, 2]).write(to: corpus.appendingPathComponent("broken.txt"))
        let outcome = try Self.run(["eval", "--gold", "fixtures/gold", "--corpus", corpus.path])
        #expect(outcome.status == 0)
        #expect(outcome.stderr.contains("not scored: \(corpus.path)/broken.txt"))
        #expect(outcome.stderr.contains("1 corpus input(s) could not be read"))
        #expect(outcome.stdout.contains("precision 1.000  recall 1.000"))
    }

    @Test func rulesCheckReportsProblemsAndFails() throws {
        let directory = try Fixtures.copyOfRules()
        defer { try? FileManager.default.removeItem(at: directory) }
        try "patterns:\n  - id: x\n    pattern: \"@nothing_like_this\"\n".write(
            to: directory.appendingPathComponent("extraction/zz-broken.yaml"), atomically: false, encoding: .utf8)
        let broken = try Self.run(["rules", "check", directory.path])
        #expect(broken.status == 1)
        #expect(broken.stdout.contains("zz-broken.yaml:3: rule 'x': unknown class '@nothing_like_this'"))
        let good = try Self.run(["rules", "check", "rules"])
        #expect(good.status == 0)
    }

    @Test func helpIsWrittenForPeople() throws {
        let outcome = try Self.run(["--help"])
        #expect(outcome.status == 0)
        #expect(outcome.stdout.contains("normalize"))
        #expect(outcome.stdout.contains("segment"))
        #expect(outcome.stdout.contains("Exit codes"))
    }

    /// Each command's prose is wrapped as paragraphs: a line ends only where its next word
    /// would not fit in 80 columns. The help texts were written wrapped at 90 columns, and
    /// the parser wrapped each of those lines again, leaving one or two words on a line of
    /// their own ("says\nso.").
    @Test(arguments: ["", "run", "export", "stats", "eval", "extract", "gen-corpus", "inspect", "normalize", "segment"])
    func helpProseIsWrappedAsParagraphs(_ command: String) throws {
        let outcome = try Self.run((command.isEmpty ? [] : [command]) + ["--help"])
        #expect(outcome.status == 0)
        let lines = outcome.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        let prose = lines.prefix { !$0.hasPrefix("USAGE:") }
        #expect(prose.count > 2, "\(command): no description")
        for (line, next) in zip(prose, prose.dropFirst()) where !line.isEmpty && !next.isEmpty {
            // A line of its own on purpose: an option named first, an indented example.
            guard !next.hasPrefix("--"), !next.hasPrefix(" ") else { continue }
            let word = next.prefix { $0 != " " }
            #expect(line.count + 1 + word.count >= 80, "\(command): \"\(line)\" ends before \"\(word)\"")
        }
    }

    /// The executable runs on mimalloc: linked, and serving `malloc` (a library loaded
    /// before it could take `malloc` and leave it linked but unused).
    @Test func versionNamesTheAllocatorInUse() throws {
        let outcome = try Self.run(["--version"])
        #expect(outcome.status == 0)
        #expect(outcome.stdout.contains("malloc: mimalloc 2."), "\(outcome.stdout)")
    }
}
