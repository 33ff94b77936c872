import Foundation
import Testing
import TestSupport
import ThiDua

/// UTF-8 that a scraper read as windows-1252 and wrote out as UTF-8 again ("Chá»§ tá»‹ch") is
/// read again as UTF-8; proper text, Vietnamese or not, is left as it is.
struct MojibakeTests {
    static func read(_ text: String, name: String = "page.txt") throws -> SourceText {
        let reader = try InputReader.load(from: Fixtures.rules)
        var documents: [SourceText] = []
        try reader.read(Data(text.utf8), source: name, format: InputReader.format(ofName: name)) { documents.append(try $0.get()) }
        return try #require(documents.first)
    }

    /// The text as a scraper misread it: each UTF-8 byte a character of Latin-1.
    static func misread(_ text: String) -> String {
        String(String.UnicodeScalarView(text.utf8.map { Unicode.Scalar($0) }))
    }

    @Test func misreadTextReadsAsWritten() throws {
        let original = "Chủ tịch UBND tỉnh tặng Bằng khen cho 20 tập thể, 35 cá nhân.\nĐồng chí Nguyễn Văn Hùng dự."
        let document = try Self.read(Self.misread(original))
        #expect(document.text == original)
        #expect(document.encoding == "UTF-8 (mojibake repaired)")
        #expect(document.warnings.contains { $0.contains("mojibake") && $0.contains("2 line(s)") })
    }

    /// Proper text keeps every character: Latin-1 letters and symbols that do not read as
    /// UTF-8 ("NGÃ BA", "café", "á»" apart: "Lá »").
    @Test func properTextIsLeftAlone() throws {
        for text in ["Ông Hà nói: “Cảm ơn” — NGÃ BA Đồng Lộc, café à la carte.", "Tỉnh Hà Nam «thi đua» ±5 ºC.",
                     "ÁO DÀI «đẹp», Lá » Cành, HÃY ĐẾN."] {
            let document = try Self.read(text)
            #expect(document.text == text)
            #expect(document.encoding == "UTF-8")
            #expect(document.warnings.isEmpty)
        }
    }

    /// A line misread among proper ones: only it is read again.
    @Test func onlyTheMisreadLinesChange() throws {
        let proper = "Tin tức thi đua, khen thưởng", misread = "Trao Huân chương Lao động hạng Nhất"
        let document = try Self.read("\n" + proper + "\n\n" + Self.misread(misread) + "\n" + proper)
        #expect(document.text == "\n" + proper + "\n\n" + misread + "\n" + proper)
    }

    /// A page's zones (a figcaption's line) stay on their lines once the text before them shrinks.
    @Test func zonesOfAPageMoveWithTheirLines() throws {
        let page = """
            <html><body><h1>Lai Châu trao Huân chương Lao động hạng Nhất</h1>
            <p>Chủ tịch nước tặng Huân chương Lao động hạng Nhất cho 5 tập thể.</p>
            <figure><figcaption>Đồng chí Tống Thanh Hải nhận Huân chương.</figcaption></figure>
            <p>Đồng chí phát biểu tại buổi lễ.</p></body></html>
            """
        let proper = try Self.read(page, name: "page.html"), repaired = try Self.read(Self.misread(page), name: "page.html")
        #expect(repaired.text == proper.text)
        #expect(repaired.zoneHints == proper.zoneHints)
        #expect(!proper.zoneHints.isEmpty)
    }

    /// A JSON record's title and text.
    @Test func jsonFieldsAreReadAgain() throws {
        let title = "Khen thưởng 20 tập thể", text = "Chủ tịch UBND tỉnh tặng Bằng khen cho 20 tập thể."
        let line = try JSONSerialization.data(withJSONObject: ["title": Self.misread(title), "text": Self.misread(text)])
        let document = try Self.read(String(decoding: line, as: UTF8.self), name: "page.jsonl")
        #expect(document.metadata.title == title)
        #expect(document.text == title + "\n" + text)
    }

    /// A scraper that replaced windows-1252's five undefined bytes with U+FFFD lost letters
    /// ("Đ", "ờ", "ề", "ọ"): those the syllable tells are guessed, and the seed's award
    /// records come out as from the original.
    @Test func lostLettersAreGuessedWhereTheSyllableTells() throws {
        let directory = Fixtures.root.appendingPathComponent("fixtures/encodings")
        let original = try String(contentsOf: Fixtures.root.appendingPathComponent("fixtures/seeds/002_25c5d6a98d7f6ae3.txt"),
                                  encoding: .utf8)
        let lossy = try String(contentsOf: directory.appendingPathComponent("002.mojibake-lossy.txt"), encoding: .utf8)
        #expect(lossy.contains("\u{FFFD}"))
        let document = try Self.read(lossy)
        #expect(document.warnings.contains { $0.contains("guessed") })
        func awards(_ source: SourceText) throws -> [String] {
            try Fixtures.pipeline.extract(Fixtures.pipeline.segment(source)).map(\.record).map {
                "\($0.award) \($0.kind) \($0.count ?? -1) \($0.granter ?? "-") \($0.recipient ?? "-") \($0.province ?? "-")"
            }
        }
        let expected = try awards(SourceText(name: "page", source: "page.txt", text: original, encoding: "UTF-8"))
        #expect(try awards(document) == expected)
        #expect(expected.count >= 5)
    }
}
