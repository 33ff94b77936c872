import Foundation
import TestSupport
import Testing
import ThiDua

/// What closes an article (a reporter's byline in its many forms) and the page's comment form
/// after it: metadata or furniture, never a sentence of the article.
struct BylineTests {
    private func document(closedBy lines: String) throws -> SegmentedDocument {
        let text = """
            Bình Định trao Huân chương Lao động cho 3 tập thể
            Chiều 10/1, UBND tỉnh Bình Định tổ chức lễ trao Huân chương Lao động của Chủ tịch nước cho 3 tập thể.
            \(lines)
            """
        return try Fixtures.pipeline.segment(SourceText(name: "t", source: "t", text: text, encoding: "UTF-8"))
    }

    @Test(arguments: [
        ("P.V", "P.V"), ("NT", "NT"), ("Vũ Long - Bá Trung", "Vũ Long - Bá Trung"),
        ("Phùng Vị – HND tỉnh", "Phùng Vị – HND tỉnh"), ("Nhóm phóng viên", "Nhóm phóng viên"),
        ("Tin, ảnh: Thảo Vy", "Thảo Vy"), ("Bài và ảnh: Minh Khôi", "Minh Khôi"),
        ("Hoàng Vũ (TAND tỉnh)", "Hoàng Vũ (TAND tỉnh)"),
    ])
    func aClosingBylineIsTheAuthor(line: String, author: String) throws {
        let document = try document(closedBy: line)
        #expect(document.cleaned.metadata.author == author)
        #expect(document.sentences.count == 2)
        // An attachment's line after the byline is furniture: the byline still closes the text.
        let attached = try self.document(closedBy: line + "\nFile đính kèm: baocao.pdf")
        #expect(attached.cleaned.metadata.author == author)
        #expect(attached.sentences.count == 2)
    }

    /// The site's footer after the byline: no sentence, and the byline still closes the text.
    @Test func aSitesFooterIsNoText() throws {
        let document = try document(closedBy: """
            Thu Hà
            Cơ quan chủ quản: UBND tỉnh Bình Định
            Tổng Biên tập: Nguyễn Văn A
            Địa chỉ: Số 1 Trần Phú, TP Quy Nhơn. Điện thoại: 0256.3822.xxx
            Copyright © 2024 Báo Bình Định. All rights reserved.
            """)
        #expect(document.cleaned.metadata.author == "Thu Hà")
        #expect(document.sentences.count == 2)
        #expect(document.cleaned.removed.filter { if case .footer = $0.reason { true } else { false } }.count == 4)
    }

    /// A source in brackets closing the article: the outlet ("(Theo TTXVN)").
    @Test(arguments: [("(Theo TTXVN)", "TTXVN"), ("(Nguồn: Báo Lạng Sơn)", "Báo Lạng Sơn")])
    func aSourceInBracketsIsTheOutlet(line: String, outlet: String) throws {
        let document = try document(closedBy: line)
        #expect(document.cleaned.metadata.outlet == outlet)
        #expect(document.sentences.count == 2)
    }

    /// A caption's prefix with the photo's number ("Ảnh 2: ..."), or where the photo stands
    /// ("Ảnh trên: ..."): a caption, as after "Ảnh:".
    @Test(arguments: ["Ảnh 2: Đồng chí Nguyễn Thành Công, Phó Chủ tịch UBND tỉnh trao Huân chương cho các tập thể.",
                      "Ảnh trên: Lãnh đạo tỉnh trao Huân chương cho các tập thể.",
                      "Hình ảnh 3: Lãnh đạo tỉnh trao Huân chương cho các tập thể."])
    func aNumberedPhotosCaptionIsACaption(line: String) throws {
        let document = try document(closedBy: line + "\nP.V")
        #expect(document.sentences.last?.zone == .caption)
        #expect(document.sentences.last?.text.hasSuffix("cho các tập thể.") == true)
    }

    /// Not every short last line is a byline: bodies joined by a dash, a place and a year.
    @Test(arguments: ["UBND tỉnh - Sở Nội vụ phối hợp tổ chức.", "Hà Nội - 2024"])
    func otherLastLinesStayText(line: String) throws {
        let document = try document(closedBy: line)
        #expect(document.cleaned.metadata.author == nil)
        #expect(document.sentences.last?.text == line)
    }

    /// A photo's alignment buttons scraped as text, the comment form and its buttons.
    @Test func commentFormsAndPhotoButtonsAreFurniture() throws {
        let document = try document(closedBy: """
            leftcenterrightdel
            Ông Lê Văn Hùng, Giám đốc Sở Nội vụ trao Bằng khen cho các tập thể.
            P.V
            Trả lời
            Email của bạn sẽ không được hiển thị công khai. Các trường bắt buộc được đánh dấu *
            Tỉnh khen thưởng 500 tập thể, cá nhân năm 2023
            """)
        let texts = document.sentences.map(\.text)
        #expect(!texts.contains { $0.contains("leftcenterrightdel") || $0.contains("Email của bạn") || $0 == "Trả lời" })
        // The comment form cuts what follows it: another article's headline gives no record.
        #expect(!texts.contains { $0.contains("500 tập thể") })
        #expect(texts.contains { $0.hasPrefix("Ông Lê Văn Hùng") })
    }
}
