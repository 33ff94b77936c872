import Foundation
import TestSupport
import Testing
import ThiDua

/// Officials of the main event: people named with a position of the state, the Party, the
/// army or a mass organisation, with all of their positions; not a village's, not who only
/// sends something.
extension EventTests {
    /// A Deputy Prime Minister is an official by the position alone, a minister by the ministry
    /// in the title, a military region's commander by the region; a deputy minister by the title
    /// said before the rank ("Thứ trưởng Bộ Công an, Trung tướng Lê Văn Tuyến").
    @Test func officialsOfTheGovernmentAndTheArmy() throws {
        let event = try #require(try Self.events("""
            Ngày 6/1, tại Hà Nội, Bộ Y tế tổ chức Hội nghị tổng kết công tác y tế năm 2025. Phó Thủ tướng Lê Thành Long dự.
            Cùng dự có Bộ trưởng Bộ Y tế Đào Hồng Lan và Trung tướng Nguyễn Trường Thắng, Tư lệnh Quân khu 7.
            Tham dự có Thứ trưởng Bộ Công an, Trung tướng Lê Văn Tuyến.
            """).first)
        #expect(event.officials.map(\.name) == ["Lê Thành Long", "Đào Hồng Lan", "Nguyễn Trường Thắng", "Lê Văn Tuyến"])
        #expect(event.officials.map(\.title) == ["Phó Thủ tướng", "Bộ trưởng Bộ Y tế", "Tư lệnh Quân khu 7", "Thứ trưởng Bộ Công an"])
    }

    /// A city's police is an official's body ("Giám đốc Công an TP Đà Nẵng": a centrally run
    /// city's is a province's); a steering committee named in 29 words, its fields joined by
    /// commas, organizes.
    @Test func aCityPoliceChiefAndALongCommitteeName() throws {
        let event = try #require(try Self.events("""
            Ngày 24/12, Ban Chỉ đạo phòng, chống tội phạm, tệ nạn xã hội và xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc tỉnh Sơn La tổ chức hội nghị tổng kết năm 2024.
            Dự có Đại tá Nguyễn Đức Dũng, Giám đốc Công an TP Đà Nẵng.
            """).first)
        #expect(event.organizer == "Ban Chỉ đạo phòng, chống tội phạm, tệ nạn xã hội và xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc tỉnh Sơn La")
        #expect(event.officials.map(\.title) == ["Giám đốc Công an TP Đà Nẵng"])
    }

    /// An official's positions, all of them, though the second starts with a word that folds
    /// like a surname ("Chủ nhiệm": Chu; "Trưởng Ban": Trương); a person after a comma ends them.
    @Test func allOfAnOfficialsPositions() throws {
        let event = try #require(try Self.events("""
            Ngày 10/1, Bộ Tư lệnh Quân khu 9 tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2024.
            Trung tướng Trịnh Văn Quyết, Ủy viên Trung ương Đảng, Chủ nhiệm Tổng cục Chính trị dự hội nghị.
            Ông Trần Văn Lâu, Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo, Chu Văn Thành, Bí thư Tỉnh ủy cùng tham dự.
            """).first)
        #expect(event.officials.map(\.name) == ["Trịnh Văn Quyết", "Trần Văn Lâu", "Chu Văn Thành"])
        #expect(event.officials.map(\.title) == ["Ủy viên Trung ương Đảng, Chủ nhiệm Tổng cục Chính trị",
                                                 "Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo", "Bí thư Tỉnh ủy"])
    }

    /// A minister or deputy minister with no ministry named is of the ministry the article is
    /// about; a head of a village is no official.
    @Test func aDeputyMinisterAloneIsAnOfficial() throws {
        let event = try #require(try Self.events("""
            Sáng 20/1, Bộ Y tế tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm 2025. Thứ trưởng Trần Văn Thuấn
            chủ trì hội nghị. Ông Lò Văn Páo, Trưởng thôn Nà Ngò cũng dự hội nghị.
            """).first)
        #expect(event.officials.map(\.name) == ["Trần Văn Thuấn"])
        #expect(event.officials.map(\.title) == ["Thứ trưởng"])
    }

    /// Officials of the central commendation board, of a district, with a Jarai name.
    @Test func officialsOfTheCentralBoardAndOfADistrict() throws {
        let event = try #require(try Self.events("""
            Chiều 19/3, Cụm thi đua các tỉnh Tây Nguyên tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm 2025.
            Tham dự có ông Phạm Thanh Tùng, Phó Trưởng Ban Thi đua - Khen thưởng Trung ương; ông Rơ Mah Tuấn, Phó Chủ tịch UBND tỉnh Gia Lai.
            Phát biểu tại buổi lễ, Bí thư Quận ủy Ba Đình Hoàng Minh Dũng Trí đề nghị các cấp đẩy mạnh thi đua.
            Ông Lò Văn Páo, Trưởng thôn Nà Ngò cũng dự hội nghị.
            """).first)
        #expect(event.officials.map(\.name) == ["Phạm Thanh Tùng", "Rơ Mah Tuấn", "Hoàng Minh Dũng Trí"])
        #expect(event.officials.first?.title == "Phó Trưởng Ban Thi đua - Khen thưởng Trung ương")
        // The title before the name, its "Ban" the body's first word.
        let before = try #require(try Self.events("""
            Chiều 14/1, UBND tỉnh Bến Tre tổ chức hội nghị tổng kết phong trào thi đua yêu nước năm 2024.
            Đến dự và chỉ đạo hội nghị có Phó Trưởng Ban Thi đua - Khen thưởng Trung ương Phạm Huy Giang.
            """).first)
        #expect(before.officials.map(\.name) == ["Phạm Huy Giang"])
        #expect(before.officials.first?.title == "Phó Trưởng Ban Thi đua - Khen thưởng Trung ương")
        // An official's title before the name, a title of no state body after it.
        let both = try #require(try Self.events("""
            Ngày 20/2/2025, Cụm thi đua các tỉnh Tây Nguyên tổ chức Hội nghị ký kết giao ước thi đua năm 2025.
            Phó Chủ tịch UBND tỉnh Đắk Lắk Nguyễn Thiên Văn, Trưởng Cụm thi đua chủ trì hội nghị.
            """).first)
        #expect(both.officials.map(\.name) == ["Nguyễn Thiên Văn"])
        #expect(both.officials.first?.title == "Phó Chủ tịch UBND tỉnh Đắk Lắk")
        // Co-chairs listed after a colon: the title ends at "đồng chủ trì".
        let chairs = try #require(try Self.events("""
            Ngày 10/1/2025, UBND tỉnh Bắc Giang tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm 2024.
            Các đồng chí: Nguyễn Văn Thắng, Bí thư Tỉnh ủy; Trần Văn Minh, Chủ tịch UBND tỉnh đồng chủ trì hội nghị.
            """).first)
        #expect(chairs.officials.map(\.title) == ["Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh"])
    }

    /// Who announces a decision is named with the title before the verb, not with the decision.
    @Test func anOfficialsTitleEndsWhereTheAnnouncementBegins() throws {
        let event = try #require(try Self.events("""
            Chiều 28/12, Công an tỉnh Thanh Hóa tổ chức Hội nghị tổng kết công tác năm 2024.
            Tại hội nghị, Đại tá Nguyễn Văn Hùng, Phó Giám đốc Công an tỉnh công bố quyết định của Chủ tịch UBND tỉnh tặng Bằng khen cho 12 tập thể.
            """).first)
        #expect(event.officials.map(\.title) == ["Phó Giám đốc Công an tỉnh"])
    }

    @Test func officialsAreNamedWithAPositionOfTheStateOrTheParty() throws {
        let event = try #require(try Self.events("""
            Dự hội nghị có đồng chí Giàng A Páo - Phó Chủ tịch UBND tỉnh; ông Nguyễn Văn Hùng, Bí thư Chi bộ thôn Nà Ngò.
            Đồng chí Giàng A Páo phát biểu tại hội nghị.
            """).first)
        #expect(event.officials.map(\.name) == ["Giàng A Páo"])
        #expect(event.officials.first?.title == "Phó Chủ tịch UBND tỉnh")
    }

    /// The central bank's governor and a provincial mass organisation's chairman are
    /// officials; a commune's farmers' union chairman is not.
    @Test func officialsOfTheCentralBankAndOfMassOrganisations() throws {
        let event = try #require(try Self.events("""
            Ngày 10/1/2024, Ngân hàng Nhà nước Việt Nam tổ chức Hội nghị tổng kết công tác ngân hàng năm 2023.
            Dự hội nghị có bà Nguyễn Thị Hà, Chủ tịch Hội Nông dân tỉnh; ông Lê Văn Tám, Chủ tịch Hội Nông dân xã Tân Phú.
            Thống đốc Ngân hàng Nhà nước Nguyễn Thị Hồng trao Cờ thi đua cho 12 đơn vị xuất sắc.
            """).first)
        #expect(event.officials.map(\.name) == ["Nguyễn Thị Hà", "Nguyễn Thị Hồng"])
        #expect(event.officials.last?.title == "Thống đốc Ngân hàng Nhà nước")
        // A state bank's board: "Chủ tịch Hội đồng thành viên Agribank".
        let bank = try #require(try Self.events("""
            Ngày 10/1, Agribank chi nhánh tỉnh Nghệ An tổ chức Hội nghị tổng kết hoạt động kinh doanh năm 2024. Dự hội nghị có ông Nguyễn Văn Đề, Phó Chủ tịch UBND tỉnh; ông Phạm Đức Ấn, Chủ tịch Hội đồng thành viên Agribank.
            """).first)
        #expect(bank.officials.map(\.name) == ["Nguyễn Văn Đề", "Phạm Đức Ấn"])
        // Who only sends a letter or flowers is not there.
        let letter = try #require(try Self.events("""
            Chiều 14/10, Công an tỉnh Gia Lai tổ chức Lễ công bố Thư khen của Chủ tịch nước. Dự lễ có ông Rah Lan Chung, Giám đốc Công an tỉnh.
            Chủ tịch nước Lương Cường đã gửi Thư khen biểu dương lực lượng Công an tỉnh Gia Lai.
            Đồng chí Tô Lâm, Tổng Bí thư gửi lẵng hoa chúc mừng.
            """).first)
        #expect(letter.officials.map(\.name) == ["Rah Lan Chung"])
    }

    /// A title said before the name counts when the position and its body are both in it;
    /// a body named after the title ("Phó Giám đốc, Sở ...": the next part) does not make
    /// the title an official's.
    @Test func anOfficialsTitleHoldsItsPositionAndBody() throws {
        let event = try #require(try Self.events("""
            Dự hội nghị có Phó Chủ tịch UBND tỉnh Nguyễn Văn Hùng và Phó Giám đốc Trần Thị Lan, Sở Nội vụ.
            """).first)
        #expect(event.officials.map(\.name) == ["Nguyễn Văn Hùng"])
        #expect(event.officials.first?.title == "Phó Chủ tịch UBND tỉnh")
    }

    /// Members of a counted group listed after "cho" with a former position are honoured, no
    /// officials, though they make no records of their own.
    @Test func formerHeadsListedAsRecipientsAreNoOfficials() throws {
        let event = try #require(try Self.events("""
            Chiều 23/1, UBND tỉnh Quảng Bình tổ chức Lễ trao Huân chương Lao động. Dự buổi lễ có ông Trần Thắng, Chủ tịch UBND tỉnh.
            Thừa ủy quyền của Chủ tịch nước, ông Trần Thắng đã trao Huân chương Lao động hạng Ba cho 3 cá nhân, gồm: ông Nguyễn Văn Hải, nguyên Giám đốc Sở Tài chính; ông Lê Minh Ngân, nguyên Giám đốc Sở Y tế; bà Phạm Thị Hân, nguyên Giám đốc Sở Nội vụ.
            """).first)
        #expect(event.officials.map(\.name) == ["Trần Thắng"])
    }
    /// A ceremony joined to who it honours is an award ceremony ("... và tuyên dương nhà giáo
    /// tiêu biểu"), not one joined to a deed or a contest's prizes; a review of a period planned
    /// before reviews its year ("tổng kết đợt cao điểm ... năm 2024"); the President's decision
    /// announced is a ceremony of honours.
    @Test func ceremoniesThatHonourAndPeriodsReviewed() throws {
        let teachers = try #require(try Self.events("""
            Sáng 19/11, Sở Giáo dục và Đào tạo tổ chức lễ kỷ niệm 42 năm Ngày Nhà giáo Việt Nam và tuyên dương nhà giáo tiêu biểu năm 2024.
            """, published: "20/11/2024").first)
        #expect(teachers.type == "le-trao-tang")
        let press = try #require(try Self.events("""
            Tối 20/6, Tỉnh ủy tổ chức Lễ kỷ niệm 99 năm Ngày Báo chí cách mạng Việt Nam và trao Giải Báo chí tỉnh lần thứ IX.
            """, published: "21/06/2024").first)
        #expect(press.type == "khac")
        let period = try #require(try Self.events("""
            Chiều 13/12, Công an tỉnh tổ chức hội nghị tổng kết đợt cao điểm tấn công, trấn áp tội phạm dịp cuối năm 2024.
            """, published: "14/12/2024").first)
        #expect(period.reviewYear == 2024 && period.planYear == nil)
        let launch = try #require(try Self.events("""
            Sáng 2/1, Công an tỉnh tổ chức lễ phát động đợt cao điểm tấn công, trấn áp tội phạm năm 2025.
            """, published: "03/01/2025").first)
        #expect(launch.planYear == 2025)
        let decision = try #require(try Self.events("""
            Chiều 10/12, Viện Hàn lâm tổ chức Lễ công bố Quyết định của Chủ tịch nước phong tặng danh hiệu Anh hùng Lao động cho GS.TS Châu Văn Minh.
            """, published: "10/12/2024").first)
        #expect(decision.type == "le-trao-tang" && decision.title == "Lễ công bố Quyết định")
    }
}
