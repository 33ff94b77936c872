import Foundation
import TestSupport
import Testing
import ThiDua

/// Captions whose photo the scrape lost, told from the story's sentences around them.
struct ImplicitCaptionTests {
    private func zones(of line: String) throws -> [Zone] {
        let document = try Fixtures.pipeline.segment(SourceText(name: "t", source: "t", text: """
            Hà Giang tổng kết năm học 2023 - 2024
            Chiều 19/8, Sở Giáo dục và Đào tạo tỉnh Hà Giang tổ chức Hội nghị tổng kết năm học 2023 - 2024.
            \(line)
            Giám đốc Sở Giáo dục và Đào tạo tặng Giấy khen cho 60 tập thể, 145 cá nhân.
            """, encoding: "UTF-8"))
        return document.sentences.map(\.zone)
    }

    /// A person's name and its comma open a caption: no fronted phrase.
    @Test func aNameAndItsTitleOpenACaption() throws {
        #expect(try zones(of: "Đồng chí Hoàng Gia Long, Phó Chủ tịch UBND tỉnh trao Cờ thi đua của UBND tỉnh cho các đơn vị dẫn đầu.")
                == [.title, .body, .caption, .body])
    }

    /// A decision handed over for a title shows the moment ("trao Quyết định truy tặng danh
    /// hiệu": not a conferral reported, `reported_not_after`).
    @Test func aDecisionHandedOverIsShownInACaption() throws {
        #expect(try zones(of: "Ông Hoàng Văn Bộ trao Quyết định truy tặng danh hiệu cho thân nhân các mẹ.")
                == [.title, .body, .caption, .body])
    }

    /// Things counted after "và" count no recipients: the moment shown still.
    @Test func thingsCountedAfterAndStayACaption() throws {
        #expect(try zones(of: "Đồng chí Hoàng Gia Long trao tặng 10 căn nhà Đại đoàn kết và 200 suất học bổng cho học sinh nghèo.")
                == [.title, .body, .caption, .body])
    }

    /// Who receives, shown with no period after it: a caption too.
    @Test func whoReceivesIsShownInACaption() throws {
        #expect(try zones(of: "Đại diện các tập thể nhận Bằng khen của Chủ tịch UBND tỉnh") == [.title, .body, .caption, .body])
    }

    /// A fronted phrase still opens a story's sentence; so does a name that counts recipients.
    @Test(arguments: [
        "Tại hội nghị, Phó Chủ tịch UBND tỉnh trao Cờ thi đua của UBND tỉnh cho các đơn vị dẫn đầu.",
        "Đồng chí Hoàng Gia Long, Phó Chủ tịch UBND tỉnh trao Cờ thi đua cho 4 đơn vị dẫn đầu.",
        // attended, then handed over: the story's
        "Thứ trưởng Bộ Giáo dục và Đào tạo Phạm Ngọc Thưởng dự và trao Cờ thi đua cho các đơn vị.",
        "Năm qua, ngành đã nhận được nhiều Bằng khen của Chủ tịch UBND tỉnh.",
        // a count of recipients after "và" reports (`counted_kinds`)
        "Đại tá Hồ Thanh Thảo, Chỉ huy trưởng Bộ đội Biên phòng tỉnh trao Giấy khen cho Đồn Biên phòng Cửa Tùng và 5 cá nhân có thành tích xuất sắc.",
        // who attended, with no comma: the story's (`statement_openers`)
        "Dự buổi lễ có Thứ trưởng Bộ Giáo dục và Đào tạo Phạm Ngọc Thưởng.",
        "Tham dự hội nghị có Phó Chủ tịch UBND tỉnh Hoàng Gia Long.",
        // one award handed to some, another to others: two conferrals told (`second_award`)
        "Phó Thủ tướng Trần Lưu Quang trao Huân chương Lao động hạng Nhì cho Tập đoàn Hòa Phát và Huân chương Lao động hạng Ba cho ông Trần Đình Long.",
    ])
    func aStorysSentenceStaysBody(line: String) throws {
        #expect(try zones(of: line) == [.title, .body, .body, .body])
    }
}
