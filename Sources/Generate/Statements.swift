/// What a generated sentence states: the gold record it must give (records.md field names).
public struct GoldStatement: Sendable, Equatable {
    public var award: [String]
    public var `class`: [String]?
    public var granter: String?
    public var kind: [String]
    public var count: Int?
    public var qualifier = "exact"
    public var recipient: String?
    public var presenter: String?
    public var year: Int?
}

/// The award sentences the generator writes, in the language of provincial and ministerial
/// reports, each with the records it states. A sentence is made from a few random choices
/// (`pick`), so that the same seed gives the same corpus.
struct StatementTemplates {
    let province: String
    let year: Int
    let official: (name: String, title: String)

    /// "a tập thể, b cá nhân" given one award: a record for each group.
    static func groups(_ a: Int, _ b: Int, _ award: String, `class`: [String]? = nil, granter: String? = nil,
                       presenter: String? = nil, year: Int? = nil) -> [GoldStatement] {
        [(["tap-the"], a), (["ca-nhan"], b)].map { kind, count in
            GoldStatement(award: [award], class: `class`, granter: granter, kind: kind, count: count, presenter: presenter, year: year)
        }
    }

    static let templateCount = 21

    /// One award paragraph and its gold records.
    func make(_ choice: Int, _ pick: (Int) -> Int) -> (text: String, gold: [GoldStatement]) {
        let a = 2 + pick(60), b = 3 + pick(120)
        switch choice % Self.templateCount {
        case 0:
            return ("Chủ tịch UBND tỉnh \(province) đã tặng Bằng khen cho \(a) tập thể, \(b) cá nhân có thành tích xuất sắc "
                    + "trong phong trào thi đua năm \(year).",
                    Self.groups(a, b, "bang-khen-cap-tinh", granter: "chu-tich-ubnd-tinh", year: year))
        case 1:
            return ("Dịp này, \(a) tập thể, \(b) cá nhân được Thủ tướng Chính phủ tặng Bằng khen vì đã có thành tích xuất sắc.",
                    Self.groups(a, b, "bang-khen-thu-tuong", granter: "thu-tuong"))
        case 2:
            let total = (a + b) * 3
            return ("Trên \(total) tập thể, cá nhân được nhận Bằng khen của Chủ tịch UBND tỉnh.",
                    [GoldStatement(award: ["bang-khen-cap-tinh"], granter: "chu-tich-ubnd-tinh", kind: ["tap-the", "ca-nhan"], count: total,
                                   qualifier: "more_than")])
        case 3:
            return ("Năm \(year), toàn tỉnh có \(b) cá nhân được công nhận danh hiệu Chiến sĩ thi đua cấp tỉnh.",
                    [GoldStatement(award: ["chien-si-thi-dua-cap-tinh"], kind: ["ca-nhan"], count: b, year: year)])
        case 4:
            let (level, slug) = [("Nhất", "nhat"), ("Nhì", "nhi"), ("Ba", "ba")][pick(3)]
            return ("Thừa ủy quyền của Chủ tịch nước, đồng chí \(official.name), \(official.title) đã trao Huân chương Lao động "
                    + "hạng \(level) cho \(a) tập thể và \(b % 9 + 1) cá nhân.",
                    Self.groups(a, b % 9 + 1, "huan-chuong-lao-dong", class: [slug], granter: "chu-tich-nuoc",
                                presenter: official.name))
        case 5:
            // The first group described, or both after the second.
            let groups = pick(2) == 0 ? "\(a) tập thể và \(b) cá nhân có thành tích xuất sắc"
                : "\(a) tập thể có thành tích xuất sắc và \(b) cá nhân tiêu biểu"
            return ("Nhân dịp này, Bộ trưởng Bộ Công an đã tặng Bằng khen cho \(groups) "
                    + "trong phong trào thi đua Vì an ninh Tổ quốc năm \(year).",
                    Self.groups(a, b, "bang-khen-cap-tinh", granter: "bo", year: year))
        case 6:
            return ("Dịp này, \(a) tập thể được tặng Cờ thi đua của UBND tỉnh vì dẫn đầu phong trào thi đua năm \(year).",
                    [GoldStatement(award: ["co-thi-dua-cap-tinh"], granter: "ubnd-tinh", kind: ["tap-the"], count: a, year: year)])
        case 7:
            return ("Năm học \(year)-\(year + 1), ngành Giáo dục tỉnh có \(a) tập thể được công nhận Tập thể lao động xuất sắc, "
                    + "\(b) cá nhân đạt danh hiệu Chiến sĩ thi đua cơ sở.",
                    [GoldStatement(award: ["tap-the-lao-dong-xuat-sac"], kind: ["tap-the"], count: a),
                     GoldStatement(award: ["chien-si-thi-dua-co-so"], kind: ["ca-nhan"], count: b)])
        case 9:
            // Names without a count: one record each.
            let first = pick(Self.recipients.count) // a step of 3 over 8 names: distinct
            let names = (0..<(2 + pick(2))).map { Self.recipients[(first + 3 * $0) % Self.recipients.count] }
            return ("Chủ tịch UBND tỉnh đã trao Bằng khen cho các đồng chí: \(names.joined(separator: ", ")).",
                    names.map { GoldStatement(award: ["bang-khen-cap-tinh"], granter: "chu-tich-ubnd-tinh", kind: ["ca-nhan"], count: 1,
                                              recipient: $0) })
        case 10:
            let (level, slug) = [("Nhì", "nhi"), ("Ba", "ba")][pick(2)]
            // A unit's name may hold its abbreviation in brackets.
            let unit = pick(2) == 0 ? "Công an tỉnh \(province)" : "Bộ Chỉ huy Bộ đội Biên phòng (BĐBP) tỉnh \(province)"
            return ("Tại hội nghị, \(unit) vinh dự đón nhận Huân chương Chiến công hạng \(level).",
                    [GoldStatement(award: ["huan-chuong-chien-cong"], class: [slug], kind: ["tap-the"], count: 1,
                                   recipient: unit)])
        case 11:
            return ("Giám đốc Sở Giáo dục và Đào tạo tặng danh hiệu “Chiến sĩ thi đua cơ sở” cho \(b) giáo viên; "
                    + "Liên đoàn Lao động tỉnh tặng Bằng khen cho \(a) công đoàn cơ sở.",
                    [GoldStatement(award: ["chien-si-thi-dua-co-so"], granter: "to-chuc", kind: ["ca-nhan"], count: b),
                     GoldStatement(award: ["bang-khen-cap-tinh"], granter: "to-chuc", kind: ["tap-the"], count: a)])
        case 12:
            // Medals counted, recipients not: kind [] (records.md).
            let medals = 2 + pick(5) // one medal to a named unit is that unit's (a named record)
            return ("Năm \(year), Công an tỉnh được Chủ tịch nước tặng thưởng \(medals) Huân chương Chiến công, "
                    + "Thủ tướng Chính phủ tặng \(a) Bằng khen.",
                    [GoldStatement(award: ["huan-chuong-chien-cong"], granter: "chu-tich-nuoc", kind: [], count: medals, year: year),
                     GoldStatement(award: ["bang-khen-thu-tuong"], granter: "thu-tuong", kind: [], count: a, year: year)])
        case 13:
            // The giver of the first verb phrase gives in the second.
            let flags = 1 + pick(9)
            return ("UBND tỉnh tặng Cờ thi đua cho \(flags) đơn vị, tặng Bằng khen cho \(a) tập thể và \(b) cá nhân.",
                    [GoldStatement(award: ["co-thi-dua-cap-tinh"], granter: "ubnd-tinh", kind: ["tap-the"], count: flags)]
                        + Self.groups(a, b, "bang-khen-cap-tinh", granter: "ubnd-tinh"))
        case 14:
            // A total broken down into medals counted.
            let orders = 1 + pick(4), premier = 5 + pick(20), provincial = a + b
            let total = orders + premier + provincial
            return ("Năm \(year), toàn tỉnh đã khen thưởng \(total) tập thể, cá nhân, trong đó: \(orders) Huân chương Lao động "
                    + "hạng Ba, \(premier) Bằng khen của Thủ tướng Chính phủ, \(provincial) Bằng khen của Chủ tịch UBND tỉnh.",
                    [GoldStatement(award: ["khen-thuong"], kind: ["tap-the", "ca-nhan"], count: total, year: year),
                     GoldStatement(award: ["huan-chuong-lao-dong"], class: ["ba"], kind: [], count: orders, year: year),
                     GoldStatement(award: ["bang-khen-thu-tuong"], granter: "thu-tuong", kind: [], count: premier, year: year),
                     GoldStatement(award: ["bang-khen-cap-tinh"], granter: "chu-tich-ubnd-tinh", kind: [], count: provincial,
                                   year: year)])
        case 15:
            // Several givers: the records name none.
            return ("Năm \(year), có \(a) tập thể, \(b) cá nhân được Chủ tịch nước, Thủ tướng Chính phủ khen thưởng.",
                    Self.groups(a, b, "khen-thuong", year: year))
        case 16:
            // Medals listed after "Cụ thể:", each in a clause of its own, with no total in the sentence.
            let orders = 1 + pick(4), premier = 2 + pick(20)
            return ("Cụ thể: \(orders) Huân chương Lao động hạng Ba; \(premier) Bằng khen của Thủ tướng Chính phủ; "
                    + "\(a) Cờ thi đua của UBND tỉnh; \(b) Bằng khen của Chủ tịch UBND tỉnh.",
                    [GoldStatement(award: ["huan-chuong-lao-dong"], class: ["ba"], kind: [], count: orders),
                     GoldStatement(award: ["bang-khen-thu-tuong"], granter: "thu-tuong", kind: [], count: premier),
                     GoldStatement(award: ["co-thi-dua-cap-tinh"], granter: "ubnd-tinh", kind: [], count: a),
                     GoldStatement(award: ["bang-khen-cap-tinh"], granter: "chu-tich-ubnd-tinh", kind: [], count: b)])
        case 17:
            // As leads write it: no "cho" after the award; a class said again after a comma.
            let second = 1 + pick(4), third = 1 + pick(6), people = b % 7 + 1
            return ("Thủ tướng Chính phủ tặng Bằng khen \(a) tập thể, \(b) cá nhân; Chủ tịch nước tặng Huân chương Lao động "
                    + "hạng Nhì cho \(second) tập thể, hạng Ba cho \(third) tập thể và \(people) cá nhân.",
                    Self.groups(a, b, "bang-khen-thu-tuong", granter: "thu-tuong")
                        + [GoldStatement(award: ["huan-chuong-lao-dong"], class: ["nhi"], granter: "chu-tich-nuoc", kind: ["tap-the"],
                                         count: second),
                           GoldStatement(award: ["huan-chuong-lao-dong"], class: ["ba"], granter: "chu-tich-nuoc", kind: ["tap-the"],
                                         count: third),
                           GoldStatement(award: ["huan-chuong-lao-dong"], class: ["ba"], granter: "chu-tich-nuoc", kind: ["ca-nhan"],
                                         count: people)])
        case 18:
            // A second "được tặng" with no subject of its own; the giver after "do"; a year the
            // sentence opens with, for every clause.
            let school = "Trường THPT chuyên \(Self.schools[pick(Self.schools.count)])"
            return ("Năm \(year), \(school) được Chủ tịch nước tặng Huân chương Lao động hạng Nhì, được tặng Cờ thi đua của "
                    + "UBND tỉnh; \(a) tập thể, \(b) cá nhân nhận Bằng khen do Chủ tịch UBND tỉnh trao tặng.",
                    [GoldStatement(award: ["huan-chuong-lao-dong"], class: ["nhi"], granter: "chu-tich-nuoc", kind: ["tap-the"],
                                   count: 1, recipient: school, year: year),
                     GoldStatement(award: ["co-thi-dua-cap-tinh"], granter: "ubnd-tinh", kind: ["tap-the"], count: 1,
                                   recipient: school, year: year)]
                        + Self.groups(a, b, "bang-khen-cap-tinh", granter: "chu-tich-ubnd-tinh", year: year))
        case 19:
            // Relatives receive for the mothers; a household named by its head; bodies named
            // before the verb, each a record.
            let mothers = 2 + pick(12), head = Self.recipients[pick(Self.recipients.count)]
            let honorific = head.contains(" Thị ") ? "bà" : "ông"
            return ("Thừa ủy quyền của Chủ tịch nước, đồng chí \(official.name), \(official.title) đã trao danh hiệu Bà mẹ Việt Nam "
                    + "anh hùng cho thân nhân \(mothers) mẹ và Huân chương Độc lập hạng Ba cho gia đình \(honorific) \(head); "
                    + "Sở Tài chính, Sở Y tế và Công an tỉnh \(province) được UBND tỉnh tặng Cờ thi đua.",
                    [GoldStatement(award: ["ba-me-viet-nam-anh-hung"], granter: "chu-tich-nuoc", kind: ["ca-nhan"], count: mothers,
                                   presenter: official.name),
                     GoldStatement(award: ["huan-chuong-doc-lap"], class: ["ba"], granter: "chu-tich-nuoc", kind: ["ho-gia-dinh"],
                                   count: 1, recipient: "gia đình \(honorific) \(head)", presenter: official.name)]
                        + ["Sở Tài chính", "Sở Y tế", "Công an tỉnh \(province)"].map {
                            GoldStatement(award: ["co-thi-dua-cap-tinh"], granter: "ubnd-tinh", kind: ["tap-the"], count: 1, recipient: $0)
                        })
        case 20:
            // An award and money for the same people; communes named in lower case; a class alone
            // after a verb names the order said before it.
            let money = 5 + pick(50), c = 1 + pick(4)
            let first = Self.communes[pick(Self.communes.count)]
            let second = Self.communes.filter { $0 != first }[pick(Self.communes.count - 1)]
            return ("Giám đốc Công an tỉnh \(province) đã tặng Giấy khen và thưởng \(money) triệu đồng cho \(a) cán bộ, chiến sĩ; "
                    + "Chủ tịch UBND huyện trao Giấy khen cho xã \(first) và xã \(second); \(c) tập thể được tặng Huân chương "
                    + "Lao động hạng Nhì, \(b) cá nhân được tặng hạng Ba.",
                    [GoldStatement(award: ["giay-khen"], granter: "to-chuc", kind: ["ca-nhan"], count: a),
                     GoldStatement(award: ["khen-thuong"], granter: "to-chuc", kind: ["ca-nhan"], count: a)]
                        + [first, second].map {
                            GoldStatement(award: ["giay-khen"], granter: "to-chuc", kind: ["tap-the"], count: 1, recipient: "xã \($0)")
                        }
                        + [GoldStatement(award: ["huan-chuong-lao-dong"], class: ["nhi"], kind: ["tap-the"], count: c),
                           GoldStatement(award: ["huan-chuong-lao-dong"], class: ["ba"], kind: ["ca-nhan"], count: b)])
        default:
            return ("Dịp này, \(a) tập thể và \(b) cá nhân được Bộ Quốc phòng tặng Bằng khen.",
                    Self.groups(a, b, "bang-khen-cap-tinh", granter: "bo"))
        }
    }

    /// People named as recipients (not officials of the conference).
    static let recipients = ["Nguyễn Thị Thu Hà", "Trần Văn Bình", "Lê Minh Đức", "Phạm Thị Lan", "Hoàng Văn Nam",
                             "Vàng A Sử", "Đỗ Thị Ngọc Ánh", "Bùi Quang Vinh"]

    /// Communes (none holds a province's name).
    static let communes = ["Đồng Tâm", "Tam Tiến", "Tân Minh", "Phú Lộc", "An Khánh", "Quang Trung"]

    /// Schools' namesakes (a school's name may hold a province's, written otherwise: "Nguyễn Huệ").
    static let schools = ["Lê Quý Đôn", "Nguyễn Huệ", "Lam Sơn", "Hùng Vương", "Trần Phú", "Lương Văn Chánh"]

    /// Sentences about the year that state no award: they must give no record.
    static let fillers = [
        "Năm {Y}, phong trào thi đua yêu nước trên địa bàn tỉnh được triển khai sâu rộng, thiết thực, hiệu quả.",
        "Tốc độ tăng trưởng kinh tế của tỉnh ước đạt 7,5%, thu ngân sách đạt hơn 3.000 tỷ đồng.",
        "Các cấp, các ngành đã đề nghị khen thưởng 25 tập thể, 40 cá nhân; hồ sơ đang được thẩm định.",
        "Công tác khen thưởng đã kịp thời, đúng người, đúng thành tích, chú trọng người lao động trực tiếp.",
        "Toàn tỉnh đã xây dựng 120 căn nhà cho hộ nghèo và trao 300 suất học bổng cho học sinh vượt khó.",
        "Hội nghị cũng đã ký kết giao ước thi đua năm {N} giữa các khối thi đua của tỉnh.",
        "Phát biểu tại hội nghị, lãnh đạo tỉnh đề nghị các đơn vị tiếp tục đổi mới nội dung, hình thức thi đua.",
    ]

    /// Related-article headlines: a tail cleaning must cut, whose awards belong to other articles.
    static let tails = [
        "Tỉnh bạn trao Bằng khen cho 45 tập thể, 60 cá nhân tiêu biểu",
        "Chủ tịch nước trao Huân chương Lao động hạng Nhì cho 3 tập thể",
        "Khen thưởng 12 tập thể có thành tích trong phòng, chống thiên tai",
    ]
}
