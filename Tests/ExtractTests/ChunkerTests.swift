@testable import Extract
import Testing
import TestSupport

/// Counts as the press writes them.
struct ChunkerTests {
    @Test(arguments: [
        ("5", 1, 5), ("04", 1, 4), ("5.000", 1, 5000), ("1.234.567", 1, 1_234_567), ("12", 1000, 12000),
        ("1,5", 1000, 1500), ("2,25", 1_000_000, 2_250_000),
    ])
    func digitsReadAsCounts(text: String, multiplier: Int, value: Int) {
        #expect(Chunker.number(Substring(text), multiplier: multiplier) == value)
    }

    @Test(arguments: [("4,41", 1), ("5.00", 1), ("5.0000", 1), ("1.5", 1000), ("20h", 1), ("99999999999999999999", 1)])
    func otherNumbersAreNoCounts(text: String, multiplier: Int) {
        #expect(Chunker.number(Substring(text), multiplier: multiplier) == nil)
    }

    /// A body by its initials: three capitals or more, Vietnamese ones among them.
    @Test(arguments: [("ĐHQGHN", true), ("EVNNPC", true), ("GD&ĐT", true), ("ƯBND", true), ("ỦY", false),
                      ("ỦYB", true), ("Đoàn", false), ("VN", false), ("UBNDt", false), ("ĐẠI", true), ("đHQG", false)])
    func initialsAreCapitalsOnly(text: String, isInitials: Bool) {
        #expect(Token.isInitials(Substring(text)) == isInitials)
    }

    /// Counts in words, as a statement states them ("cho một trăm hai mươi tập thể").
    @Test(arguments: [
        ("mười hai", 12), ("hai mươi lăm", 25), ("bốn mươi", 40), ("ba trăm", 300), ("một trăm hai mươi", 120),
        ("hai trăm năm mươi", 250), ("một nghìn hai trăm", 1200), ("hai mươi nghìn", 20_000), ("hai trăm nghìn", 200_000),
    ])
    func wordsReadAsCounts(words: String, value: Int) throws {
        let records = try StatementTests.records("UBND tỉnh tặng Bằng khen cho \(words) tập thể.")
        #expect(records.map(\.count) == [value])
    }

    /// A list of thousands of counted groups (a table a scraper flattened into one sentence) is
    /// read to `Chunker.longestList` items: read again from each item, it would cost time and
    /// memory as the square of its length. Lists of awards too.
    @Test func longListsAreReadToALimit() throws {
        let groups = (1...2000).map { "\($0) tập thể" }.joined(separator: ", ")
        let records = try StatementTests.records("UBND tỉnh tặng Bằng khen cho \(groups).")
        #expect(records.count == Chunker.longestList)
        #expect(records.map(\.count) == Array(1...Chunker.longestList))
        let awards = Array(repeating: "Huân chương Lao động hạng Ba", count: 500).joined(separator: ", ")
        let titled = try StatementTests.records("Có 5 tập thể được tặng \(awards).")
        #expect(titled.map(\.count) == [5])
    }
}

/// Surnames with their diacritics, however the name is written.
struct SurnameTests {
    static let rules = Fixtures.pipeline.extractor.rules

    @Test(arguments: [("Nguyễn", true), ("nguyễn", true), ("NGUYỄN", true), ("Quàng", true), ("Quảng", false),
                      ("Nguyen", false), ("Đỗ", true), ("ĐỖ", true), ("Hoàng", true)])
    func aSurnameIsKnownInAnyCase(word: String, known: Bool) {
        #expect(Self.rules.isSurname(Substring(word)) == known)
    }

    /// The surname class (lexicon.yaml `capitalized`) matches capitalized words spelled as a
    /// surname only: not "đồng" of "đồng chí", "động" of "lao động", "Quân" (no "Quan").
    @Test func theSurnameClassMatchesOnlyNames() {
        let text = "đồng chí Đồng Văn Thanh , Quân khu lao động ĐỒNG Quan"
        let clause = Clause(tokens: Self.rules.tokenizer.tokens(Substring(text)), rules: Self.rules)
        let surnames = (0..<clause.count).filter { clause.has(.surname, at: $0) }.map { String(clause.tokens[$0].text) }
        #expect(surnames == ["Đồng", "Văn", "ĐỒNG", "Quan"])
    }
}
