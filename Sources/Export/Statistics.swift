import Foundation
import ThiDuaModel

/// Sums of award counts by the dimensions an analyst asks for. Counts the press gives
/// exactly and bounds ("hơn 5.000", "khoảng 300") are kept apart; a statement is counted
/// once: restatements (`repeat_of`) and near-duplicate documents (not selected by the store)
/// are left out, and a total whose parts are known (`part_of`) counts only what they leave.
public struct Statistics: Sendable {
    public enum Dimension: String, Sendable, CaseIterable {
        case province, award, level, year, granter, kind, `class`, zone, doc

        func value(_ record: AwardRecord) -> String {
            switch self {
            case .province: return record.province ?? "-"
            case .award: return record.award.joined(separator: "+")
            case .level:
                // One count for awards of several levels ("Cờ thi đua, Bằng khen của Thủ tướng ...")
                // is of them all, as the award column says.
                var levels: [String] = []
                for award in record.award {
                    if let level = Vocabulary.awardLevels[award], !levels.contains(level) { levels.append(level) }
                }
                return levels.isEmpty ? "-" : levels.joined(separator: "+")
            case .year: return record.year.map(String.init) ?? "-"
            case .granter: return record.granter ?? "-"
            case .kind: return record.kind.isEmpty ? "-" : record.kind.joined(separator: "+")
            case .class: return record.class?.joined(separator: "+") ?? "-"
            case .zone: return record.zone.rawValue
            case .doc: return record.doc
            }
        }
    }

    public struct Cell: Sendable {
        public let key: [String]
        public var records = 0
        /// Sum of exact counts.
        public var exact = 0
        /// Sum of counts stated as lower bounds ("hơn", "trên", "ít nhất").
        public var lowerBound = 0
        /// Sum of approximate counts ("khoảng", "gần", "hàng trăm").
        public var approximate = 0
        /// Sum of counts stated as upper bounds ("dưới").
        public var upperBound = 0
        /// Statements without a number ("cho các tập thể").
        public var uncounted = 0
        public var evidence: [AwardRecord] = []
    }

    public let dimensions: [Dimension]
    public let cells: [Cell]

    public init(records: [AwardRecord], by dimensions: [Dimension]) {
        // A document's records together, documents in the order they first appear.
        var order: [String] = []
        var byDocument: [String: [AwardRecord]] = [:]
        for record in records {
            if byDocument[record.doc] == nil { order.append(record.doc) }
            byDocument[record.doc, default: []].append(record)
        }
        var tally = Tally(by: dimensions, keepingEvidence: true)
        for doc in order { for record in byDocument[doc] ?? [] { tally.add(record) } }
        self = tally.statistics()
    }

    init(dimensions: [Dimension], cells: [Cell]) {
        self.dimensions = dimensions
        self.cells = cells
    }

    /// Sums built from records as they are read, a document at a time (a total and its
    /// parts are in one document): memory grows with the cells, not with the store. The
    /// records behind each cell are kept only when asked for.
    public struct Tally {
        public let dimensions: [Dimension]
        public let keepingEvidence: Bool
        private var cells: [[String]: Cell] = [:]
        private var document: [AwardRecord] = []

        public init(by dimensions: [Dimension], keepingEvidence: Bool) {
            self.dimensions = dimensions
            self.keepingEvidence = keepingEvidence
        }

        /// Records of a document must come together, as the store gives them.
        public mutating func add(_ record: AwardRecord) {
            if let last = document.last, last.doc != record.doc { countDocument() }
            document.append(record)
        }

        public mutating func statistics() -> Statistics {
            countDocument()
            return Statistics(dimensions: dimensions, cells: cells.values.sorted { $0.key.lexicographicallyPrecedes($1.key) })
        }

        private mutating func countDocument() {
            // A total counts what its parts leave of it: "2.468 tập thể, cá nhân được khen thưởng.
            // Trong đó, cấp Nhà nước khen thưởng 98 ..." counts 2,370 besides the 98. Nothing where
            // the parts add up to it, where a part's count is not exact, or where a counted
            // statement of its own follows the total in the text: the rest may be stated there
            // ("... Giám đốc Công an tỉnh tặng Giấy khen cho 312 tập thể, 1.643 cá nhân"), and
            // counted twice.
            var covered: [String: Int] = [:]
            var unsure = Set<String>()
            for record in document {
                guard let total = record.partOf else { continue }
                if let count = record.count, record.qualifier == .exact { covered[total, default: 0] += count } else { unsure.insert(total) }
            }
            var lastStatement: [Zone: Int] = [:]
            for record in document where record.partOf == nil && record.repeatOf == nil && record.count != nil && covered[record.id] == nil {
                lastStatement[record.zone] = max(lastStatement[record.zone] ?? -1, record.evidence.start)
            }
            for total in document where covered[total.id] != nil && (lastStatement[total.zone] ?? -1) > total.evidence.start {
                unsure.insert(total.id)
            }
            for record in document where record.repeatOf == nil {
                var count = record.count
                if let parts = covered[record.id] ?? (unsure.contains(record.id) ? 0 : nil) {
                    guard !unsure.contains(record.id), let total = record.count, total > parts else { continue }
                    count = total - parts
                }
                let key = dimensions.map { $0.value(record) }
                var cell = cells[key] ?? Cell(key: key)
                cell.records += 1
                switch (count, record.qualifier) {
                case (nil, _): cell.uncounted += 1
                case (let count?, .exact): cell.exact += count
                case (let count?, .moreThan), (let count?, .atLeast): cell.lowerBound += count
                case (let count?, .about): cell.approximate += count
                case (let count?, .fewerThan): cell.upperBound += count
                }
                if keepingEvidence { cell.evidence.append(record) }
                cells[key] = cell
            }
            document.removeAll(keepingCapacity: true)
        }
    }

    static let valueColumns = ["records", "exact", "lower_bound", "approximate", "upper_bound", "uncounted"]

    private func values(_ cell: Cell) -> [String] {
        [cell.records, cell.exact, cell.lowerBound, cell.approximate, cell.upperBound, cell.uncounted].map(String.init)
    }

    /// An aligned table for a terminal; with `evidence`, each cell's sentences follow it.
    public func table(evidence: Bool = false) -> String {
        let header = dimensions.map(\.rawValue) + Self.valueColumns
        let rows = cells.map { $0.key + values($0) }
        var widths = header.map(\.count)
        for row in rows { for (index, value) in row.enumerated() { widths[index] = max(widths[index], value.count) } }
        func line(_ row: [String]) -> String {
            row.enumerated().map { index, value in
                index < dimensions.count ? value.padding(toLength: widths[index], withPad: " ", startingAt: 0)
                    : String(repeating: " ", count: widths[index] - value.count) + value
            }.joined(separator: "  ")
        }
        var lines = [line(header)]
        for (cell, row) in zip(cells, rows) {
            lines.append(line(row))
            if evidence {
                for record in cell.evidence {
                    lines.append("    \(record.doc) [\(record.evidence.start), \(record.evidence.end)) \(record.count.map(String.init) ?? "-") \(record.qualifier.rawValue): \(record.evidence.sentence)")
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    public func csv() throws -> Data {
        try Exporter(format: .csv).csv(header: dimensions.map(\.rawValue) + Self.valueColumns,
                                       rows: cells.map { $0.key + values($0) })
    }

    /// One JSON object per cell; with `evidence`, the records behind it.
    public func json(evidence: Bool = false) -> String {
        var text = ""
        for cell in cells {
            var line = JSONLine()
            for (dimension, value) in zip(dimensions, cell.key) { line.add(dimension.rawValue, value) }
            for (column, value) in zip(Self.valueColumns, [cell.records, cell.exact, cell.lowerBound, cell.approximate,
                                                            cell.upperBound, cell.uncounted]) {
                line.add(column, value)
            }
            if evidence {
                line.addRaw("evidence", "[" + cell.evidence.map { record in
                    var item = JSONLine()
                    item.add("id", record.id)
                    item.add("doc", record.doc)
                    item.add("sentence", record.evidence.sentence)
                    item.add("start", record.evidence.start)
                    item.add("end", record.evidence.end)
                    return item.object()
                }.joined(separator: ",") + "]")
            }
            text += line.line()
        }
        return text
    }
}
