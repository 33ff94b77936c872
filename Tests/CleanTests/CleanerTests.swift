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

    /// A line wrapped by hand goes on in the next: no sentence end, a line's length, then lower
    /// case (or a count after a word); not after a mark that ends or opens a list, nor before a
    /// capital, nor a short line (a heading), nor a count after a number.
    @Test(arguments: [
        ("Ngày 10/1, UBND tỉnh Hà Tĩnh tổ chức hội nghị tổng kết công tác thi đua,", "khen thưởng năm 2024.", true),
        ("Dịp này, Chủ tịch UBND tỉnh tặng Bằng khen cho 25", "tập thể và 40 cá nhân.", true),
        ("Dịp này, Chủ tịch UBND tỉnh tặng Bằng khen cho", "25 tập thể và 40 cá nhân.", true),
        ("Chủ tịch UBND tỉnh tặng Bằng khen cho 25 tập thể.", "tặng Cờ thi đua cho 12 tập thể.", false),
        ("Dự hội nghị có các đồng chí lãnh đạo tỉnh:", "ông Nguyễn Văn A, Chủ tịch UBND tỉnh.", false),
        ("Tin thi đua khen thưởng", "khen thưởng 25 tập thể.", false),
        ("Chủ tịch UBND tỉnh tặng Bằng khen cho các tập thể của", "Trường THPT Lê Lợi.", false),
        ("Kết quả khen thưởng của tỉnh trong năm 2024", "25 tập thể được tặng Bằng khen.", false),
    ])
    func wrappedLinesGoOn(line: String, next: String, goesOn: Bool) {
        #expect(Cleaner.goesOn(line, into: next) == goesOn)
    }
}
