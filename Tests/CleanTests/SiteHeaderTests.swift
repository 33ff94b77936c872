import Foundation
import TestSupport
import Testing
import ThiDua

/// What a site prints above an article's headline: its own name (the outlet, not the title)
/// and a menu scraped into one line with its marks lost.
struct SiteHeaderTests {
    private func document(_ text: String) throws -> SegmentedDocument {
        try Fixtures.pipeline.segment(SourceText(name: "t", source: "t", text: text, encoding: "UTF-8"))
    }

    /// "Báo Thanh Hóa điện tử" above a menu and the headline: the outlet; the menu under it is
    /// still above the headline, so furniture too.
    @Test func aSitesNameAboveTheHeadlineIsTheOutlet() throws {
        let document = try document("""
            Báo Thanh Hóa điện tử
            Chính trị | Kinh tế | Xã hội | Văn hóa | Thể thao | Bạn đọc
            Ủy ban MTTQ tỉnh tổng kết công tác Mặt trận năm 2024
            Chiều 10/1, Ủy ban MTTQ Việt Nam tỉnh Thanh Hóa tổ chức hội nghị tổng kết công tác Mặt trận năm 2024.
            """)
        #expect(document.cleaned.metadata.title == "Ủy ban MTTQ tỉnh tổng kết công tác Mặt trận năm 2024")
        #expect(document.cleaned.metadata.outlet == "Báo Thanh Hóa điện tử")
        #expect(document.sentences.first?.zone == .title)
        #expect(!document.sentences.contains { $0.text.contains("Bạn đọc") })
    }

    /// A short paper's name alone ("Báo Nhân Dân") is one too; a headline that opens with "Báo"
    /// is none: a longer one, or one whose next word is no name ("Báo chí ...").
    @Test(arguments: [
        ("Báo Nhân Dân", "Quảng Ninh trao Huân chương Lao động cho 3 tập thể", "Báo Nhân Dân"),
        ("Báo Lào Cai đón nhận Huân chương Lao động hạng Nhất", "Sáng 5/1, Báo Lào Cai tổ chức lễ đón nhận.", nil),
        ("Báo chí cách mạng", "Sáng 5/1, Hội Nhà báo tỉnh tổ chức tọa đàm.", nil),
    ])
    func aPapersNameOrAHeadline(first: String, second: String, outlet: String?) throws {
        let document = try document("\(first)\n\(second)\nChiều 10/1, UBND tỉnh tổ chức hội nghị tổng kết năm 2024.")
        #expect(document.cleaned.metadata.outlet == outlet)
        #expect(document.cleaned.metadata.title == (outlet == nil ? first : second))
    }

    /// Under the headline, the author and the date on one line: metadata, no sentence.
    @Test func anAuthorAndDateUnderTheHeadlineAreMetadata() throws {
        let document = try document("""
            Bộ đội Biên phòng tỉnh Quảng Ninh đón nhận Huân chương Bảo vệ Tổ quốc hạng Nhất
            Hoàng Quỳnh 03/03/2025 10:15
            Sáng 2/3, Bộ Chỉ huy Bộ đội Biên phòng tỉnh Quảng Ninh tổ chức lễ đón nhận Huân chương Bảo vệ Tổ quốc hạng Nhất.
            """)
        #expect(document.cleaned.metadata.author == "Hoàng Quỳnh")
        #expect(document.cleaned.metadata.published == "2025-03-03T10:15")
        #expect(document.sentences.count == 2)
    }

    /// An outlet's name before the date, after a bar or a dash, is the outlet, not an author.
    @Test(arguments: [("Báo Nghệ An | 15/08/2025 09:12", "2025-08-15T09:12"), ("baonghean.vn | 15/08/2025", "2025-08-15"),
                      ("Báo Nghệ An - 15/08/2025 09:12", "2025-08-15T09:12")])
    func anOutletBeforeTheDateIsTheOutlet(line: String, published: String) throws {
        let document = try document("""
            Xã Hùng Châu tổ chức Ngày hội Toàn dân bảo vệ an ninh Tổ quốc năm 2025
            \(line)
            Sáng 14/8, UBND xã Hùng Châu (tỉnh Nghệ An) tổ chức Ngày hội Toàn dân bảo vệ an ninh Tổ quốc năm 2025.
            """)
        #expect(document.cleaned.metadata.published == published)
        #expect(document.cleaned.metadata.outlet == String(line.prefix { $0 != "|" && $0 != "-" }).trimmingCharacters(in: .whitespaces))
        #expect(document.cleaned.metadata.author == nil)
        #expect(document.sentences.count == 2)
    }

    /// An embedded player's clock and labels, an advertisement's label: furniture. The outlet's
    /// initials in brackets open the lead with no dash after them.
    @Test func aPlayerAndAnAdvertisementAreFurniture() throws {
        let document = try document("""
            Bình Dương: Khen thưởng 120 tập thể, cá nhân có thành tích xuất sắc năm 2024
            07/01/2025 08:30
            00:00 / 03:25
            (BDO) Chiều 6/1, UBND tỉnh Bình Dương tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm 2024.
            Quảng cáo
            Tại hội nghị, Chủ tịch UBND tỉnh tặng Bằng khen cho 45 tập thể và 75 cá nhân có thành tích xuất sắc.
            Video đang phát
            """)
        #expect(document.cleaned.metadata.published == "2025-01-07T08:30")
        #expect(document.cleaned.metadata.outlet == "BDO")
        #expect(document.sentences.map(\.zone) == [.title, .body, .body])
    }

    /// The lead's initials name the outlet only where no metadata line names it: "Nguồn: Báo
    /// Quảng Ninh" at the end wins over "(QNO)" (and gives the document its province).
    @Test func aSourceLineNamesTheOutletBeforeTheLeadsInitials() throws {
        let document = try document("""
            Hội Nông dân tỉnh tổng kết năm 2024
            (QNO) - Sáng 11/1, Hội Nông dân tỉnh tổ chức hội nghị tổng kết công tác Hội năm 2024.
            Chủ tịch UBND tỉnh tặng Bằng khen cho 5 tập thể, 8 cá nhân.
            Nguồn: Báo Quảng Ninh
            """)
        #expect(document.cleaned.metadata.outlet == "Báo Quảng Ninh")
        let records = Fixtures.pipeline.extractAll(document).records.map(\.record)
        #expect(!records.isEmpty && records.allSatisfy { $0.province == "Quảng Ninh" })
    }

    /// "Trang chủ Giáo dục Tuyển sinh Du học Góc phụ huynh": a menu that opens with "Trang chủ",
    /// its items run together, above the headline.
    @Test func aMenuOpeningWithTheHomePageIsFurniture() throws {
        let document = try document("""
            Đăng nhập | Đăng ký
            Trang chủ Giáo dục Tuyển sinh Du học Góc phụ huynh
            Trường Đại học Cần Thơ đón nhận Huân chương Lao động hạng Nhất lần thứ hai
            Sáng 30/3, Trường Đại học Cần Thơ tổ chức lễ đón nhận Huân chương Lao động hạng Nhất.
            """)
        #expect(document.cleaned.metadata.title == "Trường Đại học Cần Thơ đón nhận Huân chương Lao động hạng Nhất lần thứ hai")
        #expect(document.cleaned.removed.filter { $0.reason == .navigation }.map(\.text)
                == ["Đăng nhập | Đăng ký", "Trang chủ Giáo dục Tuyển sinh Du học Góc phụ huynh"])
    }

    /// A portal's menu and breadcrumb whose items hold a dash ("Tin tức - Sự kiện"): furniture,
    /// the headline under them the title.
    @Test func menuItemsWithADashAreFurniture() throws {
        let document = try document("""
            Cổng thông tin điện tử tỉnh Hà Nam
            Giới thiệu | Tin tức - Sự kiện | Văn bản | Thủ tục hành chính | Liên hệ
            Trang chủ > Tin tức - Sự kiện > Tin hoạt động
            Hà Nam trao Huân chương Lao động cho 3 tập thể, 2 cá nhân
            Ngày đăng: 21/01/2025 | Lượt xem: 1.284
            Sáng 21/1, UBND tỉnh Hà Nam tổ chức Lễ trao tặng Huân chương Lao động.
            """)
        #expect(document.cleaned.metadata.title == "Hà Nam trao Huân chương Lao động cho 3 tập thể, 2 cá nhân")
        #expect(document.cleaned.removed.filter { $0.reason == .navigation }.map(\.text)
                == ["Giới thiệu | Tin tức - Sự kiện | Văn bản | Thủ tục hành chính | Liên hệ", "Trang chủ > Tin tức - Sự kiện > Tin hoạt động"])
    }

    /// A page's line of spans under the headline, its date and its share buttons run together:
    /// the date, and no sentence; a line of text that ends with such words stays text.
    @Test func aDateLineWithShareButtonsIsMetadata() throws {
        let document = try document("""
            Bệnh viện Đa khoa tỉnh Thanh Hóa đón nhận Huân chương Lao động hạng Nhì
            Chủ nhật, 22/09/2024 08:15 Chia sẻ Facebook Zalo
            Sáng 21/9, Bệnh viện Đa khoa tỉnh Thanh Hóa tổ chức lễ đón nhận Huân chương Lao động hạng Nhì.
            """)
        #expect(document.cleaned.metadata.published == "2024-09-22T08:15")
        #expect(document.sentences.count == 2)
        #expect(!document.sentences.contains { $0.text.contains("Zalo") })
        let text = try self.document("""
            Tin khen thưởng
            Ngày 22/09/2024, Sở Y tế đã chia sẻ trên Facebook Zalo
            """)
        #expect(text.sentences.count == 2)
    }

    /// A portal's page titled with the portal's name (its <title>, no headline element): the
    /// outlet, and the headline paragraph the title; print and mail buttons under the date
    /// are furniture.
    @Test func aPageTitledWithItsPortalsName() throws {
        let text = """
            TAND tỉnh Bình Phước tổng kết công tác năm 2024
            Ngày đăng: 20/12/2024 | Lượt xem: 152
            In trang Gửi email
            Sáng 19/12, Tòa án nhân dân tỉnh Bình Phước tổ chức Hội nghị tổng kết công tác năm 2024.
            """
        let stated = DocumentMetadata(title: "Cổng thông tin điện tử tỉnh Bình Phước")
        let document = try Fixtures.pipeline.segment(SourceText(name: "t", source: "t", text: text, encoding: "UTF-8", metadata: stated))
        #expect(document.cleaned.metadata.title == "TAND tỉnh Bình Phước tổng kết công tác năm 2024")
        #expect(document.cleaned.metadata.outlet == "Cổng thông tin điện tử tỉnh Bình Phước")
        #expect(document.sentences.count == 2)
        // A stated title that is a headline stays the title, even one that opens with a paper's word.
        let stating = "Báo Lào Cai đón nhận Huân chương Lao động hạng Nhất"
        let headline = try Fixtures.pipeline.segment(SourceText(name: "t", source: "t", text: text, encoding: "UTF-8",
                                                                metadata: DocumentMetadata(title: stating)))
        #expect(headline.cleaned.metadata.title == stating)
    }

    /// A province's portal: its name in capitals above its menu and the headline is the outlet;
    /// the byline after "Người đăng:" the author; a view counter, and its links to other
    /// sites with what follows them, no text.
    @Test func aPortalsNameInCapitalsIsTheOutlet() throws {
        let document = try document("""
            CỔNG THÔNG TIN ĐIỆN TỬ TỈNH YÊN BÁI
            Giới thiệu
            Văn bản
            Dịch vụ công
            Yên Bái: Trao tặng danh hiệu Nghệ nhân ưu tú cho 5 nghệ nhân
            Ngày cập nhật 12/12/2024
            Số lượt xem: 345
            Sáng 12/12, Sở Văn hóa, Thể thao và Du lịch tỉnh Yên Bái tổ chức Lễ trao danh hiệu Nghệ nhân ưu tú cho 5 nghệ nhân.
            Người đăng: Minh Thu
            Liên kết website
            Bộ, ngành Trung ương
            """)
        #expect(document.cleaned.metadata.outlet == "CỔNG THÔNG TIN ĐIỆN TỬ TỈNH YÊN BÁI")
        #expect(document.cleaned.metadata.title == "Yên Bái: Trao tặng danh hiệu Nghệ nhân ưu tú cho 5 nghệ nhân")
        #expect(document.cleaned.metadata.author == "Minh Thu" && document.cleaned.metadata.published == "2024-12-12")
        #expect(document.sentences.map(\.zone) == [.title, .body])
    }

    /// A paper's page: the app's and the text size's buttons, a date line whose time follows a
    /// bar, a link to follow the paper on a news reader, a link to another article inside the
    /// text ("Xem thêm: ..."), a comment counter: none is the title or a sentence.
    @Test func buttonsAndLinksOfAPapersPageAreNoText() throws {
        let document = try document("""
            Tải ứng dụng
            Thứ Năm, 12/12/2024 | 15:20
            A-
            A+
            Bắc Ninh khen thưởng 120 tập thể, cá nhân tiêu biểu trong phong trào thi đua
            Theo dõi Báo Quân đội nhân dân trên Google News
            Chiều 11/12, UBND tỉnh Bắc Ninh tổ chức Hội nghị biểu dương, khen thưởng các tập thể, cá nhân tiêu biểu.
            >> Xem thêm: Bắc Ninh có 100% xã đạt chuẩn nông thôn mới, thu nhập bình quân đầu người đạt 80 triệu đồng
            Tại hội nghị, Chủ tịch UBND tỉnh tặng Bằng khen cho 50 tập thể, 70 cá nhân có thành tích xuất sắc.
            0 bình luận
            """)
        #expect(document.cleaned.metadata.title == "Bắc Ninh khen thưởng 120 tập thể, cá nhân tiêu biểu trong phong trào thi đua")
        #expect(document.cleaned.metadata.published == "2024-12-12T15:20")
        #expect(document.sentences.count == 3)
        #expect(document.cleaned.removed.contains { $0.reason == .relatedLink && $0.text.hasPrefix(">> Xem thêm:") })
    }
    /// A breadcrumb scraped a section a line ("Thời sự", "Dân sinh") above the date line, the
    /// headline under it: furniture, the headline the title. The tags under the text, the
    /// readers' comments' count and a link back to the section are none of the text; the
    /// byline above them is the author.
    @Test func aBreadcrumbAboveTheDateAndTagsUnderTheText() throws {
        let document = try document("""
            Thời sự
            Dân sinh
            Lao động - Việc làm
            Thứ bảy, 14/12/2024, 10:02 (GMT+7)
            Hà Tĩnh tặng Bằng khen 14 người dân cứu nạn nhân vụ lật thuyền
            Sáng 13/12, Chủ tịch UBND tỉnh trao Bằng khen cho 14 người dân.
            Đức Hùng
            Trở lại Thời sự
            Tags: Hà Tĩnh
            Bằng khen
            Ý kiến (0)
            """)
        #expect(document.cleaned.metadata.title == "Hà Tĩnh tặng Bằng khen 14 người dân cứu nạn nhân vụ lật thuyền")
        #expect(document.cleaned.metadata.published == "2024-12-14T10:02")
        #expect(document.cleaned.metadata.author == "Đức Hùng")
        #expect(document.sentences.map(\.text) == ["Hà Tĩnh tặng Bằng khen 14 người dân cứu nạn nhân vụ lật thuyền",
                                                   "Sáng 13/12, Chủ tịch UBND tỉnh trao Bằng khen cho 14 người dân."])
        // A short headline above the date line, the lead under it: the headline stays the title.
        let short = try self.document("""
            Tin tức
            Trao Huân chương Lao động
            Thứ bảy, 14/12/2024
            Sáng 13/12, Chủ tịch UBND tỉnh trao Huân chương Lao động hạng Ba cho 2 tập thể.
            """)
        #expect(short.cleaned.metadata.title == "Trao Huân chương Lao động")
    }

    /// A lead that opens with the outlet's initials ("TTO - ") scraped above its headline: the
    /// lead, the headline under it the title.
    @Test func aLeadScrapedAboveItsHeadline() throws {
        let document = try document("""
            TTO - Chiều 20-12, Tổng Liên đoàn Lao động Việt Nam tổ chức lễ tuyên dương 100 công nhân lao động tiêu biểu năm 2024.
            Tuyên dương 100 công nhân lao động tiêu biểu năm 2024
            Dịp này, 10 công nhân được Thủ tướng Chính phủ tặng Bằng khen.
            """)
        #expect(document.cleaned.metadata.title == "Tuyên dương 100 công nhân lao động tiêu biểu năm 2024")
        #expect(document.cleaned.metadata.outlet == "TTO")
        #expect(document.sentences.map(\.zone) == [.body, .title, .body])
    }
}
