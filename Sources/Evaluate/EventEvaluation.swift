import Foundation
import ThiDuaModel

/// A gold event in the format of `shared/gold/seeds.events.jsonl`.
public struct GoldEvent: Sendable, Decodable {
    public struct Person: Sendable, Decodable {
        public let name: String
        public let title: String?
    }

    public let doc: String
    public let type: String
    public let titleCue: String?
    public let date: String?
    public let reviewYear: Int?
    public let planYear: Int?
    public let province: String?
    public let organizer: String?
    public let officials: [Person]

    enum CodingKeys: String, CodingKey {
        case doc, type, date, province, organizer, officials
        case titleCue = "title_cue"
        case reviewYear = "review_year"
        case planYear = "plan_year"
    }

    /// Every `*.events.jsonl` of `directory`; none when it has no such file.
    public static func load(directory: URL) throws(EvaluationError) -> [GoldEvent] {
        try loadGold(GoldEvent.self, suffix: ".events.jsonl", directory: directory) ?? []
    }
}

/// Main events scored against gold: each field where the gold states it (the date, the
/// years and the type also when the gold says null), the name by its `title_cue` (a piece
/// of it, in any case), and officials by name.
public struct EventEvaluation: Sendable {
    public struct Mismatch: Sendable {
        public let doc: String
        public let field: String
        public let found: String
        public let expected: String
    }

    public let documents: Int
    public let fields: [String: (correct: Int, total: Int)]
    public let officialsFound: Int
    public let officialsExpected: Int
    public let officialsCorrect: Int
    public let mismatches: [Mismatch]

    public var officialPrecision: Double { officialsFound == 0 ? 1 : Double(officialsCorrect) / Double(officialsFound) }
    public var officialRecall: Double { officialsExpected == 0 ? 1 : Double(officialsCorrect) / Double(officialsExpected) }

    public static func score(events: [EventRecord], gold: [GoldEvent]) -> EventEvaluation {
        var fields: [String: (correct: Int, total: Int)] = [:]
        var mismatches: [Mismatch] = []
        var found = 0, expected = 0, correct = 0
        func check(_ doc: String, _ field: String, _ actual: String?, _ wanted: String?, always: Bool = false) {
            guard wanted != nil || always else { return }
            var entry = fields[field] ?? (0, 0)
            entry.total += 1
            if actual == wanted { entry.correct += 1 } else {
                mismatches.append(Mismatch(doc: doc, field: field, found: actual ?? "null", expected: wanted ?? "null"))
            }
            fields[field] = entry
        }
        var mainEvents: [String: EventRecord] = [:] // the first main event of each document
        for event in events where event.isMain && mainEvents[event.doc] == nil { mainEvents[event.doc] = event }
        for gold in gold {
            let event = mainEvents[gold.doc]
            check(gold.doc, "type", event?.type, gold.type, always: true)
            if let cue = gold.titleCue {
                let named = event?.title?.lowercased().contains(cue.lowercased()) ?? false
                check(gold.doc, "title", event?.title, named ? event?.title : "… \(cue) …")
            }
            check(gold.doc, "date", event?.date, gold.date, always: true)
            check(gold.doc, "review_year", event?.reviewYear.map(String.init), gold.reviewYear.map(String.init), always: true)
            check(gold.doc, "plan_year", event?.planYear.map(String.init), gold.planYear.map(String.init), always: true)
            check(gold.doc, "province", event?.province, gold.province)
            check(gold.doc, "organizer", event?.organizer, gold.organizer)
            let names = Set(event?.officials.map(\.name) ?? []), wanted = Set(gold.officials.map(\.name))
            found += names.count
            expected += wanted.count
            correct += names.intersection(wanted).count
            for extra in names.subtracting(wanted) {
                mismatches.append(Mismatch(doc: gold.doc, field: "official", found: extra, expected: "-"))
            }
            for missing in wanted.subtracting(names) {
                mismatches.append(Mismatch(doc: gold.doc, field: "official", found: "-", expected: missing))
            }
        }
        return EventEvaluation(documents: gold.count, fields: fields, officialsFound: found, officialsExpected: expected,
                               officialsCorrect: correct, mismatches: mismatches)
    }

    public func report() -> String {
        var lines = ["events: \(documents) documents"]
        for (field, value) in fields.sorted(by: { $0.key < $1.key }) {
            lines.append("  \(field.padding(toLength: 12, withPad: " ", startingAt: 0)) \(value.correct)/\(value.total)")
        }
        lines.append(String(format: "  officials    precision %.3f  recall %.3f (%d found, %d expected)", officialPrecision,
                            officialRecall, officialsFound, officialsExpected))
        if !mismatches.isEmpty {
            lines.append("event mismatches:")
            for mismatch in mismatches {
                lines.append("  \(mismatch.doc) \(mismatch.field): \(mismatch.found) (gold \(mismatch.expected))")
            }
        }
        return lines.joined(separator: "\n")
    }
}
