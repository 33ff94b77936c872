import ThiDuaModel

extension Extractor {
    /// A breakdown in a list of paragraphs: "... khen thưởng cho 1.856 tập thể, cá nhân. Cụ thể
    /// như sau:" and then "- Cờ thi đua của UBND tỉnh: 32 tập thể;", "- Bằng khen ...: 412 tập
    /// thể, 1.149 cá nhân." Each counted record of the items is a part of the total
    /// (records.md: parts carry part_of), of its kind where there is a total per kind, and no
    /// larger. Headings between the items ("2. Khen thưởng cấp tỉnh") keep the list open;
    /// another paragraph closes it. Items without a mark ("Cờ thi đua của UBND tỉnh: 32 tập
    /// thể;", a page's list in HTML) are read as items too. The items of a proposal's list
    /// ("trình Thủ tướng Chính phủ khen thưởng 45 tập thể, cá nhân, cụ thể:") are proposed
    /// too: an item that states no verb of its own gives no record (records.md: a proposal
    /// is no conferral).
    struct ListBreakdown {
        private var open = false
        private var totals: [Total] = []
        private var proposed = false
        private var zone: Zone = .body
        /// Whether the sentence being read is in an item of the list.
        private var inItem = false

        /// The marks an item of a list starts with.
        private static let itemMarks: Set<Substring> = ["-", "–", "—", "+", "•", "*"]
        /// A paragraph as short as this that states nothing is a heading.
        private static let headingLength = 12

        /// An item starts with a mark ("-", "a)"), or names an award and then its counts after a colon, as
        /// the items of a list in a page's HTML do ("Cờ thi đua của UBND tỉnh: 32 tập thể;").
        static func isItem(_ clause: Clause) -> Bool {
            guard clause.count > 1 else { return false }
            if Self.itemMarks.contains(clause.tokens[0].text) { return true }
            // "a) 30 tập thể ...", "2) Bằng khen ...": a letter or a number, then a bracket.
            let first = clause.tokens[0].text
            if clause.tokens[1].is(")"), first.count == 1 && first.first?.isLetter == true
                || clause.tokens[0].isNumber && first.utf8.count <= 2 {
                return true
            }
            let chunker = Chunker(clause: clause)
            guard var end = chunker.awards(at: 0)?.end else { return false }
            // "Bằng khen của Chủ tịch UBND tỉnh: ...", "Bằng khen Thủ tướng Chính phủ: ..."
            let giver = end < clause.count && clause.has(.ofGiver, at: end) ? end + 1 : end
            if let granter = chunker.granter(at: giver) { end = granter.tokens.upperBound }
            return end < clause.count && clause.tokens[end].is(":")
        }

        /// Before a sentence is read: whether it is an item of a proposal's list, whose
        /// statements are proposed too (the extractor keeps only those with a verb of their own,
        /// as for the parts of a proposal in one sentence).
        mutating func enter(_ clause: Clause, zone: Zone, opensParagraph: Bool) -> Bool {
            if open, opensParagraph || zone != self.zone { inItem = zone == self.zone && Self.isItem(clause) }
            return open && inItem && proposed
        }

        /// The list's totals, for the item being read where it names no award ("- Khối sở, ban,
        /// ngành: 30 tập thể, 40 cá nhân;", `continuedParts`); none outside an item, nor in a
        /// proposal's list.
        var itemTotals: [Total] { open && inItem && !proposed ? totals : [] }

        /// After it is read: its records' parts, and whether it opens or closes a list.
        mutating func read(_ made: inout [ExtractedRecord], clause: Clause, zone: Zone, opensParagraph: Bool,
                           totalsBefore: [Total], totalsAfter: [Total]) {
            if open, opensParagraph || zone != self.zone, !inItem,
               !(made.isEmpty && clause.count <= Self.headingLength && zone == self.zone) {
                open = false
            }
            if open, inItem {
                for index in made.indices where made[index].record.partOf == nil {
                    made[index].record.partOf = totals.total(of: made[index].record, noLarger: true)?.id
                }
            }
            // "..., cụ thể:", "Cụ thể như sau:", "Trong đó:", "... như sau:", "Hồ sơ đề nghị ... gồm:":
            // the list follows.
            if clause.count > 1, clause.tokens[clause.count - 1].is(":"),
               clause.hasPhrase(.breakdown, endingAt: clause.count - 1) || clause.hasPhrase(.listOpening, endingAt: clause.count - 1)
                || clause.hasPhrase(.comprising, endingAt: clause.count - 1) {
                let opened = totalsAfter.isEmpty ? totalsBefore : totalsAfter
                let proposal = made.isEmpty && clause.present.contains(.proposal)
                if !opened.isEmpty || proposal {
                    open = true
                    totals = proposal ? [] : opened
                    proposed = proposal
                    self.zone = zone
                    inItem = false
                }
            }
        }
    }
}
