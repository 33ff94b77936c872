import Foundation
import ThiDua

/// Paths and loaded stages shared by the test targets.
public enum Fixtures {
    /// The checkout root, found from this file's path.
    public static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    public static let rules = RuleDirectory(url: root.appendingPathComponent("rules"))

    public static var seedPaths: [URL] {
        let directory = root.appendingPathComponent("fixtures/seeds")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { $0.hasSuffix(".txt") }.sorted().map { directory.appendingPathComponent($0) }
    }

    public static func seedTexts() throws -> [(name: String, text: String)] {
        try seedPaths.map { ($0.deletingPathExtension().lastPathComponent, try String(contentsOf: $0, encoding: .utf8)) }
    }

    /// The pipeline of the checkout's rules, loaded once per test process.
    public static let pipeline: TextPipeline = {
        do {
            return try TextPipeline.load(rules: rules)
        } catch {
            fatalError("the checkout's rules must load: \(error)")
        }
    }()

    /// A temporary directory removed when the process ends is not guaranteed; callers
    /// remove it themselves.
    public static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("thidua-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// A copy of the checkout's rules with `file` edited by replacing each key of
    /// `replacements` with its value. The caller removes the directory.
    public static func rules(editing file: String, replacing replacements: [String: String]) throws -> URL {
        let directory = try copyOfRules()
        let url = directory.appendingPathComponent(file)
        var text = try String(contentsOf: url, encoding: .utf8)
        for (old, new) in replacements {
            precondition(text.contains(old), "\(file) has no '\(old)' to replace")
            text = text.replacingOccurrences(of: old, with: new)
        }
        // Not atomically: Foundation on Linux replaces an existing file through a
        // /tmp/TemporaryDirectory.* it never removes, one per write.
        try text.write(to: url, atomically: false, encoding: .utf8)
        return directory
    }

    /// A copy of the checkout's rules in a temporary directory, to edit in a test.
    public static func copyOfRules() throws -> URL {
        let directory = try temporaryDirectory()
        for name in try FileManager.default.contentsOfDirectory(atPath: rules.url.path) {
            try FileManager.default.copyItem(at: rules.url.appendingPathComponent(name),
                                             to: directory.appendingPathComponent(name))
        }
        return directory
    }
}

extension Fixtures {
    /// `data` gzip-compressed by the system's gzip (tests need real gzip files, not ours).
    public static func gzip(_ data: Data) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/gzip")
        process.arguments = ["-c", "-n"]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(data)
        try input.fileHandleForWriting.close()
        let compressed = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return compressed
    }
}

/// A small deterministic random generator, so that property tests are reproducible.
public struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    public init(seed: UInt64) { state = seed &+ 0x9E37_79B9_7F4A_7C15 }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
