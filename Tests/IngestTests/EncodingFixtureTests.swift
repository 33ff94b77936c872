import Foundation
import Testing
import TestSupport
import ThiDua

/// One seed article in every encoding and container (fixtures/encodings, made by
/// scripts/make-encoding-fixtures.py) reads to the same normalized body as the original.
struct EncodingFixtureTests {
    static let directory = Fixtures.root.appendingPathComponent("fixtures/encodings")

    static func body(_ path: String) throws -> (body: String, encoding: String) {
        let reader = try InputReader.load(from: Fixtures.rules)
        var documents: [SourceText] = []
        try reader.read(path) { documents.append(try $0.get()) }
        let document = try Fixtures.pipeline.segment(try #require(documents.first))
        return (document.sentences.map(\.text).joined(separator: "\n"), document.source.encoding)
    }

    static let original = Fixtures.root.appendingPathComponent("fixtures/seeds/002_25c5d6a98d7f6ae3.txt").path

    @Test(arguments: [
        ("002.utf16le-bom.txt", "UTF-16LE"), ("002.utf16be.txt", "UTF-16BE"), ("002.cp1258.txt", "windows-1258"),
        ("002.vni.txt", "VNI-Windows"), ("002.nfd.txt", "UTF-8"), ("002.txt.gz", "UTF-8"),
        ("002.html", "UTF-8 (HTML)"), ("002.jsonl", "UTF-8 (JSON)"),
        ("002.mojibake-latin1.txt", "UTF-8 (mojibake repaired)"), ("002.mojibake.html", "UTF-8 (HTML) (mojibake repaired)"),
        ("002.mojibake.jsonl", "UTF-8 (JSON) (mojibake repaired)"),
    ])
    func readsLikeTheOriginal(file: String, encoding: String) throws {
        let expected = try Self.body(Self.original).body
        let actual = try Self.body(Self.directory.appendingPathComponent(file).path)
        #expect(actual.encoding == encoding)
        #expect(actual.body == expected)
        #expect(expected.count > 3000)
    }

    @Test func tcvn3ReadsLikeTheTextItCanCarry() throws {
        // TCVN3 has no curly quotes, dashes or ellipsis: compare with the text it was made from.
        let expected = try Self.body(Self.directory.appendingPathComponent("002.tcvn3-expected.txt").path).body
        let actual = try Self.body(Self.directory.appendingPathComponent("002.tcvn3.txt").path)
        #expect(actual.encoding == "TCVN3")
        #expect(actual.body == expected)
    }
}
