/// Checks on a match before it is taken: whether it reads across a breakdown, another award
/// or another verb; whether its holder holds its awards; whether a proposal before it leaves
/// it a conferral.
extension Extractor {
    /// Whether a match's `holder` holds its awards: "Lễ đón nhận Huân chương Lao động hạng Ba
    /// của Công ty ...": after awards only higher offices confer (`conferred_only_by`), a body
    /// after "của" that confers none of them. Not "được tặng Cờ thi đua của UBND tỉnh" (the
    /// province gives that flag), nor a body named by its word alone. True for other matches.
    func holderHolds(_ captures: [Capture], in clause: Clause) -> Bool {
        guard let capture = captures.first(where: { $0.name == "holder" }) else { return true }
        guard case .named(let holder)? = capture.value, holder.isBody, !holder.isBare,
              case .awards(let mentions)? = captures.first(where: { $0.name == "awards" })?.value, !mentions.isEmpty else {
            return false
        }
        var level: String?
        if case .granter(let granter)? = captures.first(where: { $0.name == "granter" })?.value { level = granter.level }
        let slugs = rules.slugs(of: mentions, level: level)
        guard slugs.allSatisfy({ rules.conferrers[$0] != nil }) else { return false }
        guard let giver = Chunker(clause: clause).granter(at: holder.tokens.lowerBound) else { return true }
        return !rules.mayConfer(giver.slug, slugs)
    }

    /// Whether every award captured is one of `titles`, counted by its holders' kind (rules
    /// with `titles_counted`): "có 45 Tập thể lao động xuất sắc, 120 Tập thể lao động tiên
    /// tiến", not "có 3 Bằng khen" (medals, whoever holds them).
    static func counts(_ titles: Set<String>, only captures: [Capture]) -> Bool {
        guard case .awards(let mentions)? = captures.first(where: { $0.name == "awards" })?.value, !mentions.isEmpty else { return false }
        return mentions.allSatisfy { $0.count != nil && $0.countsKind != nil && titles.contains($0.slug) }
    }

    /// Whether a proposal that ends at `end` is joined by "và" to a conferral within one's own
    /// authority: "trình cấp trên và khen thưởng theo thẩm quyền cho ...", "đề nghị cấp trên khen
    /// thưởng và khen thưởng theo thẩm quyền ...". What follows is a conferral still.
    static func joinsOwnConferral(_ clause: Clause, after end: Int) -> Bool {
        if wasGranted(clause, after: end) { return true }
        guard clause.present.contains(.ownAuthority) else { return false }
        for index in end..<min(clause.count, end + 6) where clause.folds[index] == "va" {
            let verb = index + 1
            guard let found = clause.longest(.praise, at: verb) ?? clause.longest(.give, at: verb) else { continue }
            if clause.has(.ownAuthority, at: verb + found.length) { return true }
        }
        return false
    }

    /// Whether a proposal that ends at `end` is said to have been granted: "UBND tỉnh đã xét
    /// đề nghị và được Chủ tịch nước, Thủ tướng Chính phủ khen thưởng cho 103 tập thể và cá
    /// nhân" ("và được", a verb of giving or praise within a few words after).
    static func wasGranted(_ clause: Clause, after end: Int) -> Bool {
        guard end + 2 < clause.count, clause.folds[end] == "va", clause.tokens[end + 1].text == "được" else { return false }
        return (end + 2..<min(clause.count, end + 14)).contains { clause.has(.give, at: $0) || clause.has(.praise, at: $0) }
    }

    /// Where a statement of its own begins after a proposal that begins at `proposal`: "7 tập
    /// thể, 17 cá nhân được đề nghị tặng Bằng khen, 35 tập thể, 73 cá nhân được tặng Giấy khen".
    /// After the proposal's award, a comma, counted recipients and their own verb, with no
    /// proposal after them; or "và", a giver below the one proposed to and its verb: "UBND
    /// huyện đề nghị UBND tỉnh tặng Bằng khen cho 5 tập thể và Chủ tịch UBND huyện tặng Giấy
    /// khen cho 35 tập thể" (the proposer's own; "đề nghị Chủ tịch nước tặng ... và Thủ tướng
    /// Chính phủ tặng ..." proposes both). The clause's length where there is none.
    static func statementAfterProposal(in clause: Clause, from proposal: Int) -> Int {
        guard let award = (proposal..<clause.count).first(where: { clause.has(.award, at: $0) || clause.has(.genericAward, at: $0) })
        else {
            // No award named: "đề nghị cấp trên khen thưởng 85 trường hợp và Chủ tịch UBND tỉnh khen
            // thưởng 1.250 trường hợp" (a praise proposed, then the proposer's own).
            return lowerGiverAfterProposal(in: clause, from: proposal, award: proposal, chunker: Chunker(clause: clause)) ?? clause.count
        }
        let chunker = Chunker(clause: clause)
        if let own = lowerGiverAfterProposal(in: clause, from: proposal, award: award, chunker: chunker) { return own }
        for start in award + 2..<max(award + 2, clause.count) where clause.tokens[start - 1].is(",")
            && (clause.tokens[start].isNumber || clause.hasAny(Chunker.countStarts, at: start)) {
            // The recipients are the subject of a verb right after them (not the end of the
            // proposal's list: "... cho 2 tập thể, 3 cá nhân và Thủ tướng Chính phủ tặng ...").
            guard let recipients = chunker.countedRecipients(at: start) else { continue }
            var verb = recipients.end
            if verb < clause.count, let adverb = clause.longest(.subjectAdverb, at: verb) { verb += adverb.length }
            guard verb < clause.count, clause.hasAny(Self.ownVerbs, at: verb) else { continue }
            return (start..<clause.count).contains(where: { clause.has(.proposal, at: $0) }) ? clause.count : start
        }
        return clause.count
    }

    private static let ownVerbs = WordClass.bits(.receive, .praised, .by, .achieve)

    /// "..., và Chủ tịch UBND huyện tặng Giấy khen ...", "... và tặng Bằng khen của Chủ tịch UBND
    /// tỉnh ...": where a giver of a lower level than the one the proposal names (before its
    /// award) begins, after "và" and before its own verb (or after it, the award's own).
    /// A proposal to no giver named ("đề nghị cấp trên khen thưởng ...") is to a higher level
    /// than the proposer's, taken as the national one.
    private static func lowerGiverAfterProposal(in clause: Clause, from proposal: Int, award: Int, chunker: Chunker) -> Int? {
        guard clause.present.contains(.granterAlias) else { return nil }
        let proposed = (proposal..<award).lazy.compactMap({ chunker.granter(at: $0) }).first
        guard let proposedRank = proposed.map({ levelRanks[$0.level] }) ?? levelRanks["national"] else { return nil }
        for index in award + 1..<max(award + 1, clause.count - 2) where clause.folds[index] == "va" {
            guard !(index..<clause.count).contains(where: { clause.has(.proposal, at: $0) }) else { continue }
            // "... và tặng Bằng khen của Chủ tịch UBND tỉnh cho 20 tập thể": no giver before the
            // verb, the award's own after "của", below the one proposed to.
            if clause.has(.give, at: index + 1),
               let of = (index + 2..<min(clause.count, index + 12)).first(where: { clause.has(.ofGiver, at: $0) }),
               let giver = chunker.granter(at: of + 1), let rank = levelRanks[giver.level], rank < proposedRank {
                return index + 1
            }
            guard let giver = chunker.granter(at: index + 1), let rank = levelRanks[giver.level], rank < proposedRank,
                  (giver.tokens.upperBound..<min(clause.count, giver.tokens.upperBound + 3)).contains(where: {
                      clause.has(.give, at: $0) || clause.has(.praise, at: $0)
                  })
            else { continue }
            return index + 1
        }
        return nil
    }

    private static let levelRanks = ["other": 0, "provincial": 1, "national": 2]

    /// Whether "trong đó" stands between a match's recipients and its awards: "80 tập thể,
    /// cá nhân được khen thưởng, trong đó 2 tập thể được tặng Huân chương ...". The total
    /// and its parts are statements of their own; one rule reading across would give the
    /// total the part's award.
    static func spansBreakdown(_ captures: [Capture], in clause: Clause) -> Bool {
        guard let recipients = captures.tokens(of: "recipients"),
              let awards = captures.tokens(of: "awards"),
              recipients.upperBound < awards.lowerBound else { return false }
        // Not one in brackets closed before the awards: "16 tập thể, cá nhân (trong đó 5 tập thể,
        // 11 cá nhân) được tặng Bằng khen" (the total's statement; its parts are in the brackets).
        let aside = bracketed(recipients.upperBound..<awards.lowerBound, in: clause)
        if (recipients.upperBound..<awards.lowerBound).contains(where: { !aside.contains($0) && clause.has(.breakdown, at: $0) }) {
            return true
        }
        // "10 tập thể được khen thưởng, gồm: 3 tập thể được tặng Cờ thi đua, ...": a comma, "gồm", counted groups.
        guard clause.present.contains(.comprising) else { return false }
        let chunker = Chunker(clause: clause)
        return (recipients.upperBound..<awards.lowerBound).contains { chunker.comprisingMarker(after: $0) != nil }
    }

    /// Whether the clause names one of `titles`: a rule limited to them is tried at all only
    /// then (tried at every comma of every clause with medals counted, it cost 0.45 % of a run).
    static func names(_ titles: Set<String>, in clause: Clause) -> Bool {
        clause.present.contains(.award) && clause.tokens.indices.contains { index in
            clause.has(.award, at: index) && clause.longest(.award, at: index).map { titles.contains(clause.value($0)) } == true
        }
    }

    /// Whether counted recipients of their own stand after the medals a match counts, before
    /// its verb: "có 120 tập thể lao động tiên tiến và 320 cá nhân đạt Chiến sĩ thi đua cơ sở"
    /// (the 320 achieve the title; the 120 titles are a statement of their own).
    static func spansCountedRecipients(_ captures: [Capture], range: Range<Int>, in clause: Clause) -> Bool {
        guard let awards = captures.tokens(of: "awards"), awards.upperBound < range.upperBound,
              !captures.contains(where: { $0.name == "recipients" || $0.name == "recipient" || $0.name == "holder" }) else { return false }
        let chunker = Chunker(clause: clause)
        return (awards.upperBound..<range.upperBound).contains { index in
            (clause.tokens[index].isNumber || clause.hasAny(Chunker.countStarts, at: index)) && chunker.countedRecipients(at: index) != nil
        }
    }

    /// Whether another award, or another counted group after a mark, stands between a match's
    /// recipients and its awards: "15 giáo viên đạt danh hiệu Chiến sĩ thi đua cơ sở, 3 giáo
    /// viên được tặng Bằng khen" (the 15 got the title, not the Bằng khen); "100% các đơn vị
    /// hoàn thành xuất sắc nhiệm vụ, 15 đơn vị được UBND tỉnh tặng Bằng khen" (the 15 did).
    static func spansAnotherAward(_ captures: [Capture], in clause: Clause) -> Bool {
        guard let recipients = captures.tokens(of: "recipients"),
              let awards = captures.tokens(of: "awards"),
              recipients.upperBound < awards.lowerBound else { return false }
        var chunker: Chunker?
        // Groups in brackets closed before the awards are the total's parts (spansBreakdown).
        let aside = bracketed(recipients.upperBound..<awards.lowerBound, in: clause)
        return (recipients.upperBound..<awards.lowerBound).contains { index in
            if (clause.has(.award, at: index) || clause.has(.genericAward, at: index)) && !clause.has(.notAward, at: index) {
                return true
            }
            // "Trong số 45 sáng kiến được công nhận, có 12 sáng kiến được tặng Bằng khen": "có" after the mark.
            guard index > recipients.upperBound, !aside.contains(index),
                  clause.tokens[index].isNumber || clause.hasAny(Chunker.countStarts, at: index),
                  clause.tokens[index - 1].is(",") || clause.folds[index - 1] == "va"
                    || index - 2 >= recipients.upperBound && clause.folds[index - 1] == "co" && clause.tokens[index - 2].is(",")
            else { return false }
            if chunker == nil { chunker = Chunker(clause: clause) }
            return chunker!.countedRecipients(at: index) != nil
        }
    }

    /// Whether the named recipient received an award in a phrase of its own before the match's
    /// awards: "Trường THCS Lê Lợi được công nhận danh hiệu Tập thể lao động xuất sắc, được UBND
    /// tỉnh tặng Cờ thi đua" (the title is the first phrase's; the flag, the second's, whose
    /// recipient is the one named last). Not an award said of the name with no verb before it
    /// ("Công an tỉnh, đơn vị Anh hùng Lực lượng vũ trang nhân dân, được tặng ...").
    static func spansAwardPhrase(_ captures: [Capture], in clause: Clause) -> Bool {
        guard let recipient = captures.tokens(of: "recipient"),
              let awards = captures.tokens(of: "awards"),
              recipient.upperBound < awards.lowerBound else { return false }
        var chunker: Chunker?
        for index in recipient.upperBound..<awards.lowerBound where clause.hasAny(Self.awardVerbs, at: index) {
            let verb = clause.longest(.receive, at: index) ?? clause.longest(.give, at: index) ?? clause.longest(.achieve, at: index)
            guard let verb, index + verb.length < awards.lowerBound,
                  clause.hasAny(Chunker.awardStarts, at: index + verb.length) else { continue }
            if chunker == nil { chunker = Chunker(clause: clause) }
            if let found = chunker!.awards(at: index + verb.length), found.end <= awards.lowerBound { return true }
        }
        return false
    }

    private static let awardVerbs = WordClass.bits(.receive, .give, .achieve)

    /// The tokens of `range` inside its first brackets, where they close within it: an aside.
    private static func bracketed(_ range: Range<Int>, in clause: Clause) -> Range<Int> {
        guard let open = range.first(where: { clause.tokens[$0].is("(") }),
              let close = (open..<range.upperBound).first(where: { clause.tokens[$0].is(")") }) else { return range.lowerBound..<range.lowerBound }
        return open..<close + 1
    }

    /// Whether a second verb phrase stands between a match's awards and its recipients:
    /// "UBND tỉnh tặng Bằng khen, tặng quà cho 10 hộ nghèo" (the households got gifts).
    /// Not a praise joined by "và", which names no award of its own: "trao tặng bằng khen và
    /// khen thưởng các tập thể, cá nhân" (the same recipients got the Bằng khen).
    static func spansAnotherVerb(_ captures: [Capture], in clause: Clause) -> Bool {
        guard let awards = captures.tokens(of: "awards"),
              let recipients = captures.indices.first(where: { index in
                  captures[index].name == "recipients" || captures[index].name == "recipient" || captures[index].name == "holder"
              }).map({ captures[$0].tokens }),
              awards.upperBound < recipients.lowerBound else { return false }
        return (awards.upperBound + 1..<recipients.lowerBound).contains { index in
            clause.has(.give, at: index) && (clause.tokens[index - 1].is(",")
                || clause.folds[index - 1] == "va" && !clause.has(.praise, at: index))
        }
    }
}
