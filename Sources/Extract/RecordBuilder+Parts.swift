import ThiDuaModel

/// Breakdowns inside a clause: the parts after "trong đó" of the total a match counted.
extension RecordBuilder {
    /// "80 tập thể, cá nhân được tặng Bằng khen, trong đó 30 tập thể, 50 cá nhân": the counted
    /// groups after "trong đó" are parts of the total, with its awards (records.md: each
    /// part carries part_of; statistics count the parts). With a total per kind ("05 tập thể
    /// và 12 cá nhân, trong đó ..."), a part is the total's of its kind.
    /// A part that is the recipients of a statement of its own ("trong đó 2 tập thể được tặng
    /// Huân chương ...") is that statement's: it is returned among `stated` (by its index in
    /// `matches`), to carry part_of, instead of becoming a part with the total's awards.
    func parts(of totals: [Int], match: Extractor.Match, among matches: [Extractor.Match], in drafts: [Draft],
                       chunker: Chunker) -> (parts: [Draft], stated: [Int]) {
        let matchEnd = match.range.upperBound
        let classesAfter = matchEnd + 1 < clause.count && clause.tokens[matchEnd].is("(") && clause.has(.classWord, at: matchEnd + 1)
            ? matchEnd : nil
        // A total of no count has parts too: "cho các tập thể, cá nhân ..., trong đó có 10
        // tập thể" (statistics count the parts, and nothing of the total).
        guard let recipients = match.captures.tokens(of: "recipients"),
              // "350 tập thể và cá nhân (tập thể: 120, cá nhân: 230)", "03 tập thể, 05 cá nhân (hạng
              // Nhì: 01 tập thể; hạng Ba: ...)": a bracket right after the total, kinds before their
              // counts or classes of the order, is a breakdown too.
              // (from the first group on: a breakdown in brackets may stand between two groups)
              let marker = (recipients.lowerBound..<clause.count).first(where: { clause.has(.breakdown, at: $0) })
                ?? (recipients.upperBound < clause.count && clause.tokens[recipients.upperBound].is("(")
                    && (chunker.kindFirstGroups(at: recipients.upperBound + 1) != nil
                        // "16 tập thể, cá nhân (5 tập thể, 11 cá nhân)": counted groups alone.
                        || (chunker.countedRecipients(at: recipients.upperBound + 1).map({ $0.end + 1 }) ?? -1)
                            == chunker.closingBracket(after: recipients.upperBound)
                        || clause.has(.classWord, at: recipients.upperBound + 1)
                        // "(khen thưởng theo công trạng 320, khen thưởng đột xuất 150)"
                        || clause.has(.praise, at: recipients.upperBound + 1)
                        || chunker.countedAwards(at: recipients.upperBound + 1) != nil) ? recipients.upperBound : nil)
                // "7 tập thể, cá nhân được tặng Huân chương Lao động (hạng Nhì: 2 tập thể; hạng Ba: 3
                // tập thể, 2 cá nhân)": the classes in a bracket right after the award.
                ?? classesAfter
                // "63 tập thể, cá nhân (gồm 25 tập thể, 38 cá nhân)", "..., gồm 25 tập thể và 38 cá nhân",
                // "10 tập thể được khen thưởng, gồm: 3 tập thể ...".
                ?? (recipients.upperBound...max(recipients.upperBound, match.range.upperBound)).lazy
                    .compactMap({ chunker.comprisingMarker(after: $0) }).first
                ?? comprisingAfterStatement(match, chunker: chunker)
                ?? comprisingAfterDescription(recipients, chunker: chunker)
        else { return ([], []) }
        var parts: [Draft] = [], stated: [Int] = []
        // The parts as medals counted, a statement of its own from the marker on: "trong
        // đó: 2 Huân chương Lao động hạng Ba, 15 Bằng khen của Thủ tướng Chính phủ".
        var position = marker + 1
        var partStart = position
        // A breakdown in brackets ends with them: "4 tập thể (trong đó có 2 trường học) và 6 cá
        // nhân" (the individuals are no part of the collectives).
        var end = clause.count
        if let open = (recipients.lowerBound...marker).last(where: { $0 < clause.count && clause.tokens[$0].is("(") }),
           !(open..<marker).contains(where: { clause.tokens[$0].is(")") }),
           let close = (marker..<clause.count).first(where: { clause.tokens[$0].is(")") }) {
            end = close
        }
        // The statement of medals counted that the marker opens ("gồm:" starts it at "gồm").
        if let other = matches.firstIndex(where: { $0.range.lowerBound == marker
            || $0.range.lowerBound < marker && marker - $0.range.lowerBound <= 1 && clause.has(.comprising, at: $0.range.lowerBound) }) {
            stated.append(other)
            // "trong đó có 3 Nhà giáo nhân dân": a title that names people is no group besides.
            position = max(position, matches[other].range.upperBound)
        }
        while position < end {
            // A part of a rule's own ("cấp Nhà nước 12", "khen thưởng đột xuất 255": a bare count
            // after a level or a verb of praise, rules `after_breakdown`).
            if let other = matches.firstIndex(where: { $0.range.lowerBound == position && $0.pattern.afterBreakdown }) {
                if !stated.contains(other) { stated.append(other) }
                position = matches[other].range.upperBound
                continue
            }
            guard let found = chunker.countedRecipients(at: position) ?? chunker.kindFirstGroups(at: position) else {
                position += 1
                continue
            }
            // "khen thưởng 1.250 lượt tập thể, cá nhân, trong đó đề nghị cấp trên khen thưởng 85
            // trường hợp": a part proposed is no conferral (records.md, edge rules).
            if Extractor.proposal(in: clause, within: partStart..<position) != nil {
                position = found.end
                partStart = position
                continue
            }
            if let other = matches.firstIndex(where: { other in
                other.range != match.range && other.captures.contains { $0.name == "recipients" && $0.tokens.contains(position) }
            }) {
                if !stated.contains(other) { stated.append(other) }
                position = found.end
                continue
            }
            partStart = found.end
            for group in found.groups {
                var probe = drafts[totals[0]].record
                probe.kind = group.kinds
                probe.count = group.count
                guard let total = Self.total(of: probe, among: totals, in: drafts) else { continue }
                var part = drafts[total]
                part.record.kind = group.kinds
                part.record.count = group.count
                part.record.qualifier = Qualifier(rawValue: group.qualifier) ?? .exact
                part.partOf = total
                parts.append(part)
            }
            position = found.end
        }
        return (parts, stated)
    }

    /// "Các tập thể, cá nhân được tặng Bằng khen lần này gồm 12 tập thể và 30 cá nhân": "gồm"
    /// a few words after the statement, no mark or verb between, counted groups after it.
    private func comprisingAfterStatement(_ match: Extractor.Match, chunker: Chunker) -> Int? {
        guard clause.present.contains(.comprising) else { return nil }
        for index in match.range.upperBound..<min(clause.count, match.range.upperBound + 4) {
            let token = clause.tokens[index]
            if token.isPunctuation || clause.hasAny(Extractor.statementVerbs, at: index) { return nil }
            guard let word = clause.longest(.comprising, at: index) else { continue }
            var marker = index + word.length - 1
            if marker + 1 < clause.count, clause.tokens[marker + 1].is(":") { marker += 1 }
            return chunker.countedRecipients(at: marker + 1) != nil ? marker : nil
        }
        return nil
    }

    /// "cho 83 đồng chí nguyên là lãnh đạo, chỉ huy các lực lượng Công an ..., gồm: 9 Huân
    /// chương Độc lập hạng Ba, 3 ...": who the total are, then ", gồm" and its parts. Words
    /// only between (no count, verb, award or ";"), a few clauses' worth at most.
    private func comprisingAfterDescription(_ recipients: Range<Int>, chunker: Chunker) -> Int? {
        guard clause.present.contains(.comprising) else { return nil }
        for index in recipients.upperBound..<min(clause.count, recipients.upperBound + 30) {
            let token = clause.tokens[index]
            if token.is(","), let marker = chunker.comprisingMarker(after: index) { return marker }
            if token.isNumber || token.is(";") || token.is(":") || token.is("(")
                || clause.hasAny(Extractor.statementVerbs, at: index) && clause.isConditionWord(at: index)
                || clause.hasAny(Chunker.awardStarts, at: index) { return nil }
        }
        return nil
    }

    /// The total a part belongs to: the only one, else the one of its kind and no smaller.
    static func total(of part: AwardRecord, among totals: [Int], in drafts: [Draft]) -> Int? {
        if totals.count == 1 { return totals[0] }
        return totals.first { drafts[$0].record.kind == part.kind && (drafts[$0].record.count ?? 0) >= (part.count ?? 0) }
    }

    /// "3 tập thể được tặng Huân chương Lao động (1 hạng Nhì, 2 hạng Ba)": each class counted is
    /// a part of the total (records.md, edge rules), when the counts add up to it. A total of
    /// no count has them too: "Huân chương Chiến công (1 hạng Nhất, 2 hạng Nhì, 5 hạng Ba) được
    /// trao cho các tập thể, cá nhân" (one medal each: statistics count the parts).
    func classParts(of total: Draft, total index: Int) -> [Draft]? {
        guard total.mentions.count == 1, let mention = total.mentions.first, mention.classCounts.count > 1 else { return nil }
        if let count = total.record.count {
            guard total.record.qualifier == .exact, mention.classCounts.reduce(0, { $0 + $1.count }) == count else { return nil }
        } else if total.record.recipient != nil {
            return nil
        }
        return mention.classCounts.map { counted in
            var part = total
            part.record.count = counted.count
            part.record.class = [counted.value]
            part.mentions[0].classes = [counted.value]
            part.mentions[0].classCounts = []
            part.partOf = index
            return part
        }
    }
}
