/// Builds the composite classes of a clause from its lexicon matches: counts, recipient
/// groups, award lists with their classes, granters, persons and bodies. The vocabulary
/// is all in the rules; what is here is the grammar of these phrases.
struct Chunker {
    let clause: Clause

    private var folds: [String] { clause.folds }
    private var tokens: [Token] { clause.tokens }

    // MARK: Counts

    /// "5", "04", "5.000", "1,5 nghìn", "hai mươi lăm", "hàng trăm", each after an optional
    /// qualifier ("hơn", "khoảng"). Not a count: "4,41%", "10/10", "28/2".
    func count(at start: Int) -> (value: Int, qualifier: String, end: Int)? {
        var index = start, qualifier = "exact"
        if let match = clause.longest(.qualifier, at: index) {
            qualifier = clause.value(match)
            index += match.length
        }
        if let match = clause.longest(.approximate, at: index), let value = Int(clause.value(match)) {
            return (value, qualifier == "exact" ? "about" : qualifier, index + match.length)
        }
        guard index < clause.count else { return nil }
        if tokens[index].isNumber {
            let text = tokens[index].text
            if text.utf8.contains(0x2F) || text.utf8.contains(0x3A) { return nil }
            // A year: "năm 2024 Công ty vinh dự được ..." ("năm" as a number word is no digits).
            if index > 0, folds[index - 1] == "nam" { return nil }
            if index + 1 < clause.count, tokens[index + 1].is("%") { return nil }
            var end = index + 1
            var multiplier = 1
            if let match = clause.longest(.multiplier, at: end), let value = Int(clause.value(match)) {
                multiplier = value
                end += match.length
            }
            guard let value = Self.number(text, multiplier: multiplier) else { return nil }
            return (value, qualifier, end)
        }
        return numberWords(at: index).map { ($0.value, qualifier, $0.end) }
    }

    /// Digits with "." for thousands ("5.000"); a decimal comma only with a multiplier.
    /// Most counts are plain digits: the separators are looked for on the bytes, and a
    /// string search for "," went through Foundation at every count of every clause.
    static func number(_ text: Substring, multiplier: Int) -> Int? {
        if text.utf8.contains(0x2E) {
            let groups = text.split(separator: ".", omittingEmptySubsequences: false)
            guard groups.dropFirst().allSatisfy({ $0.count == 3 }), let value = Int(groups.joined()) else { return nil }
            return value * multiplier
        }
        if text.utf8.contains(0x2C) {
            guard multiplier > 1, let value = Double(text.replacingOccurrences(of: ",", with: ".")) else { return nil }
            return Int((value * Double(multiplier)).rounded())
        }
        return Int(text).map { $0 * multiplier }
    }

    /// "hai mươi lăm" (25), "mười hai" (12), "ba trăm" (300), "hai nghìn" (2000).
    func numberWords(at start: Int) -> (value: Int, end: Int)? {
        var total = 0, current = 0, index = start
        while index < clause.count {
            // A capitalized number word inside a clause is a name ("Việt Nam" folds like "năm").
            if tokens[index].isCapitalized, index > 0 { break }
            // "mươi" (tens) and "mười" (ten) share a fold key: the diacritics decide.
            if folds[index] == "muoi", tokens[index].text.lowercased() == "mươi", index > start {
                current = max(current, 1) * 10
                index += 1
                continue
            }
            if let match = clause.longest(.number, at: index), let value = Int(clause.value(match)) {
                current = value == 10 && current == 0 ? 10 : current + value
                index += match.length
            } else if clause.has(.tens, at: index) {
                current = max(current, 1) * 10
                index += 1
            } else if let match = clause.longest(.multiplier, at: index), let value = Int(clause.value(match)), index > start {
                current = max(current, 1) * value
                if value >= 1000 {
                    total += current
                    current = 0
                }
                index += match.length
            } else {
                break
            }
        }
        return index > start ? (total + current, index) : nil
    }

    // MARK: Recipients

    /// The classes a count can start with (digits aside).
    private static let countStarts = WordClass.bits(.qualifier, .approximate, .number, .tens)

    /// Recipients that are all counted ("5 tập the", not "các tập thể"): statements without
    /// an award named need a count to be statements at all.
    func countedRecipients(at start: Int) -> (groups: [RecipientGroup], end: Int)? {
        guard let found = recipients(at: start), found.groups.allSatisfy({ $0.count != nil }) else { return nil }
        return found
    }

    /// Recipient groups: "5 tập thể, 4 cá nhân", "7 tập thể và 7 cá nhân", "16 tập thể, cá
    /// nhân" (one joint count), "trên 300 tập thể, cá nhân, hộ gia đình", "các tập thể, cá
    /// nhân" (no count), "45 tập thể có thành tích xuất sắc và 67 cá nhân".
    func recipients(at start: Int) -> (groups: [RecipientGroup], end: Int)? {
        var groups: [RecipientGroup] = []
        var index = start
        while let group = group(at: index) {
            groups.append(group)
            index = group.tokens.upperBound
            guard group.count != nil else { break }
            if let separator = separator(at: index), let next = self.group(at: index + separator), next.count != nil {
                index += separator
            } else if let next = groupAfterDescription(from: index, object: start > 0 && clause.has(.to, at: start - 1)) {
                index = next
            } else {
                break
            }
        }
        return groups.isEmpty ? nil : (groups, groups.last!.tokens.upperBound)
    }

    /// Where a counted group starts after a few words that describe the one before it: "8 chi
    /// bộ đạt trong sạch vững mạnh tiêu biểu và 25 đảng viên". Not past a verb, an award, a
    /// count of something else ("10 tập thể thuộc 5 xã và 3 phường") or a breakdown. After
    /// "cho" (`object`), not a group that says what it got itself ("cho 45 tập thể ..., 67 cá
    /// nhân được tặng Giấy khen"); before the verb, that is the verb of both ("15 tập thể có
    /// thành tích xuất sắc và 20 cá nhân được tặng Bằng khen").
    private func groupAfterDescription(from start: Int, object: Bool) -> Int? {
        // Most groups end a list: first, cheaply, whether a count follows a separator at all.
        guard start + 1 < clause.count - 1,
              (start + 1..<min(clause.count - 1, start + 12)).contains(where: { index in
            (folds[index] == "," || folds[index] == "va")
                && (tokens[index + 1].isNumber || clause.hasAny(Self.countStarts, at: index + 1)
                    || folds[index + 1] == "va" && index + 2 < clause.count && tokens[index + 2].isNumber)
        }) else { return nil }
        var index = start
        while index < clause.count, index - start < 12 {
            if index > start, let separator = separator(at: index), let next = group(at: index + separator), next.count != nil {
                let after = next.tokens.upperBound
                let ownStatement = object
                    && (after..<min(clause.count, after + 4)).contains { clause.hasAny(Self.statementVerbs, at: $0) }
                return ownStatement ? nil : index + separator
            }
            let token = tokens[index]
            if token.isPunctuation, !token.is(",") { return nil }
            if clause.has(.breakdown, at: index) || group(at: index) != nil || award(at: index) != nil || stops(at: index) {
                return nil
            }
            index += 1
        }
        return nil
    }

    private static let statementVerbs = WordClass.bits(.give, .praise, .receive, .praised, .proposal, .by, .achieve)

    private func group(at start: Int) -> RecipientGroup? {
        guard start < clause.count else { return nil }
        if let determiner = clause.longest(.determiner, at: start) {
            guard let kinds = kinds(at: start + determiner.length) else { return nil }
            return RecipientGroup(count: nil, qualifier: "exact", kinds: kinds.kinds, tokens: start..<kinds.end)
        }
        // Most tokens start no count: ruled out before the count is read.
        guard tokens[start].isNumber || clause.hasAny(Self.countStarts, at: start) else { return nil }
        guard let count = count(at: start) else { return nil }
        // "200 lượt tập thể, cá nhân": the measure word counts conferrals of those kinds.
        var found = kinds(at: count.end)
        if let measure = clause.longest(.measure, at: count.end), let after = kinds(at: count.end + measure.length) {
            found = after
        }
        guard let kinds = found else { return nil }
        return RecipientGroup(count: count.value, qualifier: count.qualifier, kinds: kinds.kinds, tokens: start..<kinds.end)
    }

    /// "tập thể, cá nhân, hộ gia đình": kinds joined by "," or "và", each not counted anew.
    private func kinds(at start: Int) -> (kinds: [String], end: Int)? {
        guard let first = clause.longest(.kind, at: start) else { return nil }
        var kinds = [clause.value(first)], index = start + first.length
        // Not an award named after the ",": "Tập thể lao động xuất sắc cho 42 tập thể, Chiến sĩ
        // thi đua cơ sở cho 96 cá nhân" ("chiến sĩ" is also a kind).
        while let separator = separator(at: index), let next = clause.longest(.kind, at: index + separator),
              count(at: index + separator) == nil, award(at: index + separator) == nil {
            kinds.append(clause.value(next))
            index += separator + next.length
        }
        var unique: [String] = []
        for kind in kinds where kind != "none" && !unique.contains(kind) { unique.append(kind) }
        return (unique, index)
    }

    /// ",", "và", ", và": the length of the separator at `index`, if one is there.
    private func separator(at index: Int) -> Int? {
        guard index < clause.count else { return nil }
        if folds[index] == "," { return index + 1 < clause.count && folds[index + 1] == "va" ? 2 : 1 }
        if folds[index] == "va" { return 1 }
        return nil
    }

    // MARK: Awards

    /// "Huân chương Độc lập, Huân chương Lao động các hạng", "cờ thi đua, Bằng khen",
    /// "danh hiệu Chiến sĩ thi đua toàn quốc", "Bằng khen của UBND tỉnh, Chiến sĩ thi đua cấp
    /// tỉnh, ..." (a granter inside a list belongs to the list's award names).
    func awards(at start: Int) -> (awards: [AwardMention], end: Int)? {
        var awards: [AwardMention] = []
        var index = start
        while let (found, end) = award(at: index) {
            var award = found
            index = end
            var next = index
            if next < clause.count, folds[next] == "cua", let granter = granter(at: next + 1) {
                award.granter = granter
                next = granter.tokens.upperBound
            }
            awards.append(award)
            // "Huân chương Lao động hạng Ba (năm 2005), hạng Nhì (năm 2015)": the year in brackets.
            next += yearInBrackets(at: next)
            guard let separator = separator(at: next) ?? (next < clause.count && folds[next] == "/" ? 1 : nil),
                  self.award(at: next + separator) != nil else { break }
            index = next + separator
        }
        return awards.isEmpty ? nil : (awards, index)
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

    private func award(at start: Int) -> (AwardMention, Int)? {
        var index = start
        // "14 Huân chương": medals counted.
        var counted: (value: Int, qualifier: String, end: Int)?
        if start < clause.count, tokens[start].isNumber || clause.hasAny(Self.countStarts, at: start),
           let found = count(at: start) {
            counted = found
            index = found.end
        }
        if let prefix = clause.longest(.awardPrefix, at: index) { index += prefix.length }
        // An award's name in quotes: danh hiệu “Chiến sĩ thi đua cấp tỉnh”.
        let quoted = clause.has(.quote, at: index)
        if quoted { index += 1 }
        let specific = clause.longest(.award, at: index), generic = clause.longest(.genericAward, at: index)
        let chosen: LexicalMatch?
        switch (specific, generic) {
        case let (specific?, generic?): chosen = generic.length > specific.length ? generic : specific
        case let (specific?, nil): chosen = specific
        case let (nil, generic?): chosen = generic
        default: chosen = nil
        }
        guard let chosen else { return nil }
        if let excluded = clause.longest(.notAward, at: index), excluded.length >= chosen.length { return nil }
        index += chosen.length
        var mention = AwardMention(slug: clause.value(chosen), isGeneric: chosen.wordClass == .genericAward, classes: [],
                                   count: counted?.value, qualifier: counted?.qualifier ?? "exact")
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

    /// Past the cause a medal is named for: Kỷ niệm chương “Vì sự nghiệp giáo dục”, up to
    /// "cho", a punctuation mark or a verb (a capitalized `dedication` word starts it; "vì"
    /// in lower case is "because").
    private func dedicationEnd(from start: Int) -> Int {
        var index = start
        let quoted = clause.has(.quote, at: index)
        if quoted { index += 1 }
        guard index < clause.count, tokens[index].isCapitalized, let word = clause.longest(.dedication, at: index) else { return start }
        index += word.length
        while index < clause.count, index - start < 12, !tokens[index].isPunctuation, folds[index] != "cho", !stops(at: index) {
            index += 1
        }
        if quoted, clause.has(.quote, at: index) { index += 1 }
        return index
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
        // "hạng Ba (năm 2005), hạng Nhì (năm 2015)": each class in its year.
        while let separator = separator(at: index + yearInBrackets(at: index)) {
            var next = index + yearInBrackets(at: index) + separator
            if clause.has(.classWord, at: next) { next += 1 } // "hạng Nhì, hạng Ba"
            guard let (more, end) = value(at: next, first: false) else { break }
            if !classes.contains(more) { classes.append(more) }
            index = end
        }
        return (classes, index)
    }

    // MARK: Granters

    /// Words that end a body's name; compared with diacritics ("do" is "because", "đỏ" is
    /// part of "Hội Chữ thập đỏ").
    static let stopWords: Set<String> = ["đã", "vừa", "sẽ", "đang", "cho", "được", "vì", "do", "nhằm", "tại", "gồm"]

    /// "Chủ tịch UBND tỉnh Lai Châu", "Thủ tướng Chính phủ", "Khối thi đua MTTQ, ... tỉnh".
    /// Not "Phó Chủ tịch nước": the rules' `not_after` words rule a phrase out.
    func granter(at start: Int) -> GranterMention? {
        guard let match = clause.longest(.granterAlias, at: start), let info = clause.rules.granters[clause.value(match)] else {
            return nil
        }
        // A one-word body is a name, capitalized: "số 123/QĐ-UBND" folds like "Sở".
        if match.length == 1, !tokens[start].isCapitalized { return nil }
        for words in info.notAfter where words.count <= start {
            if Array(folds[(start - words.count)..<start]) == words { return nil }
        }
        var end = start + match.length
        // "Bộ trưởng Bộ GD&ĐT": a title, then its body, both aliases of the granter.
        if let body = clause.longest(.granterAlias, at: end), clause.value(body) == info.slug {
            end += body.length
        }
        var name: String?
        if info.extends {
            // To the verb, but not past a comma before another giver: "Theo đề nghị của Hội đồng
            // Thi đua - Khen thưởng tỉnh, Chủ tịch UBND tỉnh đã tặng ...", "Theo báo cáo của Ban
            // Thi đua - Khen thưởng tỉnh, năm 2025 UBND tỉnh đã khen thưởng ...".
            // "Liên đoàn Lao động (LĐLĐ) tỉnh Bình Dương": the abbreviation is part of the name.
            while end < clause.count, end - start < 25 {
                if isAbbreviationInBrackets(at: end) {
                    end += 3
                    continue
                }
                guard !stops(at: end),
                      !(tokens[end].is(",") && (end + 1..<min(clause.count, end + 5)).contains { clause.has(.granterAlias, at: $0) })
                else { break }
                end += 1
            }
            while end > start + match.length, tokens[end - 1].isPunctuation, !tokens[end - 1].is(")") { end -= 1 }
            name = clause.text(start..<end)
        } else if info.named, let place = clause.longest(.province, at: end) {
            end += place.length
            name = clause.text(start..<end)
        } else if end > start + match.length {
            name = clause.text(start..<end)
        } else if let unnamed = info.unnamed, !unnamed.contains(Array(folds[start..<end])) {
            name = clause.text(start..<end) // "Bộ Y tế"
        }
        return GranterMention(slug: info.slug, level: info.level, name: name, tokens: start..<end)
    }

    /// Whether the token is one of `stopWords` ("được", "đã", "cho" ...).
    func isStopWord(at index: Int) -> Bool {
        let token = tokens[index]
        // The fold key first: a token whose fold is no stop word's needs no lower-case copy.
        return clause.rules.stopWordFolds.contains(token.fold) && Self.stopWords.contains(token.text.lowercased())
    }

    func stops(at index: Int) -> Bool {
        let token = tokens[index]
        if token.is(";") || token.is(".") || token.is(":") || token.is("(") { return true }
        if isStopWord(at: index) { return true }
        // "cho Hội Nông dân huyện Krông Pắc và tặng Bằng khen cho ...": "và" joins a second
        // verb phrase, not a second body.
        if folds[index] == "va", index + 1 < clause.count, clause.hasAny(Self.verbStops, at: index + 1),
           !clause.has(.notVerb, at: index + 1) {
            return true
        }
        // "Công an tỉnh Nghệ An tổ chức Hội nghị", "Hội LHPN tỉnh tổ chức họp mặt": the verb, in
        // lower case ("Ban Tổ chức Tỉnh ủy" is a name) and not after a determiner ("các tổ chức
        // chính trị - xã hội" are bodies).
        if !token.isCapitalized, clause.has(.organize, at: index), !clause.hasPhrase(.determiner, endingAt: index) {
            return true
        }
        // Not a capitalized word inside a name: "Trường THPT Phan Châu Trinh" ("trình").
        return clause.hasAny(Self.verbStops, at: index) && !clause.has(.notVerb, at: index) && !clause.isInsideName(at: index)
    }

    /// The verbs that end a body's name, and the words said before them ("vinh dự").
    private static let verbStops = WordClass.bits(.give, .praise, .receive, .praised, .proposal, .nameEnd)

    // MARK: People and bodies

    /// "đồng chí Tống Thanh Hải - Phó Chủ tịch Thường trực UBND tỉnh", "Bí thư Tỉnh ủy Giàng
    /// Páo Mỷ", "Chủ tịch UBND tỉnh Lê Văn Lương".
    func person(at start: Int) -> NamedMention? {
        guard clause.hasAny(Self.personStarts, at: start) else { return nil }
        var index = start
        while let honorific = clause.longest(.honorific, at: index) { index += honorific.length }
        let titleStart = index
        var localName = 0
        while index < clause.count, index - start < 16, !startsName(at: index) {
            if let title = longestTitle(at: index) {
                index += title.length
            } else if let place = clause.longest(.province, at: index) {
                index += place.length
            } else if index > titleStart, localName < 3, tokens[index].isCapitalized, !tokens[index].isPunctuation,
                      localName > 0 || clause.hasPhrase(.localUnit, endingAt: index) {
                index += 1 // a district's name in the title: "Bí thư Quận ủy Ba Đình" (not "Trường THPT")
                localName += 1
            } else {
                return nil
            }
        }
        guard startsName(at: index) else { return nil }
        let before = titleStart..<index
        let nameStart = index
        index += clause.longest(.surname, at: index)!.length
        while index < clause.count, index - nameStart < 5, tokens[index].isCapitalized, !tokens[index].isPunctuation,
              !clause.has(.titleWord, at: index) || clause.has(.surname, at: index) {
            index += 1
        }
        guard index - nameStart >= 2 else { return nil }
        let name = clause.text(nameStart..<index)
        let nameEnd = index
        var end = index
        var after: Range<Int>?
        if index + 1 < clause.count, ["-", "–", "—", ","].contains(String(tokens[index].text)) {
            var titleEnd = index + 1
            while titleEnd < clause.count {
                if let title = longestTitle(at: titleEnd) {
                    titleEnd += title.length
                } else if let place = clause.longest(.province, at: titleEnd) {
                    titleEnd += place.length
                } else if folds[titleEnd] == ",", titleEnd + 1 < clause.count, clause.has(.titleWord, at: titleEnd + 1) {
                    titleEnd += 1
                } else {
                    break
                }
            }
            if titleEnd > index + 1 {
                after = (index + 1)..<titleEnd
                end = titleEnd
            }
        }
        let title = after ?? (before.isEmpty ? nil : before)
        return NamedMention(name: name, title: title.map(clause.text), titleTokens: title, isBody: false, tokens: start..<end,
                            nameTokens: nameStart..<nameEnd)
    }

    /// Title words, or a giver's name inside a title, capitalized ("Bộ trưởng Bộ Y tế Đào Hồng
    /// Lan"): the longer.
    private func longestTitle(at index: Int) -> LexicalMatch? {
        let word = clause.longest(.titleWord, at: index)
        guard tokens[index].isCapitalized, let alias = clause.longest(.granterAlias, at: index), alias.length > 1,
              alias.length > word?.length ?? 0 else { return word }
        return alias
    }

    /// The classes a person's mention can start with.
    private static let personStarts = WordClass.bits(.honorific, .titleWord, .province, .surname)

    private func startsName(at index: Int) -> Bool {
        guard index + 1 < clause.count, clause.has(.surname, at: index), tokens[index].isCapitalized,
              clause.rules.isSurname(tokens[index].text) else { return false }
        // "Quảng Ninh" is a province, though "Quàng" is a surname.
        if let place = clause.longest(.province, at: index), place.length >= 2 { return false }
        let length = clause.longest(.surname, at: index)!.length
        return index + length < clause.count && tokens[index + length].isCapitalized && !tokens[index + length].isPunctuation
    }

    /// "(BĐBP)": one word in capitals between brackets.
    private func isAbbreviationInBrackets(at index: Int) -> Bool {
        index + 2 < clause.count && tokens[index].is("(") && tokens[index + 2].is(")")
            && tokens[index + 1].text.count >= 2 && !tokens[index + 1].text.contains(where: \.isLowercase)
            && tokens[index + 1].text.contains(where: \.isLetter)
    }

    /// "trao danh hiệu Anh hùng Lao động cho nhà trường": after "cho", a body named by the word
    /// for its kind alone, in lower case, where its phrase ends (a mark, "vì", "và", the end).
    private func unit(at start: Int) -> NamedMention? {
        guard start > 0, start < clause.count, !tokens[start].isCapitalized, clause.hasPhrase(.to, endingAt: start),
              let unit = clause.longest(.unit, at: start) else { return nil }
        let end = start + unit.length
        guard end == clause.count || tokens[end].isPunctuation || Self.unitEnds.contains(folds[end])
                || clause.has(.aside, at: end) else { return nil }
        return NamedMention(name: clause.text(start..<end), title: nil, titleTokens: nil, isBody: true, tokens: start..<end,
                            nameTokens: start..<end, isBare: true)
    }

    private static let unitEnds: Set<String> = ["va", "nhan", "trong"]

    /// A person, or a body ("Hội Liên hiệp phụ nữ Việt Nam tỉnh Lào Cai"): a collective.
    func named(at start: Int) -> NamedMention? {
        if let person = person(at: start) { return person }
        if let unit = unit(at: start) { return unit }
        guard start < clause.count, tokens[start].isCapitalized, clause.has(.orgWord, at: start),
              !clause.hasPhrase(.occasion, endingAt: start) else { return nil }
        if let event = clause.longest(.notOrgWord, at: start),
           event.length >= clause.longest(.orgWord, at: start)!.length { return nil }
        var end = start + 1
        while end < clause.count, end - start < 20 {
            // "Bộ Chỉ huy Bộ đội Biên phòng (BĐBP) tỉnh Kiên Giang": the abbreviation is part of the name.
            if isAbbreviationInBrackets(at: end) {
                end += 3
                continue
            }
            guard !stops(at: end), tokens[end].fold != "," || end + 1 < clause.count && tokens[end + 1].isCapitalized else { break }
            // "Công ty Xi măng Hà Tiên và Trường THPT Nguyễn Du", "Sở Tài chính, Sở Y tế": a
            // body's name after "và" or "," is another body ("Bộ Giáo dục và Đào tạo" is one).
            if folds[end] == "va" || tokens[end].is(","), end + 1 < clause.count,
               tokens[end + 1].isCapitalized && (clause.has(.orgWord, at: end + 1) || award(at: end + 1) != nil)
                || person(at: end + 1) != nil {
                break // also the next award ("cho Tổng công ty X và Huân chương ...") or person ("và ông B")
            }
            end += 1
        }
        while end > start + 1, tokens[end - 1].isPunctuation, !tokens[end - 1].is(")") { end -= 1 }
        return NamedMention(name: clause.text(start..<end), title: nil, titleTokens: nil, isBody: true, tokens: start..<end, nameTokens: start..<end)
    }
}
