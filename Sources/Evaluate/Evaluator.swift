import ThiDuaModel

/// Scores extracted award records against gold: a record matches a gold record of the same
/// document with the same award set, kind set, count and qualifier (preferring one whose
/// sentence holds the gold cue). Granter, class, recipient, year and zone are scored as
/// separate accuracies over matched pairs, where the gold states them. Optional gold
/// records ("nhiều tập thể ...") absorb what is extracted from their sentence and count
/// for nothing either way.
/// The fields scored apart from the match, read the same way from gold and records.
public protocol ScoredFields {
    var granter: String? { get }
    var classes: [String]? { get }
    var recipient: String? { get }
    var year: Int? { get }
    var zoneName: String? { get }
    var granterName: String? { get }
    var recipientTitle: String? { get }
    var presenter: String? { get }
    var province: String? { get }
}

extension GoldAward: ScoredFields {
    public var classes: [String]? { `class` }
    public var zoneName: String? { zone }
}

extension AwardRecord: ScoredFields {
    public var classes: [String]? { `class` }
    public var zoneName: String? { zone.rawValue }
}

public struct Evaluation: Sendable {
    public struct Pair: Sendable {
        public let gold: GoldAward
        public let record: AwardRecord
    }

    public let matched: [Pair]
    public let falsePositives: [AwardRecord]
    public let falseNegatives: [GoldAward]
    public let absorbed: [AwardRecord]

    public var precision: Double { ratio(matched.count, matched.count + falsePositives.count) }
    public var recall: Double { ratio(matched.count, matched.count + falseNegatives.count) }
    public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }

    /// Accuracy of a field over matched pairs whose gold value is not null.
    public func accuracy(_ field: Field) -> (correct: Int, total: Int) {
        var correct = 0, total = 0
        for pair in matched {
            guard let same = field.compare(pair.gold, pair.record) else { continue }
            total += 1
            if same { correct += 1 }
        }
        return (correct, total)
    }

    public enum Field: String, CaseIterable, Sendable {
        case granter, `class`, recipient, year, zone, granterName = "granter_name", recipientTitle = "recipient_title", presenter
        case province

        /// The field as text, "null" when absent: the same reading for gold and records.
        func value(_ record: some ScoredFields) -> String? {
            switch self {
            case .granter: return record.granter
            case .class: return record.classes.map { $0.sorted().joined(separator: ",") }
            case .recipient: return record.recipient
            case .year: return record.year.map(String.init)
            case .zone: return record.zoneName
            case .granterName: return record.granterName
            case .recipientTitle: return record.recipientTitle
            case .presenter: return record.presenter
            case .province: return record.province
            }
        }

        /// nil when the gold does not state the field.
        func compare(_ gold: GoldAward, _ record: AwardRecord) -> Bool? {
            guard let expected = value(gold) else { return nil }
            if self == .class { return expected == (value(record) ?? "") }
            return expected == value(record)
        }
    }

    /// Precision, recall and F1 for one award slug (a record counts for each of its awards).
    public func scores(award: String) -> (precision: Double, recall: Double, f1: Double, support: Int) {
        let truePositives = matched.filter { $0.gold.award.contains(award) }.count
        let positives = falsePositives.filter { $0.award.contains(award) }.count
        let negatives = falseNegatives.filter { $0.award.contains(award) }.count
        let precision = ratio(truePositives, truePositives + positives), recall = ratio(truePositives, truePositives + negatives)
        let f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
        return (precision, recall, f1, truePositives + negatives)
    }

    public var awards: [String] {
        Set(matched.flatMap(\.gold.award) + falsePositives.flatMap(\.award) + falseNegatives.flatMap(\.award)).sorted()
    }

    private func ratio(_ part: Int, _ whole: Int) -> Double { whole == 0 ? 1 : Double(part) / Double(whole) }

    /// Scores `records` against `gold`; documents without gold are not scored.
    public static func score(records: [AwardRecord], gold: [GoldAward]) -> Evaluation {
        let goldDocs = Set(gold.map(\.doc))
        let scored = records.filter { goldDocs.contains($0.doc) }
        // Records only ever match gold of their own document: looked up by document, so the
        // cost grows with the corpus, not with its square.
        var byDoc: [String: [Int]] = [:]
        for (index, record) in scored.enumerated() { byDoc[record.doc, default: []].append(index) }
        var taken = [Bool](repeating: false, count: scored.count)
        var matched: [Pair] = []
        var missing: [GoldAward] = []
        let required = gold.filter { !$0.optional }
        // By position, not by value: an article may state the same thing twice, and each
        // statement needs its own record.
        var settled = Set<Int>()
        // Gold records with the cue found first, so that a loose match cannot take the record
        // a precise one needs.
        for pass in 0..<2 {
            for (position, gold) in required.enumerated() where !settled.contains(position) {
                let found = byDoc[gold.doc]?.first { index in
                    let record = scored[index]
                    return !taken[index] && keyMatches(gold, record)
                        && (pass == 1 || (!gold.cue.isEmpty && record.evidence.sentence.contains(gold.cue)))
                }
                if let index = found {
                    matched.append(Pair(gold: gold, record: scored[index]))
                    taken[index] = true
                    settled.insert(position)
                } else if pass == 1 {
                    missing.append(gold)
                    settled.insert(position)
                }
            }
        }
        var unmatched = scored.indices.filter { !taken[$0] }.map { scored[$0] }
        var absorbed: [AwardRecord] = []
        let optional = Dictionary(grouping: gold.filter(\.optional), by: \.doc)
        unmatched.removeAll { record in
            let covered = optional[record.doc, default: []].contains { !$0.cue.isEmpty && record.evidence.sentence.contains($0.cue) }
            if covered { absorbed.append(record) }
            return covered
        }
        return Evaluation(matched: matched, falsePositives: unmatched, falseNegatives: missing, absorbed: absorbed)
    }

    static func keyMatches(_ gold: GoldAward, _ record: AwardRecord) -> Bool {
        gold.doc == record.doc && Set(gold.award) == Set(record.award) && Set(gold.kind) == Set(record.kind)
            && gold.count == record.count && gold.qualifier == record.qualifier.rawValue
    }
}
