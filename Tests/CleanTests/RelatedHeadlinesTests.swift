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

    /// A sidebar the scrape put first, under a related-articles heading: its headlines are
    /// dropped; the last headline before the date line is this article's title. After the
    /// article's own headline, every item under the heading is dropped and the text stays.
    @Test func aListUnderAHeadingAboveTheTextIsDropped() throws {
        let document = try document("""
            TIN LIÊN QUAN
            Trao Huân chương Lao động cho 5 tập thể
            Hà Nội: Tuyên dương 88 thủ khoa xuất sắc
            Quận Hoàn Kiếm khen thưởng 200 tập thể, cá nhân
            12/12/2024 - 08:15
            Sáng 11/12, UBND quận Hoàn Kiếm tổ chức Hội nghị tổng kết phong trào thi đua "Dân vận khéo".
            Tại hội nghị, UBND quận tặng Giấy khen cho 120 tập thể, 80 cá nhân.
            """)
        #expect(document.cleaned.metadata.title == "Quận Hoàn Kiếm khen thưởng 200 tập thể, cá nhân")
        #expect(document.cleaned.metadata.published == "2024-12-12T08:15")
        #expect(!document.sentences.contains { $0.text.contains("5 tập thể") || $0.text.contains("88 thủ khoa") })
        #expect(document.sentences.count == 3)
        let after = try self.document("""
            Quận Hoàn Kiếm khen thưởng 200 tập thể, cá nhân
            Tin mới nhất
            Trao Huân chương Lao động cho 5 tập thể
            Hà Nội: Tuyên dương 88 thủ khoa xuất sắc
            Sáng 11/12, UBND quận Hoàn Kiếm tổ chức Hội nghị tổng kết phong trào thi đua "Dân vận khéo".
            Tại hội nghị, UBND quận tặng Giấy khen cho 120 tập thể, 80 cá nhân.
            """)
        #expect(after.cleaned.metadata.title == "Quận Hoàn Kiếm khen thưởng 200 tập thể, cá nhân")
        #expect(after.sentences.map(\.text).filter { $0.contains("tập thể") }.count == 2)
    }
}
