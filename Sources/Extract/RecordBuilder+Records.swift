/// The records of a clause's matches: each match's drafts, the parts of its totals, the
/// giver said once for a series, and the records' identifiers.
extension RecordBuilder {
    /// The match's year: the clause's, `year`, but where that is said after the match and a
    /// comma, before a count of its own ("Đến nay đã có 5 tập thể được ... tặng ..., trong năm
    /// 2024 có thêm 2 tập thể"): it is that count's, and the match has the year of the clauses
    /// before, if any.
    private func year(of match: Extractor.Match, stated: (value: Int, index: Int)?, year: Int?) -> Int? {
        // "năm 2023, Bệnh viện được ... tặng Bằng khen và năm 2024 được Chủ tịch nước tặng ...": a
        // year said after "và" or a comma right before a later statement is that statement's.
        let start = match.range.lowerBound
        if start > (stated?.index ?? 0) + 2,
           let own = (max(1, start - 4)..<start).reversed().first(where: { clause.awardYear(at: $0) != nil }),
           own > (stated?.index ?? -1), clause.folds[own - 1] == "va" || clause.tokens[own - 1].is(",") {
            return clause.awardYear(at: own)
        }
        guard let stated, stated.index >= match.range.upperBound,
              (match.range.upperBound..<stated.index).contains(where: { clause.tokens[$0].is(",") }),
              (stated.index + 2..<min(clause.count, stated.index + 5)).contains(where: { clause.tokens[$0].isNumber })
        else { return year }
        return previous.year
    }

    mutating func records(from matches: [Extractor.Match]) -> [ExtractedRecord] {
        let chunker = Chunker(clause: clause)
        var behalf = onBehalf(chunker)
        if behalf.decided == nil { behalf.decided = previous.decided } else { carry.decided = behalf.decided }
        let statedYear = clause.awardYear()
        // Said before the clause's first statement, it is the year of the clauses after it too.
        // So is one that opens a clause of no statement, in its first words ("Năm 2024, UBND tỉnh
        // đã trình cấp trên khen thưởng cho 312 tập thể, cá nhân; Chủ tịch UBND tỉnh tặng ...",
        // "Trong năm 2024, ...").
        if let statedYear, statedYear.index < (matches.first?.range.lowerBound ?? 3) { carry.year = statedYear.value }
        let year = statedYear?.value ?? previous.year
        subjectGranter = matches.first.flatMap { leadingGiver(before: $0.range.lowerBound, chunker: chunker) }
        var drafts: [Draft] = []
        // Matches whose recipients are a part of an earlier total: their totals' drafts (one,
        // or one per kind: "05 tập thể và 12 cá nhân, trong đó 02 tập thể, 03 cá nhân ...").
        var totals: [Int: [Int]] = [:]
        for (number, match) in matches.enumerated() {
            var made = self.drafts(for: match, behalf: behalf, chunker: chunker, year: self.year(of: match, stated: statedYear, year: year))
            if made.contains(where: { $0.mentions.count > 1 && $0.mentions[0].year != nil }) { made = made.flatMap(splitByYear) }
            if made.contains(where: { $0.mentions.count > 1 }) { made = made.flatMap(splitByGranter) }
            if match.captures.contains(where: { $0.name == "reward" }) {
                made += made.filter { $0.record.award != ["khen-thuong"] }.map(rewardInMoney)
            }
            if let candidates = totals[number] {
                for index in made.indices {
                    made[index].partOf = Self.total(of: made[index].record, among: candidates, in: drafts)
                    // Medals or titles counted as parts of a total of one kind count that kind:
                    // "52 nhà giáo ..., trong đó có 3 Nhà giáo nhân dân".
                    if made[index].record.kind.isEmpty, let total = made[index].partOf, drafts[total].record.kind.count == 1 {
                        made[index].record.kind = drafts[total].record.kind
                    }
                    // "UBND tỉnh khen thưởng 10 tập thể, trong đó 3 tập thể được tặng Cờ thi đua": a
                    // part that names no giver has the total's, where that giver confers its award.
                    if made[index].record.granter == nil, let total = made[index].partOf, drafts[total].granterStated,
                       let slug = drafts[total].record.granter {
                        let awards = resolve(made[index].mentions, level: level(of: slug), fixed: made[index].record.award)
                        if mayConfer(slug, awards, as: made[index].mentions) {
                            made[index].record.granter = slug
                            made[index].record.granterName = drafts[total].record.granterName
                            made[index].record.award = awards
                            made[index].granterStated = true
                        }
                    }
                }
            }
            let first = drafts.count
            drafts.append(contentsOf: made)
            if made.count == 1 || made.count > 1 && made.allSatisfy({ $0.record.count != nil && $0.partOf == nil })
                && Set(made.map(\.record.kind)).count == made.count {
                let (parts, stated) = parts(of: Array(first..<drafts.count), match: match, among: matches, in: drafts, chunker: chunker)
                drafts.append(contentsOf: parts)
                for other in stated { totals[other] = Array(first..<first + made.count) }
            }
            // "cho 5 tập thể (1 hạng Nhất, 2 hạng Nhì, 2 hạng Ba)": the classes counted after the recipients.
            if made.count == 1, drafts[first].mentions.count == 1, drafts[first].mentions[0].classCounts.isEmpty,
               let recipients = match.captures.tokens(of: "recipients"),
               recipients.upperBound < clause.count, clause.tokens[recipients.upperBound].is("("),
               let (counts, _) = chunker.classCounts(at: recipients.upperBound),
               drafts[first].mentions[0].classes.isEmpty || counts.allSatisfy({ drafts[first].mentions[0].classes.contains($0.value) }) {
                drafts[first].mentions[0].classCounts = counts
                drafts[first].record.class = counts.reduce(into: []) { if !$0.contains($1.value) { $0.append($1.value) } }
            }
            if made.count == 1, let parts = classParts(of: drafts[first], total: first) { drafts.append(contentsOf: parts) }
        }
        // A granter said once after a series of statements belongs to all of them.
        // Not a total from its parts: they may each have a granter of their own.
        for index in drafts.indices.reversed() where !drafts[index].granterStated && drafts[index].record.granter == nil
            && !drafts.contains(where: { $0.partOf == index }) {
            // Of the same awards: "15 giáo viên đạt danh hiệu Chiến sĩ thi đua cơ sở, 3 giáo viên được
            // tặng Bằng khen của Bộ trưởng" says nothing of who gave the title.
            if let later = drafts[(index + 1)...].first(where: { $0.granterStated }),
               Set(later.mentions.map(\.slug)) == Set(drafts[index].mentions.map(\.slug)) {
                let awards = resolve(drafts[index].mentions, level: level(of: later.record.granter), fixed: drafts[index].record.award)
                guard let slug = later.record.granter, mayConfer(slug, awards, as: drafts[index].mentions) else { continue }
                drafts[index].record.granter = slug
                drafts[index].record.granterName = later.record.granterName
                drafts[index].record.award = awards
                drafts[index].granterStated = true
            }
        }
        let ids = drafts.enumerated().map { number, draft in
            Self.identifier(doc: doc, sentence: sentence, number: number, record: draft.record, clause: tokenOffset)
        }
        return drafts.enumerated().map { number, draft in
            var record = draft.record
            record.id = ids[number]
            record.partOf = draft.partOf.map { ids[$0] }
            return ExtractedRecord(record: record, captures: draft.captures, givenName: draft.givenName, pronoun: draft.pronoun,
                                   restated: draft.restated, position: draft.position)
        }
    }

    /// The giver of the clause's first verb of giving, when that verb stands before `start`:
    /// "Tổng Giám đốc Tập đoàn ... tặng Cờ thi đua cho công ty và Bằng khen cho 12 tập thể"
    /// (the first phrase names no recipient a record can count, the second still has a giver).
    /// With no verb of giving before it, the clause's subject when the match is a verb phrase
    /// joined to the subject's own by "và": "UBND tỉnh phát động phong trào thi đua năm 2025 và
    /// trao Cờ thi đua cho 10 đơn vị" (at the clause's start or after its opening comma, with
    /// no comma between).
    func leadingGiver(before start: Int, chunker: Chunker) -> GranterMention? {
        guard let verb = (0..<start).first(where: { clause.has(.give, at: $0) }) else {
            guard start >= 3, clause.folds[start - 1] == "va", clause.has(.give, at: start) else { return nil }
            let subject = chunker.granter(at: 0)
                ?? (0..<min(start, 8)).first(where: { clause.tokens[$0].is(",") }).flatMap { chunker.granter(at: $0 + 1) }
            guard let found = subject, found.tokens.upperBound < start - 1,
                  !(found.tokens.upperBound..<start).contains(where: { clause.tokens[$0].is(",") }) else { return nil }
            return found
        }
        for begin in 0..<verb {
            if let found = chunker.granter(at: begin), found.tokens.upperBound <= verb, verb - found.tokens.upperBound <= 4 {
                return found
            }
        }
        return nil
    }
}
