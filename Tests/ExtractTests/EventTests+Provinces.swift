import Foundation
import TestSupport
import Testing
import ThiDua

/// The document's province: which of the head's provinces is the article's, and the
/// provinces after the 2025 reform.
extension EventTests {
    static let merged: [(String, String)] = [
        ("Hà Giang", "Tuyên Quang"), ("Yên Bái", "Lào Cai"), ("Bắc Kạn", "Thái Nguyên"), ("Vĩnh Phúc", "Phú Thọ"),
        ("Hòa Bình", "Phú Thọ"), ("Bắc Giang", "Bắc Ninh"), ("Thái Bình", "Hưng Yên"), ("Hải Dương", "Hải Phòng"),
        ("Hà Nam", "Ninh Bình"), ("Nam Định", "Ninh Bình"), ("Quảng Bình", "Quảng Trị"), ("Quảng Nam", "Đà Nẵng"),
        ("Kon Tum", "Quảng Ngãi"), ("Bình Định", "Gia Lai"), ("Ninh Thuận", "Khánh Hòa"), ("Đắk Nông", "Lâm Đồng"),
        ("Bình Thuận", "Lâm Đồng"), ("Phú Yên", "Đắk Lắk"), ("Bình Dương", "TP. Hồ Chí Minh"),
        ("Bà Rịa - Vũng Tàu", "TP. Hồ Chí Minh"), ("Bình Phước", "Đồng Nai"), ("Long An", "Tây Ninh"), ("Sóc Trăng", "Cần Thơ"),
        ("Hậu Giang", "Cần Thơ"), ("Bến Tre", "Vĩnh Long"), ("Trà Vinh", "Vĩnh Long"), ("Tiền Giang", "Đồng Tháp"),
        ("Bạc Liêu", "Cà Mau"), ("Kiên Giang", "An Giang"), ("Thừa Thiên Huế", "Huế"),
    ]

    @Test(arguments: merged)
    func mergedProvincesMapToTheirNewProvince(_ old: String, _ new: String) {
        #expect(Self.pipeline.extractor.rules.provinces2025[old] == new)
    }

    @Test func everyProvinceHasAPlaceAfterTheReform() {
        let mapping = Self.pipeline.extractor.rules.provinces2025
        #expect(mapping.count == 63)
        #expect(Set(mapping.values).count == 34)
        #expect(mapping["Lai Châu"] == "Lai Châu" && mapping["Hà Nội"] == "Hà Nội")
    }

    @Test func shortFormsNameProvinces() throws {
        let event = try #require(try Self.events("Ngày 5/3, UBND TP.HCM tổ chức Hội nghị tổng kết công tác thi đua năm 2023.").first)
        #expect(event.province == "TP. Hồ Chí Minh")
        #expect(event.province2025 == "TP. Hồ Chí Minh")
        let other = try #require(try Self.events("Ngày 5/3, UBND tỉnh Bà Rịa - Vũng Tàu tổ chức Hội nghị tổng kết năm 2023.").first)
        #expect(other.province == "Bà Rịa - Vũng Tàu")
        #expect(other.province2025 == "TP. Hồ Chí Minh")
    }

    @Test func theDocumentProvinceCarriesAConfidence() throws {
        func guess(_ text: String) throws -> ProvinceGuess? {
            let document = try Self.pipeline.segment(SourceText(name: "p", source: "p", text: text, encoding: "UTF-8"))
            return Self.pipeline.extractor.documentProvince(sentences: document.sentences, outlet: document.cleaned.metadata.outlet)
        }
        let alone = try #require(try guess("Tuyên Quang tổng kết công tác thi đua\nUBND tỉnh Tuyên Quang tặng Bằng khen cho 20 tập thể."))
        #expect(alone.name == "Tuyên Quang" && alone.confidence == 1)
        let shared = try #require(try guess("""
            Tuyên Quang tổng kết công tác thi đua
            UBND tỉnh Tuyên Quang tổ chức hội nghị; đoàn công tác tỉnh Hà Giang tới dự.
            """))
        #expect(shared.name == "Tuyên Quang")
        #expect(shared.confidence > 0.5 && shared.confidence < 1)
        #expect(try guess("Hội nghị tổng kết công tác thi đua của Bộ Công an.") == nil)
        // A province named only deep in the body (a recipient's name) is not the document's.
        #expect(try guess("""
            Quân khu 9 tổng kết phong trào thi đua Quyết thắng
            Sáng 10/1, Bộ Tư lệnh Quân khu 9 tổ chức hội nghị tổng kết phong trào thi đua Quyết thắng.
            Năm qua, toàn Quân khu có 95% đơn vị đạt danh hiệu Đơn vị tiên tiến.
            Dịp này, 5 đơn vị được Bộ trưởng Bộ Quốc phòng tặng Cờ thi đua.
            Thượng tướng Trần Văn Em đã trao Cờ thi đua của Chính phủ tặng Bộ Chỉ huy Quân sự tỉnh Cà Mau.
            """) == nil)
        // Nor one listed after such a recipient.
        #expect(try guess("""
            Trao tặng danh hiệu Anh hùng Lực lượng vũ trang nhân dân cho 2 tập thể thuộc Bộ Công an
            Sáng 13/8, tại Hà Nội, Bộ Công an tổ chức Lễ trao tặng danh hiệu Anh hùng Lực lượng vũ trang nhân dân.
            Thừa ủy quyền của Chủ tịch nước, Đại tướng Lương Tam Quang trao danh hiệu cho Cục Cảnh sát điều tra tội phạm về ma túy và Phòng Cảnh sát cơ động Công an tỉnh Sơn La.
            """) == nil)
        // Nor one a sentence of the head after the lead gives an award to, named before "được";
        // in the lead it is the document's.
        #expect(try guess("""
            Quân khu 9 tổng kết phong trào Thi đua Quyết thắng
            Ngày 10/1/2025, Bộ Tư lệnh Quân khu 9 tổ chức Hội nghị tổng kết phong trào Thi đua Quyết thắng năm 2024.
            Dịp này, Lữ đoàn Công binh 25 và Bộ Chỉ huy Quân sự tỉnh Cà Mau được Bộ Quốc phòng tặng Cờ thi đua.
            """) == nil)
        #expect(try guess("""
            Đón nhận Huân chương Bảo vệ Tổ quốc
            Sáng 5/1, Công an tỉnh Quảng Trị vinh dự được Chủ tịch nước tặng Huân chương Bảo vệ Tổ quốc hạng Ba.
            """)?.name == "Quảng Trị")
        // Nor is where a ministry held its conference.
        #expect(try guess("Bộ Y tế tổng kết công tác thi đua\nChiều 15/1, tại Hà Nội, Bộ Y tế tổ chức hội nghị tổng kết.") == nil)
        #expect(try guess("Hội nghị tổng kết công tác thi đua\nChiều 15/1, tại tỉnh Lào Cai, UBND tỉnh Lào Cai tổ chức hội nghị.")?.name
            == "Lào Cai")
        // Nor a hall named for its city.
        #expect(try guess("Tuyên dương nhà giáo tiêu biểu\nTối 18/11, tại Nhà hát lớn Hà Nội, Bộ Giáo dục và Đào tạo tổ chức lễ tuyên dương.")
            == nil)
        // "Vinh long trọng" is no Vĩnh Long.
        #expect(try guess("Trường Đại học Vinh đón nhận danh hiệu Anh hùng Lao động\nSáng 16/7, Trường Đại học Vinh long trọng tổ chức lễ.")
            == nil)
    }
}
