import ThiDuaModel

extension Extractor {
    /// "Hội đồng thống nhất đề nghị Chủ tịch nước tặng Huân chương Lao động hạng Ba cho 2 tập
    /// thể; đề nghị Thủ tướng Chính phủ tặng Bằng khen cho 7 tập thể." and then "Bằng khen của
    /// Thủ tướng Chính phủ cho 12 cá nhân.": sentences that open with an award go on with the
    /// proposal before them (records.md: a proposal is no conferral), as the items of a
    /// proposal's list do: only what states a verb of its own is a conferral, and ends that.
    struct ProposalItems {
        private var proposing = false
        private var zone: Zone = .body

        /// Before a sentence is read: whether it goes on with the proposal before it.
        func continues(_ clause: Clause, zone: Zone) -> Bool {
            proposing && zone == self.zone && Self.opensWithAward(clause)
        }

        /// After it is read (`continued`: what `continues` said of it).
        mutating func read(_ clause: Clause, zone: Zone, continued: Bool, made: [ExtractedRecord]) {
            proposing = continued ? made.isEmpty : Self.proposes(clause, from: made.isEmpty ? 0 : Self.lastPartStart(clause))
            self.zone = zone
        }

        /// An award first, after an item's mark or not: "Bằng khen của Thủ tướng Chính phủ cho 12
        /// cá nhân.", or after words that go on ("Ngoài ra, còn có Cờ thi đua của UBND tỉnh: 54
        /// tập thể; ...").
        private static func opensWithAward(_ clause: Clause) -> Bool {
            guard clause.count > 2, clause.present.contains(.awards) else { return false }
            var start = ["-", "–", "+", "•"].contains(clause.tokens[0].text) ? 1 : 0
            while start < clause.count - 1 {
                if let words = clause.longest(.goingOn, at: start) {
                    start += words.length
                } else if start > 0, clause.tokens[start].is(",") {
                    start += 1
                } else {
                    break
                }
            }
            return Chunker(clause: clause).awards(at: start) != nil
        }

        /// Where the sentence's last part begins (after its last ";").
        private static func lastPartStart(_ clause: Clause) -> Int {
            (0..<max(0, clause.count - 1)).last { clause.tokens[$0].is(";") }.map { $0 + 1 } ?? 0
        }

        /// Whether the sentence proposes from `start` on: a proposal's word, not one a conferral is
        /// made on ("Theo đề nghị của Sở Nội vụ, Chủ tịch UBND tỉnh tặng ...") nor one joined to a
        /// conferral of one's own. A sentence that conferred nothing is asked whole ("Đề nghị tặng
        /// ... cho 07 cá nhân; ...; Bằng khen của Chủ tịch UBND tỉnh cho 89 cá nhân."); one that
        /// conferred, in its last part only.
        private static func proposes(_ clause: Clause, from start: Int) -> Bool {
            guard clause.present.contains(.proposal) else { return false }
            return (start..<clause.count).contains { index in
                guard clause.has(.proposal, at: index), clause.isConditionWord(at: index),
                      let proposal = clause.longest(.proposal, at: index) else { return false }
                // "đã trình cấp trên khen thưởng và khen thưởng theo thẩm quyền cho 1.520 lượt
                // ..., cụ thể:": the items are the breakdown of what was conferred.
                return !clause.isOnProposal(endingAt: index + proposal.length)
                    && !Extractor.joinsOwnConferral(clause, after: index + proposal.length)
            }
        }
    }
}
