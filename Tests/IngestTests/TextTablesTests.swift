import Foundation
import Testing
import TestSupport
import ThiDua

/// Tables in plain text (cells split by tabs or "|") read as a page's tables do: a row of
/// counts under labelled columns is a sentence; every other line stays as written.
struct TextTablesTests {
    static func read(_ text: String) throws -> SourceText {
        let reader = try InputReader.load(from: Fixtures.rules)
        var documents: [SourceText] = []
        try reader.read(Data(text.utf8), source: "report.txt", format: .text) { documents.append(try $0.get()) }
        return try #require(documents.first)
    }

    /// A spreadsheet's copy: a numbering column, empty cells and noughts state nothing.
    @Test func rowsOfCountsUnderTabbedColumnsAreSentences() throws {
        let text = """
            Kết quả khen thưởng năm 2024
            STT\tHình thức khen thưởng\tTập thể\tCá nhân
            1\tCờ thi đua của UBND tỉnh\t35\t
            2\tBằng khen của Chủ tịch UBND tỉnh\t420\t1.100
            3\tChiến sĩ thi đua cấp tỉnh\t0\t95
            4\tGiấy khen\t\t
            """
        let lines = try Self.read(text).text.split(separator: "\n").map(String.init)
        #expect(lines == ["Kết quả khen thưởng năm 2024", "STT\tHình thức khen thưởng\tTập thể\tCá nhân",
                          "Cờ thi đua của UBND tỉnh: 35 Tập thể.", "Bằng khen của Chủ tịch UBND tỉnh: 420 Tập thể, 1.100 Cá nhân.",
                          "Chiến sĩ thi đua cấp tỉnh: 95 Cá nhân.", "4\tGiấy khen\t\t"])
    }

    /// Markdown: the rule under the header goes; the rows' counts are the parts of the total the
    /// paragraph before states, as a page's list of them would be.
    @Test func aMarkdownTableBreaksDownTheTotalBeforeIt() throws {
        let source = try Self.read("""
            Kết quả khen thưởng
            Cấp Nhà nước khen thưởng cho 45 tập thể, cá nhân, cụ thể:
            | Hình thức | Tập thể | Cá nhân |
            |---|---|---|
            | Huân chương Lao động hạng Ba | 3 | 5 |
            | Bằng khen của Thủ tướng Chính phủ | 15 | 22 |
            """)
        #expect(!source.text.contains("---"))
        let records = Fixtures.pipeline.extract(try Fixtures.pipeline.segment(source)).map(\.record)
        #expect(records.map(\.count) == [45, 3, 5, 15, 22])
        #expect(records.dropFirst().allSatisfy { $0.partOf == records[0].id })
        #expect(records[1].award == ["huan-chuong-lao-dong"] && records[1].class == ["ba"] && records[1].kind == ["tap-the"])
    }

    /// Bars and tabs that make no table of counts: a menu, people and their posts, a header
    /// with nothing under it, rows of another width.
    @Test func otherLinesAreLeftAlone() throws {
        for text in ["Trang chủ | Tin tức | Liên hệ\nChủ tịch UBND tỉnh tặng Bằng khen cho 5 tập thể.",
                     "Ông Nguyễn Văn An\tGiám đốc Sở Nội vụ\nBà Lê Thị Hoa\tPhó Giám đốc",
                     "Hình thức | Tập thể | Cá nhân\nHuân chương Lao động | 3",
                     "Hình thức | Số lượng\n2024 | 2025"] {
            #expect(try Self.read(text).text == text)
        }
    }
}
