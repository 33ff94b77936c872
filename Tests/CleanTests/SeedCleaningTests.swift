import Foundation
import TestSupport
import Testing
import ThiDua

/// The cleaning stage on the five real seed articles, against `fixtures/gold`.
struct SeedCleaningTests {
    static let pipeline = Fixtures.pipeline

    struct GoldEvent: Decodable {
        let doc: String
        let published: String?
        let outlet: String?
        let title_cue: String
    }

    static func goldEvents() throws -> [String: GoldEvent] {
        let url = Fixtures.root.appendingPathComponent("fixtures/gold/seeds.events.jsonl")
        let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n")
        let events = try lines.map { try JSONDecoder().decode(GoldEvent.self, from: Data($0.utf8)) }
        return Dictionary(uniqueKeysWithValues: events.map { ($0.doc, $0) })
    }

    static func documents() throws -> [SegmentedDocument] {
        try Fixtures.seedTexts().map { name, text in
            try pipeline.segment(SourceText(name: name, source: name, text: text, encoding: "UTF-8"))
        }
    }

    @Test func metadataMatchesTheGold() throws {
        let gold = try Self.goldEvents()
        for document in try Self.documents() {
            let expected = try #require(gold[document.source.name])
            let metadata = document.cleaned.metadata
            #expect(metadata.outlet == expected.outlet, "\(document.source.name)")
            if let published = expected.published {
                #expect(metadata.published == published, "\(document.source.name)")
            }
            let title = try #require(metadata.title)
            #expect(title.count > 20 && !title.contains("Sign In"), "\(document.source.name): \(title)")
        }
    }

    @Test func titlesAreTheHeadlines() throws {
        let titles = try Self.documents().map { $0.cleaned.metadata.title ?? "" }
        #expect(titles[0].hasPrefix("Phó Chủ tịch nước Võ Thị Ánh Xuân dự Hội nghị"))
        #expect(titles[2].hasPrefix("Hội nghị tổng kết công tác thi đua, khen thưởng năm 2023"))
        #expect(titles[3].hasPrefix("Lai Châu: Tổng kết phong trào thi đua đặc biệt"))
        #expect(titles[4].hasPrefix("Khối thi đua MTTQ"))
    }

    @Test func noRelatedArticleTextRemains() throws {
        let tails = [
            "Khối thi đua các cơ quan Nội chính tỉnh tổng kết", "Hội Nông dân tỉnh tổ chức Hội nghị", "Xứng danh",
            "Xã Châu Quế", "Niềm tin, kỳ vọng", "Nguyễn Hòa Bình", "Liên đoàn Lao động tỉnh tổ chức",
            "Đọc thêm", "Có thể bạn quan tâm", "Tin cùng chuyên mục", "Lên đầu trang", "Thống kê truy cập",
            "Đang online", "Sign In", "fb yt zl tw", "File đính kèm", "Ý kiến của bạn",
        ]
        for document in try Self.documents() {
            for sentence in document.sentences {
                for tail in tails {
                    #expect(!sentence.text.contains(tail), "\(document.source.name): \(sentence.text)")
                }
            }
        }
    }

    /// Outlets head their lists of other articles in many ways; whatever the heading, the
    /// headlines under it are no part of this article.
    @Test(arguments: ["Bài viết khác", "CÁC TIN BÀI KHÁC", "Tin bài liên quan", "Đọc nhiều", "Tin xem nhiều:", "Các tin liên quan",
                      "TIN CÙNG CHỦ ĐỀ", "Đừng bỏ lỡ", "Bài đọc nhiều", "Bạn đọc quan tâm", "Tin cùng danh mục"])
    func relatedArticleListsAreCut(heading: String) throws {
        let text = """
            Lào Cai tổng kết công tác thi đua, khen thưởng năm 2023

            Năm 2023, Chủ tịch UBND tỉnh đã tặng Bằng khen cho 320 tập thể và 540 cá nhân.

            \(heading)

            Yên Bái: Khen thưởng 200 tập thể, cá nhân có thành tích xuất sắc trong năm 2023
            """
        let document = try Self.pipeline.segment(SourceText(name: "t", source: "t", text: text, encoding: "UTF-8"))
        #expect(document.sentences.contains { $0.text.contains("320 tập thể") })
        #expect(!document.sentences.contains { $0.text.contains("Yên Bái") || $0.text.contains(heading) })
    }

    /// Other articles listed under no heading: each headline twice, then a lead. The title
    /// said again at the top, or a sentence said twice, is the article's own.
    @Test func unmarkedListsOfOtherArticlesAreCut() throws {
        let text = """
            Lào Cai tổng kết công tác thi đua, khen thưởng năm 2023

            Lào Cai tổng kết công tác thi đua, khen thưởng năm 2023

            Năm 2023, Chủ tịch UBND tỉnh đã tặng Bằng khen cho 320 tập thể và 540 cá nhân.

            Năm 2023, Chủ tịch UBND tỉnh đã tặng Bằng khen cho 320 tập thể và 540 cá nhân.

            Yên Bái: Khen thưởng 200 tập thể, cá nhân có thành tích xuất sắc

            Yên Bái: Khen thưởng 200 tập thể, cá nhân có thành tích xuất sắc

            Ngày 18/1, UBND tỉnh Yên Bái tặng Bằng khen cho 80 tập thể và 120 cá nhân.
            """
        let document = try Self.pipeline.segment(SourceText(name: "t", source: "t", text: text, encoding: "UTF-8"))
        #expect(document.sentences.filter { $0.text.contains("320 tập thể") }.count == 2)
        #expect(!document.sentences.contains { $0.text.contains("Yên Bái") })
    }

    @Test func photoCaptionsAreZonedCaption() throws {
        let documents = try Self.documents()
        func zone(of fragment: String, in document: SegmentedDocument) -> Zone? {
            document.sentences.first { $0.text.contains(fragment) }?.zone
        }
        let laiChau = documents[3]
        #expect(zone(of: "- Ảnh 6.", in: laiChau) == .caption)
        #expect(zone(of: "trao Bằng khen của UBND tỉnh cho Bí thư Tỉnh ủy Giàng Páo Mỷ", in: laiChau) == .caption)
        #expect(zone(of: "trao Huân chương Lao động hạng Nhất cho đồng chí Tống Thanh Hải", in: laiChau) == .caption)
        #expect(zone(of: "1 cá nhân đã được nhận Huân chương Lao động hạng Nhất", in: laiChau) == .body)
        #expect(zone(of: "Ảnh: Tại hội nghị, UBND tỉnh đã tặng Cờ thi đua", in: documents[2]) == .caption)
        #expect(zone(of: "Khối thi đua tuyên dương, khen thưởng các cá nhân", in: documents[4]) == .caption)
        #expect(zone(of: "Phó Chủ tịch nước trao Huân chương Lao động hạng Nhất, Nhì, Ba", in: documents[0]) == .caption)
        #expect(zone(of: "5 tập thể, 4 cá nhân xuất sắc", in: documents[0]) == .body)
        #expect(zone(of: "7 tập thể và 7 cá nhân", in: documents[1]) == .body)
        #expect(zone(of: "biểu dương, khen thưởng 28 điển hình tiên tiến", in: documents[4]) == .title)
    }

    @Test func everyGoldCueIsInAKeptSentenceWithItsZone() throws {
        let documents = Dictionary(uniqueKeysWithValues: try Self.documents().map { ($0.source.name, $0) })
        let url = Fixtures.root.appendingPathComponent("fixtures/gold/seeds.awards.jsonl")
        struct Cue: Decodable { let doc: String; let cue: String; let zone: String }
        for line in try String(contentsOf: url, encoding: .utf8).split(separator: "\n") {
            let cue = try JSONDecoder().decode(Cue.self, from: Data(line.utf8))
            let sentence = documents[cue.doc]?.sentences.first { $0.text.contains(cue.cue) }
            #expect(sentence != nil, "\(cue.doc): \(cue.cue)")
            #expect(sentence?.zone.rawValue == cue.zone, "\(cue.doc): \(cue.cue) in \(sentence?.text ?? "")")
        }
    }

    /// A presentation "on behalf of" someone, a line of its own, is body text, not a photo's
    /// caption: its opening phrase says so, however long.
    @Test func aPresentationOnSomeonesBehalfIsBodyText() throws {
        let text = """
            Trường THPT chuyên Lê Quý Đôn đón nhận Huân chương Lao động hạng Nhì
            Sáng 20/11, Trường THPT chuyên Lê Quý Đôn tổ chức lễ đón nhận Huân chương Lao động hạng Nhì.
            Thừa ủy quyền của Chủ tịch nước, đồng chí Trần Văn Sơn trao Huân chương Lao động hạng Nhì cho nhà trường.
            """
        let document = try Fixtures.pipeline.segment(SourceText(name: "t", source: "t", text: text, encoding: "UTF-8"))
        let sentence = try #require(document.sentences.first { $0.text.hasPrefix("Thừa ủy quyền") })
        #expect(sentence.zone == .body)
    }

    /// Share buttons scraped one a line under "Chia sẻ" are furniture, not the lead.
    @Test func shareButtonsAreFurniture() throws {
        let text = """
            Tỉnh Quảng Bình tổng kết công tác thi đua, khen thưởng năm 2024
            Chia sẻ
            Facebook
            Zalo
            Chiều 13/1, UBND tỉnh Quảng Bình tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2024.
            """
        let document = try Fixtures.pipeline.segment(SourceText(name: "t", source: "t", text: text, encoding: "UTF-8"))
        #expect(document.cleaned.removed.map(\.text) == ["Chia sẻ", "Facebook", "Zalo"])
        #expect(document.sentences.map(\.zone) == [.title, .body])
    }

    /// What stands above the title a page states (h1, og:title, a JSON Lines field) is its
    /// furniture, whatever marks it uses; a breadcrumb with ">" is a menu in plain text too.
    @Test func everythingAboveAStatedTitleIsFurniture() throws {
        let text = """
            Đăng ký nhận tin
            Trang chủ / Chính trị
            Yên Bái: Trao Huân chương Lao động cho 4 tập thể
            Sáng 10/1, UBND tỉnh Yên Bái tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm 2025.
            """
        let stated = try Fixtures.pipeline.segment(SourceText(
            name: "t", source: "t", text: text, encoding: "UTF-8",
            metadata: DocumentMetadata(title: "Yên Bái: Trao Huân chương Lao động cho 4 tập thể")))
        #expect(stated.sentences.first?.zone == .title)
        #expect(stated.sentences.first?.text == "Yên Bái: Trao Huân chương Lao động cho 4 tập thể")
        #expect(stated.cleaned.removed.filter { $0.reason == .navigation }.count == 2)
        let plain = try Fixtures.pipeline.segment(SourceText(
            name: "t", source: "t", text: "Trang chủ > Chính trị\n" + text.split(separator: "\n").dropFirst(2).joined(separator: "\n"),
            encoding: "UTF-8"))
        #expect(plain.sentences.first?.text == "Yên Bái: Trao Huân chương Lao động cho 4 tập thể")
        #expect(plain.sentences.first?.zone == .title)
    }

    /// A site's header above the headline: its section's name ended by a bar, the weather, the
    /// site's clock. The headline is the title, and the date printed under it is the article's.
    @Test func aSitesHeaderIsFurnitureAndItsClockNoPublicationDate() throws {
        let text = """
            Long An|
            30°C
            / 27°C - 33°C
            Chủ Nhật, 24/11/2024 08:34 (GMT +7)
            Lễ trao tặng các hình thức khen thưởng cấp Nhà nước và khen thưởng cấp tỉnh
            Thứ 6, 09/08/2024 | 11:33:16 [GMT +7] A A
            Chiều 8/8, UBND tỉnh Long An tổ chức Lễ trao tặng các hình thức khen thưởng.
            """
        let document = try Fixtures.pipeline.segment(SourceText(name: "t", source: "t", text: text, encoding: "UTF-8"))
        #expect(document.sentences.first?.text == "Lễ trao tặng các hình thức khen thưởng cấp Nhà nước và khen thưởng cấp tỉnh")
        #expect(document.sentences.map(\.zone) == [.title, .body])
        #expect(document.cleaned.metadata.published == "2024-08-09T11:33")
        // With no date under the headline, the one above it is all there is.
        let alone = try Fixtures.pipeline.segment(SourceText(
            name: "t", source: "t", text: text.split(separator: "\n").filter { !$0.hasPrefix("Thứ 6") }.joined(separator: "\n"),
            encoding: "UTF-8"))
        #expect(alone.cleaned.metadata.published == "2024-11-24T08:34")
    }

    /// A short line that tells what else happened ("cũng", "đã"), counts whom it was given to or
    /// reports a conferral ("tặng Bằng khen") is body text, though it names a presentation as
    /// captions do; the line that shows one is still a caption.
    @Test func aNarrativeLineIsBodyText() throws {
        let text = """
            Hội LHPN tỉnh An Giang đón nhận Huân chương Lao động hạng Nhì
            Sáng 8/3, Hội LHPN tỉnh An Giang tổ chức lễ đón nhận Huân chương Lao động hạng Nhì.
            Đồng chí Hồ Văn Mừng trao Huân chương Lao động hạng Nhì cho Hội LHPN tỉnh.
            Đồng chí cũng trao Bằng khen của Thủ tướng Chính phủ cho 2 tập thể, 3 cá nhân.
            Chủ tịch UBND tỉnh đã tặng Bằng khen cho 12 tập thể.
            LĐLĐ tỉnh tặng Cờ thi đua cho 10 đơn vị, Bằng khen cho 120 công đoàn cơ sở.
            Đồng chí Hồ Văn Mừng trao tặng 10 suất quà cho các hội viên khó khăn.
            Giám đốc Sở GD&ĐT tặng Giấy khen cho hai mươi lăm tập thể.
            Đồng chí Hồ Văn Mừng trao Bằng khen cho bà Nguyễn Thị Lan.
            Bộ trưởng Bộ Công an tặng Bằng khen cho Đội Cảnh sát hình sự và Thượng úy Phạm Văn Tài.
            Đồng chí Hồ Văn Mừng trao tặng Bằng khen cho Đội Cảnh sát hình sự.
            Đồng chí Hồ Văn Mừng tặng hoa chúc mừng các tập thể.
            """
        let document = try Fixtures.pipeline.segment(SourceText(name: "t", source: "t", text: text, encoding: "UTF-8"))
        func zone(_ prefix: String) -> Zone? { document.sentences.first { $0.text.hasPrefix(prefix) }?.zone }
        #expect(zone("Đồng chí Hồ Văn Mừng trao Huân") == .caption)
        #expect(zone("Đồng chí cũng trao") == .body)
        #expect(zone("Chủ tịch UBND tỉnh đã tặng") == .body)
        // Recipients counted after "cho": a report; gifts counted, given to people uncounted: a photo.
        #expect(zone("LĐLĐ tỉnh tặng") == .body)
        #expect(zone("Đồng chí Hồ Văn Mừng trao tặng 10") == .caption)
        // A count in words reports as digits do; "bà" (Mrs) is no "ba" (three).
        #expect(zone("Giám đốc Sở GD&ĐT") == .body)
        #expect(zone("Đồng chí Hồ Văn Mừng trao Bằng khen cho bà") == .caption)
        // "tặng" right before an award reports a conferral; "trao tặng" one, or flowers, show a moment.
        #expect(zone("Bộ trưởng Bộ Công an tặng Bằng khen") == .body)
        #expect(zone("Đồng chí Hồ Văn Mừng trao tặng Bằng khen") == .caption)
        #expect(zone("Đồng chí Hồ Văn Mừng tặng hoa") == .caption)
    }

    /// A breadcrumb is furniture, not the title; a lead after the outlet's name is text; a
    /// paragraph closed by a photo credit is a caption.
    @Test func breadcrumbsLeadsAndPhotoCredits() throws {
        let text = """
            Trang chủ | Thời sự | Kinh tế
            Agribank chi nhánh tỉnh Thái Bình đón nhận Cờ thi đua của Chính phủ | Báo Thái Bình
            Thứ Hai, 12/01/2026 - 08:45
            Sáng 10/1, Agribank chi nhánh tỉnh Thái Bình tổ chức hội nghị tổng kết năm 2025.
            (Báo Thái Bình) - Dịp này, Tổng Giám đốc Agribank trao tặng Cờ thi đua cho chi nhánh.
            Đồng chí Lại Văn Hoàn trao Cờ thi đua của Chính phủ cho Agribank chi nhánh tỉnh Thái Bình. Ảnh: Minh Đức
            """
        let document = try Fixtures.pipeline.segment(SourceText(name: "t", source: "t", text: text, encoding: "UTF-8"))
        #expect(document.cleaned.removed.contains { $0.text.hasPrefix("Trang chủ |") && $0.reason == .navigation })
        let zones = Dictionary(document.sentences.map { ($0.text, $0.zone) }, uniquingKeysWith: { first, _ in first })
        #expect(zones["Agribank chi nhánh tỉnh Thái Bình đón nhận Cờ thi đua của Chính phủ | Báo Thái Bình"] == .title)
        #expect(document.sentences.first { $0.text.hasPrefix("(Báo Thái Bình)") }?.zone == .body)
        #expect(document.sentences.first { $0.text.hasPrefix("Đồng chí Lại Văn Hoàn") }?.zone == .caption)
    }

    /// A menu scraped into one line with no marks ("Đăng nhập Đăng ký", the sections run
    /// together) is furniture above the headline; below it, words that name sections stay.
    @Test func menusRunTogetherAboveTheHeadlineAreFurniture() throws {
        let text = """
            Đăng nhập Đăng ký
            Tìm kiếm
            Thời sự Xã hội Kinh tế Văn hóa Thể thao
            Hải Dương biểu dương 50 điển hình tiên tiến
            Sáng 20/12, UBND tỉnh Hải Dương tổ chức Lễ biểu dương điển hình tiên tiến.
            Văn hóa Thể thao
            """
        let document = try Fixtures.pipeline.segment(SourceText(name: "t", source: "t", text: text, encoding: "UTF-8"))
        #expect(document.cleaned.metadata.title == "Hải Dương biểu dương 50 điển hình tiên tiến")
        #expect(document.sentences.first?.zone == .title)
        #expect(document.cleaned.removed.filter { $0.reason == .navigation }.map(\.text)
                == ["Đăng nhập Đăng ký", "Tìm kiếm", "Thời sự Xã hội Kinh tế Văn hóa Thể thao"])
        #expect(document.sentences.contains { $0.text == "Văn hóa Thể thao" })
    }

    /// Share and reading buttons above the headline are furniture: the headline stays the
    /// title (so that the store counts its statement once with the body's), and an
    /// illustration's label is dropped.
    @Test func buttonsAboveTheHeadlineAreFurniture() throws {
        let text = """
            Chia sẻ
            In bài
            Gửi email
            Quảng Ngãi: Khen thưởng 25 tập thể, 40 cá nhân xuất sắc
            Chiều 12/1, UBND tỉnh Quảng Ngãi tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm 2024.
            Ảnh minh họa
            Chủ tịch UBND tỉnh đã trao Bằng khen cho 25 tập thể, 40 cá nhân có thành tích xuất sắc.
            """
        let document = try Fixtures.pipeline.segment(SourceText(name: "t", source: "t", text: text, encoding: "UTF-8"))
        #expect(document.cleaned.metadata.title == "Quảng Ngãi: Khen thưởng 25 tập thể, 40 cá nhân xuất sắc")
        #expect(document.sentences.first?.zone == .title)
        #expect(!document.sentences.contains { $0.text == "In bài" || $0.text == "Ảnh minh họa" })
    }

    /// Credits that close an article: an author with the agency in brackets, "Theo" and an
    /// outlet with no colon. Neither is text, nor the author's name the outlet's.
    @Test func creditsWithNoColonAreMetadata() throws {
        let text = """
            Lạng Sơn trao Huân chương Lao động cho 3 tập thể
            Chiều 10/1, UBND tỉnh Lạng Sơn tổ chức lễ trao tặng Huân chương Lao động của Chủ tịch nước cho 3 tập thể.
            Thu Hà (TTXVN)
            Theo Báo Lạng Sơn
            """
        let document = try Fixtures.pipeline.segment(SourceText(name: "t", source: "t", text: text, encoding: "UTF-8"))
        #expect(document.cleaned.metadata.author == "Thu Hà")
        #expect(document.cleaned.metadata.outlet == "TTXVN")
        // An outlet's initials open the lead with no brackets.
        let lead = try Fixtures.pipeline.segment(SourceText(name: "l", source: "l", text: """
            Yên Bái khen thưởng 40 tập thể
            YBĐT - Ngày 13/1, UBND tỉnh Yên Bái tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm 2024.
            """, encoding: "UTF-8"))
        #expect(lead.cleaned.metadata.outlet == "YBĐT")
        let bodies = try Fixtures.pipeline.segment(SourceText(name: "b", source: "b", text: """
            Hội nghị tổng kết
            HĐND - UBND tỉnh Bắc Kạn tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm 2024.
            """, encoding: "UTF-8"))
        #expect(bodies.cleaned.metadata.outlet == nil)
        #expect(document.sentences.map(\.text).allSatisfy { !$0.contains("Thu Hà") && !$0.hasPrefix("Theo") })
        // "Theo báo cáo ...", a sentence of the text, is no credit.
        let report = try Fixtures.pipeline.segment(SourceText(name: "r", source: "r", text: """
            Tin thi đua
            Theo báo cáo của Sở Nội vụ, năm 2024 toàn tỉnh khen thưởng 320 tập thể.
            """, encoding: "UTF-8"))
        #expect(report.sentences.contains { $0.text.hasPrefix("Theo báo cáo") })
    }

    @Test func removalsSayWhy() throws {
        let removed = try Self.documents()[4].cleaned.removed
        #expect(removed.contains { $0.text == "1-7617-1131.jpg" && $0.reason == .imageFile })
        #expect(removed.contains { $0.text.hasPrefix("Nguồn:") && $0.reason == .metadata(field: "source") })
        // The page's widgets after the text, from their heading on: "Thông tin mới nhất",
        // "Thống kê truy cập", its counters, "Đăng nhập".
        #expect(removed.contains { $0.text == "Đăng nhập" && $0.reason == .relatedTail(marker: "Thông tin mới nhất") })
    }

    /// A widget's heading above the article is dropped, the article kept; after the text, the
    /// headlines under it are cut. Section names, tag lines, a byline with its date: furniture.
    @Test func aWidgetHeadingCutsOnlyAfterTheText() throws {
        let text = """
            Tin mới nhất
            Thời sự
            Hà Tĩnh khen thưởng 120 tập thể, cá nhân
            Nguyễn Hoa - 28/12/2024 10:15
            Tại hội nghị, Chủ tịch UBND tỉnh đã tặng Bằng khen cho 45 tập thể và 75 cá nhân.
            #phòng chống thiên tai #Hà Tĩnh
            Bình luận (0)
            Tin mới nhất
            Quảng Bình trao Bằng khen cho 30 cá nhân
            """
        let document = try Fixtures.pipeline.segment(SourceText(name: "t", source: "t", text: text, encoding: "UTF-8"))
        #expect(document.sentences.map(\.text) == ["Hà Tĩnh khen thưởng 120 tập thể, cá nhân",
                                                   "Tại hội nghị, Chủ tịch UBND tỉnh đã tặng Bằng khen cho 45 tập thể và 75 cá nhân."])
        #expect(document.sentences.first?.zone == .title)
        #expect(document.cleaned.metadata.published == "2024-12-28T10:15")
        #expect(document.cleaned.removed.contains { $0.text.hasPrefix("Quảng Bình") && $0.reason == .relatedTail(marker: "Tin mới nhất") })
    }
}
