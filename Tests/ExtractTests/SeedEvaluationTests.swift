import Foundation
import TestSupport
import Testing
import ThiDua

/// The scorer on the seed gold (fixtures/gold), as `thidua eval` runs it.
struct SeedEvaluationTests {
    static func evaluation(pipeline: TextPipeline = Fixtures.pipeline) throws -> (Evaluation, [AwardRecord]) {
        let gold = try GoldAward.load(directory: Fixtures.root.appendingPathComponent("fixtures/gold"))
        var records: [AwardRecord] = []
        for (name, text) in try Fixtures.seedTexts() {
            let document = try pipeline.segment(SourceText(name: name, source: name, text: text, encoding: "UTF-8"))
            records.append(contentsOf: pipeline.extract(document).map(\.record))
        }
        return (Evaluation.score(records: records, gold: gold), records)
    }

    @Test func meetsTheTargetsOnTheSeeds() throws {
        let (evaluation, _) = try Self.evaluation()
        #expect(evaluation.recall == 1.0, "\(evaluation.report())")
        #expect(evaluation.precision >= 0.95, "\(evaluation.report())")
        for field in [Evaluation.Field.granter, .class] {
            let (correct, total) = evaluation.accuracy(field)
            #expect(total > 0 && Double(correct) / Double(total) >= 0.95, "\(field): \(correct)/\(total)")
        }
    }

    @Test func noRecordComesFromARelatedArticleTail() throws {
        let (_, records) = try Self.evaluation()
        let tails = ["Nội chính tỉnh", "Hội Nông dân tỉnh tổ chức", "Đơn vị quyết thắng", "Châu Quế", "Đại hội XIV",
                     "Liên đoàn Lao động (LĐLĐ)"]
        for record in records {
            for tail in tails { #expect(!record.evidence.sentence.contains(tail), "\(record.evidence.sentence)") }
        }
    }

    @Test func evidenceOffsetsPointAtTheSentence() throws {
        let (_, records) = try Self.evaluation()
        let texts = Dictionary(uniqueKeysWithValues: try Fixtures.seedTexts().map { ($0.name, Array($0.text.unicodeScalars)) })
        for record in records {
            let original = String(String.UnicodeScalarView(texts[record.doc]![record.evidence.start..<record.evidence.end]))
            #expect(try Fixtures.pipeline.normalizer.normalize(original).text == record.evidence.sentence)
        }
    }

    @Test func recordIdsAreStable() throws {
        let (_, first) = try Self.evaluation()
        let (_, second) = try Self.evaluation()
        #expect(first.map(\.id) == second.map(\.id))
        #expect(Set(first.map(\.id)).count == first.count)
    }

    @Test func scorerCountsMissesAndWrongRecords() throws {
        let gold = try GoldAward.load(directory: Fixtures.root.appendingPathComponent("fixtures/gold"))
        let (_, records) = try Self.evaluation()
        var damaged = records
        damaged.removeFirst(3)
        damaged[0].count = (damaged[0].count ?? 0) + 1000
        let evaluation = Evaluation.score(records: damaged, gold: gold)
        #expect(evaluation.recall < 1.0)
        #expect(evaluation.precision < 1.0)
        #expect(evaluation.report().contains("false negatives:"))
    }

    @Test func aStatementMadeTwiceNeedsTwoRecords() throws {
        let gold = try GoldAward.load(directory: Fixtures.root.appendingPathComponent("fixtures/gold"))
        let (_, records) = try Self.evaluation()
        let twice = gold + [gold[1]]
        let evaluation = Evaluation.score(records: records, gold: twice)
        #expect(evaluation.falseNegatives.count == 1)
        #expect(evaluation.matched.count == 30)
    }
}

/// Rules are data: a new alias in a rule file gives a new record, without rebuilding.
struct RuleDataTests {
    @Test func aNewAliasInANewRuleFileGivesANewRecord() throws {
        let sentence = "Tin khen thưởng\nDịp này, 12 tập thể được tặng Kỷ niệm chương Vì sự nghiệp thi đua."
        let source = SourceText(name: "t", source: "t", text: sentence, encoding: "UTF-8")
        let before = Fixtures.pipeline.extract(try Fixtures.pipeline.segment(source)).map(\.record)
        #expect(before.allSatisfy { $0.award != ["giay-khen"] })

        let directory = try Fixtures.copyOfRules()
        defer { try? FileManager.default.removeItem(at: directory) }
        // A regional spelling the shipped rules do not know, as an analyst would add it.
        try """
        awards:
          giay-khen: [Kỷ niệm chương Vì sự nghiệp thi đua]
        """.write(to: directory.appendingPathComponent("extraction/local-aliases.yaml"), atomically: false, encoding: .utf8)
        let pipeline = try TextPipeline.load(rules: RuleDirectory(url: directory))
        let after = pipeline.extract(try pipeline.segment(source)).map(\.record)
        #expect(after.contains { $0.award == ["giay-khen"] && $0.count == 12 && $0.kind == ["tap-the"] })
    }

    /// A class named under `capitalized` must be one of the lexicon's, as under `diacritics`.
    @Test func anUnknownCapitalizedClassIsReported() throws {
        let text = try problems(adding: "capitalized: [surname, no_such_class]\n", as: "names.yaml")
        #expect(text.count == 1, "\(text)")
        #expect(text.contains { $0.contains("names.yaml:1: capitalized: 'no_such_class' is no class of the lexicon") })
    }

    /// What checking the rules says once `yaml` is added to them as `extraction/<file>`.
    private func problems(adding yaml: String, as file: String) throws -> [String] {
        let directory = try Fixtures.copyOfRules()
        defer { try? FileManager.default.removeItem(at: directory) }
        try yaml.write(to: directory.appendingPathComponent("extraction/\(file)"), atomically: false, encoding: .utf8)
        return TextPipeline.check(rules: RuleDirectory(url: directory)).map(\.description)
    }

    @Test func brokenRuleFilesReportEveryProblemWithFileAndLine() throws {
        let text = try problems(adding: """
        patterns:
          - id: recipients-receive-awards
            pattern: "recipients:@recipients @receive awards:@awards"
          - id: unknown-class
            pattern: "recipients:@recipients @no_such_class"
          - id: bad-capture
            pattern: "who:@recipients @receive awards:@awards"
          - id: bad-syntax
            pattern: "(recipients:@recipients @receive"
        awards:
          no-such-award: [Huy chương Vàng]
          giay-khen: [Giấy khen cấp huyện, xã]
        conferred_only_by:
          thu-tuongg: [bang-khen-thu-tuong]
        granters:
          to-chuc:
            aliases: [Hội Cựu thanh niên xung phong]
            level: other
            unnamed: [Hội]
          bo:
            aliases: [Bộ trưởng, Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc]
            level: provincial
        diacritics: [not_done, no_such_class]
        granter_in_name:
          bang-khen-thu-tuong: thu-tuongg
        only_for:
          ca-nhann: [giay-khen]
          ca-nhan: [co-thi-dua-cap-tinh]
        conferred_only_by_name:
          chu-tich-nuocc: [Huy chương Quân kỳ quyết thắng]
        districts:
          "Nghệ Ann": [Phố Mới]
          "Hà Tĩnh": [Đồng Lộc]
          "Nghệ An": [Đồng Lộc]
        """, as: "broken.yaml")
        #expect(text.count == 16, "\(text)")
        #expect(text.contains { $0.contains("broken.yaml:32: districts: 'Nghệ Ann' is not a province of the gazetteer") })
        #expect(text.contains { $0.contains("broken.yaml:34: districts: 'Đồng Lộc' is listed under Hà Tĩnh and Nghệ An") })
        #expect(text.contains { $0.contains("broken.yaml:30: conferred_only_by_name: 'chu-tich-nuocc' is not a granter") })
        #expect(text.contains { $0.contains("broken.yaml:27: unknown kind slug 'ca-nhann'") })
        #expect(text.contains { $0.contains("broken.yaml:28: only_for: co-thi-dua-cap-tinh is for tap-the already") })
        #expect(text.contains { $0.contains("broken.yaml:25: granter_in_name: 'thu-tuongg' is not a granter") })
        #expect(text.contains { $0.contains("broken.yaml:23: diacritics: 'no_such_class' is no class of the lexicon") })
        #expect(text.contains { $0.contains("broken.yaml:21: granter alias 'Bộ trưởng' of bo is listed twice") })
        #expect(text.contains { $0.contains("broken.yaml:12: award alias 'xã' of giay-khen is one lower-case word") })
        #expect(text.contains { $0.contains("broken.yaml:19: 'Hội' is not one of the aliases of to-chuc") })
        #expect(text.contains { $0.contains("broken.yaml:14: conferred_only_by: 'thu-tuongg' is not a granter") })
        #expect(text.contains { $0.contains("duplicate rule id 'recipients-receive-awards'") && $0.contains("broken.yaml:2") })
        #expect(text.contains { $0.contains("broken.yaml:5: rule 'unknown-class': unknown class '@no_such_class'") })
        #expect(text.contains { $0.contains("broken.yaml:7: rule 'bad-capture': bad capture 'who'") })
        #expect(text.contains { $0.contains("broken.yaml:9: rule 'bad-syntax': missing ')'") })
        #expect(text.contains { $0.contains("broken.yaml:11: unknown award slug 'no-such-award'") })
        #expect(TextPipeline.check(rules: Fixtures.rules).isEmpty)
    }

    /// A rule's `titles_counted` and the awards' `titles_naming_holders` name award slugs; the
    /// second only titles one kind holds (`only_for`).
    @Test func titleListsAreChecked() throws {
        let text = try problems(adding: """
        patterns:
          - id: titles-of-nothing
            pattern: "có awards:@counted_awards"
            titles_counted: [tap-the-lao-dong-xuat-sac, no-such-title]
        titles_naming_holders: [giay-khen, lao-dong-tien-tienn]
        """, as: "titles.yaml")
        #expect(text.count == 3, "\(text)")
        #expect(text.contains { $0.contains("titles.yaml:4: unknown award slug 'no-such-title'") })
        #expect(text.contains { $0.contains("titles.yaml:5: unknown award slug 'lao-dong-tien-tienn'") })
        #expect(text.contains { $0.contains("titles.yaml:5: titles_naming_holders: giay-khen is in no only_for list") })
    }

    /// `not_held_by` names award slugs, each with the words that count its non-holders.
    @Test func nonHoldersAreChecked() throws {
        let text = try problems(adding: """
        not_held_by:
          ba-me-viet-nam-anh-hungg: [liệt sĩ]
          giay-khen: []
        """, as: "holders.yaml")
        #expect(text.count == 2, "\(text)")
        #expect(text.contains { $0.contains("holders.yaml:2: unknown award slug 'ba-me-viet-nam-anh-hungg'") })
        #expect(text.contains { $0.contains("holders.yaml:3: not_held_by: giay-khen lists no words") })
    }

    /// A short award has a name of its own and stands for award slugs of records.md.
    @Test func shortAwardsAreChecked() throws {
        let text = try problems(adding: """
        short_awards:
          giay-khen:
            aliases: [Khen]
            of: [giay-khen]
          hero:
            aliases: [Anh hùng]
            of: [anh-hung-lao-dongg]
            for: [tap-the]
        """, as: "short.yaml")
        #expect(text.count == 3, "\(text)")
        #expect(text.contains { $0.contains("short.yaml:3: short_awards: 'giay-khen' is an award slug") })
        #expect(text.contains { $0.contains("short.yaml:8: unknown key 'for'") })
        #expect(text.contains { $0.contains("short.yaml:7: unknown award slug 'anh-hung-lao-dongg'") })
    }

    @Test func centralCitiesMustBeProvinces() throws {
        let text = try problems(adding: "central_cities: [Đà Nẵng, Thành phố Vinh]\n", as: "cities.yaml")
        #expect(text.count == 1, "\(text)")
        #expect(text.contains { $0.contains("cities.yaml:1: central_cities: 'Thành phố Vinh' is not a province of `provinces`") })
    }

    /// "UBND thành phố" with no city named: the province's in an article about a city governed
    /// as one, a district's in an article about another province.
    @Test func anUnnamedCityGivesAsItsProvinceTells() throws {
        func granters(_ lead: String) throws -> [String] {
            let text = "Tin khen thưởng\n\(lead)\n\nUBND thành phố tặng Giấy khen cho 12 tập thể."
            let document = try Fixtures.pipeline.segment(SourceText(name: "c", source: "c", text: text, encoding: "UTF-8"))
            return Fixtures.pipeline.extract(document).filter { $0.record.count == 12 }.map { "\($0.record.granter ?? "-") \($0.record.granterName ?? "-")" }
        }
        #expect(try granters("Sáng 5/1, UBND thành phố Vinh, tỉnh Nghệ An tổ chức hội nghị tổng kết.") == ["to-chuc UBND thành phố"])
        #expect(try granters("Sáng 5/1, UBND thành phố Đà Nẵng tổ chức hội nghị tổng kết.") == ["ubnd-tinh -"])
    }

    /// Conditions listed inside a rule's list (a shared list by its anchor beside the rule's
    /// own) are read and checked like the others (they had been "expected a text value").
    @Test func conditionsInANestedListAreChecked() throws {
        let text = try problems(adding: """
        patterns:
          - id: nested-conditions
            pattern: "recipients:@recipients @receive awards:@awards"
            unless_at: [["@not_done", "@no_such_class"], "@proposal"]
        """, as: "nested.yaml")
        #expect(text.count == 1, "\(text)")
        #expect(text.contains { $0.contains("nested.yaml:3: rule 'nested-conditions': unknown class '@no_such_class'") })
    }
}
