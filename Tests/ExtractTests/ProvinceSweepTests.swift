import Foundation
import TestSupport
import Testing
import ThiDua

/// Every province of the rules as the press names its chairman and as a sentence's subject:
/// a name whose first word is also a word of the rules ("Cần" of "Cần Thơ" is "cần", yet to
/// be done) or a surname ("Hồ" of "Hồ Chí Minh") must not change what the sentence states.
struct ProvinceSweepTests {
    /// The centrally governed cities: "thành phố", not "tỉnh".
    static let cities: Set<String> = ["Hà Nội", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "TP. Hồ Chí Minh"]

    static let provinces = Fixtures.pipeline.extractor.rules.provinces2025.keys.sorted()

    static func spoken(_ province: String) -> String {
        province.hasPrefix("TP. ") ? String(province.dropFirst(4)) : province
    }

    @Test func theRulesHaveEveryProvince() {
        #expect(Self.provinces.count == 63)
    }

    @Test(arguments: provinces)
    func chairmanOfTheProvinceGives(_ province: String) throws {
        let office = Self.cities.contains(province) ? "thành phố" : "tỉnh"
        let giver = "Chủ tịch UBND \(office) \(Self.spoken(province))"
        let records = try StatementTests.records("\(giver) tặng Bằng khen cho 25 tập thể và 40 cá nhân.")
        #expect(records.map(\.count) == [25, 40])
        for record in records {
            #expect(record.award == ["bang-khen-cap-tinh"])
            #expect(record.granter == "chu-tich-ubnd-tinh")
            #expect(record.granterName == giver)
            #expect(record.province == province)
            #expect(record.presenter == nil)
        }
    }

    @Test(arguments: provinces)
    func provinceAsTheSubject(_ province: String) throws {
        // "Hồ Chí Minh" alone is the President's name ("Huân chương Hồ Chí Minh"), not the city's.
        let name = province == "TP. Hồ Chí Minh" ? "TP. Hồ Chí Minh" : Self.spoken(province)
        let records = try StatementTests.records("Năm 2024, \(name) có 30 tập thể được tặng Cờ thi đua của UBND tỉnh.")
        #expect(records.count == 1)
        #expect(records.first?.award == ["co-thi-dua-cap-tinh"])
        #expect(records.first?.count == 30)
        #expect(records.first?.province == province)
    }

    static let districts = Fixtures.pipeline.extractor.rules.districts.keys.sorted()

    /// Every district of the rules, after its word, names its province; the district's
    /// government gives as a body of its own (records.md: district governments are `to-chuc`).
    @Test(arguments: districts)
    func districtNamesItsProvince(_ district: String) throws {
        let giver = "Chủ tịch UBND huyện \(district)"
        let records = try StatementTests.records("\(giver) tặng Giấy khen cho 12 tập thể.")
        #expect(records.count == 1)
        for record in records {
            #expect(record.award == ["giay-khen"])
            #expect(record.count == 12)
            #expect(record.granter == "to-chuc")
            #expect(record.granterName == giver)
            #expect(record.province == Fixtures.pipeline.extractor.rules.districts[district])
        }
    }
}
