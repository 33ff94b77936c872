import Foundation
@testable import Ingest
import Testing
import TestSupport
import ThiDuaModel

struct InputReaderTests {
    static func reader(_ configure: (inout InputReader.Options) -> Void = { _ in }) throws -> InputReader {
        var options = InputReader.Options()
        configure(&options)
        return try InputReader.load(from: Fixtures.rules, options: options)
    }

    /// Everything `reader` makes of `bytes`.
    static func results(_ bytes: [UInt8], source: String = "t.txt", format: InputReader.Format? = nil,
                        reader: InputReader? = nil) throws -> [Result<SourceText, Rejection>] {
        var results: [Result<SourceText, Rejection>] = []
        try (reader ?? Self.reader()).read(Data(bytes), source: source, format: format) { results.append($0) }
        return results
    }

    static func rejection(_ bytes: [UInt8], source: String = "t.txt", reader: InputReader? = nil) throws -> InputError? {
        guard case .failure(let rejection)? = try results(bytes, source: source, reader: reader).first else { return nil }
        return rejection.reason
    }

    @Test func readsUTF8AndStripsTheBOM() throws {
        let result = try Self.results([0xEF, 0xBB, 0xBF] + Array("Hội nghị".utf8), source: "/x/a.txt")
        let source = try result[0].get()
        #expect(source.text == "Hội nghị")
        #expect(source.name == "a")
        #expect(source.encoding == "UTF-8 (BOM)")
    }

    @Test func brokenUTF8NamesTheByteOffset() throws {
        #expect(try Self.rejection(Array("Hội nghị tổng kết ".utf8) + [0xC3, 0x28] + Array(" năm 2023".utf8))
            == .invalidUTF8(byteOffset: 26))
        #expect(try Self.rejection(Array("Thi đua ".utf8) + [0xE1, 0xBB]) == .invalidUTF8(byteOffset: 9))
    }

    @Test func otherCharsetsAreLeftToICUsDetector() throws {
        // French in ISO-8859-1: not Vietnamese, not UTF-8.
        let french = "Le conseil régional a décerné des médailles à cinquante collectivités de la région."
        let latin1 = try #require(french.data(using: .isoLatin1))
        let source = try Self.results(Array(latin1))[0].get()
        #expect(source.text.hasPrefix("Le conseil régional a décerné des médailles à cinquante"))
        #expect(source.encoding.contains("detected by ICU"))
    }

    @Test func lossyReplacesAndWarns() throws {
        let reader = try Self.reader { $0.lossy = true }
        let source = try Self.results(Array("Hội nghị ".utf8) + [0xC3, 0x28], reader: reader)[0].get()
        #expect(source.text == "Hội nghị \u{FFFD}(")
        #expect(source.warnings == ["invalid UTF-8 from byte 13 replaced with U+FFFD"])
    }

    @Test func emptyAndBinaryAndOversizedInputsAreRejected() throws {
        #expect(try Self.rejection([]) == .empty)
        #expect(try Self.rejection([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2]) == .binary(byteOffset: 0, what: "PNG image"))
        #expect(try Self.rejection(Array("text".utf8) + [0, 1, 2] + Array("more text".utf8)) == .binary(byteOffset: 4, what: "NUL byte"))
        let small = try Self.reader { $0.maxBytes = 4 }
        #expect(try Self.rejection(Array("12345".utf8), reader: small) == .tooLarge(bytes: 5, limit: 4))
    }

    @Test func gzipIsReadTransparentlyAndBrokenGzipIsRejected() throws {
        let text = String(repeating: "Hơn 5.000 tập thể được khen thưởng. ", count: 200)
        let compressed = try Fixtures.gzip(Data(text.utf8))
        #expect(try Self.results(Array(compressed), source: "a.txt.gz")[0].get().text == text)
        #expect(try Self.rejection(Array(compressed.prefix(compressed.count / 2)), source: "a.txt.gz")
            == .truncatedGzip(byteOffset: compressed.count / 2))
        let bomb = try Self.reader { $0.maxBytes = 1000 }
        #expect(try Self.rejection(Array(compressed), source: "a.txt.gz", reader: bomb) == .gzipTooLarge(limit: 1000))
        var corrupt = Array(compressed)
        corrupt[20] ^= 0xFF
        corrupt[21] ^= 0xFF
        let reason = try Self.rejection(corrupt, source: "a.txt.gz")
        #expect(reason?.kind == "corrupt-gzip" || reason?.kind == "truncated-gzip")
    }

    @Test func jsonLinesRejectOnlyTheirBadLines() throws {
        var lines: [String] = []
        for number in 1...1000 {
            switch number {
            case 17: lines.append("{\"url\": \"u\", \"text\": \"unterminated")
            case 400: lines.append("[1, 2, 3]")
            case 999: lines.append("{\"url\": \"no text here\"}")
            default: lines.append("{\"url\": \"https://example.vn/\(number)\", \"text\": \"Bài \(number): 5 tập thể được khen.\"}")
            }
        }
        let results = try Self.results(Array(lines.joined(separator: "\n").utf8), source: "day.jsonl", format: .jsonLines)
        let documents = results.compactMap { try? $0.get() }
        let rejections = results.compactMap { result -> Rejection? in
            if case .failure(let rejection) = result { return rejection }
            return nil
        }
        #expect(documents.count == 997)
        #expect(rejections.map(\.source) == ["day.jsonl:17", "day.jsonl:400", "day.jsonl:999"])
        #expect(rejections.map(\.reason.kind) == ["malformed-json", "malformed-json", "missing-text"])
        #expect(rejections[0].description.contains("line 17"))
        // A record without its text names the field that probably holds it.
        #expect(rejections[2].description.hasSuffix("to read its longest field, pass --field text=url (or --field html=url for markup)"))
        #expect(documents[0].metadata.url == "https://example.vn/1")
        #expect(documents[0].name == "day:1")
    }

    @Test func jsonLinesFieldsCanBeRenamed() throws {
        let reader = try Self.reader { $0.fields = ["text": "content", "url": "link"] }
        let line = "{\"link\": \"https://x.vn\", \"content\": \"Hội nghị.\"}"
        let source = try Self.results(Array(line.utf8), source: "a.jsonl", format: .jsonLines, reader: reader)[0].get()
        #expect(source.text == "Hội nghị.")
        #expect(source.metadata.url == "https://x.vn")
    }

    /// A record's title field heads its text, unless the text starts with it already.
    @Test func aRecordsTitleHeadsItsText() throws {
        let lines = [
            "{\"title\": \"Nghệ An khen thưởng 50 tập thể\", \"text\": \"Sáng 9/1, hội nghị diễn ra.\"}",
            "{\"title\": \"Nghệ An khen thưởng 50 tập thể\", \"text\": \"Trang chủ\\nNGHỆ AN KHEN THƯỞNG 50 TẬP THỂ\\nSáng 9/1.\"}",
        ]
        let sources = try Self.results(Array(lines.joined(separator: "\n").utf8), source: "a.jsonl", format: .jsonLines).map { try $0.get() }
        #expect(sources.map(\.text) == ["Nghệ An khen thưởng 50 tập thể\nSáng 9/1, hội nghị diễn ra.",
                                        "Trang chủ\nNGHỆ AN KHEN THƯỞNG 50 TẬP THỂ\nSáng 9/1."])
    }

    @Test func directoriesExpandSortedWithGlobsAndMissingPathsAreRejected() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("sub"), withIntermediateDirectories: true)
        for name in ["b.txt", "a.html", "sub/c.jsonl.gz", "skip.png", "sub/old.txt"] {
            try Data("x".utf8).write(to: directory.appendingPathComponent(name))
        }
        let reader = try Self.reader { $0.exclude = ["sub/old*"] }
        let expanded = reader.expand([directory.path, "/nonexistent/file.txt"])
        let files = expanded.compactMap { try? $0.get() }.map { $0.replacingOccurrences(of: directory.path + "/", with: "") }
        #expect(files == ["a.html", "b.txt", "sub/c.jsonl.gz"])
        #expect(expanded.last == .failure(Rejection(source: "/nonexistent/file.txt", reason: .unreadable(message: "no such file or directory"))))
        // Patterns match the whole relative path; "*" crosses directories.
        let only = try Self.reader { $0.include = ["*.txt"] }
        #expect(only.expand([directory.path]).compactMap { try? $0.get() }.count == 2)
        let top = try Self.reader { $0.include = ["b.*"] }
        #expect(top.expand([directory.path]).compactMap { try? $0.get() }.count == 1)
    }

    @Test func packedInputListsKeepNamesOrderAndRejections() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        // Vietnamese names (multi-byte UTF-8), a hidden ".txt", an upper-case extension.
        for name in ["Lào Cai.txt", "an giang.TXT", ".txt", "Đà Nẵng.html", "b.txt"] {
            try Data("x".utf8).write(to: directory.appendingPathComponent(name))
        }
        let expanded = try Self.reader().expand(["/nonexistent/a.txt", directory.path, "/nonexistent/b.txt"])
        #expect(expanded.count == 6)
        #expect(expanded.first == .failure(Rejection(source: "/nonexistent/a.txt", reason: .unreadable(message: "no such file or directory"))))
        #expect(expanded.last == .failure(Rejection(source: "/nonexistent/b.txt", reason: .unreadable(message: "no such file or directory"))))
        let files = expanded.compactMap { try? $0.get() }.map { $0.replacingOccurrences(of: directory.path + "/", with: "") }
        // Sorted by bytes: ASCII capitals, then small letters, then "Đ" and "L" with diacritics follow their bytes.
        #expect(files == ["Lào Cai.txt", "an giang.TXT", "b.txt", "Đà Nẵng.html"])
    }

    @Test func eachEntryKeepsItsOwnDirectoryAcrossInputs() throws {
        let root = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: root) }
        let first = root.appendingPathComponent("Hà Nội"), second = root.appendingPathComponent("huế")
        for directory in [first, second] {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            for name in ["a.txt", "b.html"] { try Data("x".utf8).write(to: directory.appendingPathComponent(name)) }
        }
        let single = root.appendingPathComponent("một bài.txt")
        try Data("x".utf8).write(to: single)
        let expanded = try Self.reader().expand([first.path, single.path, "/nonexistent/c.txt", second.path, first.path])
        let paths = expanded.map { (try? $0.get()) ?? "rejected" }
        #expect(paths == [first.appendingPathComponent("a.txt").path, first.appendingPathComponent("b.html").path, single.path,
                          "rejected", second.appendingPathComponent("a.txt").path, second.appendingPathComponent("b.html").path,
                          first.appendingPathComponent("a.txt").path, first.appendingPathComponent("b.html").path])
    }

    @Test func aWalkFollowsLinksToFilesButNotToDirectories() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let manager = FileManager.default
        try manager.createDirectory(at: directory.appendingPathComponent("sub"), withIntermediateDirectories: true)
        try Data("x".utf8).write(to: directory.appendingPathComponent("sub/a.txt"))
        try manager.createSymbolicLink(atPath: directory.appendingPathComponent("link.txt").path, withDestinationPath: "sub/a.txt")
        try manager.createSymbolicLink(atPath: directory.appendingPathComponent("loop").path, withDestinationPath: ".")
        try manager.createSymbolicLink(atPath: directory.appendingPathComponent("dangling.txt").path, withDestinationPath: "gone.txt")
        let expanded = try Self.reader { _ in }.expand([directory.path + "/"])
        let files = expanded.compactMap { try? $0.get() }
        #expect(files == [directory.path + "/link.txt", directory.path + "/sub/a.txt"])
        if getuid() != 0 { // root opens any directory
            try manager.createDirectory(at: directory.appendingPathComponent("closed"), withIntermediateDirectories: true)
            chmod(directory.appendingPathComponent("closed").path, 0)
            defer { chmod(directory.appendingPathComponent("closed").path, 0o755) }
            let rejected = try Self.reader { _ in }.expand([directory.path]).compactMap { result -> Rejection? in
                if case .failure(let rejection) = result { return rejection }
                return nil
            }
            #expect(rejected.map(\.source) == [directory.path + "/closed"])
        }
    }

    @Test(arguments: [1, 2, 3])
    func aWalkGivesEachFileTheSizeAndTimeAStatGives(threads: Int) throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let manager = FileManager.default
        try manager.createDirectory(at: directory.appendingPathComponent("tháng 3"), withIntermediateDirectories: true)
        // Enough files in one folder for the stats to be shared out between threads.
        let count = DirectoryWalk.filesPerThread * 2 + 7
        for number in 0..<count {
            let name = number % 3 == 0 ? "tháng 3/bài \(number).txt" : "\(number).html"
            try Data(repeating: UInt8(ascii: "x"), count: number % 97).write(to: directory.appendingPathComponent(name))
        }
        try manager.createSymbolicLink(atPath: directory.appendingPathComponent("link.txt").path, withDestinationPath: "5.html")
        let expanded = try Self.reader().expand([directory.path], threads: threads)
        #expect(expanded.count == count + 1)
        for position in expanded.indices {
            let path = try expanded[position].get()
            let walked = try #require(expanded.stat(at: position), "\(path)")
            #expect(walked == FileStat(path: path), "\(path)")
        }
        let link = try #require(expanded.firstIndex { (try? $0.get()) == directory.path + "/link.txt" })
        #expect(expanded.stat(at: link)?.size == 5)
        // A path given as such has no stat from a walk: the run makes its own.
        let single = try Self.reader().expand([directory.appendingPathComponent("1.html").path])
        #expect(single.stat(at: 0) == nil)
    }

    @Test func htmlPagesGiveTextZonesAndMetadata() throws {
        let html = """
        <html><head><title>Trang | Báo</title>
        <meta property="og:title" content="Hội nghị tổng kết thi đua">
        <meta property="article:published_time" content="2024-04-27T16:43:00+07:00">
        <meta name="author" content="Ngọc Hân"><meta property="og:site_name" content="Báo Vĩnh Long">
        <link rel="canonical" href="https://baovinhlong.vn/a"><script>var x = "<p>no</p>";</script></head>
        <body><nav>Trang chủ</nav><header>Đăng nhập</header><h1>Hội nghị tổng kết thi đua</h1>
        <p>Chiều 28/2, hội nghị
        diễn ra.</p><figure><img src="a.jpg"><figcaption>Chủ tịch trao Bằng khen</figcaption></figure>
        <p class="image-caption">Quang cảnh hội nghị</p><aside>Tin liên quan</aside><footer>©</footer></body></html>
        """
        let source = try Self.results(Array(html.utf8), source: "a.html")[0].get()
        #expect(source.text == "Hội nghị tổng kết thi đua\nChiều 28/2, hội nghị diễn ra.\nChủ tịch trao Bằng khen\nQuang cảnh hội nghị\n")
        #expect(source.metadata == DocumentMetadata(title: "Hội nghị tổng kết thi đua", published: "2024-04-27T16:43",
                                                    outlet: "Báo Vĩnh Long", author: "Ngọc Hân", url: "https://baovinhlong.vn/a"))
        #expect(source.zoneHints.map(\.zone) == [.title, .caption, .caption])
    }

    /// Boxes a page names as other articles, comments or share bars by their class or id are
    /// left out, however deep in the article they stand (the text after them stays); a layout
    /// class such as "relative" is none. With no og:site_name, a `<title>` that is the headline,
    /// a dash and a name gives the outlet.
    @Test func relatedBoxesAreLeftOutAndTheTitleNamesTheSite() throws {
        let html = """
        <html><head><title>Lâm Đồng khen thưởng 68 tập thể - Báo Lâm Đồng điện tử</title></head>
        <body><article><h1>Lâm Đồng khen thưởng 68 tập thể</h1><p>Sáng 19/12, hội nghị diễn ra.</p>
        <div class="box-related"><h3>Tin liên quan</h3><ul><li>Khen thưởng 300 tập thể</li></ul></div>
        <div id="tin-lien-quan"><a>Trao 5 Huân chương</a></div><div class="share-bar">Facebook</div>
        <div class="relative"><p>Chủ tịch UBND tỉnh tặng Bằng khen cho 28 tập thể.</p></div>
        <section class="comment-list"><p>Bạn đọc: rất hay</p></section></article></body></html>
        """
        let source = try Self.results(Array(html.utf8), source: "a.html")[0].get()
        #expect(source.text == "Lâm Đồng khen thưởng 68 tập thể\nSáng 19/12, hội nghị diễn ra.\n"
                    + "Chủ tịch UBND tỉnh tặng Bằng khen cho 28 tập thể.\n")
        #expect(source.metadata.outlet == "Báo Lâm Đồng điện tử")
    }
    /// A page whose metadata is only a schema.org article (in a list after a WebPage, or in a
    /// `@graph`) gives its date, authors and publisher, before the first `<time>` (a widget's
    /// date); a script that is no JSON is passed over. Captions named by a Vietnamese CMS's
    /// classes ("chuthich", a table cell's "image_desc") are captions.
    @Test func structuredDataAndCaptionClasses() throws {
        let html = """
        <html><head><title>Điện Biên khen thưởng 156 tập thể</title>
        <script type="application/ld+json">{ not json</script>
        <script type="application/ld+json">[{"@type":"WebPage","name":"Báo"},{"@type":"NewsArticle","headline":"H",
        "datePublished":"2024-12-27T10:15:00+07:00","author":[{"name":"Quang Hưng"},"Thu Hà"],
        "publisher":{"@type":"Organization","name":"Báo Điện Biên Phủ điện tử"}}]</script></head>
        <body><div class="weather"><time datetime="2024-12-28">28/12</time></div><h1>Điện Biên khen thưởng 156 tập thể</h1>
        <table class="image"><tr><td><img src="a.jpg"></td></tr><tr><td class="image_desc">Trao Cờ thi đua</td></tr></table>
        <div class="ChuThich">Trao Bằng khen</div><p>Chiều 26/12, hội nghị diễn ra.</p></body></html>
        """
        let source = try Self.results(Array(html.utf8), source: "a.html")[0].get()
        #expect(source.metadata == DocumentMetadata(title: "Điện Biên khen thưởng 156 tập thể", published: "2024-12-27T10:15",
                                                    outlet: "Báo Điện Biên Phủ điện tử", author: "Quang Hưng, Thu Hà", url: nil))
        #expect(source.zoneHints.map(\.zone) == [.title, .caption, .caption])
        let graph = StructuredArticle(scripts: [#"{"@graph":[{"@type":["NewsArticle"],"datePublished":"2025-01-02","author":"An"}]}"#])
        #expect(graph?.published == "2025-01-02" && graph?.author == "An")
        #expect(StructuredArticle(scripts: [#"{"@type":"Organization","name":"Báo"}"#, "[1, 2"]) == nil)
    }
}
