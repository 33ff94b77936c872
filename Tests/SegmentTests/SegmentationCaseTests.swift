import Segment
import TestSupport
import Testing
import ThiDua

struct SegmentationCaseTests {
    static let pipeline = Fixtures.pipeline

    static func sentences(_ text: String) throws -> [String] {
        try pipeline.segment(SourceText(name: "t", source: "t", text: text, encoding: "UTF-8")).sentences.map(\.text)
    }

    /// Text that must stay one sentence.
    static let unbroken: [String] = [
        "TP. Hồ Chí Minh tổ chức hội nghị tổng kết.",
        "Tp. Hà Nội có 30 tập thể được khen.",
        "PGS.TS. Nguyễn Văn A phát biểu tại hội nghị.",
        "ThS. Trần Thị B và Th.S. Lê Văn C nhận Bằng khen.",
        "GS. Phan Văn D, BS. Hoàng Thị E và KS. Vũ Văn G được tuyên dương.",
        "CN. Đỗ Văn H, Q. Tân Bình, P. Bến Nghé đã tham dự.",
        "Các phong trào thi đua, nhân rộng điển hình v.v. Các đơn vị tiếp tục triển khai.",
        "Hơn 5.000 tập thể, cá nhân, hộ gia đình đã được khen ở cấp tỉnh.",
        "Hộ nghèo trên địa bàn các tỉnh bình quân giảm 4,41% so với năm 2022.",
        "Chiều 28/2, Phó Chủ tịch nước dự hội nghị.",
        "Ngày 27/04/2024 lúc 16:43, UBND tỉnh tổ chức hội nghị.",
        "Thu ngân sách đạt trên 29.000 tỷ đồng, tăng 1,0% so với cùng kỳ.",
        "Ông Nguyễn Văn A. Nguyễn (TP. Vinh) nhận Huân chương.",
    ]

    @Test(arguments: unbroken)
    func staysOneSentence(_ text: String) throws {
        if text.hasPrefix("Ông Nguyễn Văn A.") {
            // A single capital initial is not an abbreviation: ICU's break stands.
            #expect(try Self.sentences(text).count == 2)
        } else {
            #expect(try Self.sentences(text) == [text])
        }
    }

    @Test func splitsAtSentenceEnds() throws {
        #expect(try Self.sentences("Ngày 5/3, Hội nghị diễn ra tại TP. Lạng Sơn. Hơn 5.000 tập thể được khen.")
            == ["Ngày 5/3, Hội nghị diễn ra tại TP. Lạng Sơn.", "Hơn 5.000 tập thể được khen."])
        #expect(try Self.sentences("Bạn có tham dự không? Có! Tôi đến lúc 16:43.")
            == ["Bạn có tham dự không?", "Có!", "Tôi đến lúc 16:43."])
        #expect(try Self.sentences("Hội nghị kết thúc vào ngày 27/04/2024. Các đại biểu ra về.")
            == ["Hội nghị kết thúc vào ngày 27/04/2024.", "Các đại biểu ra về."])
    }

    @Test func ellipsisBeforeACapitalEndsASentence() throws {
        #expect(try Self.sentences("xây dựng nông thôn mới… Mỗi phong trào thi đua đều gắn kết.")
            == ["xây dựng nông thôn mới…", "Mỗi phong trào thi đua đều gắn kết."])
        #expect(try Self.sentences("các tập thể, cá nhân được khen… cùng tham dự Hội nghị.")
            == ["các tập thể, cá nhân được khen… cùng tham dự Hội nghị."])
    }

    @Test func everyLineBreakIsAHardBoundary() throws {
        let document = try Self.pipeline.segment(SourceText(
            name: "t", source: "t", text: "Tiêu đề không có dấu chấm\n\nẢnh: Quang cảnh hội nghị\nĐoạn văn thứ nhất. Câu hai.",
            encoding: "UTF-8"))
        #expect(document.sentences.map(\.text)
            == ["Tiêu đề không có dấu chấm", "Ảnh: Quang cảnh hội nghị", "Đoạn văn thứ nhất.", "Câu hai."])
        #expect(document.sentences.map(\.paragraph) == [0, 1, 2, 2])
    }

    @Test func offsetsPointIntoTheOriginal() throws {
        let original = "  Uỷ ban\u{00A0}tỉnh  họp.\r\n\r\nTP. Vinh có 5 tập thể. Xong."
        let document = try Self.pipeline.segment(SourceText(name: "t", source: "t", text: original, encoding: "UTF-8"))
        let scalars = Array(original.unicodeScalars)
        let slices = document.sentences.map { sentence in
            String(String.UnicodeScalarView(scalars[sentence.start..<sentence.end]))
        }
        #expect(slices == ["Uỷ ban\u{00A0}tỉnh  họp.", "TP. Vinh có 5 tập thể.", "Xong."])
        #expect(document.sentences.map(\.text) == ["Ủy ban tỉnh họp.", "TP. Vinh có 5 tập thể.", "Xong."])
    }

    @Test func abbreviationMustStartAWord() throws {
        // "HTP." is not "TP.": the break after it stands.
        #expect(try Self.sentences("Đơn vị HTP. Nguyễn Văn A phát biểu.").count == 2)
    }
}
