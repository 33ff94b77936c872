/// Award lists: names, classes, counts of medals, the cause a medal is named for.
extension Chunker {
    /// "Huân chương Độc lập, Huân chương Lao động các hạng", "cờ thi đua, Bằng khen",
    /// "danh hiệu Chiến sĩ thi đua toàn quốc", "Bằng khen của UBND tỉnh, Chiến sĩ thi đua cấp
    /// tỉnh, ..." (a granter inside a list belongs to the list's award names).
    func awards(at start: Int) -> (awards: [AwardMention], end: Int)? {
        if clause.has(.awardPrefix, at: start), award(at: start) == nil { return titlesOfBreakdown(at: start) }
        var awards: [AwardMention] = []
        var index = start
        // "tặng Huy hiệu Tuổi trẻ dũng cảm và Bằng khen": what is no award (`not_awards`) before
        // one in the list is passed over.
        if let excluded = clause.longest(.notAward, at: start), let separator = separator(at: start + excluded.length),
           award(at: start + excluded.length + separator) != nil {
            index = start + excluded.length + separator
        }
        while awards.count < Self.longestList, let (found, end) = award(at: index) {
            var award = found
            index = end
            // "Huân chương Lao động hạng Nhì lần thứ 2 của Chủ tịch nước": which time it is.
            if let times = timesAfter(index) { index = times }
            var next = index
            // Not a body that confers none of an award only higher offices confer: "Huân chương Lao
            // động hạng Ba của Công ty ..." is the company's (the rules' `holder`).
            if next < clause.count, clause.has(.ofGiver, at: next), let granter = granter(at: next + 1),
               clause.rules.mayConfer(granter.slug, [award.slug], as: [award]) {
                // "35 bằng khen của Bộ Quốc phòng, Quân khu, UBND tỉnh": several givers listed to
                // the clause's end, none alone.
                award.ownersListed = ownersListed(after: granter.tokens.upperBound)
                award.granter = award.ownersListed ? nil : granter
                next = granter.tokens.upperBound
            } else if next < clause.count, clause.has(.granterAlias, at: next), let granter = granter(at: next),
                      clause.rules.mayConfer(granter.slug, [award.slug], as: [award]),
                      granter.tokens.upperBound < clause.count && tokens[granter.tokens.upperBound].is(":")
                        || trailingCount(at: granter.tokens.upperBound) != nil {
                // "trong đó: ...; Bằng khen UBND tỉnh 1.193", "Cờ thi đua UBND tỉnh: 25 tập thể": a
                // report's list names the giver right after the award, with no "của", before its
                // count or a colon ("tặng Bằng khen UBND huyện X", with neither, gives to a body
                // named so). The giver is the award's phrase's: no rule reads it after the award.
                award.granter = granter
                index = granter.tokens.upperBound
                next = index
            }
            // "Huân chương Lao động hạng Ba (năm 2005), hạng Nhì (năm 2015)": the year in brackets.
            var bracket = yearInBrackets(at: next)
            if bracket > 0 { award.year = Int(tokens[next + bracket - 2].text) }
            // "Bằng khen năm 2023 và Cờ thi đua của Chính phủ năm 2024": a year right after an
            // award, plain, is its own too (each award of such a list is a conferral of its own).
            else if let plain = plainYear(at: next) {
                award.year = plain
                if awards.last?.year != nil || continuesList(at: next + 2) { bracket = 2 }
            }
            // "Huân chương Lao động (1 hạng Nhì, 2 hạng Ba)", "..., gồm: 1 hạng Nhì và 6 hạng Ba":
            // the classes counted, right after an order named without its class.
            // Said after the classes too: "hạng Nhất, Nhì, Ba (1 hạng Nhất, 2 hạng Nhì, 2 hạng Ba)".
            if bracket == 0, next == index, next < clause.count, tokens[next].is("(") || tokens[next].is(",") || tokens[next].is(":"),
               let (counts, end) = classCounts(at: next),
               award.classes.isEmpty || counts.allSatisfy({ award.classes.contains($0.value) }) {
                award.classCounts = counts
                award.classes = counts.reduce(into: []) { if !$0.contains($1.value) { $0.append($1.value) } }
                index = end
                next = end
            }
            // "trong đó: Huân chương Lao động 7; Bằng khen của Thủ tướng Chính phủ: 61": a report's
            // count after the award, a count of medals as one before it is.
            if award.count == nil, bracket == 0, let trailing = trailingCount(at: next) {
                award.count = trailing.value
                next = trailing.end
                // "Huân chương Lao động: 5 (1 hạng Nhì, 4 hạng Ba)": the classes of the count.
                if award.classes.isEmpty, next < clause.count, tokens[next].is("("), let (counts, end) = classCounts(at: next),
                   counts.reduce(0, { $0 + $1.count }) == trailing.value {
                    award.classCounts = counts
                    award.classes = counts.reduce(into: []) { if !$0.contains($1.value) { $0.append($1.value) } }
                    next = end
                }
            }
            awards.append(award)
            next += bracket
            // "tặng Cờ thi đua xuất sắc giai đoạn 2016-2020 cho 2 tập thể": the period it is for.
            if let period = periodAfter(next) { next = period; index = max(index, period) }
            guard let separator = separator(at: next) ?? (next < clause.count && folds[next] == "/" ? 1 : nil),
                  let (following, _) = self.award(at: next + separator) else { break }
            // "45 tập thể đạt danh hiệu Tập thể lao động xuất sắc, 120 Tập thể lao động tiên tiến và
            // ...": a title counted by its holders' kind after one not counted is a statement of its own.
            if award.count == nil, following.countsKind != nil { break }
            index = next + separator
        }
        return awards.isEmpty ? nil : (awards, index)
    }

    /// "52 nhà giáo được Chủ tịch nước phong tặng danh hiệu, trong đó có 3 Nhà giáo nhân dân
    /// và 49 Nhà giáo ưu tú": "danh hiệu" alone names the titles its breakdown counts.
    private func titlesOfBreakdown(at start: Int) -> (awards: [AwardMention], end: Int)? {
        guard let prefix = clause.longest(.awardPrefix, at: start) else { return nil }
        let end = start + prefix.length
        guard end + 1 < clause.count, tokens[end].is(","), let marker = clause.longest(.breakdown, at: end + 1) else { return nil }
        var index = end + 1 + marker.length
        if index < clause.count, folds[index] == "co" { index += 1 }
        if index < clause.count, tokens[index].is(":") { index += 1 }
        guard let counted = countedAwards(at: index) else { return nil }
        var titles: [AwardMention] = []
        for var title in counted.awards {
            title.count = nil
            title.qualifier = "exact"
            if !titles.contains(where: { $0.slug == title.slug && $0.classes == title.classes }) { titles.append(title) }
        }
        return (titles, end)
    }

    /// "(1 hạng Nhì, 2 hạng Ba)" or ", gồm: 1 hạng Nhì và 6 hạng Ba" at `index`: each class's
    /// count, and where they end.
    func classCounts(at index: Int) -> ([ClassCount], Int)? {
        guard index + 3 < clause.count else { return nil }
        var start = index + 1
        let bracketed = tokens[index].is("(")
        // "Huân chương Chiến công: hạng Nhất 1, hạng Nhì 3": the classes right after a colon.
        if tokens[index].is(":") {
            guard clause.has(.classWord, at: start) else { return nil }
        } else if !bracketed {
            guard tokens[index].is(","), let marker = clause.longest(.breakdown, at: start) ?? clause.longest(.listIntro, at: start)
            else { return nil }
            start += marker.length
            if start < clause.count, folds[start] == "co" { start += 1 }
            if start < clause.count, tokens[start].is(":") { start += 1 }
        }
        var counts: [ClassCount] = []
        var position = start
        while position + 2 < clause.count {
            if tokens[position].isNumber, let counted = count(at: position), counted.qualifier == "exact",
               counted.end < clause.count, clause.has(.classWord, at: counted.end) {
                let (classes, end) = classValues(at: counted.end + 1, digits: true)
                guard classes.count == 1 else { return nil }
                counts.append(ClassCount(count: counted.value, value: classes[0]))
                position = end
            } else if let (counted, end) = classThenCount(at: position) {
                counts.append(counted)
                position = end
            } else {
                break
            }
            guard let separator = separator(at: position) ?? (position < clause.count && tokens[position].is(";") ? 1 : nil),
                  position + separator < clause.count,
                  tokens[position + separator].isNumber || clause.has(.classWord, at: position + separator) else { break }
            position += separator
        }
        guard !counts.isEmpty else { return nil }
        if bracketed {
            guard position < clause.count, tokens[position].is(")") else { return nil }
            position += 1
        }
        return (counts, position)
    }

    /// "hạng Nhất 1", "hạng Nhì: 3" (the army's and police's reports): a class, then its count
    /// alone. A count of recipients after it ("hạng Nhì: 1 tập thể; hạng Ba: ...") is a
    /// breakdown's part (`classAgain`), not this.
    private func classThenCount(at index: Int) -> (ClassCount, Int)? {
        guard clause.has(.classWord, at: index) else { return nil }
        let (classes, valueEnd) = classValues(at: index + 1, digits: true)
        guard classes.count == 1 else { return nil }
        var start = valueEnd
        if start < clause.count, tokens[start].is(":") { start += 1 }
        guard start < clause.count, tokens[start].isNumber, let counted = count(at: start), counted.qualifier == "exact" else { return nil }
        let end = counted.end
        guard end == clause.count || separator(at: end) != nil || [";", ")", "."].contains(where: { tokens[end].is($0) }) else { return nil }
        return (ClassCount(count: counted.value, value: classes[0]), end)
    }

    /// "năm 2023" at `index` (`Clause.statedYear`), not a period's start ("năm 2016-2020").
    private func plainYear(at index: Int) -> Int? {
        guard index + 1 < clause.count, tokens[index + 1].isNumber, let value = clause.statedYear(at: index) else { return nil }
        if index + 2 < clause.count, tokens[index + 2].isDash || tokens[index + 2].is("/") { return nil }
        if clause.yearListed(after: index + 1, value) { return nil }
        return value
    }

    /// Whether another award of the list follows at `index`.
    private func continuesList(at index: Int) -> Bool {
        guard let separator = separator(at: index) else { return false }
        return award(at: index + separator) != nil
    }

    /// Where "giai đoạn 2016-2020" (or "2016 - 2020") at `index` ends, if it stands there.
    private func periodAfter(_ index: Int) -> Int? {
        guard index + 2 < clause.count, folds[index] == "giai", folds[index + 1] == "doan", tokens[index + 2].isNumber else { return nil }
        var end = index + 3
        if end + 1 < clause.count, tokens[end].isDash, tokens[end + 1].isNumber { end += 2 }
        return end
    }

    /// Where "lần thứ 2", "lần thứ hai" at `index` ends, if it stands there.
    private func timesAfter(_ index: Int) -> Int? {
        guard index + 2 < clause.count, folds[index] == "lan", clause.has(.ordinal, at: index + 1),
              tokens[index + 2].isNumber || clause.has(.number, at: index + 2) else { return nil }
        return index + 3
    }

    /// The length of "(năm 2005)" or "(2005)" at `index`, else 0.
    private func yearInBrackets(at index: Int) -> Int {
        guard index + 2 < clause.count, tokens[index].is("(") else { return 0 }
        var inner = index + 1
        if folds[inner] == "nam" { inner += 1 }
        guard inner + 1 < clause.count, tokens[inner].isNumber, tokens[inner].text.count == 4, tokens[inner + 1].is(")") else { return 0 }
        return inner + 2 - index
    }

    /// Awards that are all counted: "3 Huân chương Chiến công, 12 Bằng khen" (records.md: a
    /// count of medals alone is a record with kind []).
    func countedAwards(at start: Int) -> (awards: [AwardMention], end: Int)? {
        guard let found = awards(at: start), found.awards.allSatisfy({ $0.count != nil }) else { return nil }
        return found
    }

    func award(at start: Int) -> (AwardMention, Int)? {
        var index = start
        // "14 Huân chương": medals counted.
        var counted: (value: Int, qualifier: String, end: Int)?
        if start < clause.count, tokens[start].isNumber || clause.hasAny(Self.countStarts, at: start),
           let found = count(at: start) {
            counted = found
            index = found.end
        }
        let prefix = clause.longest(.awardPrefix, at: index), prefixStart = index
        if let prefix { index += prefix.length }
        // An award's name in quotes: danh hiệu “Chiến sĩ thi đua cấp tỉnh”.
        let quoted = clause.has(.quote, at: index)
        if quoted { index += 1 }
        let specific = clause.longest(.award, at: index), generic = clause.longest(.genericAward, at: index)
        var chosen: LexicalMatch?
        switch (specific, generic) {
        case let (specific?, generic?): chosen = generic.length > specific.length ? generic : specific
        case let (specific?, nil): chosen = specific
        case let (nil, generic?): chosen = generic
        default: chosen = nil
        }
        // "trao danh hiệu Anh hùng cho các tập thể": an award said short, only after its prefix
        // ("Nguyễn Anh Hùng" is a name); the article says which (`Extractor.resolveShortAwards`).
        if chosen == nil, prefix != nil, index < clause.count, clause.present.contains(.shortAward), tokens[index].isCapitalized {
            chosen = clause.longest(.shortAward, at: index)
        }
        // "trao Quyết định truy tặng danh hiệu cho thân nhân các mẹ" (a caption): the prefix
        // alone before "cho" is a title said short, one of the prefix's own `short_awards` entry.
        // So does the prefix alone that opens a clause as the subject of its conferral: "Danh
        // hiệu cũng được truy tặng cho liệt sĩ Nguyễn Văn Tuấn".
        if chosen == nil, let prefix, index < clause.count, clause.present.contains(.shortAward),
           clause.has(.to, at: index) || prefixStart == 0 && opensPassive(at: index),
           let bare = clause.longest(.shortAward, at: prefixStart), bare.length == prefix.length {
            chosen = bare
            index = prefixStart
        }
        // (`Clause` marks such a flag's first word as a generic award's: a bit, asked first.)
        if chosen == nil, !quoted, clause.has(.genericAward, at: index),
           let flagEnd = quotedFlagEnd(at: index)
            ?? Clause.bareFlagEnd(at: index, tokens: tokens, folds: folds, isBefore: { clause.hasAny(Clause.flagFollowers, at: $0) }) {
            return (AwardMention(slug: Self.flagSlug, isGeneric: true, classes: [], count: counted?.value,
                                 qualifier: counted?.qualifier ?? "exact"), flagEnd)
        }
        guard let chosen else { return counted == nil && index == start ? classAgain(at: start) : nil }
        if let excluded = clause.longest(.notAward, at: index), excluded.length >= chosen.length { return nil }
        var mention = AwardMention(slug: clause.value(chosen), isGeneric: chosen.wordClass == .genericAward, classes: [],
                                   count: counted?.value, qualifier: counted?.qualifier ?? "exact")
        if clause.present.contains(.conferredByName), let named = clause.longest(.conferredByName, at: index) {
            mention.onlyBy = clause.value(named)
        }
        if counted != nil, let holders = clause.rules.onlyFor[mention.slug],
           clause.longest(.kind, at: index).map({ clause.value($0) == holders }) ?? clause.rules.titlesNamingHolders.contains(mention.slug) {
            mention.countsKind = holders
        }
        index += chosen.length
        if !quoted, let named = quotedNameEnd(at: index) { index = named }
        if clause.has(.classWord, at: index) {
            let (classes, end) = classValues(at: index + 1, digits: true)
            if !classes.isEmpty {
                mention.classes = classes
                index = end
            }
        } else if let all = clause.longest(.allClasses, at: index) {
            index += all.length
            let (classes, end) = classValues(at: index, digits: false)
            mention.classes = classes.isEmpty ? ["cac-hang"] : classes
            index = classes.isEmpty ? index : end
        }
        if quoted, clause.has(.quote, at: index) { index += 1 }
        index = dedicationEnd(from: index)
        return (mention, index)
    }

    /// The generic award a flag named in quotes is.
    private static let flagSlug = "co-thi-dua"

    /// A flag named in quotes (`Clause.quotedFlagEnd`): where it ends.
    private func quotedFlagEnd(at index: Int) -> Int? {
        Clause.quotedFlagEnd(at: index, tokens: tokens, folds: folds) { clause.has(.quote, at: $0) }
    }

    /// A count right after an award (a colon between or not) where an item of a list ends
    /// after it: a mark, "và", the clause's end. Not a year ("Huân chương Lao động hạng Ba 2005"),
    /// nor counted recipients ("Bằng khen: 30 tập thể").
    private func trailingCount(at index: Int) -> (value: Int, end: Int)? {
        var start = index
        if start < clause.count, tokens[start].is(":") { start += 1 }
        guard start < clause.count, tokens[start].isNumber, let counted = count(at: start), counted.qualifier == "exact",
              !(1945...2100).contains(counted.value) || tokens[start].text.utf8.count != 4 else { return nil }
        let end = counted.end
        guard end == clause.count || folds[end] == "va" || tokens[end].is(",") || tokens[end].is(";") || tokens[end].is(")")
                || tokens[end].is(".") || tokens[end].is("(") && classCounts(at: end) != nil else { return nil }
        return (counted.value, end)
    }

    /// "Huân chương Lao động hạng Nhì cho 01 tập thể, hạng Ba cho 02 tập thể": a class after a
    /// comma or "và" names the order of classes said last before it again; so does one after
    /// a verb ("1 tập thể được tặng Huân chương Lao động hạng Nhất, 2 tập thể được tặng hạng Nhì")
    /// or a bracket ("Huân chương Lao động: 03 tập thể (hạng Nhì: 01 tập thể; hạng Ba: 02 tập thể)").
    private func classAgain(at start: Int) -> (AwardMention, Int)? {
        guard start > 1, clause.has(.classWord, at: start),
              tokens[start - 1].is(",") || tokens[start - 1].is(";") || tokens[start - 1].is("(") || folds[start - 1] == "va"
                || clause.hasPhrase(.receive, endingAt: start) || clause.hasPhrase(.give, endingAt: start)
        else { return nil }
        for back in stride(from: start - 2, through: 0, by: -1) where clause.has(.award, at: back) {
            // In a bracket after an order named without its class, the bracket gives the classes.
            let inBracket = (back..<start).contains { tokens[$0].is("(") } && !(back..<start).contains { tokens[$0].is(")") }
            guard let (previous, _) = award(at: back), !previous.classes.isEmpty || inBracket else { return nil }
            let (classes, end) = classValues(at: start + 1, digits: true)
            guard !classes.isEmpty else { return nil }
            return (AwardMention(slug: previous.slug, isGeneric: previous.isGeneric, classes: classes, count: nil, qualifier: "exact"), end)
        }
        return nil
    }

    /// "Nhất, Nhì, Ba", "Nhất và Nhì", "2" (digits only right after "hạng").
    private func classValues(at start: Int, digits: Bool) -> ([String], Int) {
        var classes: [String] = [], index = start
        func value(at index: Int, first: Bool) -> (String, Int)? {
            // "hạng Hai" (police and army press): a spoken class only right after "hạng", where
            // "hai" is no count ("hạng Ba, hai Huân chương ...").
            guard let match = clause.longest(.classValue, at: index)
                    ?? (digits && first ? clause.longest(.spokenClass, at: index) : nil) else { return nil }
            if tokens[index].isNumber, !(digits && first) { return nil }
            return (clause.value(match), index + match.length)
        }
        guard let (first, end) = value(at: index, first: true) else { return ([], start) }
        classes.append(first)
        index = end
        // "hạng Ba (năm 2005), hạng Nhì (năm 2015)": each class in its year is an award of its
        // own (the list goes on in `classAgain`).
        while yearInBrackets(at: index) == 0, let separator = separator(at: index) {
            var next = index + separator
            if clause.has(.classWord, at: next) { next += 1 } // "hạng Nhì, hạng Ba"
            guard let (more, end) = value(at: next, first: false) else { break }
            if !classes.contains(more) { classes.append(more) }
            index = end
        }
        return (classes, index)
    }

    /// Whether more givers, or bodies, are listed after one after "của" at `end`, to the
    /// clause's end or a passive's verb: "của Bộ Quốc phòng, Quân khu, UBND tỉnh", "Cờ thi đua
    /// của Trung ương Đoàn và Tỉnh đoàn được trao ...".
    func ownersListed(after end: Int) -> Bool {
        guard let more = giversListed(after: end) else { return false }
        // Before a verb, only a list closed by "và" and a passive's "được" (after a comma, a
        // body and its verb are a phrase of their own: "..., Bệnh viện B nhận Bằng khen ...").
        let at = more.end
        return at == clause.count || tokens[at].is(".") || tokens[at].is(";") || more.lastJoinedByAnd && clause.has(.by, at: at)
    }

    /// The givers listed after the one that ends at `end`, each after "," or "và" (up to six):
    /// where the last ends, and whether "và" joined it. Nil where none follows, or where an
    /// item after a separator is no giver (the list is something else) or holds a mark other
    /// than a comma or a dash ("(Báo Tin tức) - Chiều 12/3, UBND tỉnh ..." is no list).
    func giversListed(after end: Int) -> (end: Int, lastJoinedByAnd: Bool)? {
        var at = end, items = 0, lastJoinedByAnd = false
        while items < 6, let separator = separator(at: at), at + separator < clause.count {
            lastJoinedByAnd = folds[at + separator - 1] == "va"
            guard let next = listedGiverEnd(at: at + separator),
                  !(at + separator..<next).contains(where: { tokens[$0].isPunctuation && !tokens[$0].isDash && !tokens[$0].is(",") })
            else { return nil }
            at = next
            items += 1
        }
        return items > 0 ? (at, lastJoinedByAnd) : nil
    }

    /// Where an item of a list of givers that starts at `start` ends: a giver, a body's
    /// initials ("HĐND") or name, or a unit's word alone ("Quân khu": the one the article is
    /// about). Lists the rules know as givers' only in part: "Quân khu 5, UBND và Bộ CHQS tỉnh".
    func listedGiverEnd(at start: Int) -> Int? {
        if let giver = granter(at: start) { return giver.tokens.upperBound }
        guard start < clause.count, tokens[start].isCapitalized else { return nil }
        if Token.isInitials(tokens[start].text), tokens[start].text.utf8.count >= 3 { return start + 1 }
        if clause.has(.orgWord, at: start) || clause.has(.subUnit, at: start), let body = named(at: start), body.isBody {
            return body.nameTokens.upperBound
        }
        return clause.longest(.subUnit, at: start).map { start + $0.length }
    }

    /// Whether the capitalized clause's opening goes on with "được" (after an adverb of the
    /// subject, "cũng", "đã") at `index`: the passive of a conferral. (Kept out of `award(at:)`,
    /// which runs at most tokens.)
    @inline(never)
    private func opensPassive(at index: Int) -> Bool {
        guard tokens[0].isCapitalized else { return false }
        let verb = index + (clause.longest(.subjectAdverb, at: index)?.length ?? 0)
        return verb < clause.count && clause.has(.by, at: verb)
    }
}
