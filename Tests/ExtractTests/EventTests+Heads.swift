import Foundation
import TestSupport
import Testing
import ThiDua

/// Which phrase of the head names the occasion, the years it reviews, officials named by
/// their department's field, and which of the head's provinces is the document's.
extension EventTests {
    /// A title that only hands something over ("Trao Huân chương ...") names a ceremony held at
    /// the conference the lead names, or the ceremony the lead names in full; a ceremony of
    /// its own ("Lễ đón nhận") stays one.
    @Test func aHandingOverYieldsToTheConferenceOfTheLead() throws {
        let conference = try #require(try Self.events("""
            Quảng Bình: Trao Huân chương Lao động cho 3 tập thể
            Sáng 16/1, UBND tỉnh Quảng Bình tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2024.
            """).first)
        #expect(conference.type == "hoi-nghi-tong-ket")
        #expect(conference.title == "hội nghị tổng kết công tác thi đua, khen thưởng năm 2024")
        let ceremony = try #require(try Self.events("""
            Bệnh viện Đa khoa tỉnh đón nhận Huân chương Lao động hạng Ba
            Sáng 27/2, Bệnh viện tổ chức hội nghị tổng kết công tác năm 2024 và đón nhận Huân chương Lao động hạng Ba.
            """).first)
        #expect(ceremony.type == "le-trao-tang")
        // A receipt in the headline, the conference alone in the lead: the conference's name,
        // the receipt's type (as when the lead joins them).
        let receipt = try #require(try Self.events("""
            Bưu điện tỉnh Hòa Bình đón nhận Cờ thi đua của Tổng công ty Bưu điện Việt Nam
            Ngày 13/1, Bưu điện tỉnh Hòa Bình tổ chức hội nghị tổng kết hoạt động sản xuất kinh doanh năm 2024.
            """).first)
        #expect(receipt.type == "le-trao-tang")
        #expect(receipt.title == "hội nghị tổng kết hoạt động sản xuất kinh doanh năm 2024")
        // A school's "Lễ tổng kết": the ceremony's word is the name's.
        let school = try #require(try Self.events("""
            Trường THCS Nguyễn Du tổng kết năm học 2023-2024
            Chiều 24/5, Trường THCS Nguyễn Du tổ chức Lễ tổng kết năm học 2023-2024.
            """).first)
        #expect(school.title == "Lễ tổng kết năm học 2023-2024")
        // So is an anniversary joined by a comma: "Lễ kỷ niệm ..., đón nhận Huân chương ...".
        let comma = try #require(try Self.events("""
            Hội Chữ thập đỏ tỉnh Hải Dương đón nhận Huân chương Lao động hạng Nhất
            Sáng 21/12, Hội Chữ thập đỏ tỉnh Hải Dương tổ chức Lễ kỷ niệm 78 năm Ngày thành lập Hội Chữ thập đỏ Việt Nam, đón nhận Huân chương Lao động hạng Nhất.
            """).first)
        #expect(comma.title == "Lễ kỷ niệm 78 năm Ngày thành lập Hội Chữ thập đỏ Việt Nam, đón nhận Huân chương Lao động hạng Nhất")
        // A school's opening ceremony, organized by the school named with its district.
        let opening = try #require(try Self.events("""
            Trường THCS Lê Lợi khai giảng năm học mới
            Sáng 5/9, Trường THCS Lê Lợi, quận Hà Đông (Hà Nội) long trọng tổ chức Lễ khai giảng năm học 2024 - 2025.
            """).first)
        #expect(opening.title == "Lễ khai giảng năm học 2024 - 2025")
        #expect(opening.organizer == "Trường THCS Lê Lợi")
        // A conference the lead says was organized over a headline's word for a meeting, and
        // a day of a movement ("Ngày hội") as an occasion.
        let meeting = try #require(try Self.events("""
            Gặp mặt
            Sáng 20/11/2024, Sở Giáo dục và Đào tạo tỉnh Lâm Đồng tổ chức Lễ kỷ niệm 42 năm Ngày Nhà giáo Việt Nam và tuyên dương nhà giáo tiêu biểu.
            """).first)
        #expect(meeting.title == "Lễ kỷ niệm 42 năm Ngày Nhà giáo Việt Nam và tuyên dương nhà giáo tiêu biểu")
        let day = try #require(try Self.events("""
            Ngày hội Toàn dân bảo vệ an ninh Tổ quốc
            Sáng 8/8/2024, tại thôn Đông, xã Tân Hòa, huyện Quốc Oai, Công an thành phố Hà Nội tổ chức Ngày hội Toàn dân bảo vệ an ninh Tổ quốc năm 2024.
            """).first)
        #expect(day.organizer == "Công an thành phố Hà Nội")
        // Named as the lead names it, the conference it is joined to included.
        #expect(ceremony.title == "hội nghị tổng kết công tác năm 2024 và đón nhận Huân chương Lao động hạng Ba")
        // Nor to the ceremony the lead names ("Lễ trao tặng danh hiệu ...").
        let named = try #require(try Self.events("""
            Trao tặng danh hiệu Thầy thuốc nhân dân, Thầy thuốc ưu tú
            Sáng 3/2/2025, tại Hà Nội, Bộ Y tế tổ chức Lễ trao tặng danh hiệu Thầy thuốc nhân dân, Thầy thuốc ưu tú lần thứ 14.
            """).first)
        #expect(named.type == "le-trao-tang")
        #expect(named.title == "Lễ trao tặng danh hiệu Thầy thuốc nhân dân, Thầy thuốc ưu tú lần thứ 14")
        #expect(named.date == "2025-02-03")
        // A headline's bare "hội nghị tổng kết" yields to the lead's name of it; one it names
        // in full stays.
        let bare = try #require(try Self.events("""
            Thanh Hóa: 120 tập thể, cá nhân được khen thưởng tại hội nghị tổng kết
            Chiều 15/1, UBND tỉnh Thanh Hóa tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm 2024.
            """).first)
        #expect(bare.title == "Hội nghị tổng kết công tác thi đua, khen thưởng năm 2024")
        let namedInFull = try #require(try Self.events("""
            Hội nghị tổng kết công tác Hội năm 2024
            Chiều 15/1, Hội Nông dân tỉnh tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm 2024.
            """).first)
        #expect(namedInFull.title == "Hội nghị tổng kết công tác Hội năm 2024")
    }

    /// An occasion joined to a receipt by "và" is named from its ceremony's own words:
    /// "Lễ mít tinh kỷ niệm ...", not from "kỷ niệm".
    @Test func aRallyJoinedToAReceiptIsNamedFromItsCeremony() throws {
        let event = try #require(try Self.events("""
            Mít tinh kỷ niệm 80 năm Ngày thành lập Quân đội nhân dân Việt Nam
            Tối 19/12, Bộ Chỉ huy Quân sự tỉnh Hà Tĩnh tổ chức Lễ mít tinh kỷ niệm 80 năm Ngày thành lập Quân đội nhân dân Việt Nam và đón nhận Huân chương Bảo vệ Tổ quốc hạng Nhất.
            """).first)
        #expect(event.type == "le-trao-tang")
        #expect(event.title?.hasPrefix("Lễ mít tinh kỷ niệm 80 năm") == true)
    }

    /// A headline that ends with the day said relative to the publication ("... hôm nay", no
    /// mark after it) dates the event that day (it had crashed, reading past the clause's end).
    @Test func aRelativeDayEndingAHeadline() throws {
        let event = try #require(try Self.events("Tỉnh Lạng Sơn tổ chức lễ đón nhận Huân chương Lao động hôm nay",
                                                 published: "Thứ Hai, 15/01/2024 09:30").first)
        #expect(event.date == "2024-01-15")
    }

    /// A holiday named by its day in the headline ("nhân Ngày 20/11", "chào mừng Ngày 8/3") is
    /// not when the event was: the lead's day is.
    @Test(arguments: ["Huyện Mường Lát tôn vinh nhà giáo nhân Ngày 20/11", "Tuyên dương phụ nữ tiêu biểu chào mừng Ngày 8/3"])
    func aHolidayNamedByItsDayIsNoDate(headline: String) throws {
        let event = try #require(try Self.events("""
            \(headline)
            Thứ Hai, 18/11/2024 - 15:20
            Sáng 18/11, UBND huyện Mường Lát tổ chức Lễ kỷ niệm 42 năm Ngày Nhà giáo Việt Nam và tuyên dương nhà giáo tiêu biểu.
            """).first)
        #expect(event.date == "2024-11-18")
    }

    /// A meeting to honour ("gặp mặt, tôn vinh doanh nghiệp, doanh nhân tiêu biểu") is a
    /// ceremony, not a review though the honoured are of a year.
    @Test func aMeetingToHonourIsACeremony() throws {
        let event = try #require(try Self.events("""
            Long An tôn vinh 55 doanh nghiệp, doanh nhân tiêu biểu
            Sáng 11/10/2024, UBND tỉnh Long An tổ chức gặp mặt, tôn vinh doanh nghiệp, doanh nhân tiêu biểu năm 2024.
            """).first)
        #expect(event.type == "le-trao-tang")
        #expect(event.organizer == "UBND tỉnh Long An")
    }

    /// An occasion of no type is named as the lead names what was organized ("tổ chức Lễ kỷ
    /// niệm ..."), not by the headline; a conference only attended ("Dự hội nghị có ...") names
    /// nothing, and the headline stays.
    @Test func anUntypedOccasionIsNamedAsOrganized() throws {
        let anniversary = try #require(try Self.events("""
            Tri ân các anh hùng liệt sĩ
            Tối 27/7, tại Nhà hát Lớn, Bộ LĐ-TB&XH tổ chức Lễ kỷ niệm 78 năm Ngày Thương binh - Liệt sĩ.
            """).first)
        #expect(anniversary.type == "khac")
        #expect(anniversary.title == "Lễ kỷ niệm 78 năm Ngày Thương binh - Liệt sĩ")
        let attended = try #require(try Self.events("""
            Tri ân các anh hùng liệt sĩ
            Dự hội nghị có đại diện Ban Thi đua - Khen thưởng tỉnh.
            """).first)
        #expect(attended.title == "Tri ân các anh hùng liệt sĩ")
    }

    /// A year reviewed stands up to twenty words after "tổng kết"; a date's year in words reviews
    /// nothing, but "6 tháng đầu năm 2025" (a half-year) is reviewed.
    @Test func yearsFarFromTheReviewAndHalfYears() throws {
        let union = try #require(try Self.events(
            "Chiều 14/1, Liên đoàn Lao động tỉnh Bình Định tổ chức hội nghị tổng kết công tác công đoàn và phong trào công nhân viên chức, lao động năm 2024.").first)
        #expect(union.reviewYear == 2024)
        let dated = try #require(try Self.events(
            "UBND tỉnh tổng kết công tác thi đua vào ngày 5 tháng 3 năm 2024.").first)
        #expect(dated.reviewYear == nil)
        let halfYear = try #require(try Self.events(
            "Ban Thi đua - Khen thưởng tỉnh Thái Bình sơ kết công tác khen thưởng 6 tháng đầu năm 2025.").first)
        #expect(halfYear.reviewYear == 2025)
        // A period's ends review nothing, and date nothing: no publication date here.
        let period = try #require(try Self.events(
            "Ngày 8/3, Công ty Điện lực Hà Tĩnh tổ chức Lễ đón nhận Bằng khen vì đã có thành tích trong công tác từ năm 2019 đến năm 2023.").first)
        #expect(period.reviewYear == nil && period.date == nil)
        // With no publication date and no year reviewed or planned, the event's name dates it.
        let named = try #require(try Self.events(
            "Tối 25/3, Thành đoàn tổ chức Lễ tuyên dương \"Thanh niên tiên tiến làm theo lời Bác\" năm 2025.").first)
        #expect(named.date == "2025-03-25")
    }

    /// An official whose title names a department by its field: "Giám đốc Sở Y tế Lê Đức Thiện",
    /// "Trưởng Ban Tuyên giáo Tỉnh ủy ...", "Sở Văn hóa, Thể thao và Du lịch".
    @Test func officialsOfDepartmentsNamedByTheirField() throws {
        let event = try #require(try Self.events("""
            Sáng 27/2, Bệnh viện Đa khoa tỉnh Quảng Trị tổ chức Lễ đón nhận Huân chương Lao động hạng Ba.
            Dự buổi lễ có Phó Chủ tịch UBND tỉnh Hoàng Nam; Giám đốc Sở Y tế Lê Đức Thiện cùng đại diện các sở, ban, ngành.
            Dự có Trưởng Ban Tuyên giáo Tỉnh ủy Nguyễn Văn Thiện và Giám đốc Sở Văn hóa, Thể thao và Du lịch Trần Thị Hoa.
            """).first)
        #expect(event.officials.map(\.name) == ["Hoàng Nam", "Lê Đức Thiện", "Nguyễn Văn Thiện", "Trần Thị Hoa"])
        #expect(event.officials.map(\.title) == ["Phó Chủ tịch UBND tỉnh", "Giám đốc Sở Y tế", "Trưởng Ban Tuyên giáo Tỉnh ủy",
                                                  "Giám đốc Sở Văn hóa, Thể thao và Du lịch"])
        // A title said after the name ends before "và" and the next person ("Du" folds like "dự",
        // a verb of speech, but is capitalized).
        let decorated = try #require(try Self.events("""
            Sáng 15/1, UBND tỉnh Đắk Lắk tổ chức lễ công bố quyết định khen thưởng.
            Chủ tịch nước tặng Huân chương Lao động hạng Ba cho bà H' Hen Niê, Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch và ông Ksor Phước Hà, Trưởng Ban Dân tộc tỉnh.
            """).first)
        #expect(decorated.officials.map(\.title) == ["Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch", "Trưởng Ban Dân tộc tỉnh"])
    }

    /// A position said alone after a name, right before the verb of presiding, is the
    /// organizing body's: an official. Alone before another verb, it is not.
    @Test func aPositionAloneThatPresidesIsAnOfficial() throws {
        let event = try #require(try Self.events("""
            Ngày 8/1, Bộ Chỉ huy Bộ đội Biên phòng tỉnh Lạng Sơn tổ chức hội nghị tổng kết phong trào thi đua Quyết thắng năm 2024.
            Đại tá Nông Văn Tuyên, Chính ủy chủ trì hội nghị. Ông Lò Văn Páo, Giám đốc cũng dự hội nghị.
            """).first)
        #expect(event.officials.map(\.name) == ["Nông Văn Tuyên"])
        #expect(event.officials.map(\.title) == ["Chính ủy"])
    }

    /// "Lễ công bố quyết định" is an award ceremony only for an award's decision: one that
    /// founds a unit is an occasion of another kind.
    @Test func aDecisionAnnouncedIsACeremonyOnlyForAnAward() throws {
        let award = try #require(try Self.events("Sáng 15/1, UBND tỉnh Đắk Lắk tổ chức lễ công bố quyết định khen thưởng.").first)
        #expect(award.type == "le-trao-tang")
        let founding = try #require(try Self.events(
            "Ngày 12/6, Công an tỉnh tổ chức Lễ công bố Quyết định thành lập Phòng Cảnh sát môi trường.").first)
        #expect(founding.type == "khac")
        #expect(founding.title == "Lễ công bố Quyết định thành lập Phòng Cảnh sát môi trường")
    }

    /// A ceremony joined by "và" to an anniversary is named with it; a district named in
    /// lower case after the lead's date organizes it; a pledge's signers end at the verb.
    @Test func anniversariesAndTheirOrganizers() throws {
        let anniversary = try #require(try Self.events("""
            Huyện Tân Uyên kỷ niệm 20 năm thành lập và đón nhận Huân chương Lao động hạng Nhì
            Ngày 10/10/2024, huyện Tân Uyên long trọng tổ chức Lễ kỷ niệm 20 năm thành lập huyện (2004-2024) và đón nhận Huân chương Lao động hạng Nhì.
            """).first)
        #expect(anniversary.type == "le-trao-tang")
        // The lead's name of the ceremony, "Lễ" included, over the headline's.
        #expect(anniversary.title == "Lễ kỷ niệm 20 năm thành lập huyện (2004-2024) và đón nhận Huân chương Lao động hạng Nhì")
        #expect(anniversary.organizer == "huyện Tân Uyên")
        let school = try #require(try Self.events(
            "Sáng 20/11, Trường THPT Chu Văn An tổ chức Lễ kỷ niệm 50 năm thành lập trường và đón nhận Huân chương Lao động hạng Nhất.").first)
        #expect(school.title == "Lễ kỷ niệm 50 năm thành lập trường và đón nhận Huân chương Lao động hạng Nhất")
        // A headline that says only what was received yields to the lead's ceremony.
        let university = try #require(try Self.events("""
            Trường Đại học Vinh đón nhận Huân chương Lao động hạng Nhất
            Ngày 20/11/2024, Trường Đại học Vinh long trọng tổ chức Lễ kỷ niệm 65 năm thành lập và đón nhận Huân chương Lao động hạng Nhất.
            """).first)
        #expect(university.type == "le-trao-tang")
        #expect(university.title == "Lễ kỷ niệm 65 năm thành lập và đón nhận Huân chương Lao động hạng Nhất")
        #expect(university.organizer == "Trường Đại học Vinh")
        let pledge = try #require(try Self.events("""
            Cụm thi đua số 3 ký kết giao ước thi đua năm 2025
            Ngày 12/3/2025, tại thành phố Thái Nguyên, Cụm thi đua số 3 gồm 6 tỉnh trung du và miền núi phía Bắc ký kết giao ước thi đua.
            """).first)
        #expect(pledge.type == "ky-ket-giao-uoc")
        #expect(pledge.organizer == "Cụm thi đua số 3")
        // A cluster's long name, a comma inside it, seventeen words before the verb.
        let schools = try #require(try Self.events("""
            Các trường đại học ký kết giao ước
            Ngày 15/3/2025, tại Trường Đại học Cần Thơ, Khối thi đua các trường đại học, cao đẳng khu vực đồng bằng sông Cửu Long tổ chức ký kết giao ước thi đua năm 2025.
            """).first)
        #expect(schools.organizer == "Khối thi đua các trường đại học, cao đẳng khu vực đồng bằng sông Cửu Long")
        // The lead's name says more of the headline's, and all of it.
        #expect(schools.title == "ký kết giao ước thi đua năm 2025")
    }

    /// Two provinces of the head that weigh the same: the one named first is the document's
    /// (a province's name inside a school's, later, does not win by its spelling).
    @Test func ofProvincesThatWeighTheSameTheFirstNamed() throws {
        let document = try Self.pipeline.segment(SourceText(name: "p", source: "p", text: """
            Nữ bác sĩ 30 năm gắn bó với vùng biên
            Bác sĩ Hoàng Thị Lan, Phó Giám đốc Trung tâm Y tế tỉnh Điện Biên đã có 30 năm công tác.
            Bà tốt nghiệp Trường Đại học Y Hà Nội năm 1994.
            """, encoding: "UTF-8"))
        let guess = Self.pipeline.extractor.documentProvince(sentences: document.sentences, outlet: nil)
        #expect(guess?.name == "Điện Biên")
        #expect(guess?.confidence == 0.5)
    }

    /// A district after its word names its province, for the document as for a statement
    /// ("huyện Mường Nhé" is Điện Biên's): it weighs with the province named beside it.
    @Test func aDistrictOfTheHeadNamesItsProvince() throws {
        let beside = try Self.pipeline.segment(SourceText(name: "p", source: "p", text: """
            Nữ bác sĩ 30 năm gắn bó với vùng biên
            Bác sĩ Hoàng Thị Lan, Phó Giám đốc Trung tâm Y tế huyện Mường Nhé, tỉnh Điện Biên đã có 30 năm công tác.
            Bà tốt nghiệp Trường Đại học Y Hà Nội năm 1994.
            """, encoding: "UTF-8"))
        let both = Self.pipeline.extractor.documentProvince(sentences: beside.sentences, outlet: nil)
        #expect(both?.name == "Điện Biên")
        #expect(both?.confidence == 0.67)
        let alone = try #require(try Self.events("""
            Quỳnh Lưu tổng kết công tác thi đua, khen thưởng năm 2024
            Ngày 8/1/2025, UBND huyện Quỳnh Lưu tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm 2024.
            """).first)
        #expect(alone.province == "Nghệ An")
        #expect(alone.province2025 == "Nghệ An")
        #expect(alone.organizer == "UBND huyện Quỳnh Lưu")
    }

    /// "thi đua" inside a phrase that launches a movement plans its year: "Lễ phát động phong
    /// trào thi đua yêu nước năm 2025" reviews nothing. Who launches it by the verb organizes.
    @Test func aLaunchedMovementsYearIsPlannedAndItsOrganizer() throws {
        let event = try #require(try Self.events("""
            Sáng 14/2/2025, UBND tỉnh Quảng Trị tổ chức Lễ phát động phong trào thi đua yêu nước năm 2025.
            """).first)
        #expect(event.type == "phat-dong-thi-dua")
        #expect(event.planYear == 2025)
        #expect(event.reviewYear == nil)
        // Launched by its own verb, with no "tổ chức": its subject organized it; a headline's
        // subject of that verb yields to the lead's of "tổ chức".
        let launched = try #require(try Self.events("""
            Phát động thi đua chào mừng Đại hội
            Ngày 5/3/2025, Ban Thường vụ Tỉnh ủy Quảng Trị phát động đợt thi đua cao điểm chào mừng Đại hội Đảng bộ tỉnh.
            """).first)
        #expect(launched.organizer == "Ban Thường vụ Tỉnh ủy Quảng Trị")
        let army = try #require(try Self.events("""
            Quân khu 4 phát động thi đua Quyết thắng năm 2025
            Chiều 15/1/2025, Bộ Tư lệnh Quân khu 4 tổ chức Lễ phát động phong trào thi đua Quyết thắng năm 2025.
            """).first)
        #expect(army.organizer == "Bộ Tư lệnh Quân khu 4")
        // A headline's subject of "tổ chức" yields to the lead's, which names the body in full.
        let commune = try #require(try Self.events("""
            Xã Hùng Châu tổ chức Ngày hội Toàn dân bảo vệ an ninh Tổ quốc năm 2025
            Sáng 14/8/2025, UBND xã Hùng Châu (tỉnh Nghệ An) tổ chức Ngày hội Toàn dân bảo vệ an ninh Tổ quốc năm 2025.
            """).first)
        #expect(commune.organizer == "UBND xã Hùng Châu")
        // Praise held by "tổ chức" names its organizer too, with no type of its own.
        let praise = try #require(try Self.events("""
            Huế khen thưởng 12 tập thể, cá nhân cứu người trong lũ
            Chiều 2/11/2025, UBND TP Huế tổ chức khen thưởng đột xuất các tập thể, cá nhân có hành động dũng cảm cứu người.
            """).first)
        #expect(praise.organizer == "UBND TP Huế" && praise.type == "khac")
    }

    /// "Hôm qua" is the day before publication (the dateline's label and weekday around it).
    @Test func yesterdayIsTheDayBeforePublication() throws {
        let event = try #require(try Self.events("""
            Tổng kết công tác thi đua năm 2024
            Cập nhật lúc 10:20, Thứ Sáu, 01/03/2024
            Hôm qua, UBND tỉnh Yên Bái tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm 2024.
            """).first)
        #expect(event.date == "2024-02-29")
    }

    /// "Hội nghị ... do Ngân hàng Nhà nước Việt Nam tổ chức": the organizer after "do"; and a
    /// province only in a recipient's name after "cho" makes no province of a national article.
    @Test func anOrganizerInThePassiveAndARecipientsProvince() throws {
        let event = try #require(try Self.events("""
            Thủ tướng dự Hội nghị triển khai nhiệm vụ ngành Ngân hàng
            Sáng 6/1, tại Hà Nội, Thủ tướng Chính phủ Phạm Minh Chính dự Hội nghị triển khai nhiệm vụ ngân hàng năm 2025 do Ngân hàng Nhà nước Việt Nam tổ chức.
            Thủ tướng trao Huân chương Lao động hạng Ba cho Ngân hàng Nhà nước chi nhánh tỉnh Nghệ An.
            """).first)
        #expect(event.organizer == "Ngân hàng Nhà nước Việt Nam")
        #expect(event.province == nil)
    }

    /// Leads of real reports: a conference organized a few words before the phrase names the
    /// event; a giver's name with an en dash holds no year reviewed; a date right after "sáng
    /// nay"; a tradition's meeting is organized; typical examples' year is reviewed.
    @Test func leadsOfCouncilsCeremoniesAndTraditions() throws {
        let council = try #require(try Self.events("""
            Hội đồng Thi đua - Khen thưởng tỉnh xét khen thưởng thành tích tổng kết năm 2024
            Sáng 4/1/2025, Hội đồng Thi đua - Khen thưởng tỉnh tổ chức Hội nghị xét khen thưởng thành tích tổng kết năm 2024.
            """).first)
        #expect(council.title == "Hội nghị xét khen thưởng thành tích tổng kết năm 2024")
        #expect(council.organizer == "Hội đồng Thi đua - Khen thưởng tỉnh")
        let session = try #require(try Self.events("""
            Hội đồng Thi đua – Khen thưởng tỉnh họp phiên thứ hai năm 2020
            Ngày 6-5-2020, Hội đồng Thi đua – Khen thưởng tỉnh họp để xem xét khen thưởng tổng kết kinh tế – xã hội năm 2019.
            """).first)
        #expect(session.reviewYear == 2019)
        #expect(session.date == "2020-05-06")
        let praise = try #require(try Self.events("""
            Biểu dương 122 điển hình tiêu biểu
            Sáng nay 7/6/2023, UBND tỉnh Quảng Nam tổ chức hội nghị biểu dương, tôn vinh điển hình tiêu biểu năm 2023.
            """).first)
        #expect(praise.date == "2023-06-07")
        #expect(praise.reviewYear == 2023)
        let tradition = try #require(try Self.events("""
            Bộ CHQS tỉnh Bình Thuận trao Huân chương Bảo vệ Tổ quốc
            Chiều 21-12-2023, Bộ CHQS tỉnh Bình Thuận tổ chức sinh hoạt truyền thống kỷ niệm 79 năm Ngày thành lập Quân đội nhân dân Việt Nam.
            """).first)
        #expect(tradition.organizer == "Bộ CHQS tỉnh Bình Thuận")
    }

    /// Officials named after their positions: with a dash between, with earlier positions
    /// joined by commas; the last position before another name is that person's.
    @Test func officialsNamedAfterTheirPositions() throws {
        let lead = "Chiều 8/8/2024, UBND tỉnh Long An tổ chức Lễ trao tặng khen thưởng. "
        let dashed = try #require(try Self.events("Lễ trao thưởng\n" + lead
            + "Dự lễ có Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh - Nguyễn Minh Lâm.").first)
        #expect(dashed.officials.map(\.name) == ["Nguyễn Minh Lâm"])
        #expect(dashed.officials.map(\.title) == ["Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh"])
        let two = try #require(try Self.events("Lễ trao thưởng\n" + lead
            + "Dự lễ có đồng chí Lê Văn Anh, Bí thư Tỉnh ủy, Phó Chủ tịch UBND tỉnh Nguyễn Minh Lâm.").first)
        #expect(two.officials.map(\.name) == ["Lê Văn Anh", "Nguyễn Minh Lâm"])
        #expect(two.officials.map(\.title) == ["Bí thư Tỉnh ủy", "Phó Chủ tịch UBND tỉnh"])
    }
}
