import TestSupport
import Testing
import ThiDua

/// What the extractor decides over a whole article, after its sentences: a person called by
/// the given name or by an honorific alone, a count said again after "một trong".
struct DocumentPassTests {
    static func records(_ text: String) throws -> [AwardRecord] {
        try StatementTests.records(text)
    }

    /// "trao danh hiệu Anh hùng cho các tập thể" is the hero's title the article names in full;
    /// where it names none (or both), the short statement gives no record.
    @Test func anAwardSaidShortIsTheOneTheArticleNamesInFull() throws {
        let records = try Self.records("""
            Thừa ủy quyền của Chủ tịch nước, Đại tướng Lương Tam Quang trao danh hiệu Anh hùng Lực lượng vũ trang nhân dân cho Cục Cảnh sát điều tra tội phạm về ma túy.
            Đại tướng Lương Tam Quang trao danh hiệu Anh hùng cho các tập thể.
            """)
        #expect(records.map(\.award) == [["anh-hung-llvt"], ["anh-hung-llvt"]])
        // The title only the President confers: whoever hands it over presents it.
        #expect(records.last?.presenter == "Lương Tam Quang" && records.last?.granter == nil)
        #expect(try Self.records("Đại tướng Lương Tam Quang trao danh hiệu Anh hùng cho các tập thể.").isEmpty)
        #expect(try Self.records("""
            Chủ tịch nước trao danh hiệu Anh hùng Lao động cho Công ty A và danh hiệu Anh hùng Lực lượng vũ trang nhân dân cho xã B.
            Đồng chí Nguyễn Văn C trao danh hiệu Anh hùng cho các tập thể.
            """).count == 2)
        // A person's name is no award: "ông Nguyễn Anh Hùng".
        #expect(try Self.records("""
            Chủ tịch nước trao danh hiệu Anh hùng Lao động cho Công ty A.
            Ông Nguyễn Anh Hùng được tặng Bằng khen của Chủ tịch UBND tỉnh.
            """).map(\.recipient) == ["Công ty A", "Nguyễn Anh Hùng"])
    }

    /// A digest of several provinces' news: a paragraph whose first sentence names its body's
    /// province before the occasion ("Hội Nông dân tỉnh Bắc Giang tổng kết ...") is about that
    /// province to its end; a province named where it was held, or as a recipient's, makes none.
    @Test func aParagraphOfADigestKeepsItsOwnProvince() throws {
        let records = try Self.records("""
            Điểm tin thi đua, khen thưởng
            * Sáng 9/1, UBND tỉnh Thái Bình tổ chức hội nghị tổng kết. Chủ tịch UBND tỉnh tặng Bằng khen cho 60 tập thể.
            * Cùng ngày, Hội Nông dân tỉnh Bắc Giang tổng kết năm 2024. Dịp này, 150 hội viên được tặng Kỷ niệm chương.
            * Chiều 9/1, tại tỉnh Hà Nam, Bộ Tư lệnh Quân khu 3 tổ chức hội nghị. Tư lệnh Quân khu tặng Bằng khen cho 5 tập thể.
            """)
        #expect(records.map(\.province) == ["Thái Bình", "Bắc Giang", "Thái Bình"])
        let national = try Self.records("""
            Bộ Công an trao Huân chương
            Sáng 5/3, Bộ Công an tổ chức lễ trao Huân chương Chiến công cho Công an tỉnh Nghệ An. Dịp này, Bộ trưởng tặng Bằng khen cho 20 tập thể.
            """)
        #expect(national.map(\.province) == ["Nghệ An", nil])
    }

    /// "trao Quyết định truy tặng danh hiệu cho thân nhân các mẹ": the prefix alone before "cho"
    /// is the one title the article names in full; with two titles named, or none, no record;
    /// nor is the prefix alone anywhere else ("Các mẹ được truy tặng danh hiệu lần này ...").
    @Test func aTitleSaidByItsPrefixAloneIsTheOneTheArticleNames() throws {
        let records = try Self.records("""
            UBND huyện tổ chức Lễ truy tặng danh hiệu Bà mẹ Việt Nam anh hùng cho 5 mẹ.
            Các mẹ được truy tặng danh hiệu lần này đều có chồng, con là liệt sĩ.
            Ông Nguyễn Văn A trao Quyết định truy tặng danh hiệu cho thân nhân các mẹ.
            """)
        #expect(records.map(\.award) == [["ba-me-viet-nam-anh-hung"], ["ba-me-viet-nam-anh-hung"]])
        #expect(records.last?.presenter == "Nguyễn Văn A" && records.last?.kind == ["ca-nhan"] && records.last?.count == nil)
        #expect(try Self.records("Ông Nguyễn Văn A trao Quyết định truy tặng danh hiệu cho thân nhân các mẹ.").isEmpty)
        #expect(try Self.records("""
            Giám đốc Công an tỉnh tặng danh hiệu Chiến sĩ thi đua cơ sở cho 40 cá nhân, danh hiệu Đơn vị quyết thắng cho 12 tập thể.
            Đại tá Nguyễn Văn B trao danh hiệu cho các cá nhân.
            """).count == 2)
        // The prefix alone opening a clause as the subject of its passive conferral.
        let opening = try Self.records("""
            Đại tướng Phan Văn Giang trao danh hiệu Anh hùng Lực lượng vũ trang nhân dân cho 3 tập thể.
            Danh hiệu cũng được truy tặng cho liệt sĩ Nguyễn Văn Tuấn.
            """)
        #expect(opening.map(\.award) == [["anh-hung-llvt"], ["anh-hung-llvt"]] && opening.last?.recipient == "Nguyễn Văn Tuấn")
        #expect(try Self.records("Danh hiệu cũng được truy tặng cho liệt sĩ Nguyễn Văn Tuấn.").isEmpty)
    }

    /// A total of unnamed awards, then a sentence of the same paragraph whose counts add up to
    /// it: its parts, with no marker said ("... được khen thưởng. Chủ tịch UBND tỉnh tặng ...").
    /// Not where they add up to another count, nor across paragraphs.
    @Test func countsThatAddUpToTheTotalBeforeThemAreItsParts() throws {
        let records = try Self.records(
            "Tại hội nghị, 60 tập thể, cá nhân được khen thưởng. Chủ tịch UBND tỉnh tặng Bằng khen cho 20 tập thể, 40 cá nhân.")
        #expect(records.map(\.count) == [60, 20, 40])
        #expect(records.dropFirst().allSatisfy { $0.partOf == records[0].id })
        let other = try Self.records(
            "Tại hội nghị, 60 tập thể, cá nhân được khen thưởng. Chủ tịch UBND tỉnh tặng Bằng khen cho 20 tập thể, 30 cá nhân.")
        #expect(other.allSatisfy { $0.partOf == nil })
        let apart = try Self.records("""
            Tại hội nghị, 60 tập thể, cá nhân được khen thưởng.
            Chủ tịch UBND tỉnh tặng Bằng khen cho 20 tập thể, 40 cá nhân.
            """)
        #expect(apart.count == 3 && apart.allSatisfy { $0.partOf == nil })
    }

    /// A list's items that name no award, only counted recipients after a label, are parts of
    /// the total the list opened with, with its award and giver; not in a proposal's list, and
    /// not a group that would make the parts larger than their total.
    @Test func listItemsOfCountedRecipientsAreTheTotalsParts() throws {
        let records = try Self.records("""
            Chủ tịch UBND tỉnh tặng Bằng khen cho 50 tập thể và 70 cá nhân, cụ thể như sau:
            - Khối sở, ban, ngành: 30 tập thể, 40 cá nhân;
            - Khối huyện, thị xã, thành phố: 20 tập thể, 30 cá nhân.
            """)
        #expect(records.map(\.count) == [50, 70, 30, 40, 20, 30])
        #expect(records.dropFirst(2).map(\.partOf) == [records[0].id, records[1].id, records[0].id, records[1].id])
        #expect(records.allSatisfy { $0.award == ["bang-khen-cap-tinh"] && $0.granter == "chu-tich-ubnd-tinh" })
        #expect(records[2].evidence.sentence.hasPrefix("- Khối sở"))
        let lettered = try Self.records("""
            Chủ tịch UBND tỉnh tặng Bằng khen cho 50 tập thể, cụ thể như sau:
            a) 30 tập thể thuộc các sở, ban, ngành;
            b) 20 tập thể thuộc các huyện.
            """)
        #expect(lettered.map(\.count) == [50, 30, 20])
        let proposed = try Self.records("""
            UBND tỉnh trình Thủ tướng Chính phủ tặng Bằng khen cho 50 tập thể, cụ thể như sau:
            - Khối sở, ban, ngành: 30 tập thể;
            """)
        #expect(proposed.isEmpty)
        let larger = try Self.records("""
            Chủ tịch UBND tỉnh tặng Bằng khen cho 50 tập thể, cụ thể như sau:
            - Khối sở, ban, ngành: 80 tập thể;
            """)
        #expect(larger.map(\.count) == [50])
        let together = try Self.records("""
            Chủ tịch UBND tỉnh tặng Bằng khen cho 50 tập thể, cụ thể như sau:
            - Khối sở, ban, ngành: 30 tập thể;
            - Khối huyện: 30 tập thể.
            """)
        #expect(together.map(\.count) == [50, 30])
    }

    /// A paragraph that opens with "Trong đó" breaks down the total the paragraph before
    /// ended with; another paragraph does not.
    @Test func aParagraphOpeningWithABreakdownTakesTheTotalBeforeIt() throws {
        let records = try Self.records("""
            Công an tỉnh đã tham mưu cấp có thẩm quyền khen thưởng 2.156 lượt tập thể, cá nhân.
            Trong đó, Chủ tịch nước tặng thưởng Huân chương Chiến công hạng Ba cho 2 tập thể, 3 cá nhân; Bộ trưởng Bộ Công an tặng Bằng khen cho 25 tập thể, 48 cá nhân.
            """)
        #expect(records.map(\.count) == [2156, 2, 3, 25, 48])
        #expect(records.dropFirst().allSatisfy { $0.partOf == records[0].id })
        let other = try Self.records("""
            Công an tỉnh đã tham mưu cấp có thẩm quyền khen thưởng 2.156 lượt tập thể, cá nhân.
            Chủ tịch nước tặng thưởng Huân chương Chiến công hạng Ba cho 2 tập thể, 3 cá nhân.
            """)
        #expect(other.count == 3 && other.allSatisfy { $0.partOf == nil })
    }

    /// Sentences that open with an award and state no verb go on with the proposal before
    /// them, in its paragraph or the next; one with a verb of its own is a conferral and ends
    /// that. A conferral made on a proposal ("Theo đề nghị của ...") leaves the next one be.
    @Test func awardsWithNoVerbAfterAProposalAreProposedToo() throws {
        let proposed = try Self.records("""
            Hội đồng thống nhất đề nghị Chủ tịch nước tặng Huân chương Lao động hạng Ba cho 2 tập thể; đề nghị Thủ tướng Chính phủ tặng Bằng khen cho 7 tập thể.
            Bằng khen của Thủ tướng Chính phủ cho 12 cá nhân.
            Cờ thi đua của Chính phủ cho 2 tập thể.
            Cờ thi đua của UBND tỉnh được trao cho 15 tập thể.
            Bằng khen của Chủ tịch UBND tỉnh cho 40 cá nhân.
            """)
        #expect(proposed.map(\.count) == [15, 40])
        // The proposal opens a sentence whose later parts (after ";") name awards alone.
        let listed = try Self.records("""
            Đề nghị tặng danh hiệu chiến sỹ thi đua cấp tỉnh cho 07 cá nhân; cờ thi đua của tỉnh cho 01 tập thể; bằng khen của Chủ tịch UBND tỉnh cho 89 cá nhân. Bằng khen của Thủ tướng Chính phủ cho 7 cá nhân.
            """)
        #expect(listed.isEmpty)
        let conferred = try Self.records("""
            Theo đề nghị của Sở Nội vụ, Chủ tịch UBND tỉnh tặng Cờ thi đua cho 5 tập thể.
            Bằng khen của Chủ tịch UBND tỉnh cho 40 cá nhân.
            """)
        #expect(conferred.map(\.count) == [5, 40])
        // After words that go on ("Ngoài ra, còn có ..."), proposed too; a verb of its own confers.
        let goingOn = try Self.records("""
            Hội đồng thống nhất đề nghị Thủ tướng Chính phủ tặng Bằng khen cho 7 tập thể. Ngoài ra, còn có Cờ thi đua của UBND tỉnh: 54 tập thể; Bằng khen của Chủ tịch UBND tỉnh: 120 tập thể.
            Bên cạnh đó, Bằng khen của Thủ tướng Chính phủ cho 12 cá nhân.
            Ngoài ra, Chủ tịch UBND tỉnh tặng Bằng khen cho 30 cá nhân.
            """)
        #expect(goingOn.map(\.count) == [30])
        let afterConferral = try Self.records("""
            UBND tỉnh tặng Bằng khen cho 7 tập thể. Ngoài ra, còn có Cờ thi đua của UBND tỉnh: 54 tập thể.
            """)
        #expect(afterConferral.map(\.count) == [7, 54])
        // A proposal joined to a conferral of one's own ("trình cấp trên khen thưởng và khen
        // thưởng theo thẩm quyền"): the list after it breaks the total down (records.md: a year
        // is the sentence's own, the items state none).
        let ownAndProposed = try Self.records("""
            Năm 2024, UBND tỉnh đã trình cấp trên khen thưởng và khen thưởng theo thẩm quyền cho 1.520 lượt tập thể, cá nhân, cụ thể:
            - Huân chương Lao động hạng Ba: 3 tập thể, 2 cá nhân;
            - Bằng khen của Chủ tịch UBND tỉnh: 310 tập thể, 640 cá nhân.
            """)
        #expect(ownAndProposed.map(\.count) == [1520, 3, 2, 310, 640])
        #expect(ownAndProposed.dropFirst().allSatisfy { $0.partOf == ownAndProposed[0].id && $0.year == nil })
    }

    /// A sentence that opens with "Và" or "Đồng thời" and a verb of giving goes on with the
    /// giver the sentence before stated last, in its paragraph; one with its own giver, or in
    /// the next paragraph, does not.
    @Test func aSentenceGoingOnTakesTheGiverBefore() throws {
        let records = try Self.records("""
            Đối với cấp tỉnh, UBND tỉnh tặng 45 Cờ thi đua cho các cơ quan, đơn vị. Và công nhận danh hiệu Chiến sĩ thi đua cấp tỉnh cho 37 cá nhân. Đồng thời, tặng Bằng khen cho 20 tập thể.
            Và tặng Giấy khen cho 12 cá nhân.
            """)
        #expect(records.map(\.count) == [45, 37, 20, 12])
        #expect(records.map(\.granter) == ["ubnd-tinh", "ubnd-tinh", "ubnd-tinh", nil])
        let own = try Self.records("""
            Thủ tướng Chính phủ tặng Bằng khen cho 5 tập thể. Và Chủ tịch UBND tỉnh tặng Bằng khen cho 12 cá nhân.
            """)
        #expect(own.map(\.granter) == ["thu-tuong", "chu-tich-ubnd-tinh"])
        #expect(own.map(\.award) == [["bang-khen-thu-tuong"], ["bang-khen-cap-tinh"]])
    }

    /// A breakdown's part that opens a breakdown of its own (medals in brackets after it) is
    /// the total of every one of them, after ";" too.
    @Test func aPartWithABreakdownOfItsOwn() throws {
        let records = try Self.records(
            "Năm 2024, toàn tỉnh có 2.468 tập thể, cá nhân được khen thưởng. Trong đó, cấp Nhà nước khen thưởng 98 tập thể, cá nhân (Huân chương Lao động 7; Bằng khen của Thủ tướng Chính phủ 91).")
        #expect(records.map(\.count) == [2468, 98, 7, 91])
        #expect(records[1].partOf == records[0].id)
        #expect(records[2].partOf == records[1].id && records[3].partOf == records[1].id)
    }

    @Test func aGivenNameIsTheFullNameGivenBefore() throws {
        let records = try Self.records("""
            Anh Nguyễn Văn Tài đã hy sinh khi cứu người bị đuối nước.
            Chị Lê Thị Hoa được tặng Giấy khen.
            Trước đó, anh Tài đã được Chủ tịch UBND tỉnh truy tặng Bằng khen; chị Hoa được tặng Bằng khen của Tỉnh đoàn.
            Ông Tư được tặng Giấy khen.
            """)
        #expect(records.map { $0.recipient ?? "-" } == ["Lê Thị Hoa", "Nguyễn Văn Tài", "Lê Thị Hoa", "Ông Tư"])
        // A second phrase that names no recipient is the same person's, resolved as the first.
        let both = try Self.records("""
            Cô giáo Lò Thị Hương đã hơn 20 năm gắn bó với điểm trường bản Huổi Lếch.
            Năm 2024, cô Hương vinh dự được Thủ tướng Chính phủ tặng Bằng khen và được công nhận danh hiệu Chiến sĩ thi đua toàn quốc.
            """)
        #expect(both.map(\.award) == [["bang-khen-thu-tuong"], ["chien-si-thi-dua-toan-quoc"]])
        #expect(both.allSatisfy { $0.recipient == "Lò Thị Hương" })
    }

    /// Every word of `given_name_honorific` calls a person by the given name (the chunker
    /// finds them among the honorifics first: a word that is none would never be read).
    @Test func everyGivenNameHonorificNamesAPerson() throws {
        let words = RuleSweepTests.section("lexicon.yaml", "lexicon", "given_name_honorific")?.strings ?? []
        #expect(words.count >= 10)
        for word in words {
            let records = try Self.records("Trước đó, \(word) Tài được tặng Giấy khen.")
            #expect(records.map(\.recipient) == ["\(word) Tài"], "\(word)")
        }
    }

    /// An honorific alone as the subject ("Năm 2019, thầy được ..."): the one person the article
    /// named with it before; nobody where it named none or several.
    @Test func anHonorificAloneIsThePersonNamedWithItBefore() throws {
        let records = try Self.records("""
            Thầy Lò Văn Pánh, giáo viên Trường PTDTBT Tiểu học Nậm Cuổi, đã 20 năm gắn bó với học sinh vùng cao.
            Năm 2019, thầy được Bộ trưởng Bộ Giáo dục và Đào tạo tặng Bằng khen. Năm 2023, thầy vinh dự được Chủ tịch nước phong tặng danh hiệu Nhà giáo ưu tú.
            Bà được Chủ tịch UBND tỉnh tặng Bằng khen.
            Ông Trần Văn Hải và ông Lê Văn Nam dự lễ. Ông được tặng Giấy khen.
            Ông cho biết, năm nay có 20 tập thể được tặng Giấy khen.
            """)
        #expect(records.map { $0.recipient ?? "-" } == ["Lò Văn Pánh", "Lò Văn Pánh", "-", "-", "-"])
        #expect(records.map(\.kind) == [["ca-nhan"], ["ca-nhan"], ["ca-nhan"], ["ca-nhan"], ["tap-the"]])
        #expect(records.map(\.count) == [1, 1, 1, 1, 20])
        #expect(records[1].award == ["danh-hieu-nhan-dan-uu-tu"] && records[1].granter == "chu-tich-nuoc")
    }

    @Test func oneOfACountStatedBeforeRepeatsIt() throws {
        let records = try Self.records("""
            120 thanh niên tiêu biểu được tuyên dương.
            Chị Nguyễn Thị Mai Anh là một trong 120 thanh niên được tuyên dương.
            Bà Nguyễn Thị Hương là một trong 10 cá nhân được tặng danh hiệu Chiến sĩ thi đua toàn quốc.
            """)
        try #require(records.count == 3)
        #expect(records[0].repeatOf == nil)
        #expect(records[1].repeatOf == records[0].id && records[1].count == 120)
        // Stated nowhere else: the count is the statement.
        #expect(records[2].repeatOf == nil && records[2].count == 10)
    }

    /// "... cho các ông, bà:" and then a paragraph per name: each name is a recipient of its
    /// own, with its title, and the unnamed group gives way to them; the list ends with the
    /// first paragraph that is no name.
    @Test func namesListedInParagraphsAfterAColon() throws {
        let text = """
            Thừa ủy quyền của Chủ tịch nước, Chủ tịch UBND tỉnh Võ Văn Hưng trao Huân chương Lao động hạng Ba cho các ông, bà:
            1. Ông Nguyễn Đăng Quang, nguyên Bí thư Tỉnh ủy;
            2. Bà Nguyễn Thị Hương, nguyên Giám đốc Sở Giáo dục và Đào tạo.
            - Trường THPT chuyên Lê Quý Đôn.
            Dịp này, Chủ tịch UBND tỉnh cũng tặng Bằng khen cho 2 tập thể.
            """
        let records = try Self.records(text)
        #expect(records.map { $0.recipient ?? "-" } == ["Nguyễn Đăng Quang", "Nguyễn Thị Hương", "Trường THPT chuyên Lê Quý Đôn", "-"])
        #expect(records.prefix(3).allSatisfy { $0.count == 1 && $0.class == ["ba"] && $0.granter == "chu-tich-nuoc" && $0.presenter == "Võ Văn Hưng" })
        #expect(records.map(\.recipientTitle).prefix(2) == ["nguyên Bí thư Tỉnh ủy", "nguyên Giám đốc Sở Giáo dục và Đào tạo"])
        #expect(records[2].kind == ["tap-the"] && records[3].count == 2)
        #expect(Set(records.map(\.id)).count == records.count)
        // Honoured for a former position, they are no officials of the event; who presents is.
        let event = try #require(try EventTests.events("Lễ trao Huân chương Lao động\n" + text).first)
        #expect(event.officials.map(\.name) == ["Võ Văn Hưng"])
        // After a paragraph that is no name, names are no longer the group's.
        let closed = try Self.records("""
            Chủ tịch UBND tỉnh tặng Bằng khen cho các đồng chí:
            Dự buổi lễ có nhiều đại biểu.
            Ông Lê Văn Minh, Giám đốc Sở Nội vụ.
            """)
        #expect(closed.map(\.recipient) == [nil])
    }

    /// Items that state the group's awards themselves ("- Huân chương Lao động hạng Ba: A; B")
    /// are its recipients, with its giver and presenter; an item of another award is not.
    @Test func itemsStatingTheGroupsAwardsAfterAColon() throws {
        let records = try Self.records("""
            Tại hội nghị, Chủ tịch UBND tỉnh Nguyễn Văn Sơn đã trao Huân chương Lao động của Chủ tịch nước cho các tập thể, cá nhân sau:
            - Huân chương Lao động hạng Nhì: Sở Giáo dục và Đào tạo.
            - Huân chương Lao động hạng Ba: Ban Dân tộc tỉnh; ông Phạm Văn Hưng, Giám đốc Sở Xây dựng.
            - Bằng khen của Bộ trưởng Bộ Công an: Công an huyện Hàm Yên.
            """)
        #expect(records.map { $0.recipient ?? "-" } == ["Sở Giáo dục và Đào tạo", "Ban Dân tộc tỉnh", "Phạm Văn Hưng", "Công an huyện Hàm Yên"])
        #expect(records.prefix(3).allSatisfy { $0.granter == "chu-tich-nuoc" && $0.presenter == "Nguyễn Văn Sơn" })
        #expect(records.map { $0.class ?? [] }.prefix(3) == [["nhi"], ["ba"], ["ba"]])
        #expect(records[3].granter == "bo" && records[3].presenter == nil)
    }

    /// A document of one line, a headline that ends with a decision's phrase ("theo quyết
    /// định"), names no giver after it: it had crashed (a range ran past the clause's end;
    /// found by scripts/fuzz-extract.py).
    @Test func aHeadlineEndingWithADecisionsPhrase() throws {
        let pipeline = Fixtures.pipeline
        for text in ["GK theo quyết định", "Tặng Giấy khen theo quyết định", "Thực hiện quyết định"] {
            let document = try pipeline.segment(SourceText(name: "t", source: "t", text: text, encoding: "UTF-8"))
            #expect(pipeline.extract(document).allSatisfy { $0.record.granter == nil })
        }
    }
}
