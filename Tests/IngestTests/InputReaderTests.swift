import Foundation
import Ingest
import Testing
import TestSupport
import ThiDuaModel

struct InputReaderTests {
    let reader = InputReader()

    @Test func readsUTF8AndStripsTheBOM() {
        let data = Data([0xEF, 0xBB, 0xBF] + Array("Hội nghị".utf8))
        let result = try? reader.decode(data, source: "/x/a.txt").get()
        #expect(result?.text == "Hội nghị")
        #expect(result?.name == "a")
        #expect(result?.encoding == "UTF-8")
    }

    @Test func invalidUTF8NamesTheByteOffset() {
        let data = Data(Array("Hội ".utf8) + [0xC3, 0x28] + Array(" nghị".utf8))
        #expect(reader.decode(data, source: "bad.txt") == .failure(Rejection(source: "bad.txt", reason: .invalidUTF8(byteOffset: 6))))
        let truncated = Data(Array("ab".utf8) + [0xE1, 0xBB])
        #expect(reader.decode(truncated, source: "t.txt") == .failure(Rejection(source: "t.txt", reason: .invalidUTF8(byteOffset: 2))))
        let surrogate = Data([0x61, 0xED, 0xA0, 0x80])
        #expect(reader.decode(surrogate, source: "s.txt") == .failure(Rejection(source: "s.txt", reason: .invalidUTF8(byteOffset: 1))))
        let overlong = Data([0x61, 0x62, 0xC0, 0xAF])
        #expect(reader.decode(overlong, source: "o.txt") == .failure(Rejection(source: "o.txt", reason: .invalidUTF8(byteOffset: 2))))
    }

    @Test func lossyReplacesAndWarns() throws {
        var options = InputReader.Options()
        options.lossy = true
        let data = Data(Array("Hội ".utf8) + [0xFF] + Array(" nghị".utf8))
        let source = try InputReader(options: options).decode(data, source: "bad.txt").get()
        #expect(source.text == "Hội \u{FFFD} nghị")
        #expect(source.warnings == ["invalid UTF-8 from byte 6 replaced with U+FFFD"])
    }

    @Test func emptyInputIsAWarning() throws {
        let source = try reader.decode(Data(), source: "empty.txt").get()
        #expect(source.text.isEmpty)
        #expect(source.warnings == ["empty input"])
    }

    @Test func binaryIsRefused() {
        let png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13])
        #expect(reader.decode(png, source: "p.txt") == .failure(Rejection(source: "p.txt", reason: .binary(byteOffset: 0, what: "PNG image"))))
        let nul = Data(Array("text".utf8) + [0] + Array("more".utf8))
        #expect(reader.decode(nul, source: "n.txt") == .failure(Rejection(source: "n.txt", reason: .binary(byteOffset: 4, what: "NUL byte"))))
    }

    @Test func tooLargeIsRefused() {
        var options = InputReader.Options()
        options.maxBytes = 4
        #expect(InputReader(options: options).decode(Data("12345".utf8), source: "big.txt")
            == .failure(Rejection(source: "big.txt", reason: .tooLarge(bytes: 5, limit: 4))))
    }

    @Test func directoriesExpandSortedAndMissingPathsAreRejected() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("sub"), withIntermediateDirectories: true)
        for name in ["b.txt", "a.txt", "sub/c.txt", "skip.png"] {
            try Data("x".utf8).write(to: directory.appendingPathComponent(name))
        }
        let expanded = reader.expand([directory.path, "/nonexistent/file.txt"])
        let files = expanded.compactMap { try? $0.get() }.map { URL(fileURLWithPath: $0).lastPathComponent }
        #expect(files == ["a.txt", "b.txt", "c.txt"])
        #expect(expanded.last == .failure(Rejection(source: "/nonexistent/file.txt", reason: .unreadable(message: "no such file or directory"))))
    }

    @Test func readsSeedsFromDisk() throws {
        for path in Fixtures.seedPaths {
            let source = try reader.read(path.path).get()
            #expect(source.text.count > 1000)
        }
    }
}
