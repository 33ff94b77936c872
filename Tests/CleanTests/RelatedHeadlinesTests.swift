import Foundation
import TestSupport
import Testing
import ThiDua

/// Other articles' headlines a page lists as bullets between the title and the text, under no
/// heading: dropped, so that their counts never become this article's records.
struct RelatedHeadlinesTests {
    private func document(_ text: String) throws -> SegmentedDocument {
        try Fixtures.pipeline.segment(SourceText(name: "t", source: "t", text: text, encoding: "UTF-8"))
    }

    @Test func bulletedHeadlinesAboveTheTextAreDropped() throws {
        let document = try document("""
            Thứ trưởng biểu dương các điển hình tiên tiến trong phong trào Vì an ninh Tổ quốc
            - Xuất hiện nhiều điển hình tiên tiến trong Công an tỉnh Lạng Sơn
            - Tuyên dương 29 tập thể, 72 cá nhân trong Phong trào thi đua “Vì an ninh Tổ quốc”
            • Tôn vinh các điển hình trong phong trào thi đua đất Mỏ
            Chiều 20/12, Công an tỉnh Lạng Sơn tổ chức hội nghị; 3 tập thể được tặng Cờ thi đua.
            """)
        let dropped = document.cleaned.removed.filter { $0.reason == .relatedHeadlines }.map(\.text)
        #expect(dropped.count == 3)
        #expect(dropped.contains { $0.contains("29 tập thể") })
        #expect(!document.sentences.contains { $0.text.contains("29 tập thể") })
        #expect(document.sentences.contains { $0.text.contains("3 tập thể") })
    }

    /// A list's items (a colon or a ";" in them), one bullet alone, and bullets after the text
    /// has begun are the article's.
    @Test(arguments: [
        """
        Kết quả khen thưởng năm 2024
        - Huân chương Lao động: 5 tập thể
        - Bằng khen của Thủ tướng Chính phủ: 12 cá nhân
        Các tập thể, cá nhân trên được khen thưởng tại hội nghị.
        """,
        """
        Kết quả khen thưởng năm 2024
        - Tuyên dương 29 tập thể, 72 cá nhân tiêu biểu
        Các tập thể, cá nhân trên được khen thưởng tại hội nghị.
        """,
        """
        Kết quả khen thưởng năm 2024
        Sáng 10/1, UBND tỉnh tổng kết công tác thi đua, khen thưởng.
        - Tuyên dương 29 tập thể, 72 cá nhân tiêu biểu
        - Tặng Bằng khen cho 15 tập thể xuất sắc
        """,
    ])
    func listsOfTheArticleStay(text: String) throws {
        let document = try document(text)
        #expect(!document.cleaned.removed.contains { $0.reason == .relatedHeadlines })
        #expect(document.sentences.count == text.split(separator: "\n").count)
    }
}
