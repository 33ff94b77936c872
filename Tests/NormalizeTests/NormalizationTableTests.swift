import Foundation
import Normalize
import TestSupport
import Testing

/// The normalization cases of issue #2, written as the press writes them.
struct NormalizationTableTests {
    static let normalizer = Fixtures.pipeline.normalizer

    /// input, expected (legal documents' placement: the mark on the first vowel).
    static let cases: [(String, String)] = [
        // oa
        ("hoà", "hòa"), ("hoá", "hóa"), ("hoả", "hỏa"), ("hoã", "hõa"), ("hoạ", "họa"),
        ("xoá", "xóa"), ("văn hoá", "văn hóa"), ("Thanh Hoá", "Thanh Hóa"), ("Khánh Hoà", "Khánh Hòa"),
        ("Hoà Bình", "Hòa Bình"), ("HOÀ BÌNH", "HÒA BÌNH"), ("toà án", "tòa án"), ("goá", "góa"),
        ("loà", "lòa"), ("thoả thuận", "thỏa thuận"),
        // oe
        ("khoẻ", "khỏe"), ("Khoẻ", "Khỏe"), ("KHOẺ", "KHỎE"), ("xoè", "xòe"), ("toé", "tóe"),
        ("loè", "lòe"), ("nhoẽ", "nhõe"), ("hoẹ", "họe"),
        // uy
        ("Uỷ ban", "Ủy ban"), ("uỷ ban", "ủy ban"), ("UỶ BAN", "ỦY BAN"), ("Tỉnh uỷ", "Tỉnh ủy"),
        ("thuỷ", "thủy"), ("Thuỷ", "Thủy"), ("THUỶ", "THỦY"), ("tuỳ", "tùy"), ("huỷ", "hủy"),
        ("luỹ kế", "lũy kế"), ("nguỵ", "ngụy"), ("suý", "súy"), ("thuỵ", "thụy"),
        // punctuation around the syllable
        ("Hoà, Bình", "Hòa, Bình"), ("(hoà)", "(hòa)"), ("“Uỷ ban”", "“Ủy ban”"), ("hoà-bình", "hòa-bình"),
        // untouched: closed syllables, triphthongs, the "qu" initial, other nuclei
        ("toàn", "toàn"), ("hoàng", "hoàng"), ("ngoài", "ngoài"), ("quý", "quý"), ("Quý", "Quý"),
        ("QUỶ", "QUỶ"), ("quỳnh", "quỳnh"), ("khuya", "khuya"), ("thuế", "thuế"), ("thuyền", "thuyền"),
        ("khuỷu", "khuỷu"), ("hoài", "hoài"), ("xoay", "xoay"), ("loét", "loét"), ("hoạch", "hoạch"),
        ("tuyết", "tuyết"), ("hòa", "hòa"), ("Ủy", "Ủy"), ("Huỳnh", "Huỳnh"), ("oán", "oán"),
        // NFD input (combining marks) is composed first, then placed
        ("ho" + "a\u{0300}", "hòa"), ("U\u{0309}y", "Ủy"), ("Uy\u{0309}", "Ủy"), ("kho" + "e\u{0309}", "khỏe"),
        ("Nguye\u{0302}\u{0303}n", "Nguyễn"), ("Nguye\u{0303}\u{0302}n", "Nguye\u{0303}\u{0302}n".precomposedStringWithCanonicalMapping),
        ("e\u{0302}\u{0323}", "ệ"), ("e\u{0323}\u{0302}", "ệ"), ("a\u{0340}", "à"), ("\u{212B}", "Å"),
        ("to" + "a\u{0300}n", "toàn"),
        // look-alike letters
        ("ÐẢNG", "ĐẢNG"), ("Ðảng", "Đảng"), ("ðảng", "đảng"), ("Ɖiện Biên", "Điện Biên"),
        // spaces, invisible characters, line breaks
        ("5\u{00A0}tập thể", "5 tập thể"), ("tập\u{200B} thể", "tập thể"), ("a\t\tb", "a b"), ("a    b", "a b"),
        ("  a b  ", "a b"), ("a\r\nb", "a\nb"), ("a\n\n\nb", "a\nb"), ("a\u{2028}b", "a\nb"), ("a \n b", "a\nb"),
        ("thi\u{00AD}đua", "thiđua"), ("\u{FEFF}Hội nghị", "Hội nghị"), ("a\u{202F}b\u{3000}c", "a b c"),
        ("\n\n  \n", ""), ("", ""),
        // quotes and dashes are kept as written
        ("“Thi đua”", "“Thi đua”"), ("Kỷ cương – Sáng tạo — Hành động", "Kỷ cương – Sáng tạo — Hành động"),
        ("‘a’ «b»", "‘a’ «b»"),
    ]

    @Test func tableHasTheCasesTheIssueAsksFor() {
        #expect(Self.cases.count >= 60)
    }

    @Test(arguments: cases)
    func normalizes(_ input: String, _ expected: String) throws {
        let result = try Self.normalizer.normalize(input)
        #expect(result.text == expected)
        #expect(result.text.unicodeScalars.count == result.map.count)
    }

    @Test(arguments: cases)
    func isIdempotent(_ input: String, _ expected: String) throws {
        let once = try Self.normalizer.normalize(input).text
        #expect(try Self.normalizer.normalize(once).text == once)
    }

    @Test func otherPlacementCanBeSelectedInTheRules() throws {
        let directory = try Fixtures.rules(editing: "normalization.yaml",
                                           replacing: ["style: first-vowel": "style: second-vowel"])
        defer { try? FileManager.default.removeItem(at: directory) }
        let secondVowel = try Normalizer.load(from: .init(url: directory))
        let pairs = [("hòa", "hoà"), ("Ủy ban", "Uỷ ban"), ("khỏe", "khoẻ"), ("THỦY", "THUỶ"), ("toàn", "toàn"),
                     ("quý", "quý"), ("ngoài", "ngoài"), ("hoà", "hoà")]
        for (input, expected) in pairs {
            #expect(try secondVowel.normalize(input).text == expected)
        }
    }
}

struct OffsetMapTests {
    let normalizer = Fixtures.pipeline.normalizer

    @Test func combiningMarksMapToTheWholeCluster() throws {
        let result = try normalizer.normalize("ha\u{0300}b")
        #expect(result.text == "hàb")
        #expect(result.originStarts == [0, 1, 3])
        #expect(result.originEnds == [1, 3, 4])
    }

    @Test func collapsedSpacesMapToTheFirstOfTheirRun() throws {
        let result = try normalizer.normalize("  a \u{00A0}\t b\n\n c")
        #expect(result.text == "a b\nc")
        #expect(result.originStarts == [2, 3, 7, 8, 11])
        #expect(result.originEnds == [3, 4, 8, 9, 12])
        #expect(result.paragraphs.map(\.scalars) == [0..<3, 4..<5])
        #expect(result.paragraphs.map(\.utf8) == [0..<3, 4..<5])
    }

    @Test func removedCharactersLeaveGapsNotShifts() throws {
        let result = try normalizer.normalize("Đ\u{200B}ảng")
        #expect(result.text == "Đảng")
        #expect(result.originStarts == [0, 2, 3, 4])
    }

    @Test func tonePlacementKeepsOffsets() throws {
        let result = try normalizer.normalize("Uỷ ban")
        #expect(result.text == "Ủy ban")
        #expect(result.originalRange(ofScalars: 0..<2) == 0..<2)
        #expect(result.originalRange(ofScalars: 3..<6) == 3..<6)
    }

    @Test func supplementaryCharactersCountAsOneScalar() throws {
        let result = try normalizer.normalize("👍 hoà")
        #expect(result.text == "👍 hòa")
        #expect(result.originStarts == [0, 1, 2, 3, 4])
    }

    @Test func cleanTextNeedsOneSegment() throws {
        let result = try normalizer.normalize("Hội nghị tổng kết công tác thi đua, khen thưởng năm 2023.\nHơn 5.000 tập thể.")
        #expect(result.map.segmentCount == 1)
        #expect(result.originStarts == Array(0..<result.map.count))
    }

    @Test func marksAfterUncomposableMarksStillCompose() throws {
        // "e" + dot below + circumflex in two steps of the input; ICU sees the whole cluster.
        let result = try normalizer.normalize("Vie\u{0323}\u{0302}t Nam")
        #expect(result.text == "Việt Nam")
        #expect(result.originStarts == [0, 1, 2, 5, 6, 7, 8, 9])
        #expect(result.originEnds == [1, 2, 5, 6, 7, 8, 9, 10])
    }
}

struct FoldKeyTests {
    let normalizer = Fixtures.pipeline.normalizer

    @Test func foldsCaseDiacriticsAndDStroke() {
        let fold = normalizer.fold
        #expect(fold.fold("Ủy ban nhân dân") == "uy ban nhan dan")
        #expect(fold.fold("UY BAN NHAN DAN") == "uy ban nhan dan")
        #expect(fold.fold("Đảng bộ ĐIỆN BIÊN") == "dang bo dien bien")
        #expect(fold.fold("Huân chương Lao động hạng Nhất") == "huan chuong lao dong hang nhat")
        #expect(fold.fold("5.000 tập thể, 4,41%") == "5.000 tap the, 4,41%")
        // Every dash is the hyphen's ("Ban Thi đua – Khen thưởng" is "Ban Thi đua - Khen thưởng"),
        // quotes and other punctuation stay.
        #expect(fold.fold("Thi đua – Khen thưởng — 2024−2025") == "thi dua - khen thuong - 2024-2025")
        #expect(fold.fold("“Vì an ninh” … ‰") == "“vi an ninh” … ‰")
    }

    /// Scalars of one to four UTF-8 bytes, decoded from the string's own bytes, and the
    /// same from a substring.
    @Test func decodesEveryLengthOfScalar() {
        let fold = normalizer.fold
        let text = "Ảnh: Đức ₫ 🏅 HỒ Ω ж"
        #expect(fold.fold(text) == "anh: duc ₫ 🏅 ho ω ж")
        let substring = ("«" + text + "»").dropFirst().dropLast()
        #expect(fold.fold(substring) == fold.fold(text))
    }

    @Test func bothPlacementsFoldAlike() {
        let fold = normalizer.fold
        #expect(fold.fold("hoà") == fold.fold("hòa"))
        #expect(fold.fold("Uỷ") == fold.fold("Ủy"))
    }
}
