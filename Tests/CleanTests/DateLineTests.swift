import Testing
@testable import Clean

/// Publication date lines in the forms outlets print, and lines that only look like them.
struct DateLineTests {
    @Test(arguments: [
        ("16:43 27/04/2024", "2024-04-27T16:43"),
        ("Thứ Sáu, 22/12/2023 - 19:15", "2023-12-22T19:15"),
        ("Cập nhật: 27/04/2024 16:43 (GMT+7)", "2024-04-27T16:43"),
        ("Ngày đăng: Thứ Hai, 04/03/2024 | 08:05 (GMT+7)", "2024-03-04T08:05"),
        ("27/04/2024", "2024-04-27"),
        ("Cập nhật lúc 10:20, Thứ Sáu, 10/01/2025", "2025-01-10T10:20"),
        // A weekday by its number, seconds, the zone in brackets with a space, the text-size buttons.
        ("Thứ 6, 09/08/2024 | 11:33:16 [GMT +7] A A", "2024-08-09T11:33"),
        ("Chủ Nhật, 24/11/2024 08:34 (GMT +7)", "2024-11-24T08:34"),
        ("27/04/2024 16:43 GMT+7", "2024-04-27T16:43"),
        // A view counter after a bar.
        ("14/12/2018 | 10:05  | cms-view-count: 7892", "2018-12-14T10:05"),
        ("Thứ Ba, 05/03/2024 | Lượt xem: 1.204", "2024-03-05"),
        ("14:00 | 20/12/2020 | 4.639 lượt xem", "2020-12-20T14:00"),
        // The time after a bar is no counter (a counter's label has a letter).
        ("Thứ Năm, 12/12/2024 | 15:20", "2024-12-12T15:20"),
        // A list's bullet before it.
        ("• 21/12/2020 09:43", "2020-12-21T09:43"),
        // The date with dashes, as some papers print it; a dash between spaces still separates.
        ("Thứ Hai, 15-01-2024 | 16:10", "2024-01-15T16:10"),
        ("Cập nhật: 15-1-2024", "2024-01-15"),
        ("15-01-2024 - 16:10", "2024-01-15T16:10"),
    ])
    func readsTheDateLinesOfOutlets(line: String, expected: String) {
        #expect(DateLine.parse(line) == expected)
    }

    @Test(arguments: [
        "Chiều 28/2, UBND tỉnh Lai Châu tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm 2023.",
        "31/02/2024",
        "Tỷ lệ 10/10 xã đạt chuẩn",
        "Hội nghị diễn ra ngày 12/3",
        "Thứ 8, 09/08/2024",
        "09/08/2024 11:33:61",
        "Giai đoạn 2020-2025",
        "2024-01-15",
        "Cập nhật: 27/04/2024 16:43 (GMT+7) bởi Ban biên tập Cổng thông tin điện tử tỉnh Lào Cai, theo báo cáo",
    ])
    func leavesOtherLinesAlone(line: String) {
        #expect(DateLine.parse(line) == nil)
    }

    /// A byline before the date, with a dash or none: the name is the author; a weekday or a
    /// label is none.
    @Test(arguments: [
        ("Nguyễn Hoa - 28/12/2024 10:15", "Nguyễn Hoa", "2024-12-28T10:15"),
        ("Hoàng Quỳnh 03/03/2025 10:15", "Hoàng Quỳnh", "2025-03-03T10:15"),
        ("Thứ Sáu 22/12/2023 19:15", nil, "2023-12-22T19:15"),
        ("Chủ Nhật 24/11/2024", nil, "2024-11-24"),
    ] as [(String, String?, String)])
    func aBylineBeforeTheDate(line: String, author: String?, published: String) {
        #expect(DateLine.byline(in: Substring(line))?.name == author)
        #expect(DateLine.parse(line) == published)
    }

    @Test func theBytePreCheckWantsADigitBeforeASlashAndFewWords() {
        #expect(DateLine.mayBeOne("27/04/2024"))
        #expect(DateLine.mayBeOne("15-01-2024 16:10")) // or a dash between digits
        #expect(DateLine.mayBeOne("Thứ Sáu, 22/12/2023 - 19:15"))
        #expect(!DateLine.mayBeOne("Thứ Sáu, 22 / 12"))   // no digit right before the slash
        #expect(!DateLine.mayBeOne("tháng/năm 2024"))
        #expect(!DateLine.mayBeOne(""))
        let fourteenWords = "1/2 " + Array(repeating: "a", count: 13).joined(separator: " ")
        #expect(DateLine.mayBeOne(fourteenWords))
        #expect(!DateLine.mayBeOne(fourteenWords + " b"))
    }
}
