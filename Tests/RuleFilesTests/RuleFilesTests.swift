import Foundation
import RuleFiles
import Testing
import TestSupport
import ThiDua

struct RuleFilesTests {
    @Test func checkoutRulesLoad() throws {
        _ = try NormalizationRules.load(from: Fixtures.rules)
        let segmentation = try SegmentationRules.load(from: Fixtures.rules)
        for required in ["TP.", "Tp.", "ThS.", "Th.S.", "TS.", "PGS.", "GS.", "BS.", "KS.", "CN.", "Q.", "P.", "v.v."] {
            #expect(segmentation.abbreviations.contains(required), "\(required)")
        }
    }

    @Test func everyProblemIsReportedWithFileAndLine() throws {
        let directory = try Fixtures.copyOfRules()
        defer { try? FileManager.default.removeItem(at: directory) }
        try """
        locale: vi
        abbreviations:
          - TP.
          - TP.
          - two words.
        terminators: ["…"]
        """.write(to: directory.appendingPathComponent("segmentation.yaml"), atomically: false, encoding: .utf8)
        #expect {
            _ = try SegmentationRules.load(from: RuleDirectory(url: directory))
        } throws: { error in
            guard let error = error as? RuleLoadError else { return false }
            let lines = error.problems.map(\.line)
            let text = error.description
            return error.problems.count == 3 && lines == [6, 4, 5]
                && text.contains("segmentation.yaml:4: duplicate abbreviation 'TP.'")
                && text.contains("segmentation.yaml:6: unknown key 'terminators'")
        }
    }

    @Test func yamlSyntaxErrorsCarryTheirLine() throws {
        let directory = try Fixtures.copyOfRules()
        defer { try? FileManager.default.removeItem(at: directory) }
        try "locale: vi\nabbreviations: [TP.\n  - x\n".write(to: directory.appendingPathComponent("segmentation.yaml"),
                                                       atomically: false, encoding: .utf8)
        #expect {
            _ = try SegmentationRules.load(from: RuleDirectory(url: directory))
        } throws: { error in
            guard let problem = (error as? RuleLoadError)?.problems.first else { return false }
            return problem.line >= 2 && problem.message.hasPrefix("YAML:")
        }
    }

    @Test func badToneTableIsRejected() throws {
        let directory = try Fixtures.rules(editing: "normalization.yaml", replacing: [
            "second-vowel: [oà, oá, oả, oã, oạ]": "second-vowel: [oà, oá, oả]",
            "style: first-vowel": "style: middle",
        ])
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect {
            _ = try NormalizationRules.load(from: RuleDirectory(url: directory))
        } throws: { error in
            let text = "\(error)"
            return text.contains("unknown style 'middle'") && text.contains("first-vowel has 5 forms, second-vowel 3")
                && text.contains("normalization.yaml:")
        }
    }

    @Test func missingDirectorySaysWhatToDo() {
        #expect {
            _ = try NormalizationRules.load(from: RuleDirectory(url: URL(fileURLWithPath: "/nonexistent/rules")))
        } throws: { error in
            "\(error)".contains("rule file not found") && "\(error)".contains("THIDUA_RULES")
        }
    }
}
