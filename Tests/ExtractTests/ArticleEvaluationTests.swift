import Foundation
import TestSupport
import Testing
import ThiDua

/// The scorer on articles of our own (fixtures/articles): other provinces, the army and
/// police and border guards, schools and a university, a ministry, a tax department and a
/// province's health department, a hospital, mass organisations (farmers, women, youth, trade
/// unions, veterans, the Fatherland Front), a district, a commune, a province's emulation
/// congress, a state bank's branch and state enterprises, a navy region, customs, fire
/// police, heroic mothers, athletes and ethnic minorities' prestigious people, social
/// insurance, a Buddhist Sangha, an officers' school and a province's press, with their gold.
struct ArticleEvaluationTests {
    static let directory = Fixtures.root.appendingPathComponent("fixtures/articles")

    static func extraction() throws -> (records: [AwardRecord], events: [EventRecord]) {
        let corpus = directory.appendingPathComponent("corpus")
        let names = try FileManager.default.contentsOfDirectory(atPath: corpus.path).filter { $0.hasSuffix(".txt") }.sorted()
        var records: [AwardRecord] = [], events: [EventRecord] = []
        for name in names {
            let text = try String(contentsOf: corpus.appendingPathComponent(name), encoding: .utf8)
            let doc = String(name.dropLast(4))
            let document = try Fixtures.pipeline.segment(SourceText(name: doc, source: name, text: text, encoding: "UTF-8"))
            let extraction = Fixtures.pipeline.extractAll(document)
            records += extraction.records.map(\.record)
            events += extraction.events
        }
        return (records, events)
    }

    @Test func awardsMatchTheGold() throws {
        let gold = try GoldAward.load(directory: Self.directory.appendingPathComponent("gold"))
        let evaluation = Evaluation.score(records: try Self.extraction().records, gold: gold)
        #expect(evaluation.recall == 1.0, "\(evaluation.report())")
        #expect(evaluation.precision == 1.0, "\(evaluation.report())")
        for field in Evaluation.Field.allCases {
            let (correct, total) = evaluation.accuracy(field)
            #expect(total > 0 && correct == total, "\(field): \(correct)/\(total)\n\(evaluation.report())")
        }
    }

    @Test func eventsMatchTheGold() throws {
        let gold = try GoldEvent.load(directory: Self.directory.appendingPathComponent("gold"))
        let evaluation = EventEvaluation.score(events: try Self.extraction().events, gold: gold)
        #expect(evaluation.mismatches.isEmpty, "\(evaluation.report())")
        #expect(evaluation.officialPrecision == 1 && evaluation.officialRecall == 1, "\(evaluation.report())")
    }

    /// Eleven of them as web pages (fixtures/articles/pages): a provincial paper's (og: and
    /// JSON-LD metadata, a date line run together with share buttons, figures), a province's
    /// portal (tables for layout, titled with the portal's name, counters, an attachment), a
    /// paper's with captions in paragraphs of their own class, a city paper's with boxes its
    /// classes name (related articles, share bar, comments, footer) and a department's portal
    /// with a sidebar before the article, and a province paper's whose date, author and publisher
    /// are only in its schema.org data, its captions in cells and boxes of a CMS's classes ("image_desc",
    /// "chuthich"), a province's table of awards by kind, and four national dailies' (a
    /// figcaption, a related box inside the body; the author in the body's last paragraph and
    /// tags after it; a caption in a table cell; the author under the headline, above the date). Read through the input reader as `thidua run`
    /// reads them.
    @Test func webPagesMatchTheGold() throws {
        let pages = Self.directory.appendingPathComponent("pages")
        let reader = try InputReader.load(from: Fixtures.rules)
        var records: [AwardRecord] = [], events: [EventRecord] = [], metadata: [String: DocumentMetadata] = [:]
        for path in reader.expand([pages.appendingPathComponent("corpus").path]) {
            try reader.read(try path.get()) { result in
                let document = try Fixtures.pipeline.segment(try result.get())
                let extraction = Fixtures.pipeline.extractAll(document)
                records += extraction.records.map(\.record)
                events += extraction.events
                metadata[document.source.name] = document.cleaned.metadata
            }
        }
        let evaluation = Evaluation.score(records: records, gold: try GoldAward.load(directory: pages.appendingPathComponent("gold")))
        #expect(evaluation.recall == 1.0 && evaluation.precision == 1.0, "\(evaluation.report())")
        for field in Evaluation.Field.allCases {
            let (correct, total) = evaluation.accuracy(field)
            #expect(correct == total, "\(field): \(correct)/\(total)\n\(evaluation.report())")
        }
        let eventEvaluation = EventEvaluation.score(events: events, gold: try GoldEvent.load(directory: pages.appendingPathComponent("gold")))
        #expect(eventEvaluation.mismatches.isEmpty, "\(eventEvaluation.report())")
        let portal = try #require(metadata["h27_toa-an-binh-phuoc"])
        #expect(portal.title == "TAND tỉnh Bình Phước tổng kết công tác năm 2024")
        #expect(portal.outlet == "Cổng thông tin điện tử tỉnh Bình Phước" && portal.author == "Hoàng Vũ (TAND tỉnh)")
        let paper = try #require(metadata["h22_bv-da-khoa-thanh-hoa"])
        #expect(paper.published == "2024-09-22T08:15" && paper.outlet == "Báo Thanh Hóa" && paper.author == "Minh Hiếu")
        // A paper's page with its related box, share bar and comments inside the article's
        // container: left out by their classes; the outlet from the <title> after the headline.
        let district = try #require(metadata["h74_huyen-dong-anh"])
        #expect(district.outlet == "Báo Hà Nội Mới" && district.author == "Minh Phương")
        #expect(!records.contains { $0.evidence.sentence.contains("88 thủ khoa") || $0.evidence.sentence.contains("Chúc mừng") })
        // A page whose metadata is a schema.org article only, its captions in a CMS's classes.
        let structured = try #require(metadata["h100_dien-bien-jsonld"])
        #expect(structured.published == "2024-12-27T10:15" && structured.outlet == "Báo Điện Biên Phủ điện tử"
                && structured.author == "Quang Hưng")
        // A national daily's page: the author in a div of its own after the body; the related
        // box inside the body and the list after it give nothing.
        let daily = try #require(metadata["h210_tuoi-tre-hue"])
        #expect(daily.published == "2025-11-02T14:35" && daily.author == "NHẬT LINH")
        #expect(!records.contains { $0.evidence.sentence.contains("người chết") || $0.evidence.sentence.contains("Quảng Trị") })
        // Two more dailies': the author in a paragraph of the body's last, the tags after it (their
        // links run together) and related boxes give nothing.
        let express = try #require(metadata["h245_vnexpress-cuu-ho"])
        #expect(express.published == "2024-09-20T15:20" && express.author == "Lê Hoàng" && express.outlet == "VnExpress")
        let education = try #require(metadata["h252_dantri-nha-giao"])
        #expect(education.author == "Hoài Sơn" && education.published == "2024-11-18T20:05")
        let government = try #require(metadata["h246_baochinhphu-bo-noi-vu"])
        #expect(government.author == "Thu Cúc" && government.outlet == "Báo điện tử Chính phủ")
        #expect(!records.contains { ["cầu Phong Châubằng khen", "20 chiến sĩ biên phòng", "50 tập thể ngành Nội vụ", "27.500"]
            .contains(where: $0.evidence.sentence.contains) })
    }

    @Test func noRecordComesFromFiguresThatAreNoAwards() throws {
        let records = try Self.extraction().records
        let negatives = ["1.250 chiến sĩ mới", "nhà tình nghĩa", "312 vụ", "46 học sinh đạt giải", "100 suất học bổng", "120 suất học bổng", "150 suất học bổng",
                         "850 suất học bổng", "12.500 suất học bổng", "25.000 suất học bổng", "150 triệu lượt",
                         "350 hộ", "32.000 tỷ đồng", "27 đối tượng", "đề nghị", "từng được tặng", "Tin liên quan", "suất quà",
                         "92% gia đình", "Trang chủ", "nhà Đại đoàn kết", "tỷ kWh", "100 giảng viên", "520 giảng viên", "công trình lưới điện",
                         "nghĩa tình đồng đội", "vay vốn", "96,5%", "đạt chuẩn quốc gia", "hồ sơ hoàn thuế",
                         "kg ma túy", "ngư dân gặp nạn", "Mái ấm", "ca phẫu thuật", "3.500 đoàn viên hiến máu", "đoàn viên mới", "kiểu mẫu",
                         "giường bệnh", "tấn than", "heroin", "dư nợ", "hạng Ba năm 2015",
                         "vụ, việc", "Thư khen biểu dương", "đơn vị máu", "mô hình trồng",
                         "bao thuốc lá", "Mỗi học sinh", "lít dầu", "Cúp Doanh nghiệp",
                         "Huy hiệu Tuổi trẻ dũng cảm", "Mỗi gương mặt", "tắm biển", "ca mắc", "tuổi Đảng", "giải Nhì",
                         "thăng cấp bậc hàm", "cử tri", "vào Ban Chấp hành", "lớp dạy chữ", "mô hình cấp tỉnh",
                         "chỉ chiếm 12%", "cho 86 tập thể, cá nhân", "186.000 lượt cán bộ", "trình Thủ tướng Chính phủ"]
        // Figures and proposals that share their sentence with awards: no record counts them.
        let besideAwards = [("1.200 suất học bổng", [1200]), ("98% hộ gia đình", [98]),
                            ("đề nghị Thủ tướng Chính phủ tặng Bằng khen cho 86 tập thể, 145 cá nhân", [86, 145])]
        for record in records {
            let sentence = record.evidence.sentence
            let beside = besideAwards.filter { sentence.contains($0.0) }
            for negative in negatives where beside.isEmpty { #expect(!sentence.contains(negative), "\(sentence)") }
            for (_, counts) in beside { #expect(!counts.contains { record.count == $0 }, "\(sentence)") }
        }
        #expect(besideAwards.allSatisfy { figure, _ in records.contains { $0.evidence.sentence.contains(figure) } })
    }
}
