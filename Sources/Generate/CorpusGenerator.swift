import Foundation
import ICUBridge

/// Writes a corpus of realistic award articles with the gold records of what it wrote, so
/// that one corpus measures speed and checks correctness at scale (`thidua eval`).
///
/// Articles are year-end review reports of random provinces: a title, a publication line,
/// a lead with the date, organizer and officials, award paragraphs from `StatementTemplates`
/// between paragraphs that state no award, a caption, and a related-articles tail whose
/// headlines must give nothing. A share is written in NFD, with the old tone placement,
/// in windows-1258 or as HTML; a share are exact copies of an earlier article and a share
/// near copies (another outlet line, one sentence edited).
public struct CorpusGenerator: Sendable {
    public struct Options: Sendable {
        public var articles: Int
        public var seed: UInt64
        /// Shares (0-1) of the variants; the rest is plain UTF-8 text.
        public var exactCopies = 0.05, nearCopies = 0.05, nfd = 0.05, oldTones = 0.05, windows1258 = 0.05, html = 0.05

        public init(articles: Int, seed: UInt64 = 1) {
            self.articles = articles
            self.seed = seed
        }
    }

    public struct Summary: Sendable, Equatable {
        public var articles = 0, bytes = 0, goldRecords = 0, exactCopies = 0, nearCopies = 0
    }

    public let options: Options
    /// Province names as the gazetteer writes them (the pre-2025 list).
    public let provinces: [String]

    public init(options: Options, provinces: [String]) {
        self.options = options
        self.provinces = provinces.filter { !Self.leftOut.contains($0) }.sorted()
    }

    /// The centrally governed cities: their reports say "thành phố" where a province's say
    /// "tỉnh" (`inCity`). Huế became one in 2025, and the reports of this corpus are earlier.
    static let cities: Set<String> = ["Hà Nội", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "TP. Hồ Chí Minh"]
    static let leftOut: Set<String> = ["Huế", "Thừa Thiên Huế"]

    /// A province's report as a city's: "UBND thành phố Cần Thơ", "toàn thành phố", "Thành ủy".
    static func inCity(_ text: String, province: String) -> String {
        let spoken = province.hasPrefix("TP. ") ? String(province.dropFirst(4)) : province
        return text.replacingOccurrences(of: "tỉnh \(province)", with: "thành phố \(spoken)")
            .replacingOccurrences(of: "Tỉnh ủy", with: "Thành ủy").replacingOccurrences(of: "Toàn tỉnh", with: "Toàn thành phố")
            .replacingOccurrences(of: "tỉnh", with: "thành phố")
    }
    static let officials: [(name: String, title: String)] = [
        ("Nguyễn Văn Sơn", "Phó Chủ tịch UBND tỉnh"), ("Trần Thị Hồng Nhung", "Phó Chủ tịch Thường trực UBND tỉnh"),
        ("Lê Quang Huy", "Chủ tịch UBND tỉnh"), ("Giàng A Chu", "Phó Chủ tịch UBND tỉnh"),
        ("Hoàng Thị Mai Hương", "Phó Bí thư Tỉnh ủy"), ("Phạm Đức Thắng", "Chủ tịch UBND tỉnh"),
        ("Đinh Văn Khánh", "Phó Chủ tịch UBND tỉnh"), ("Vũ Minh Tuấn", "Bí thư Tỉnh ủy"),
    ]
    static let outlets = ["Báo Nhân Dân", "baotintuc.vn", "Báo Tin tức", "VOV", "Báo Tin tức điện tử"]

    /// Writes the articles under `directory` and the gold as `gold/generated.awards.jsonl`
    /// and `gold/generated.events.jsonl` beside them.
    public func write(to directory: URL) throws -> Summary {
        let articles = directory.appendingPathComponent("articles"), gold = directory.appendingPathComponent("gold")
        for folder in [articles, gold] { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) }
        let awardsFile = try GoldWriter(gold.appendingPathComponent("generated.awards.jsonl"))
        let eventsFile = try GoldWriter(gold.appendingPathComponent("generated.events.jsonl"))
        var random = SplitMix64(seed: options.seed)
        var summary = Summary()
        var recent: [Article] = [] // what copies are made of: a bounded window, so memory stays flat
        for number in 0..<options.articles {
            var article: Article
            let roll = random.unit()
            if roll < options.exactCopies, let original = recent.randomElement(using: &random) {
                article = original
                summary.exactCopies += 1
            } else if roll < options.exactCopies + options.nearCopies, let original = recent.randomElement(using: &random) {
                article = original.nearCopy(outlet: Self.outlets.randomElement(using: &random)!)
                summary.nearCopies += 1
            } else {
                article = makeArticle(&random)
                recent.append(article)
                if recent.count > 64 { recent.removeFirst() }
            }
            let name = String(format: "%06d", number)
            let (fileName, bytes): (String, [UInt8])
            switch variant(random.unit()) {
            case .nfd: (fileName, bytes) = (name + ".txt", Array(article.text.decomposedStringWithCanonicalMapping.utf8))
            case .oldTones: (fileName, bytes) = (name + ".txt", Array(Self.oldTonePlacement(article.text).utf8))
            case .windows1258:
                (fileName, bytes) = (name + ".txt", try Charsets.encode(Self.windows1258Form(article.text), charset: "windows-1258"))
            case .html: (fileName, bytes) = (name + ".html", Array(article.html.utf8))
            case .plain: (fileName, bytes) = (name + ".txt", Array(article.text.utf8))
            }
            try Data(bytes).write(to: articles.appendingPathComponent(fileName))
            for record in article.awards { try awardsFile.write(record.jsonLine(doc: name, province: article.event.province)) }
            try eventsFile.write(article.event.jsonLine(doc: name))
            summary.articles += 1
            summary.bytes += bytes.count
            summary.goldRecords += article.awards.count
        }
        try awardsFile.close()
        try eventsFile.close()
        return summary
    }

    enum Variant { case nfd, oldTones, windows1258, html, plain }

    /// The variant a roll in [0, 1) falls on, by the shares of `options`.
    func variant(_ roll: Double) -> Variant {
        var bound = 0.0
        for (variant, share) in [(Variant.nfd, options.nfd), (.oldTones, options.oldTones), (.windows1258, options.windows1258),
                                 (.html, options.html)] {
            bound += share
            if roll < bound { return variant }
        }
        return .plain
    }

    func makeArticle(_ random: inout SplitMix64) -> Article {
        let province = provinces.randomElement(using: &random)!
        let year = 2019 + Int(random.next() % 6)
        let official = Self.officials.randomElement(using: &random)!
        let templates = StatementTemplates(province: province, year: year, official: official)
        let day = 5 + Int(random.next() % 20), month = 1 + Int(random.next() % 3)
        let outlet = Self.outlets.randomElement(using: &random)!
        var paragraphs: [String] = []
        var awards: [GoldStatement] = []
        var fillers = StatementTemplates.fillers.shuffled(using: &random).map {
            $0.replacingOccurrences(of: "{Y}", with: String(year)).replacingOccurrences(of: "{N}", with: String(year + 1))
        }
        for _ in 0..<(2 + Int(random.next() % 3)) {
            let (text, gold) = templates.make(Int(random.next() % 1000)) { Int(random.next() % UInt64($0)) }
            paragraphs.append((fillers.popLast() ?? "") + " " + text)
            awards += gold
        }
        paragraphs.insert(contentsOf: fillers.prefix(2), at: Int(random.next() % UInt64(paragraphs.count)))
        let title = "\(province) tổng kết công tác thi đua, khen thưởng năm \(year)"
        let lead = "(\(outlet)) - Chiều \(day)/\(month), UBND tỉnh \(province) tổ chức Hội nghị tổng kết công tác thi đua, "
            + "khen thưởng năm \(year), triển khai nhiệm vụ năm \(year + 1). Dự hội nghị có đồng chí \(official.name) - "
            + "\(official.title)."
        let published = String(format: "%02d:%02d %02d/%02d/%d", 8 + Int(random.next() % 10), Int(random.next() % 60),
                               day + Int(random.next() % 3), month, year + 1)
        let event = GoldEventLine(type: "hoi-nghi-tong-ket", titleCue: "Hội nghị tổng kết công tác thi đua, khen thưởng năm \(year)",
                                  date: String(format: "%d-%02d-%02d", year + 1, month, day),
                                  reviewYear: year, planYear: year + 1, province: province,
                                  organizer: "UBND tỉnh \(province)", official: official)
        var article = Article(title: title, published: published, lead: lead, paragraphs: paragraphs,
                              caption: "Ảnh: Đồng chí \(official.name) phát biểu tại hội nghị.",
                              tail: StatementTemplates.tails.shuffled(using: &random), awards: awards, event: event)
        // One article in four lists other articles under no heading (read from a draw made
        // already, so the corpus of a seed stays what it was otherwise).
        article.tailHeading = day % 4 != 0
        if Self.cities.contains(province) {
            article.lead = Self.inCity(lead, province: province)
            article.paragraphs = paragraphs.map { Self.inCity($0, province: province) }
            article.event.organizer = Self.inCity(event.organizer, province: province)
            for index in article.awards.indices {
                article.awards[index].recipient = article.awards[index].recipient.map { Self.inCity($0, province: province) }
            }
        }
        return article
    }

    /// "hòa", "thủy", "Ủy" as old typewriters placed the tone: "hoà", "thuỷ", "Uỷ".
    static func oldTonePlacement(_ text: String) -> String {
        var text = text
        for (new, old) in [("òa", "oà"), ("óa", "oá"), ("ỏa", "oả"), ("õa", "oã"), ("ọa", "oạ"), ("ủy", "uỷ"), ("ùy", "uỳ"),
                           ("úy", "uý"), ("ũy", "uỹ"), ("ụy", "uỵ"), ("Ủy", "Uỷ"), ("òe", "oè"), ("óe", "oé")] {
            text = text.replacingOccurrences(of: new, with: old)
        }
        return text
    }

    /// windows-1258 holds â, ê, ô, ă, ơ, ư, đ precomposed but the five tones only as combining
    /// marks: each letter becomes its base (with its hat or horn) and a tone mark.
    static func windows1258Form(_ text: String) -> String {
        let tones: Set<Unicode.Scalar> = ["\u{300}", "\u{301}", "\u{303}", "\u{309}", "\u{323}"]
        var output = String.UnicodeScalarView()
        for character in text {
            let scalars = Array(String(character).decomposedStringWithCanonicalMapping.unicodeScalars)
            let base = String(String.UnicodeScalarView(scalars.filter { !tones.contains($0) })).precomposedStringWithCanonicalMapping
            output.append(contentsOf: base.unicodeScalars)
            output.append(contentsOf: scalars.filter { tones.contains($0) })
        }
        return String(output)
    }
}
