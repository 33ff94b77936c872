import Testing
@testable import Clean

/// The cleaner's byte-level helpers.
struct CleanerTests {
    @Test(arguments: [("", 0), (" ", 0), ("một", 1), ("Bằng khen của Thủ tướng", 5), ("  hai  từ ", 2), ("a b", 2)])
    func wordsAreCountedBetweenSpaces(line: String, words: Int) {
        #expect(Cleaner.wordCount(line) == words)
    }

    @Test(arguments: [("- tin lien quan: ", "tin lien quan"), ("• xem them...", "xem them"), ("...", ""), ("", ""),
                      ("  5. ", "5"), ("«ω»:", "ω»"), ("anh: a.b", "anh: a.b")])
    func aKeyDropsBulletsAndTrailingMarks(folded: String, key: String) {
        #expect(Cleaner.key(folded) == key)
    }
}
