@testable import Store
import Testing
import ThiDuaModel

/// Records of one document that restate another, linked so statistics count them once.
struct RepeatLinkerTests {
    /// A body named in full in the lead and by its abbreviation below is one recipient; a
    /// school whose name differs in a word (not an abbreviation) is another; the province
    /// said or not, or an abbreviation in brackets, changes no name.
    @Test func aBodysAbbreviatedNameIsTheSameRecipient() throws {
        func record(_ id: String, _ recipient: String, at start: Int) -> AwardRecord {
            AwardRecord(id: id, doc: "d", award: ["huan-chuong-lao-dong"], class: ["nhi"], kind: ["tap-the"], count: 1,
                        recipient: recipient, province: "Kiên Giang", zone: .body,
                        evidence: Evidence(sentence: id, start: start, end: start + 1, rule: "r"))
        }
        let linked = RepeatLinker.link([
            record("lead", "Hội Liên hiệp Phụ nữ tỉnh An Giang", at: 0),
            record("body", "Hội LHPN tỉnh An Giang", at: 10),
            record("department", "Sở GD&ĐT tỉnh An Giang", at: 20),
            record("department-again", "Sở Giáo dục và Đào tạo tỉnh An Giang", at: 30),
            record("school", "Trường THCS Lê Lợi", at: 40),
            record("other-school", "Trường THCS Lý Lai", at: 50),
            record("border-guards", "Bộ Chỉ huy Bộ đội Biên phòng (BĐBP) tỉnh Kiên Giang", at: 60),
            record("border-guards-again", "Bộ Chỉ huy BĐBP tỉnh", at: 70),
            record("police", "Công an tỉnh Kiên Giang", at: 80),
            record("police-department", "Phòng Cảnh sát hình sự Công an tỉnh", at: 90),
        ])
        #expect(linked.map(\.repeatOf) == [nil, "lead", nil, "department", nil, nil, nil, "border-guards", nil, nil])
    }

    /// A headline's praise of no kind restates the body's award to as many; not to another
    /// count, and not over a body record of its own award, which it restates first.
    @Test func aHeadlinesPraiseIsTheBodysAwardToAsMany() {
        func record(_ id: String, _ award: String, count: Int, zone: Zone = .body, at start: Int) -> AwardRecord {
            AwardRecord(id: id, doc: "d", award: [award], kind: ["ca-nhan"], count: count, zone: zone,
                        evidence: Evidence(sentence: id, start: start, end: start + 1, rule: "r"))
        }
        let linked = RepeatLinker.link([
            record("headline", "khen-thuong", count: 100, zone: .title, at: 0),
            record("headline-other", "khen-thuong", count: 45, zone: .title, at: 5),
            record("headline-own", "khen-thuong", count: 12, zone: .title, at: 8),
            record("certificates", "bang-khen-cap-tinh", count: 100, at: 10),
            record("flags", "co-thi-dua-cap-tinh", count: 12, at: 20),
            record("praised", "khen-thuong", count: 12, at: 30),
        ])
        #expect(linked.map(\.repeatOf) == ["certificates", nil, "praised", nil, nil, nil])
    }

    /// A headline's count of several kinds restates the counted groups of one body sentence
    /// that add up to it ("21 tập thể, cá nhân" over "12 tập thể và 9 cá nhân"); not a sum that
    /// differs, nor groups of two sentences.
    @Test func aHeadlinesCountIsTheSumOfTheBodysGroups() {
        func record(_ id: String, _ kind: [String], count: Int, zone: Zone = .body, at start: Int) -> AwardRecord {
            AwardRecord(id: id, doc: "d", award: ["bang-khen-thu-tuong"], granter: "thu-tuong", kind: kind, count: count, zone: zone,
                        evidence: Evidence(sentence: "s\(start)", start: start, end: start + 1, rule: "r"))
        }
        let linked = RepeatLinker.link([
            record("headline", ["tap-the", "ca-nhan"], count: 21, zone: .title, at: 0),
            record("headline-other", ["tap-the", "ca-nhan"], count: 25, zone: .title, at: 1),
            record("headline-apart", ["tap-the", "ca-nhan"], count: 13, zone: .title, at: 2),
            record("collectives", ["tap-the"], count: 12, at: 10),
            record("individuals", ["ca-nhan"], count: 9, at: 10),
            record("later", ["ca-nhan"], count: 1, at: 20),
        ])
        #expect(linked.map(\.repeatOf) == ["collectives", nil, nil, nil, nil, nil])
        // A praise of no kind: the groups of one award add up to it.
        var praise = record("praise", ["tap-the", "ca-nhan"], count: 21, zone: .title, at: 0)
        praise.award = ["khen-thuong"]
        praise.granter = nil
        let inOtherWords = RepeatLinker.link([praise, record("collectives", ["tap-the"], count: 12, at: 10),
                                              record("individuals", ["ca-nhan"], count: 9, at: 10)])
        #expect(inOtherWords.map(\.repeatOf) == ["collectives", nil, nil])
    }

    /// A caption that restates the report's unnamed unit, which repeats the named body's
    /// record, is linked to the named one: every repeat to a record that is none.
    @Test func repeatsLinkToTheFirstStatement() {
        func record(_ id: String, recipient: String?, zone: Zone, at start: Int) -> AwardRecord {
            AwardRecord(id: id, doc: "d", award: ["huan-chuong-chien-cong"], class: ["ba"], kind: ["tap-the"], count: 1,
                        recipient: recipient, zone: zone, evidence: Evidence(sentence: id, start: start, end: start + 1, rule: "r"))
        }
        let linked = RepeatLinker.link([
            record("report", recipient: nil, zone: .body, at: 0),
            record("ceremony", recipient: "Phòng Cảnh sát hình sự Công an tỉnh", zone: .body, at: 10),
            record("caption", recipient: "Phòng Cảnh sát hình sự", zone: .caption, at: 20),
        ])
        #expect(linked.map(\.repeatOf) == ["ceremony", nil, "ceremony"])
    }

    /// A repeat the extractor found ("Chị Mai Anh là một trong 120 gương mặt được tuyên
    /// dương", lexicon class `one_of`) stays one in the store, though its sentence is another.
    @Test func aRepeatTheExtractorFoundStaysOne() {
        // The year said with the count and not with the one named: no group said again in other words.
        func record(_ id: String, repeatOf: String?, year: Int?, at start: Int) -> AwardRecord {
            AwardRecord(id: id, doc: "d", award: ["khen-thuong"], kind: ["ca-nhan"], count: 120, year: year, zone: .body,
                        evidence: Evidence(sentence: id, start: start, end: start + 1, rule: "r"), repeatOf: repeatOf)
        }
        let linked = RepeatLinker.link([record("stated", repeatOf: nil, year: 2024, at: 0),
                                        record("one-of", repeatOf: "stated", year: nil, at: 10)])
        #expect(linked.map(\.repeatOf) == [nil, "stated"])
    }

    /// "cho nhà trường" is the school the lead names with the same award; an unnamed unit's
    /// award no named record has stands alone.
    @Test func aUnitNamedByItsKindIsTheNamedOne() {
        func record(_ id: String, _ award: String, recipient: String?, at start: Int) -> AwardRecord {
            AwardRecord(id: id, doc: "d", award: [award], kind: ["tap-the"], count: 1, recipient: recipient, zone: .body,
                        evidence: Evidence(sentence: id, start: start, end: start + 1, rule: "r"))
        }
        let linked = RepeatLinker.link([
            record("lead", "anh-hung-lao-dong", recipient: "Trường Đại học Vinh", at: 0),
            record("handed-over", "anh-hung-lao-dong", recipient: nil, at: 10),
            record("history", "huan-chuong-doc-lap", recipient: nil, at: 20),
        ])
        #expect(linked.map(\.repeatOf) == [nil, "lead", nil])
    }

    /// A group's award said again in other words (a table's row, then the ceremony) is one
    /// statement; not when the sentences state more that differs ("cho 4 đơn vị, ... 43 tập thể"
    /// and "cho 4 đơn vị, ... 55 tập thể"), another year or a giver of another level. A year said
    /// once only (the report's, under "Năm 2024, ..." in an earlier sentence) is no other year.
    @Test func aCountedGroupSaidAgainIsOneStatement() {
        func record(_ id: String, _ award: String, count: Int, at start: Int, granter: String? = "ubnd-tinh",
                    year: Int? = nil) -> AwardRecord {
            AwardRecord(id: id, doc: "d", award: [award], granter: granter, kind: ["tap-the"], count: count, year: year,
                        zone: .body, evidence: Evidence(sentence: id, start: start, end: start + 1, rule: "r"))
        }
        let linked = RepeatLinker.link([
            record("row", "co-thi-dua-cap-tinh", count: 25, at: 0),
            record("ceremony", "co-thi-dua-cap-tinh", count: 25, at: 10, granter: "chu-tich-ubnd-tinh"),
            record("flags", "co-thi-dua-cap-tinh", count: 4, at: 20),
            record("certificates", "bang-khen-cap-tinh", count: 43, at: 20),
            record("flags-again", "co-thi-dua-cap-tinh", count: 4, at: 30),
            record("other-certificates", "bang-khen-cap-tinh", count: 55, at: 30),
            record("2023", "giay-khen", count: 12, at: 40, year: 2023),
            record("2024", "giay-khen", count: 12, at: 50, year: 2024),
            record("by-the-ministry", "giay-khen", count: 12, at: 60, granter: "bo", year: 2024),
            record("report", "tap-the-lao-dong-xuat-sac", count: 28, at: 70),
            record("ceremony-of-the-year", "tap-the-lao-dong-xuat-sac", count: 28, at: 80, year: 2024),
        ])
        #expect(linked.map(\.repeatOf) == [nil, "row", nil, nil, nil, nil, nil, nil, nil, nil, "report"])
    }

    /// Medals counted in a report's breakdown ("trong đó: ... 5 Cờ thi đua của Chính phủ"), then
    /// the ceremony ("trao Cờ thi đua của Chính phủ cho 5 tập thể"): one statement, the part
    /// counted. Not the 20 of a sentence that says more of that award ("50 tập thể, 20 cá nhân").
    @Test func medalsCountedAndTheGroupThatGotThem() {
        func record(_ id: String, _ award: String, kind: [String], count: Int, at start: Int, partOf: String? = nil) -> AwardRecord {
            AwardRecord(id: id, doc: "d", award: [award], kind: kind, count: count, zone: .body,
                        evidence: Evidence(sentence: "s\(start)", start: start, end: start + 1, rule: "r"), partOf: partOf)
        }
        let linked = RepeatLinker.link([
            record("total", "khen-thuong", kind: ["tap-the", "ca-nhan"], count: 98, at: 0),
            record("flags", "co-thi-dua-chinh-phu", kind: [], count: 5, at: 10, partOf: "total"),
            record("certificates", "bang-khen-thu-tuong", kind: [], count: 20, at: 10, partOf: "total"),
            record("ceremony", "co-thi-dua-chinh-phu", kind: ["tap-the"], count: 5, at: 20),
            record("collectives", "bang-khen-thu-tuong", kind: ["tap-the"], count: 50, at: 30),
            record("individuals", "bang-khen-thu-tuong", kind: ["ca-nhan"], count: 20, at: 30),
        ])
        #expect(linked.map(\.repeatOf) == [nil, nil, nil, "flags", nil, nil])
        // A part said again at the ceremony, in a sentence that says no more than the report's.
        let again = RepeatLinker.link([
            record("total", "khen-thuong", kind: ["tap-the", "ca-nhan"], count: 2156, at: 0),
            record("orders", "huan-chuong-chien-cong", kind: ["tap-the"], count: 2, at: 10, partOf: "total"),
            record("certificates", "bang-khen-cap-tinh", kind: ["tap-the"], count: 25, at: 10, partOf: "total"),
            record("ceremony", "huan-chuong-chien-cong", kind: ["tap-the"], count: 2, at: 20),
            record("other", "huan-chuong-chien-cong", kind: ["tap-the"], count: 2, at: 30),
            record("other-certificates", "bang-khen-cap-tinh", kind: ["tap-the"], count: 40, at: 30),
        ])
        #expect(again.map(\.repeatOf) == [nil, nil, nil, "orders", nil, nil])
    }

    /// "Bộ Quốc phòng tặng Cờ thi đua cho 3 đơn vị", then the three named in one sentence:
    /// its members. Two named of a group of three, or of another award, are not.
    @Test func theMembersOfACountedGroupNamedLater() {
        func record(_ id: String, _ award: String, count: Int, recipient: String? = nil, at start: Int) -> AwardRecord {
            AwardRecord(id: id, doc: "d", award: [award], granter: "bo", kind: ["tap-the"], count: count, recipient: recipient,
                        zone: .body, evidence: Evidence(sentence: "s\(start)", start: start, end: start + 1, rule: "r"))
        }
        let linked = RepeatLinker.link([
            record("flags", "co-thi-dua-cap-tinh", count: 3, at: 0),
            record("a", "co-thi-dua-cap-tinh", count: 1, recipient: "Sư đoàn 324", at: 10),
            record("b", "co-thi-dua-cap-tinh", count: 1, recipient: "Bộ Chỉ huy Quân sự tỉnh Nghệ An", at: 10),
            record("c", "co-thi-dua-cap-tinh", count: 1, recipient: "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Hà Tĩnh", at: 10),
            record("certificates", "bang-khen-cap-tinh", count: 3, at: 20),
            record("d", "bang-khen-cap-tinh", count: 1, recipient: "Lữ đoàn 125", at: 30),
            record("e", "bang-khen-cap-tinh", count: 1, recipient: "Lữ đoàn 126", at: 30),
        ])
        #expect(linked.map(\.repeatOf) == [nil, "flags", "flags", "flags", nil, nil, nil])
    }
}
