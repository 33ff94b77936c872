import Foundation
import TestSupport
import Testing
import ThiDua

/// Award statements of other provinces, ministries, the army, the police and schools
/// (fixtures/extraction/statements.jsonl), each with the records it must give, or none.
struct StatementTests {
    struct Expected: Decodable, CustomStringConvertible {
        let award: [String]
        let kind: [String]
        let count: Int?
        let qualifier: String?
        let granter: String?
        let granterName: String?
        let `class`: [String]?
        let recipient: String?
        let recipientTitle: String?
        let presenter: String?
        let year: Int?
        /// The record is a part of the sentence's total (its part_of names the total).
        let partOfTotal: Bool?
        /// The count of the total the record is a part of, where the sentence has a total per kind.
        let partOfCount: Int?
        let province: String?
        /// The record names no province (the sentence's place names are local ones).
        let noProvince: Bool?
        /// The record has no granter (whoever the sentence names only hands the award over).
        let noGranter: Bool?
        /// The record names no recipient ("Công ty" alone is no name).
        let noRecipient: Bool?
        /// The record names no presenter (whoever the sentence names only speaks of it).
        let noPresenter: Bool?
        /// The named recipient has no title (what the sentence says of them is none: an age).
        let noTitle: Bool?
        /// The record has no year (the sentence gives a period).
        let noYear: Bool?

        enum CodingKeys: String, CodingKey {
            case award, kind, count, qualifier, granter, `class`, recipient, presenter, year
            case granterName = "granter_name"
            case recipientTitle = "recipient_title"
            case partOfTotal = "part_of_total"
            case partOfCount = "part_of_count"
            case province
            case noProvince = "no_province"
            case noGranter = "no_granter"
            case noRecipient = "no_recipient"
            case noPresenter = "no_presenter"
            case noTitle = "no_title"
            case noYear = "no_year"
        }

        var description: String { "\(award) \(kind) \(count.map(String.init) ?? "-") \(qualifier ?? "exact")" }

        func mismatches(_ record: AwardRecord, among all: [AwardRecord]) -> [String] {
            var wrong: [String] = []
            if let partOfCount, all.first(where: { $0.id == record.partOf })?.count != partOfCount {
                wrong.append("part of \(all.first { $0.id == record.partOf }?.count.map(String.init) ?? "nothing") ≠ part of \(partOfCount)")
            }
            if let granter, granter != record.granter { wrong.append("granter \(record.granter ?? "nil") ≠ \(granter)") }
            if let granterName, granterName != record.granterName { wrong.append("granter_name \(record.granterName ?? "nil") ≠ \(granterName)") }
            if let `class`, `class` != record.class ?? [] { wrong.append("class \(record.class ?? []) ≠ \(`class`)") }
            if let recipient, recipient != record.recipient { wrong.append("recipient \(record.recipient ?? "nil") ≠ \(recipient)") }
            if let recipientTitle, recipientTitle != record.recipientTitle {
                wrong.append("recipient_title \(record.recipientTitle ?? "nil") ≠ \(recipientTitle)")
            }
            if let presenter, presenter != record.presenter { wrong.append("presenter \(record.presenter ?? "nil") ≠ \(presenter)") }
            if let year, year != record.year { wrong.append("year \(record.year.map(String.init) ?? "nil") ≠ \(year)") }
            if (partOfTotal ?? false) != (record.partOf != nil) { wrong.append("part_of \(record.partOf ?? "nil")") }
            if let province, province != record.province { wrong.append("province \(record.province ?? "nil") ≠ \(province)") }
            if noProvince == true, let named = record.province { wrong.append("province \(named) ≠ nil") }
            if noGranter == true, let named = record.granter { wrong.append("granter \(named) ≠ nil") }
            if noRecipient == true, let named = record.recipient { wrong.append("recipient \(named) ≠ nil") }
            if noPresenter == true, let named = record.presenter { wrong.append("presenter \(named) ≠ nil") }
            if noTitle == true, let title = record.recipientTitle { wrong.append("recipient_title \(title) ≠ nil") }
            if noYear == true, let year = record.year { wrong.append("year \(year) ≠ nil") }
            return wrong
        }

        func matches(_ record: AwardRecord) -> Bool {
            Set(award) == Set(record.award) && Set(kind) == Set(record.kind) && count == record.count
                && (qualifier ?? "exact") == record.qualifier.rawValue
        }
    }

    struct Case: Decodable, CustomTestStringConvertible {
        let note: String
        let sentence: String
        let records: [Expected]
        var testDescription: String { note }
    }

    static let cases: [Case] = {
        let url = Fixtures.root.appendingPathComponent("fixtures/extraction/statements.jsonl")
        let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        return text.split(separator: "\n").compactMap { try? JSONDecoder().decode(Case.self, from: Data($0.utf8)) }
    }()

    @Test func thereAreCases() {
        #expect(Self.cases.count >= 20)
    }

    static func records(_ text: String) throws -> [AwardRecord] {
        let pipeline = Fixtures.pipeline
        // A body paragraph after a title, as in an article.
        let source = SourceText(name: "case", source: "case", text: "Tin thi đua khen thưởng\n" + text, encoding: "UTF-8")
        return pipeline.extract(try pipeline.segment(source)).map(\.record)
    }

    /// Every beginning of every statement, cut after each word, with and without a closing
    /// period: the chunker reads ahead of what it has found, and a sentence may end anywhere
    /// (a group read ahead past the last token trapped once). Each record's evidence stays
    /// inside the text.
    @Test func everyBeginningOfAStatementIsRead() throws {
        var texts = 0
        for statement in Self.cases {
            let words = statement.sentence.split(separator: " ")
            for count in 1...words.count {
                let prefix = words.prefix(count).joined(separator: " ")
                for text in [prefix, prefix + "."] {
                    let length = ("Tin thi đua khen thưởng\n" + text).unicodeScalars.count
                    for record in try Self.records(text) {
                        #expect(record.evidence.start < record.evidence.end && record.evidence.end <= length, "\(text)")
                    }
                    texts += 1
                }
            }
        }
        #expect(texts > 2 * Self.cases.count)
    }

    @Test(arguments: cases)
    func extractsWhatTheStatementSays(_ statement: Case) throws {
        let all = try Self.records(statement.sentence)
        var found = all
        for expected in statement.records {
            guard let index = found.firstIndex(where: expected.matches) else {
                Issue.record("missing \(expected) in: \(statement.sentence)\n  found: \(found.map { "\($0.award) \($0.kind) \($0.count.map(String.init) ?? "-") \($0.qualifier.rawValue)" })")
                continue
            }
            let wrong = expected.mismatches(found[index], among: all)
            #expect(wrong.isEmpty, "\(expected): \(wrong)")
            found.remove(at: index)
        }
        #expect(found.isEmpty, "unexpected: \(found.map { "\($0.award) \($0.kind) \($0.count.map(String.init) ?? "-") [\($0.evidence.rule)]" })")
    }
}
