import Foundation
import ThiDuaModel

/// The evaluation as a person reads it: the scores, then every miss with its sentence.
extension Evaluation {
    public func report() -> String {
        func percent(_ value: Double) -> String { String(format: "%.3f", value) }
        var lines = [
            "award records: \(matched.count) matched, \(falsePositives.count) false positives, "
                + "\(falseNegatives.count) false negatives, \(absorbed.count) left to optional gold",
            "precision \(percent(precision))  recall \(percent(recall))  F1 \(percent(f1))",
            "",
            "field accuracy over matched records (where the gold states the field):",
        ]
        for field in Field.allCases {
            let (correct, total) = accuracy(field)
            guard total > 0 else { continue }
            lines.append("  \(field.rawValue.padding(toLength: 16, withPad: " ", startingAt: 0)) \(correct)/\(total) = \(percent(Double(correct) / Double(total)))")
        }
        lines.append("")
        lines.append("per award:                          precision recall  F1     support")
        for award in awards {
            let score = scores(award: award)
            lines.append("  \(award.padding(toLength: 34, withPad: " ", startingAt: 0)) \(percent(score.precision))     \(percent(score.recall))   \(percent(score.f1))  \(score.support)")
        }
        if !falsePositives.isEmpty {
            lines.append("")
            lines.append("false positives:")
            for record in falsePositives {
                lines.append("  \(record.doc) \(record.award) \(record.kind) count \(record.count.map(String.init) ?? "-") [\(record.evidence.rule)]")
                lines.append("    \(record.evidence.sentence)")
            }
        }
        if !falseNegatives.isEmpty {
            lines.append("")
            lines.append("false negatives:")
            for gold in falseNegatives {
                lines.append("  \(gold.doc) \(gold.award) \(gold.kind) count \(gold.count.map(String.init) ?? "-")")
                lines.append("    cue: \(gold.cue)")
            }
        }
        let wrongFields = matched.compactMap { pair -> String? in
            let wrong = Field.allCases.filter { $0.compare(pair.gold, pair.record) == false }
            guard !wrong.isEmpty else { return nil }
            return "  \(pair.gold.doc) \(pair.gold.award): " + wrong.map { field in
                "\(field.rawValue) \(field.value(pair.record) ?? "null") (gold \(field.value(pair.gold) ?? "null"))"
            }.joined(separator: "; ")
        }
        if !wrongFields.isEmpty {
            lines.append("")
            lines.append("matched records with wrong fields:")
            lines.append(contentsOf: wrongFields)
        }
        return lines.joined(separator: "\n")
    }
}
