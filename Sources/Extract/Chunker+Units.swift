/// Bodies named without a proper name of capitalized words: by their kind's word alone
/// ("cho nhà trường"), by a commune's or district's word in lower case ("cho xã Đồng Tâm"), by
/// their initials ("cho ĐHQGHN"; in brackets inside or after a name, "(GD&ĐT)").
extension Chunker {
    /// "trao danh hiệu Anh hùng Lao động cho nhà trường": after "cho", a body named by the word
    /// for its kind alone, in lower case, where its phrase ends (a mark, "vì", "và", the end).
    /// Or the subject of a passive, at the start or after a mark: "Năm 2022, đơn vị được tặng
    /// Cờ thi đua" (not "5 đơn vị", "các đơn vị": counts and kinds).
    /// `objectFrom`: where the mention starts when a word before the unit's is its own ("cho tập
    /// thể nhà trường": "cho" stands before that word).
    func unit(at start: Int, objectFrom: Int? = nil) -> NamedMention? {
        guard start < clause.count, let unit = clause.longest(.unit, at: start) else { return nil }
        let end = start + unit.length
        let lowerCase = !tokens[start].isCapitalized
        guard standsAlone(start..<end, object: lowerCase, subject: lowerCase && objectFrom == nil, objectFrom: objectFrom ?? start)
        else { return nil }
        return NamedMention(name: clause.text(start..<end), title: nil, titleTokens: nil, isBody: true, tokens: start..<end,
                            nameTokens: start..<end, isBare: true)
    }

    /// "cho xã Đồng Tâm và xã Tam Tiến": a commune or a district, its word in lower case
    /// (lexicon class `local_unit`), then its name.
    /// After a comma, only in a list of the same units ("cho xã A, xã B"): else it says where
    /// the name before is ("Anh Hà Văn Hải, thôn Nà Lừa, xã Tân Minh"; "UBND xã Tân Phú, huyện
    /// Đồng Phú").
    func startsLocalUnit(at start: Int) -> Bool {
        guard clause.present.contains(.localUnit), clause.has(.localUnit, at: start), !tokens[start].isCapitalized,
              let unit = clause.longest(.localUnit, at: start) else {
            return false
        }
        let name = start + unit.length
        guard name < clause.count, tokens[name].isCapitalized, !tokens[name].isPunctuation else { return false }
        guard start > 0, tokens[start - 1].is(",") else { return true }
        // An item of a list after a colon: "cho các đơn vị: Sở Tài chính, Công an tỉnh, huyện Văn Lâm".
        if (max(0, start - 24)..<(start - 1)).contains(where: { tokens[$0].is(":") }) { return true }
        let before = (max(0, start - 9)..<(start - 1)).last { tokens[$0].is(",") || folds[$0] == "va" || clause.has(.to, at: $0) }
        // After the clause's opening time or phrase ("Ngày 10/10/2024, huyện Tân Uyên long trọng
        // tổ chức ...", "Năm 2024, xã Tân Hà được ...", "Tại hội nghị, huyện Yên Thành vinh dự đón
        // nhận ..."): the unit is the subject. Not after a name ("Anh Hà Văn Hải, xã Tân Minh").
        // After the outlet's credit that opens a lead too: "(LĐ) - Ngày 10/10/2023, huyện Tân Uyên ...".
        let open = min(creditLength, start - 1)
        if before == nil, start - open <= 6,
           (open..<(start - 1)).contains(where: { tokens[$0].isNumber })
            || !(open + 1..<max(open + 1, start - 1)).contains(where: { tokens[$0].isCapitalized }),
           !(open..<(start - 1)).contains(where: { tokens[$0].isCapitalized && clause.has(.orgWord, at: $0) }) {
            return true
        }
        let item = before.map { $0 + 1 } ?? max(0, start - 9)
        return item < start - 1 && folds[item] == folds[start] && !tokens[item].isCapitalized
    }

    /// The tokens of an outlet's credit that opens the clause: "(LĐ) -", "QĐND -", "(HPO) -".
    var creditLength: Int {
        // Two letters are enough here ("LĐ"), where a body's initials need three.
        func isCredit(_ text: Substring) -> Bool {
            (2...8).contains(text.count) && text.contains(where: \.isLetter) && !text.contains(where: \.isLowercase)
        }
        if clause.count > 4, tokens[0].is("("), tokens[2].is(")"), tokens[3].isDash, isCredit(tokens[1].text) { return 4 }
        if clause.count > 2, tokens[1].isDash, isCredit(tokens[0].text) { return 2 }
        return 0
    }

    /// "Tập thể lớp 12A1 Trường THPT Chu Văn An", "cho Chi đội 9A": a school's class by its code
    /// (digits, then capitals and digits), with its school when a body is named right after.
    /// Where a mention starts (the clause's start, a mark, "và", "cho", a body prefix), not
    /// inside a person's title: "Giáo viên chủ nhiệm lớp 12A1 Nguyễn Thị Hoa".
    func schoolClass(at start: Int) -> NamedMention? {
        guard let word = clause.longest(.schoolClass, at: start),
              start == 0 || tokens[start - 1].isPunctuation || folds[start - 1] == "va" || clause.hasPhrase(.to, endingAt: start)
                || clause.hasPhrase(.bodyPrefix, endingAt: start) else { return nil }
        let code = start + word.length
        guard code < clause.count, Self.isClassCode(tokens[code].text) else { return nil }
        var end = code + 1
        if end < clause.count, tokens[end].isCapitalized, let school = named(at: end), school.isBody, !school.isBare {
            end = school.tokens.upperBound
        }
        return NamedMention(name: clause.text(start..<end), title: nil, titleTokens: nil, isBody: true, tokens: start..<end,
                            nameTokens: start..<end)
    }

    /// "(Trường THPT chuyên Lê Quý Đôn)", "(ông Nguyễn Văn An)": one body or person named alone
    /// in the brackets that open at `index`, the brackets' whole content.
    func namedInBrackets(at index: Int) -> NamedMention? {
        guard index + 2 < clause.count, tokens[index].is("("),
              let close = (index + 2..<min(clause.count, index + 20)).first(where: { tokens[$0].is(")") }),
              var named = named(at: index + 1), !named.isBare, named.tokens.lowerBound == index + 1 else { return nil }
        if named.isBody, named.nameTokens.upperBound >= close {
            named.nameTokens = (index + 1)..<close
            named.tokens = named.nameTokens
            named.name = clause.text(named.nameTokens)
            return named
        }
        // A person's title may run over the bracket ("(ông Nguyễn Văn An, Giám đốc Sở Y tế)"): it
        // ends there.
        guard !named.isBody, named.nameTokens.upperBound <= close, named.tokens.upperBound >= close else { return nil }
        if let title = named.titleTokens, title.lowerBound >= named.nameTokens.upperBound, title.upperBound > close {
            named.titleTokens = title.lowerBound..<close
            named.title = clause.text(title.lowerBound..<close)
        }
        named.tokens = named.tokens.lowerBound..<close
        return named
    }

    /// "12A1", "9A", "10C3": digits, then a capital, then capitals or digits.
    static func isClassCode(_ text: Substring) -> Bool {
        var digits = 0, capitals = 0
        for byte in text.utf8 {
            if (0x30...0x39).contains(byte) {
                if capitals == 0 { digits += 1 }
            } else if (0x41...0x5A).contains(byte), digits > 0 {
                capitals += 1
            } else {
                return false
            }
        }
        return (1...2).contains(digits) && capitals > 0
    }

    /// "trao Huân chương Hồ Chí Minh cho ĐHQGHN", "EVNNPC vinh dự đón nhận ...": a body by its
    /// initials, three capitals or more, where a body named by its kind's word alone may stand
    /// (`unit`). Not a giver's ("UBND", "TTCP") or another word the lexicon knows.
    /// `mention`: where the mention starts, when a word of the body's stands before its initials
    /// ("lực lượng CAND vinh dự được ...").
    func initials(at start: Int, mention: Int? = nil) -> NamedMention? {
        let token = tokens[start]
        guard token.isCapitalized, !token.isPunctuation, clause.matches(at: start).isEmpty else { return nil }
        let end = start + 1, from = mention ?? start
        guard standsAlone(from..<end, object: true, subject: true, objectFrom: from), Token.isInitials(token.text) else { return nil }
        return NamedMention(name: String(token.text), title: nil, titleTokens: nil, isBody: true, tokens: from..<end, nameTokens: start..<end)
    }

    /// Whether the how-manieth time or year, or how many years, stands right before `start`
    /// with no comma: "Đây là lần thứ hai nhà trường vinh dự được ...", "3 năm liên tiếp nhà
    /// trường ...", "Đây là năm thứ 3 liên tiếp (2022, 2023, 2024) nhà trường ..." (the years
    /// in brackets after it).
    private func afterHowManieth(_ start: Int) -> Bool {
        // (Most words before a unit's are none of these: what is cheap to rule out first.)
        let last = start - 1
        guard last >= 1, tokens[last].is(")") || tokens[last].isNumber || clause.has(.number, at: last)
                || folds[last] == "tiep" || folds[last] == "tuc" || folds[last] == "lien" else { return false }
        var end = start
        if end >= 3, tokens[end - 1].is(")"), let open = (max(0, end - 14)..<(end - 1)).last(where: { tokens[$0].is("(") }) { end = open }
        // "3 năm liên tiếp"
        if let running = clause.phraseStart(.yearsRunning, endingAt: end), running >= 1,
           tokens[running - 1].isNumber || clause.has(.number, at: running - 1) {
            return true
        }
        // "lần thứ hai", "năm thứ 3", "năm thứ ba liên tiếp"
        if end >= 2, folds[end - 1] == "tiep" && folds[end - 2] == "lien" || folds[end - 1] == "tuc" && folds[end - 2] == "lien" {
            end -= 2
        }
        return end >= 3 && (folds[end - 3] == "nam" || folds[end - 3] == "lan") && clause.has(.ordinal, at: end - 2)
            && (tokens[end - 1].isNumber || clause.has(.number, at: end - 1))
    }

    /// Where a body named by one short phrase may stand: after "cho" (when `object`), where
    /// its phrase ends (a mark, "vì", "và", the end); or as the subject of a passive, at the
    /// clause's start or (when `subject`) after a comma, before "được", a verb of receiving or
    /// a word that ends a name.
    func standsAlone(_ phrase: Range<Int>, object: Bool, subject: Bool, objectFrom: Int) -> Bool {
        let (start, end) = (phrase.lowerBound, phrase.upperBound)
        if objectFrom > 0, object, clause.hasPhrase(.to, endingAt: objectFrom) {
            return end == clause.count || tokens[end].isPunctuation || clause.has(.unitEnd, at: end) || clause.has(.aside, at: end)
        }
        // "Nhiều năm liền nhà trường đạt ...": how often, opening the clause with no comma.
        let afterHowOften = start > 1 && tokens[0].isCapitalized && clause.longest(.nameEnd, at: 0)?.length == start
        // "Với những thành tích đó, năm 2015 đơn vị được ...": the year, no comma after it.
        let afterYear = start >= 2 && clause.statedYear(at: start - 2) != nil && (start == 2 || tokens[start - 3].is(","))
        guard start == 0 || (tokens[start - 1].is(",") || afterHowOften || afterYear || afterHowManieth(start)) && subject,
              end < clause.count else { return false }
        // Not the last of kinds listed: "97% cơ quan, đơn vị đạt danh hiệu ..." (a share of them).
        if start > 1, tokens[start - 1].is(","), clause.hasPhrase(.kind, endingAt: start - 1) { return false }
        // "Năm 2022, nhà trường đã được ...": an adverb of the subject before its verb. "Nhiều năm
        // liền, nhà trường đạt danh hiệu Tập thể lao động xuất sắc": a title achieved.
        var verb = end + (clause.longest(.subjectAdverb, at: end)?.length ?? 0)
        // Years running: "Đơn vị đã 5 năm liên tục đạt danh hiệu Đơn vị quyết thắng".
        if verb < clause.count, tokens[verb].isNumber, let running = clause.longest(.yearsRunning, at: verb + 1) {
            verb += 1 + running.length
        }
        // How many times: "Đơn vị 3 lần được Chủ tịch nước tặng ...".
        if verb + 1 < clause.count, tokens[verb].isNumber, folds[verb + 1] == "lan", tokens[verb + 1].text == "lần" { verb += 2 }
        return verb < clause.count && (clause.has(.by, at: verb) || clause.has(.receive, at: verb) || clause.has(.nameEnd, at: verb)
                                       || clause.has(.achieve, at: verb))
    }

    /// "các huyện: Văn Lâm, Văn Giang, Khoái Châu", "các xã Tân Lập, Tân Hòa và Tân Bình",
    /// "các huyện Văn Lâm, Văn Giang và thị xã Mỹ Hào": the places a plural unit's word
    /// (`unit`, its tokens ending at `end`) names, each a body ("huyện Văn Lâm").
    func placesOfUnit(_ unit: Range<Int>, end: Int) -> [NamedMention] {
        var index = end < clause.count && tokens[end].is(":") ? end + 1 : end
        var places: [NamedMention] = []
        var word = clause.text(unit).lowercased()
        while index < clause.count {
            var start = index
            // Another unit's word: "... và thị xã Mỹ Hào".
            if !places.isEmpty, let other = clause.longest(.localUnit, at: index), !tokens[index].isCapitalized {
                word = clause.text(index..<index + other.length)
                start = index + other.length
            }
            var stop = start
            while stop < clause.count, stop - start < 4, tokens[stop].isCapitalized, !tokens[stop].isPunctuation { stop += 1 }
            guard stop > start else { break }
            places.append(NamedMention(name: word + " " + clause.text(start..<stop), title: nil, titleTokens: nil, isBody: true,
                                       tokens: index..<stop, nameTokens: index..<stop))
            guard let separator = separator(at: stop) else { break }
            index = stop + separator
        }
        return places
    }
}

extension Chunker {
    /// "Công an tỉnh Bình Phước, Đồng Tháp, Tây Ninh", "UBND các huyện Tây Giang và Nam Giang":
    /// a body's name up to its place's word, then places after "," or "và" that share it: a
    /// body of each place ("Công an tỉnh Đồng Tháp"; records.md: names without a count give
    /// one record each). Only where every item is a place of the first one's level: a province
    /// after a district's name ("Công an huyện Ba Vì, Hà Nội") or a district after a commune's
    /// ("UBND xã Tân Lập, Đan Phượng") says where it is; then the mention stays whole.
    /// Nil where the mention is one body.
    func bodiesSharingPlaceWord(_ mention: NamedMention) -> [NamedMention]? {
        let name = mention.nameTokens
        guard mention.isBody, !mention.isHousehold, !mention.isBare, name.count >= 5,
              clause.present.contains(.districtUnit) || clause.present.contains(.localUnit),
              name.contains(where: { tokens[$0].is(",") || folds[$0] == "va" }),
              // In lower case but at the name's start ("Huyện Đông Giang, Tây Giang"): the "Quân" of
              // "Ban Chỉ huy Quân sự huyện Ba Vì" shares its fold with "quận".
              let word = name.first(where: { ($0 == name.lowerBound || !tokens[$0].isCapitalized)
                                             && (clause.has(.districtUnit, at: $0) || clause.has(.localUnit, at: $0)) }),
              let unit = clause.longest(.districtUnit, at: word) ?? clause.longest(.localUnit, at: word) else { return nil }
        let provinceWord = folds[word] == "tinh"
        let communeWord = clause.longest(.districtUnit, at: word) == nil
        var items: [Range<Int>] = []
        var provinces = 0
        var index = word + unit.length
        while index < name.upperBound {
            guard let item = placeItem(at: index, within: name.upperBound) else { return nil }
            if item.isProvince { provinces += 1 } else if provinceWord || communeWord && clause.longest(.district, at: index) != nil {
                return nil
            }
            items.append(index..<item.end)
            guard item.end < name.upperBound else { break }
            guard let separator = separator(at: item.end) else { return nil }
            index = item.end + separator
        }
        guard items.count > 1, provinces == 0 || provinces == items.count, items.last?.upperBound == name.upperBound else {
            return nil
        }
        // "Công an các tỉnh ...": each is one province's.
        let plural = word > name.lowerBound && folds[word - 1] == "cac"
        let prefix = [plural ? clause.text(name.lowerBound..<(word - 1)) : clause.text(name.lowerBound..<word),
                      clause.text(word..<(word + unit.length))].filter { !$0.isEmpty }.joined(separator: " ")
        return items.enumerated().map { number, item in
            let first = number == 0
            let end = number == items.count - 1 ? mention.tokens.upperBound : item.upperBound
            return NamedMention(name: prefix + " " + clause.text(item), title: nil, titleTokens: nil, isBody: true,
                                tokens: (first ? mention.tokens.lowerBound : item.lowerBound)..<end,
                                nameTokens: (first ? name.lowerBound : item.lowerBound)..<item.upperBound)
        }
    }

    /// A body's word or name of a few capitalized words that opens the clause (or follows "cho")
    /// right before `index`: the "UBND" of "UBND các xã Tân Lập, Tân Hòa được tặng ...".
    func bodyWordBefore(_ index: Int) -> Range<Int>? {
        func opens(_ start: Int) -> Bool { start == 0 || clause.has(.to, at: start - 1) || tokens[start - 1].isPunctuation }
        var start = index
        while start > 0, index - start < 6, tokens[start - 1].isCapitalized, !tokens[start - 1].isPunctuation { start -= 1 }
        if start < index, opens(start), clause.has(.orgWord, at: start) || clause.has(.granterAlias, at: start) { return start..<index }
        // A body's word with a word in lower case: "Công an các xã Tân Lập, Tân Hòa".
        return (max(0, index - 4)..<index).first { clause.longest(.orgWord, at: $0)?.length == index - $0 && opens($0) }.map { $0..<index }
    }

    /// A place's name at `index` that ends before `limit`: a province's, or a run of one to
    /// three capitalized words that opens no body.
    func placeItem(at index: Int, within limit: Int) -> (end: Int, isProvince: Bool)? {
        guard index < limit, tokens[index].isCapitalized, !tokens[index].isPunctuation else { return nil }
        if let province = clause.longest(.province, at: index), index + province.length <= limit,
           tokens[index + province.length - 1].isCapitalized {
            return (index + province.length, true)
        }
        guard !clause.has(.orgWord, at: index) else { return nil }
        var end = index
        while end < limit, end - index < 4, tokens[end].isCapitalized, !tokens[end].isPunctuation { end += 1 }
        return end - index <= 3 ? (end, false) : nil
    }

    /// Past "(BĐBP)", "(GD&ĐT)" at `index`: one word in capitals between brackets, or its
    /// pieces written together ("GD", "&", "ĐT").
    func abbreviationInBracketsEnd(at index: Int) -> Int? {
        guard index + 2 < clause.count, tokens[index].is("("), tokens[index + 1].isCapitalized else { return nil }
        var close = index + 2
        while close < clause.count, close < index + 6, !tokens[close].is(")") {
            guard tokens[close].range.lowerBound == tokens[close - 1].range.upperBound else { return nil }
            close += 1
        }
        guard close < clause.count, tokens[close].is(")") else { return nil }
        let pieces = tokens[index + 1..<close]
        return pieces.reduce(0) { $0 + $1.text.count } >= 2 && !pieces.contains { $0.text.contains(where: \.isLowercase) }
            && pieces.contains { $0.text.contains(where: \.isLetter) } ? close + 1 : nil
    }

    /// Past "(miền Nam)" at `index`: a region of the country in brackets is part of a body's
    /// legal name ("Ban Đại diện Hội thánh Tin Lành Việt Nam (miền Nam) tỉnh Gia Lai"), where
    /// a place in brackets after a name ("(tỉnh Bình Định)") is the mention's.
    func regionInBracketsEnd(at index: Int) -> Int? {
        guard index + 3 < clause.count, tokens[index].is("("), folds[index + 1] == "mien", !tokens[index + 1].isCapitalized,
              tokens[index + 2].isCapitalized, tokens[index + 3].is(")") else { return nil }
        return index + 4
    }

    /// Where an abbreviation in brackets that ends at `end` starts ("Tổng công ty Điện lực miền
    /// Bắc (EVNNPC)").
    func abbreviationInBracketsStart(endingAt end: Int) -> Int? {
        guard end >= 3, tokens[end - 1].is(")") else { return nil }
        return (max(0, end - 7)...(end - 3)).reversed().first { abbreviationInBracketsEnd(at: $0) == end }
    }
}
