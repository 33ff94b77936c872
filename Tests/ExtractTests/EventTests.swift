import Foundation
import TestSupport
import Testing
import ThiDua

struct EventTests {
    static let pipeline = Fixtures.pipeline

    static func events(_ text: String, published: String? = nil) throws -> [EventRecord] {
        var lines = text
        if let published { lines = "Tin hội nghị\n\(published)\n" + text }
        let document = try pipeline.segment(SourceText(name: "e", source: "e", text: lines, encoding: "UTF-8"))
        return pipeline.events(document)
    }

    @Test func seedEventsMatchTheGold() throws {
        let gold = try GoldEvent.load(directory: Fixtures.root.appendingPathComponent("fixtures/gold"))
        var events: [EventRecord] = []
        for (name, text) in try Fixtures.seedTexts() {
            events += Self.pipeline.events(try Self.pipeline.segment(SourceText(name: name, source: name, text: text, encoding: "UTF-8")))
        }
        let evaluation = EventEvaluation.score(events: events, gold: gold)
        #expect(evaluation.mismatches.isEmpty, "\(evaluation.report())")
        #expect(evaluation.officialPrecision == 1 && evaluation.officialRecall == 1)
        #expect(evaluation.fields.values.allSatisfy { $0.correct == $0.total })
        // Nothing from the related-articles tails.
        let tailNames = ["Nguyễn Hòa Bình"]
        #expect(events.flatMap(\.officials).allSatisfy { !tailNames.contains($0.name) })
        #expect(events.allSatisfy { !$0.evidence.sentence.contains("Nội chính tỉnh") })
    }

    @Test(arguments: [
        ("Chiều 28/2, UBND tỉnh tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm 2023.", "16:43 27/04/2024", "2024-02-28"),
        ("Ngày 5/3, Hội nghị tổng kết công tác thi đua năm 2023, triển khai nhiệm vụ năm 2024 diễn ra.", nil, "2024-03-05"),
        ("Sáng ngày 30/5/2023, Chủ tịch UBND tỉnh phát động phong trào thi đua.", "Thứ Sáu, 22/12/2023 - 19:15", "2023-05-30"),
        ("Ngày 15 tháng 1 năm 2024, Hội nghị tổng kết diễn ra tại tỉnh.", nil, "2024-01-15"),
        ("Sáng nay, UBND tỉnh tổ chức Hội nghị tổng kết công tác thi đua.", "Thứ Sáu, 22/12/2023 - 19:15", "2023-12-22"),
        // A December conference reported in January: the year before, never after publication.
        ("Chiều 28/12, UBND tỉnh tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng.", "09:10 05/01/2024", "2023-12-28"),
        ("Chiều 22/12, UBND tỉnh tổ chức Hội nghị tổng kết phong trào thi đua.", "Thứ Sáu, 22/12/2023 - 19:15", "2023-12-22"),
        // No publication date: a year-end review held in December is in the year it reviews,
        // a plan made in December is for the year after.
        ("Chiều 10/12, Bộ Tư lệnh Quân khu 2 tổ chức Hội nghị tổng kết phong trào Thi đua Quyết thắng năm 2025.", nil, "2025-12-10"),
        ("Ngày 20/12, Cụm thi đua tổ chức hội nghị tổng kết năm 2025, triển khai nhiệm vụ năm 2026.", nil, "2025-12-20"),
        ("Ngày 8/1, Bộ Tài chính tổ chức hội nghị triển khai nhiệm vụ năm 2026.", nil, "2026-01-08"),
        ("Ngày 22/12, Sở Nội vụ tổ chức hội nghị triển khai nhiệm vụ năm 2026.", nil, "2025-12-22"),
        // The army's and the Party's papers write dates with dashes.
        ("QĐND - Ngày 12-1, Bộ Tư lệnh Quân khu 7 tổ chức hội nghị tổng kết phong trào Thi đua Quyết thắng năm 2023.",
         "Thứ Sáu, 12/01/2024 - 18:30", "2024-01-12"),
        ("Sáng 28-2-2024, Bộ Chỉ huy Quân sự tỉnh tổ chức Hội nghị tổng kết công tác thi đua.", nil, "2024-02-28"),
        ("Ngày 12-1, Bộ Tư lệnh Quân khu 7 tổ chức hội nghị tổng kết phong trào Thi đua Quyết thắng năm 2023.", nil,
         "2024-01-12"),
        ("Chiều 28.2, UBND tỉnh tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm 2023.", "16:43 27/04/2024",
         "2024-02-28"),
        ("Ngày 15.1.2024, Sở Nội vụ tổ chức hội nghị tổng kết công tác thi đua.", nil, "2024-01-15"),
        ("Sáng qua (14/3), UBND tỉnh tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm 2023.", "16:43 16/03/2024",
         "2024-03-14"),
        ("Sáng thứ Sáu (15/3), UBND tỉnh tổ chức Hội nghị tổng kết công tác thi đua.", "16:43 16/03/2024", "2024-03-15"),
        // Two days of one month: the first.
        ("Trong 2 ngày 10 và 11/9, Công an tỉnh tổ chức Đại hội Thi đua yêu nước lần thứ V.", "08:00 12/09/2025", "2025-09-10"),
        ("Ngày 10-11/9/2025, Công an tỉnh tổ chức Đại hội Thi đua yêu nước lần thứ V.", nil, "2025-09-10"),
        // "nay" with the day in brackets: that day, not the publication's.
        ("Sáng nay (15/1), UBND tỉnh tổ chức Hội nghị tổng kết công tác thi đua.", "08:00 16/01/2025", "2025-01-15"),
    ] as [(String, String?, String)])
    func datesResolve(_ lead: String, _ published: String?, _ expected: String) throws {
        let event = try #require(try Self.events(lead, published: published).first)
        #expect(event.date == expected)
    }

    /// The organizer is the body that starts first and reaches the verb, with what its name
    /// holds in brackets, or a giver followed by a place in brackets.
    @Test(arguments: [
        ("Ngày 12/3, Bộ Chỉ huy Bộ đội Biên phòng (BĐBP) tỉnh Kiên Giang tổ chức Lễ kỷ niệm 66 năm Ngày truyền thống BĐBP.",
         "Bộ Chỉ huy Bộ đội Biên phòng (BĐBP) tỉnh Kiên Giang"),
        ("Sáng 16/7, Trường Đại học Vinh long trọng tổ chức Lễ kỷ niệm 65 năm Ngày thành lập trường.", "Trường Đại học Vinh"),
        ("Ngày 25/12, UBND huyện Đông Anh (Hà Nội) tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm 2025.",
         "UBND huyện Đông Anh"),
        ("Sáng 20/1, Liên đoàn Lao động (LĐLĐ) tỉnh Bình Dương tổ chức Hội nghị tổng kết công tác công đoàn năm 2025.",
         "Liên đoàn Lao động (LĐLĐ) tỉnh Bình Dương"),
        ("Sáng 8/3, Hội Liên hiệp Phụ nữ tỉnh An Giang tổ chức họp mặt kỷ niệm Ngày Quốc tế Phụ nữ.",
         "Hội Liên hiệp Phụ nữ tỉnh An Giang"),
        // A body's place in brackets between its name and the verb.
        ("Sáng 18/11/2023, Trường THPT chuyên Lê Quý Đôn (Đà Nẵng) long trọng tổ chức Lễ kỷ niệm 35 năm thành lập trường.",
         "Trường THPT chuyên Lê Quý Đôn"),
        // A district in lower case after the outlet's credit and the date.
        ("(LĐ) - Ngày 10/10/2023, huyện Tân Uyên (Lai Châu) long trọng tổ chức Lễ kỷ niệm 15 năm thành lập huyện.", "huyện Tân Uyên"),
        // Who organizes with it is no part of its name.
        ("Tối 28/4/2024, Ban Thi đua - Khen thưởng Trung ương phối hợp với Đài Truyền hình Việt Nam tổ chức Lễ tuyên dương điển hình tiên tiến toàn quốc.",
         "Ban Thi đua - Khen thưởng Trung ương"),
        // A comma inside the name's phrase ("tham mưu, giúp việc"), a giver's name after it.
        ("Chiều 14/2/2025, Khối thi đua các cơ quan tham mưu, giúp việc Tỉnh ủy tổ chức hội nghị ký kết giao ước thi đua năm 2025.",
         "Khối thi đua các cơ quan tham mưu, giúp việc Tỉnh ủy"),
        // The group whose members are listed after "gồm:" before the verb.
        ("Ngày 25-5, Cụm thi đua số 4, thuộc Sở Giáo dục và Đào tạo gồm: Trường THPT Lê Duẩn, THPT Bác Ái, THPT Nguyễn Du tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm học 2024-2025.",
         "Cụm thi đua số 4"),
        // No "tổ chức": a giver after "của" in the event's name.
        ("Sáng 5/1, Hội nghị tổng kết công tác thi đua, khen thưởng năm 2024 của UBND tỉnh Phú Yên đã diễn ra tại Trung tâm Hội nghị tỉnh.",
         "UBND tỉnh Phú Yên"),
    ])
    func organizersAreWholeNames(lead: String, organizer: String) throws {
        let event = try #require(try Self.events(lead).first)
        #expect(event.organizer == organizer)
    }

    /// The first day the head names is the event's, though its year is unknown; a full date
    /// further on is another day's.
    @Test func aLaterFullDateIsAnotherDays() throws {
        let event = try #require(try Self.events("""
            Ngày 5/9, Công an tỉnh Đắk Lắk tổ chức Lễ đón nhận danh hiệu Anh hùng Lực lượng vũ trang nhân dân.
            Trước đó, ngày 11/6/2023, nhóm đối tượng vũ trang tấn công trụ sở UBND xã.
            """).first)
        #expect(event.date == nil)
        #expect(event.type == "le-trao-tang")
    }

    /// The year of a date written in words plans nothing: "Ngày 5 tháng 3 năm 2024, ... tổng kết
    /// ... năm 2023" reviews 2023 and names no plan.
    @Test func aDatesYearIsNoPlan() throws {
        let event = try #require(try Self.events(
            "Ngày 5 tháng 3 năm 2024, UBND tỉnh tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm 2023.").first)
        #expect(event.reviewYear == 2023)
        #expect(event.planYear == nil)
        #expect(event.date == "2024-03-05")
    }

    /// A launch after "Lễ ra quân" is the police's, and its year planned ("đợt thi đua cao
    /// điểm năm 2025"); a ceremony that confers titles is an award ceremony.
    @Test func aLaunchCeremonyAndATitleCeremony() throws {
        let launch = try #require(try Self.events(
            "Ngày 10/2, Công an tỉnh Nghệ An tổ chức Lễ ra quân và phát động đợt thi đua cao điểm năm 2025.").first)
        #expect(launch.type == "phat-dong-thi-dua")
        #expect(launch.organizer == "Công an tỉnh Nghệ An")
        #expect(launch.planYear == 2025)
        #expect(launch.reviewYear == nil)
        let ceremony = try #require(try Self.events(
            "Sáng 20/11, Sở Giáo dục và Đào tạo tổ chức Lễ kỷ niệm Ngày Nhà giáo Việt Nam và trao tặng danh hiệu Nhà giáo ưu tú.").first)
        #expect(ceremony.type == "le-trao-tang")
        #expect(ceremony.organizer == "Sở Giáo dục và Đào tạo")
    }

    /// An award's giver after "của" in a ceremony's name is no organizer.
    @Test func anAwardsGiverOrganizesNothing() throws {
        let event = try #require(try Self.events(
            "Sáng 5/1, Lễ trao Huân chương Lao động hạng Ba của Chủ tịch nước cho Công ty Cổ phần Cao su Tây Ninh đã diễn ra.").first)
        #expect(event.type == "le-trao-tang")
        #expect(event.organizer == nil)
    }

    @Test func yearsReviewedAndPlanned() throws {
        let event = try #require(try Self.events(
            "Ngày 10/1, UBND tỉnh tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm 2024, triển khai nhiệm vụ năm 2025.").first)
        #expect(event.reviewYear == 2024)
        #expect(event.planYear == 2025)
        #expect(event.type == "hoi-nghi-tong-ket")
        #expect(event.date == "2025-01-10")
        #expect(event.organizer == "UBND tỉnh")
    }

    /// The name ends at a mark or at "tại", "của", ... in any case, never at a word that only
    /// folds like one ("Tài" is not "tại").
    @Test(arguments: [
        ("Sáng 5/1, Hội nghị tổng kết công tác thi đua tại tỉnh Lào Cai.", "Hội nghị tổng kết công tác thi đua"),
        ("Sáng 5/1, Hội nghị tổng kết công tác thi đua TẠI tỉnh Lào Cai.", "Hội nghị tổng kết công tác thi đua"),
        ("Sáng 5/1, Hội nghị tổng kết công tác thi đua (lần thứ 3).", "Hội nghị tổng kết công tác thi đua"),
        ("Sáng 5/1, Hội nghị tổng kết công tác Tài chính; khen thưởng.", "Hội nghị tổng kết công tác Tài chính"),
        ("Sáng 27/7, UBND tỉnh tổ chức lễ truy tặng danh hiệu Bà mẹ Việt Nam anh hùng cho 12 mẹ và trao Huy hiệu Đảng.",
         "lễ truy tặng danh hiệu Bà mẹ Việt Nam anh hùng"),
    ])
    func eventNamesEndWhereTheyShould(lead: String, title: String) throws {
        let event = try #require(try Self.events(lead).first)
        #expect(event.title == title)
    }

    /// A headline says what was done ("ký kết giao ước thi đua"); the lead names the occasion
    /// ("Hội nghị ký kết giao ước thi đua"), and the name is the event's title. A headline
    /// that names it keeps it.
    @Test(arguments: [
        ("Khối thi đua các tỉnh Tây Nguyên ký kết giao ước thi đua năm 2025",
         "Ngày 15/3, Khối thi đua các tỉnh Tây Nguyên tổ chức Hội nghị ký kết giao ước thi đua năm 2025.",
         "Hội nghị ký kết giao ước thi đua năm 2025"),
        ("Bộ Tài chính tổng kết năm 2024", "Ngày 6/1, Bộ Tài chính tổ chức Hội nghị tổng kết công tác năm 2024.",
         "Hội nghị tổng kết công tác năm 2024"),
        ("Lễ phát động thi đua cao điểm của Công an tỉnh", "Sáng 2/4, Công an tỉnh tổ chức phát động thi đua cao điểm.",
         "Lễ phát động thi đua cao điểm"),
    ])
    func aHeadlineYieldsToTheLeadsNameOfTheOccasion(headline: String, lead: String, title: String) throws {
        let event = try #require(try Self.events(headline + "\n" + lead).first)
        #expect(event.title == title)
    }

    /// A launch held with the review is an event of its own, named as the main one is (not by
    /// its whole sentence); a city's review is the city's.
    @Test func aLaunchAfterTheReviewIsNamedByItsPhrase() throws {
        let events = try Self.events("""
            Thành phố Cần Thơ tổng kết công tác thi đua, khen thưởng
            Sáng 15/1, UBND thành phố Cần Thơ tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm 2024 và phát động phong trào thi đua năm 2025.
            """)
        #expect(events.map(\.type) == ["hoi-nghi-tong-ket", "phat-dong-thi-dua"])
        #expect(events.last?.title == "phát động phong trào thi đua năm 2025")
        // The launch plans the year after; the year the review looks back on is not its own.
        #expect(events.first?.reviewYear == 2024 && events.last?.reviewYear == nil && events.last?.planYear == 2025)
        #expect(events.first?.province == "Cần Thơ")
        #expect(events.first?.organizer == "UBND thành phố Cần Thơ")
        // So under a headline that names the launch: the lead's review is the main event.
        let launched = try Self.events("""
            Liên đoàn Lao động tỉnh Bình Dương phát động thi đua năm 2025
            Ngày 10/1, Liên đoàn Lao động (LĐLĐ) tỉnh Bình Dương tổ chức hội nghị tổng kết công tác công đoàn năm 2024 và phát động phong trào thi đua năm 2025.
            """)
        #expect(launched.map(\.type) == ["hoi-nghi-tong-ket", "phat-dong-thi-dua"])
        #expect(launched.first?.title == "hội nghị tổng kết công tác công đoàn năm 2024")
    }

    /// The year reviewed may stand a dozen words after "tổng kết".
    @Test func aLongNameStillReviewsItsYear() throws {
        let event = try #require(try Self.events("""
            Tỉnh Đoàn Quảng Nam tổng kết công tác Đoàn và phong trào thanh thiếu nhi năm 2024
            Sáng 30/12, Ban Thường vụ Tỉnh Đoàn tổ chức hội nghị tổng kết.
            """).first)
        #expect(event.reviewYear == 2024)
        #expect(event.date == "2024-12-30")
    }

    /// A campaign's whole name in quotes fits in the event's name, and the years' range after
    /// it stays whole.
    @Test func aCampaignsLongNameAndItsYearsRange() throws {
        let event = try #require(try Self.events("""
            Quảng Trị tổng kết phong trào thi đua vì người nghèo
            Chiều 25/11, UBND tỉnh Quảng Trị tổ chức hội nghị tổng kết phong trào thi đua "Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau" giai đoạn 2021-2025.
            """).first)
        #expect(event.title?.hasSuffix("bị bỏ lại phía sau\" giai đoạn 2021-2025") == true)
        #expect(event.organizer == "UBND tỉnh Quảng Trị")
    }

    /// Givers listed before "tổ chức" organize together, all of them; a place after "tại" is
    /// where it was held, not an organizer listed.
    @Test func giversListedOrganizeTogether() throws {
        let joint = try #require(try Self.events("""
            Tuyên Quang tổng kết phong trào thi đua yêu nước năm 2024
            Chiều 14/1, Tỉnh ủy, HĐND, UBND, Ủy ban MTTQ tỉnh tổ chức Hội nghị tổng kết phong trào thi đua yêu nước năm 2024.
            Dự hội nghị có đồng chí Chẩu Văn Lâm, Bí thư Tỉnh ủy.
            """).first)
        #expect(joint.organizer == "Tỉnh ủy, HĐND, UBND, Ủy ban MTTQ tỉnh")
        #expect(joint.officials.map(\.name) == ["Chẩu Văn Lâm"])
        let hosted = try #require(try Self.events("""
            Cụm thi đua tổng kết năm 2022
            Ngày 15/11, tại Bộ Chỉ huy Quân sự tỉnh Hậu Giang, Cụm thi đua Bộ Chỉ huy Quân sự 12 tỉnh, thành phố tổ chức Hội nghị tổng kết công tác thi đua năm 2022.
            """).first)
        #expect(hosted.organizer == "Cụm thi đua Bộ Chỉ huy Quân sự 12 tỉnh, thành phố")
    }

    /// "ký kết giao ước thi đua năm 2026" plans 2026, though "thi đua" alone reviews a year.
    @Test func pledgesAndLaunchesPlanTheirYear() throws {
        let event = try #require(try Self.events("""
            Cụm thi đua các tỉnh Tây Nguyên ký kết giao ước thi đua năm 2026
            Chiều 19/3, Cụm thi đua tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm 2025 và ký kết giao ước thi đua năm 2026.
            """).first)
        #expect(event.type == "ky-ket-giao-uoc")
        #expect(event.reviewYear == 2025 && event.planYear == 2026)
    }

    /// A body receiving an award is an award ceremony, whatever else the day celebrates.
    @Test(arguments: [
        "Bộ đội Biên phòng tỉnh Quảng Trị đón nhận Huân chương Bảo vệ Tổ quốc hạng Nhì",
        "Huyện Thạch Hà tổ chức lễ truy tặng danh hiệu Bà mẹ Việt Nam anh hùng",
        "Chủ tịch nước trao Huân chương Lao động cho Tổng công ty Cảng hàng không Việt Nam",
        "Bộ Y tế kỷ niệm Ngày Thầy thuốc Việt Nam và trao danh hiệu Thầy thuốc Nhân dân",
        "Xã Tân Phú đón nhận Bằng khen của Thủ tướng Chính phủ",
        "Huyện ủy tổ chức Hội nghị biểu dương các tập thể, cá nhân tiêu biểu",
    ])
    func receivingAnAwardIsACeremony(title: String) throws {
        let event = try #require(try Self.events(title + "\nSáng 5/3, buổi lễ diễn ra trọng thể.").first)
        #expect(event.type == "le-trao-tang")
    }

    /// A conference that commends models ("điển hình tiên tiến") is an emulation congress's kind.
    @Test func aConferenceOfModelsIsACongress() throws {
        let event = try #require(try Self.events("Tin sự kiện\nNgày 5/10, Tỉnh ủy tổ chức Hội nghị biểu dương điển hình tiên tiến năm 2025.").first)
        #expect(event.type == "dai-hoi-thi-dua")
        #expect(event.organizer == "Tỉnh ủy")
    }

    /// An association's congress of delegates is a conference of its own kind (`khac`), named as
    /// the lead names it, not by a headline that uses "đại hội" as a verb; an emulation congress
    /// stays one.
    @Test func aCongressOfDelegatesIsNamedByTheLead() throws {
        let event = try #require(try Self.events("""
            Hội Người mù tỉnh Nam Định đại hội nhiệm kỳ 2025 - 2030
            Ngày 5/3, Hội Người mù tỉnh Nam Định tổ chức Đại hội đại biểu lần thứ VII, nhiệm kỳ 2025 - 2030.
            """).first)
        #expect(event.type == "khac" && event.title == "Đại hội đại biểu lần thứ VII, nhiệm kỳ 2025 - 2030")
        #expect(event.organizer == "Hội Người mù tỉnh Nam Định")
        let congress = try #require(try Self.events("Tin sự kiện\nNgày 5/10, UBND tỉnh tổ chức Đại hội Thi đua yêu nước lần thứ VI.").first)
        #expect(congress.type == "dai-hoi-thi-dua")
    }

    /// A headline's "tổng kết" yields to the lead's conference organized for the review and
    /// joined to it by "và" ("hội nghị người lao động và tổng kết ..."): the lead names it.
    @Test func aReviewJoinedToItsConferenceIsNamedByTheLead() throws {
        let event = try #require(try Self.events("""
            Công ty Xổ số kiến thiết Bình Định tổng kết năm 2024
            Chiều 7/1/2025, Công ty TNHH MTV Xổ số kiến thiết Bình Định tổ chức hội nghị người lao động và tổng kết hoạt động sản xuất kinh doanh năm 2024.
            """).first)
        #expect(event.type == "hoi-nghi-tong-ket")
        #expect(event.title == "hội nghị người lao động và tổng kết hoạt động sản xuất kinh doanh năm 2024")
    }

    /// Event types are compared with their diacritics: the "lệ" of "Tỷ lệ khen thưởng" (a
    /// share) is no "lễ khen thưởng" (a ceremony).
    @Test func aShareOfAwardsIsNoCeremony() throws {
        let events = try Self.events("Năm 2024, tỷ lệ khen thưởng cho công nhân, nông dân chiếm 45%.\nSáng 5/3, Lễ khen thưởng học sinh giỏi diễn ra.")
        let event = try #require(events.first)
        #expect(event.type == "le-trao-tang")
        #expect(event.title == "Lễ khen thưởng học sinh giỏi diễn ra")
    }

    /// A cluster's year ("Trưởng Cụm thi đua năm 2024") is no year reviewed; a pledge
    /// signing plans its year; a title ends where the official launches the movement, and
    /// holds both positions of who heads the cluster.
    @Test func aPledgeSigningPlansItsYear() throws {
        let event = try #require(try Self.events("""
            Ngày 15/3/2024, Cụm thi đua các tỉnh Tây Nguyên tổ chức Hội nghị ký kết giao ước thi đua năm 2024.
            Dự hội nghị có ông Nguyễn Tuấn Hà, Phó Chủ tịch UBND tỉnh Đắk Lắk, Trưởng Cụm thi đua năm 2024.
            Đồng chí Nguyễn Đức Trung, Chủ tịch UBND tỉnh phát động phong trào thi đua.
            """).first)
        #expect(event.type == "ky-ket-giao-uoc")
        #expect(event.planYear == 2024 && event.reviewYear == nil)
        #expect(event.officials.map(\.title) == ["Phó Chủ tịch UBND tỉnh Đắk Lắk, Trưởng Cụm thi đua năm 2024", "Chủ tịch UBND tỉnh"])
    }

    /// The subject of "tổ chức Hội nghị" is the organizer, however its name runs: police,
    /// army, a department written with "&"; a principal who is given an award is no official.
    @Test(arguments: [
        ("Ngày 8/1, Công an tỉnh Nghệ An tổ chức Hội nghị tổng kết công tác công an năm 2024.", "Công an tỉnh Nghệ An"),
        ("Sáng 10/1, Bộ Tư lệnh Quân khu 7 tổ chức hội nghị tổng kết phong trào thi đua Quyết thắng năm 2024.",
         "Bộ Tư lệnh Quân khu 7"),
        ("Chiều 25/7, Sở GD&ĐT Thanh Hóa tổ chức hội nghị tổng kết năm học 2023-2024.", "Sở GD&ĐT Thanh Hóa"),
        ("Sáng 5/3, Bộ Chỉ huy Bộ đội Biên phòng tỉnh Quảng Trị long trọng tổ chức Lễ kỷ niệm 66 năm Ngày truyền thống.",
         "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Quảng Trị"),
        ("Sáng 27/2, Bệnh viện Đa khoa tỉnh Phú Thọ tổ chức Lễ đón nhận Huân chương Lao động hạng Nhất.",
         "Bệnh viện Đa khoa tỉnh Phú Thọ"),
        ("Tối 30/11, Thành đoàn Hà Nội tổ chức Lễ vinh danh 100 thủ khoa xuất sắc năm 2025.", "Thành đoàn Hà Nội"),
    ])
    func theOrganizerIsWhoHoldsTheConference(lead: String, organizer: String) throws {
        let event = try #require(try Self.events(lead + "\nÔng Nguyễn Văn An, Hiệu trưởng Trường THCS Điện Biên, được Thủ tướng Chính phủ tặng Bằng khen.").first)
        #expect(event.organizer == organizer)
        #expect(event.officials.isEmpty, "\(event.officials)")
    }

    /// A department's branch head is an official; a company's board chairman is none, however
    /// large the group ("Hội đồng quản trị": a state group's board is its "Hội đồng thành viên").
    @Test func aBranchHeadIsAnOfficialABoardChairmanNone() throws {
        let event = try #require(try Self.events("""
            Hòa Phát đón nhận Huân chương Lao động hạng Nhì
            Ngày 22/3, Tập đoàn Hòa Phát tổ chức Lễ kỷ niệm 32 năm thành lập.
            Phó Thủ tướng Trần Lưu Quang trao Huân chương Lao động hạng Ba cho ông Trần Đình Long, Chủ tịch Hội đồng quản trị Tập đoàn.
            Chi cục trưởng Chi cục Dân số - Kế hoạch hóa gia đình tỉnh Nguyễn Văn Hùng phát biểu tại buổi lễ.
            """).first)
        #expect(event.officials.map(\.name) == ["Trần Lưu Quang", "Nguyễn Văn Hùng"])
        #expect(event.officials.last?.title == "Chi cục trưởng Chi cục Dân số - Kế hoạch hóa gia đình tỉnh")
    }

    /// A contest is an occasion of its own (type khac, whatever year it is of) that its
    /// organizer holds.
    @Test func aContestIsNoReview() throws {
        let event = try #require(try Self.events("""
            Bình Phước: Hội thi cán bộ làm công tác thi đua giỏi
            Vừa qua, Ban Thi đua - Khen thưởng tỉnh Bình Phước tổ chức Hội thi cán bộ làm công tác thi đua, khen thưởng giỏi năm 2024.
            """).first)
        #expect(event.type == "khac")
        #expect(event.organizer == "Ban Thi đua - Khen thưởng tỉnh Bình Phước")
        #expect(event.title?.hasPrefix("Hội thi cán bộ") == true)
    }

    /// The work a deployment opens is the year planned ("triển khai công tác thi đua, khen thưởng
    /// năm 2025"); who confers in the passive ("được Thủ tướng ... tặng") is no official there.
    @Test func aDeploymentPlansItsYearAConferrerIsNotThere() throws {
        let event = try #require(try Self.events("""
            Bộ Nội vụ triển khai công tác thi đua, khen thưởng năm 2025
            Chiều 18/2, Bộ Nội vụ tổ chức Hội nghị triển khai công tác thi đua, khen thưởng năm 2025.
            Cán bộ của Bộ được Thủ tướng Phạm Minh Chính tặng bằng khen; Thứ trưởng Vũ Chiến Thắng trao bằng khen cho các tập thể.
            """).first)
        #expect(event.planYear == 2025 && event.reviewYear == nil)
        #expect(event.officials.map(\.name) == ["Vũ Chiến Thắng"])
    }
}
