import Testing
import ThiDua

/// What the extractor decides over a whole article, after its sentences: a person called by
/// the given name, a count said again after "một trong".
struct DocumentPassTests {
    static func records(_ text: String) throws -> [AwardRecord] {
        try StatementTests.records(text)
    }

    @Test func aGivenNameIsTheFullNameGivenBefore() throws {
        let records = try Self.records("""
            Anh Nguyễn Văn Tài đã hy sinh khi cứu người bị đuối nước.
            Chị Lê Thị Hoa được tặng Giấy khen.
            Trước đó, anh Tài đã được Chủ tịch UBND tỉnh truy tặng Bằng khen; chị Hoa được tặng Bằng khen của Tỉnh đoàn.
            Ông Tư được tặng Giấy khen.
            """)
        #expect(records.map { $0.recipient ?? "-" } == ["Lê Thị Hoa", "Nguyễn Văn Tài", "Lê Thị Hoa", "Ông Tư"])
    }

    /// Every word of `given_name_honorific` calls a person by the given name (the chunker
    /// finds them among the honorifics first: a word that is none would never be read).
    @Test func everyGivenNameHonorificNamesAPerson() throws {
        let words = RuleSweepTests.section("lexicon.yaml", "lexicon", "given_name_honorific")?.strings ?? []
        #expect(words.count >= 10)
        for word in words {
            let records = try Self.records("Trước đó, \(word) Tài được tặng Giấy khen.")
            #expect(records.map(\.recipient) == ["\(word) Tài"], "\(word)")
        }
    }

    @Test func oneOfACountStatedBeforeRepeatsIt() throws {
        let records = try Self.records("""
            120 thanh niên tiêu biểu được tuyên dương.
            Chị Nguyễn Thị Mai Anh là một trong 120 thanh niên được tuyên dương.
            Bà Nguyễn Thị Hương là một trong 10 cá nhân được tặng danh hiệu Chiến sĩ thi đua toàn quốc.
            """)
        try #require(records.count == 3)
        #expect(records[0].repeatOf == nil)
        #expect(records[1].repeatOf == records[0].id && records[1].count == 120)
        // Stated nowhere else: the count is the statement.
        #expect(records[2].repeatOf == nil && records[2].count == 10)
    }
}
