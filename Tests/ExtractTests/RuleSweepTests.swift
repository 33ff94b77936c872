import Foundation
import RuleFiles
import TestSupport
import Testing
import ThiDua

/// Every alias of the shipped rules in a few plain statements: a word of one class whose
/// fold key is another class's word ("cán" of "cán bộ" and "cần", "phòng tặng" and
/// "phong tặng", "Lâm" and "lăm") must not change what the statement says.
struct RuleSweepTests {
    static func section(_ file: String, _ path: String...) -> RuleValue? {
        let value = Fixtures.rules.load("extraction/\(file)", diagnostics: RuleDiagnostics())
        return path.reduce(value) { $0?.field($1, required: false) }
    }

    static let granterAliases: [(alias: String, slug: String)] = (section("granters.yaml", "granters")?.entries ?? []).flatMap { slug, value in
        (value.field("aliases")?.strings ?? []).map { ($0, slug) }
    }

    static let kindWords: [(word: String, slug: String)] = (section("lexicon.yaml", "lexicon", "kind")?.entries ?? []).flatMap { slug, value in
        value.strings.map { ($0, slug) }
    }

    static let awardAliases: [(alias: String, slug: String)] = (section("awards.yaml", "awards")?.entries ?? []).flatMap { slug, value in
        value.strings.map { ($0, slug) }
    }

    @Test func theRulesHaveAliases() {
        #expect(Self.granterAliases.count > 100 && Self.kindWords.count > 100 && Self.awardAliases.count > 50)
    }

    /// The President confers orders, every other giver a Bằng khen; before the verb and as
    /// the agent of a passive.
    @Test func everyGiverGives() throws {
        for (alias, slug) in Self.granterAliases {
            let award = slug == "chu-tich-nuoc" ? "Huân chương Lao động hạng Ba" : "Bằng khen"
            for sentence in ["\(alias) tặng \(award) cho 10 tập thể.", "Năm qua, 10 tập thể được \(alias) tặng \(award)."] {
                let records = try StatementTests.records(sentence)
                #expect(records.count == 1 && records.first?.granter == slug && records.first?.count == 10, "\(sentence)")
            }
        }
    }

    @Test func everyKindIsCounted() throws {
        for (word, slug) in Self.kindWords {
            let kind = slug == "none" ? [] : [slug]
            for sentence in ["UBND tỉnh tặng Bằng khen cho 12 \(word) có thành tích xuất sắc.",
                             "Năm qua, 12 \(word) được Chủ tịch UBND tỉnh tặng Bằng khen.",
                             "Trong đó, 12 \(word) nhận Bằng khen của Bộ trưởng Bộ Công an."] {
                let records = try StatementTests.records(sentence)
                #expect(records.count == 1 && records.first?.kind == kind && records.first?.count == 12, "\(sentence)")
            }
        }
    }

    @Test func everyAwardIsNamed() throws {
        for (alias, slug) in Self.awardAliases {
            for sentence in ["UBND tỉnh Nghệ An tặng \(alias) cho 10 tập thể.", "Năm 2024, có 10 cá nhân được tặng \(alias)."] {
                let records = try StatementTests.records(sentence)
                #expect(records.count == 1 && records.first?.award == [slug] && records.first?.count == 10, "\(sentence)")
            }
        }
    }
}
