/// Givers: who confers, as the text names them ("Chủ tịch UBND tỉnh Lai Châu", "Khối thi đua
/// MTTQ, ... tỉnh", "UBND thành phố Vinh").
extension Chunker {
    /// "Chủ tịch UBND tỉnh Lai Châu", "Thủ tướng Chính phủ", "Khối thi đua MTTQ, ... tỉnh".
    /// Not "Phó Chủ tịch nước": the rules' `not_after` words rule a phrase out.
    func granter(at start: Int) -> GranterMention? {
        // (Asked at most tokens by some rule: what is cheap to rule out first.)
        guard let match = clause.longest(.granterAlias, at: start), let info = clause.rules.granters[clause.value(match)] else {
            if clause.hasGranterHead, let headed = headedGranter(at: start) { return headed }
            return clause.bodyGivers.isEmpty || isIssuerInNumber(start) ? nil : bodyGiver(at: start)
        }
        if isIssuerInNumber(start) { return nil }
        // A one-word body is a name, capitalized: "số 123/QĐ-UBND" folds like "Sở".
        if match.length == 1, !tokens[start].isCapitalized { return nil }
        if follows(info.notAfter, at: start) { return nil }
        // What an occasion is about gives nothing: "dự Lễ kỷ niệm 30 năm Ngày thành lập Tổng công ty
        // ... và trao Huân chương ..." (as for recipients, `named`).
        if clause.hasPhrase(.occasion, endingAt: start) { return nil }
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
                if let past = abbreviationInBracketsEnd(at: end) {
                    end = past
                    continue
                }
                if let ordinal = eventOrdinalEnd(at: end, nameFrom: start) {
                    end = ordinal
                    continue
                }
                // Nor past a comma before a person: "Thay mặt Ban Thường vụ Tỉnh ủy, đồng chí ... trao".
                // Nor over its decision: "Chủ tịch UBND huyện quyết định công nhận danh hiệu ..."
                // ("công nhận" is inside the decision's phrase, so no verb stops it).
                guard !stops(at: end), tokens[end].isCapitalized || !clause.has(.decree, at: end),
                      !(tokens[end].is(",") && (end + 1..<min(clause.count, end + 5)).contains { clause.has(.granterAlias, at: $0) }),
                      !(tokens[end].is(",") && clause.has(.honorific, at: end + 1)),
                      // Nor past a year said between commas: "Theo báo cáo của Ban Thi đua - Khen
                      // thưởng tỉnh, năm 2024, cấp tỉnh đã khen thưởng ...".
                      !(tokens[end].is(",") && end + 2 < clause.count && folds[end + 1] == "nam" && tokens[end + 2].isNumber),
                      // Nor past a comma before the next recipients: "được tặng Cờ thi đua của Tập
                      // đoàn Điện lực Việt Nam, 12 tập thể và 25 cá nhân được ...".
                      !(tokens[end].is(",") && end + 1 < clause.count && countedRecipients(at: end + 1) != nil),
                      // Nor before another position of the same person: "Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh".
                      !(tokens[end].is(",") && end + 1 < clause.count && tokens[end + 1].isCapitalized
                        && clause.has(.officialPosition, at: end + 1)),
                      // Nor past "và" before a second giver: "Cờ thi đua của Trung ương Đoàn và Tỉnh
                      // đoàn" ("Sở Giáo dục và Đào tạo" goes on; a bloc's name that lists its members,
                      // "Khối thi đua MTTQ, các tổ chức ... và Hội Chữ thập đỏ tỉnh", too).
                      !(end + 1 < clause.count && tokens[end + 1].isCapitalized && clause.has(.granterAlias, at: end + 1)
                        && folds[end] == "va" && !(start..<end).contains { tokens[$0].is(",") })
                else { break }
                end += 1
            }
            // Nor over the name of who holds the title: "Giám đốc Công an tỉnh Nghệ An Nguyễn Đức
            // Hải trao ...", "Bí thư Tỉnh ủy Nguyễn Văn A trao ..." (the person is the presenter, the
            // body the giver; the title may begin before the giver's name).
            var holderStart: Int?
            for titleStart in [start] + (max(0, start - 3)..<start).reversed() {
                if let holder = person(at: titleStart), holder.nameTokens.lowerBound >= start + match.length,
                   holder.nameTokens.lowerBound < end, !clause.isInsideDistrictName(at: holder.nameTokens.lowerBound) {
                    holderStart = holder.nameTokens.lowerBound
                    break
                }
            }
            end = holderStart ?? nameAfterBody(from: start + match.length, to: end) ?? end
            while end > start + match.length, tokens[end - 1].isPunctuation && !tokens[end - 1].is(")") || folds[end - 1] == "va" {
                end -= 1
            }
            // An abbreviation that closes the name is its other name (as for a body's, `named`).
            name = clause.text(start..<(abbreviationInBracketsStart(endingAt: end).flatMap { $0 - start > 1 ? $0 : nil } ?? end))
        } else if info.named, let placeEnd = placeEnd(after: end, from: start) {
            // "Chủ tịch UBND thành phố Hải Dương": a city named as its province is, the
            // province's capital, gives as a district does unless the province is the city.
            if info.level == "provincial", isCityOfProvince(from: end, to: placeEnd), let body = clause.rules.granters["to-chuc"] {
                return GranterMention(slug: body.slug, level: body.level, name: clause.text(start..<placeEnd), tokens: start..<placeEnd)
            }
            end = placeEnd
            name = clause.text(start..<end)
        } else if info.named, info.level == "provincial", let city = cityBelowProvince(after: end),
                  let body = clause.rules.granters["to-chuc"] {
            // "Chủ tịch UBND thành phố Vinh": a city of a province gives as a district does.
            return GranterMention(slug: body.slug, level: body.level, name: clause.text(start..<city), tokens: start..<city)
        } else if end > start + match.length {
            name = clause.text(start..<end)
        } else if info.named, (start..<end).contains(where: { clause.longest(.province, at: $0) != nil }) {
            name = clause.text(start..<end) // "UBND TPHCM": the alias holds the place
        } else if let unnamed = info.unnamed, !unnamed.contains(Array(folds[start..<end])) {
            name = clause.text(start..<end) // "Bộ Y tế"
        }
        // "UBND thành phố", "Chủ tịch UBND TP": whose city, the document's province tells.
        let unnamedCity = name == nil && info.level == "provincial" && end - start >= 2
            && (folds[end - 1] == "tp" || folds[end - 1] == "pho" && folds[end - 2] == "thanh")
        return GranterMention(slug: info.slug, level: info.level, name: name, tokens: start..<end, isUnnamedCity: unnamedCity)
    }

    /// "Chủ tịch Trung ương Hội Nông dân Việt Nam tặng ...", "Bí thư Tỉnh đoàn tặng ...": the head
    /// of a body that gives (`to-chuc`), named with the office as "Giám đốc Sở" is (lexicon class
    /// `granter_head`); not a deputy's ("Phó Chủ tịch Hội ... trao": the body's `not_after`).
    private func headedGranter(at start: Int) -> GranterMention? {
        guard start < clause.count, let head = clause.longest(.granterHead, at: start), tokens[start].isCapitalized,
              let body = granter(at: start + head.length), body.slug == "to-chuc", body.tokens.lowerBound == start + head.length,
              let info = clause.rules.granters[body.slug], !follows(info.notAfter, at: start) else { return nil }
        return GranterMention(slug: body.slug, level: body.level, name: clause.text(start..<start + head.length) + " " + (body.name ?? clause.text(body.tokens)),
                              tokens: start..<body.tokens.upperBound)
    }

    /// "được EVN tặng Cờ thi đua", "Bằng khen của Viettel": a body by its initials or by a name
    /// of its own (`org_name`) alone, right before a verb of giving or right after "của"/"do"
    /// (`Clause.bodyGivers`), is a giver (`to-chuc`, with its name). Not "UBND tặng ...":
    /// initials the lexicon knows as a body's word name no body alone.
    /// A body's whole name gives too, after "của"/"do" ("Bằng khen của Trường Đại học Vinh") or
    /// right before a verb of giving or praise ("Công ty Điện lực Hà Tĩnh đã tặng Giấy khen ...").
    /// A body named by its kind's word alone, as the subject ("Nhà trường cũng khen thưởng 156
    /// học sinh", "Công ty đã tặng Giấy khen ..."), gives too and has no name; not after "của"
    /// ("của Công ty": whose, the article's subject), nor a place's word ("Tỉnh đã khen thưởng
    /// ...": through which body, the text does not say).
    /// A district's own name ("Huyện Củ Chi tuyên dương ...") is a body's too.
    private func bodyGiver(at start: Int) -> GranterMention? {
        guard clause.bodyGivers.contains(start), let body = clause.rules.granters["to-chuc"] else { return nil }
        // Not the last initials of a province's name ("TP.HCM khen thưởng ...": the city, no body).
        if clause.has(.orgName, at: start)
            || clause.matches(at: start).isEmpty && Token.isInitials(tokens[start].text) && !clause.isInsideProvinceName(at: start) {
            return GranterMention(slug: body.slug, level: body.level, name: String(tokens[start].text), tokens: start..<start + 1)
        }
        guard clause.has(.orgWord, at: start), let named = named(at: start), named.isBody, named.nameTokens.lowerBound == start
        else { return nil }
        let end = named.nameTokens.upperBound
        let afterOf = start > 0 && clause.has(.ofGiver, at: start - 1)
        let bare = named.isBare || clause.longest(.unit, at: start)?.length == named.nameTokens.count
        if bare, afterOf || !tokens[start].isCapitalized || clause.longest(.districtUnit, at: start) != nil { return nil }
        // "Tỉnh Gia Lai khen thưởng ...": a province by its word and name, as the subject, gives as
        // "Bình Dương khen thưởng ..." does, through no body the text names (a district's is one).
        if !afterOf, folds[start] == "tinh" || folds[start] == "thanh", let unit = clause.longest(.districtUnit, at: start),
           let place = clause.longest(.province, at: start + unit.length), start + unit.length + place.length == end {
            return nil
        }
        var verb = end
        // "Phòng Thương mại và Công nghiệp Việt Nam (VCCI) tặng ...": its abbreviation in brackets.
        if verb < clause.count, tokens[verb].is("("), let past = abbreviationInBracketsEnd(at: verb) { verb = past }
        if verb < clause.count, clause.has(.subjectAdverb, at: verb) { verb += clause.longest(.subjectAdverb, at: verb)!.length }
        // Before the verb, the body is its subject: where the clause or a phrase starts, or after
        // "được" ("được Công ty ... tặng"); not "các tỉnh trong Cụm đã khen thưởng".
        // Who speaks for it may stand first: "Lãnh đạo Công ty ... trao", "Đại diện Trường ... trao".
        var lead = start
        if start > 0, let back = stride(from: min(4, start), through: 1, by: -1).first(where: { clause.longest(.speaksFor, at: start - $0)?.length == $0 }) {
            lead = start - back
        }
        let subject = lead == 0 || tokens[lead - 1].isPunctuation || clause.has(.by, at: lead - 1)
        guard afterOf || subject && (bare || named.nameTokens.count >= 2) && verb < clause.count
                && (clause.has(.give, at: verb) || clause.has(.praise, at: verb)) else { return nil }
        return GranterMention(slug: body.slug, level: body.level, name: bare ? nil : named.name, tokens: start..<end)
    }

    /// Where a person's name starts right after a body's in a giver's phrase: "Giám đốc
    /// ĐHQGHN Lê Quân trao ...", "Tổng Giám đốc EVNNPC Đỗ Nguyệt Ánh". Not a name inside a
    /// body's ("Hiệu trưởng Trường THPT Nguyễn Du") or a district's ("Công an huyện Lục Nam").
    private func nameAfterBody(from first: Int, to end: Int) -> Int? {
        for index in first..<end where index > first && startsName(at: index) {
            // (A name of three or four words after a committee's word is a person's: "Bí thư
            // Huyện ủy Nguyễn Văn An trao ...", whose giver had been "Huyện ủy Nguyễn".)
            if !tokens[index - 1].isCapitalized && clause.hasPhrase(.localUnit, endingAt: index)
                && isLocalName(at: index) || clause.isInsideDistrictName(at: index) {
                continue
            }
            if (first..<index).contains(where: { tokens[$0].isCapitalized && clause.has(.orgWord, at: $0)
                && !($0 == index - 1 && clause.has(.orgName, at: $0)) && (named(at: $0)?.nameTokens.upperBound ?? 0) > index }) {
                continue
            }
            if person(at: index)?.nameTokens.lowerBound == index { return index }
        }
        return nil
    }

    /// Where the name of a city that is no province ends, right after a giver's alias that ends
    /// with the city's word: "UBND thành phố Vinh", "UBND TP Thủ Đức".
    private func cityBelowProvince(after end: Int) -> Int? {
        guard end > 0, end < clause.count, clause.has(.city, at: end - 1) || end > 1 && clause.hasPhrase(.city, endingAt: end),
              tokens[end].isCapitalized, !tokens[end].isPunctuation, clause.longest(.province, at: end) == nil,
              !clause.hasAny(Self.verbStops, at: end) else { return nil }
        var stop = end
        while stop < clause.count, stop - end < 4, tokens[stop].isCapitalized, !tokens[stop].isPunctuation, !startsName(at: stop) { stop += 1 }
        return stop > end ? stop : nil
    }

    /// Whether one of `phrases` (fold keys, a giver's `not_after`) ends right before `start`:
    /// "Phó Chủ tịch nước" is not the President.
    private func follows(_ phrases: [[String]], at start: Int) -> Bool {
        phrases.contains { words in words.count <= start && Array(folds[(start - words.count)..<start]) == words }
    }

    /// "Ban Tổ chức Đại hội Thể dục thể thao tỉnh lần thứ X năm 2024 tổ chức ...": an event's
    /// ordinal, and its year after it, inside the name of the board that organizes it (an event
    /// word, people.yaml `not_org_words`: "Đại hội", "Hội thi", in the name). Elsewhere "lần thứ
    /// 3" says how many times.
    private func eventOrdinalEnd(at index: Int, nameFrom start: Int) -> Int? {
        guard clause.present.contains(.ordinal), index + 2 < clause.count, folds[index] == "lan", clause.has(.ordinal, at: index + 1),
              tokens[index + 2].isNumber || tokens[index + 2].text.allSatisfy({ "IVXL".contains($0) }),
              (start..<index).contains(where: { clause.has(.notOrgWord, at: $0) }) else { return nil }
        let end = index + 3
        return end + 1 < clause.count && clause.statedYear(at: end) != nil ? end + 2 : end
    }

    /// Whether the place from `end` to `placeEnd`, named after a city's word ("thành phố",
    /// "TP"), is a province's capital and not a city governed as a province (`central_cities`):
    /// "UBND thành phố Hải Dương" (where "UBND thành phố Hồ Chí Minh" is the province's).
    private func isCityOfProvince(from end: Int, to placeEnd: Int) -> Bool {
        guard end > 0, clause.has(.city, at: end - 1) || end > 1 && clause.hasPhrase(.city, endingAt: end),
              let place = clause.longest(.province, at: end), end + place.length == placeEnd else { return false }
        return !clause.rules.centralCities.contains(clause.value(place))
    }

    /// Where the province named right after a giver's title ends: "Chủ tịch UBND tỉnh Lai
    /// Châu"; or one whose name takes in the title's last words, a city's: "Chủ tịch UBND
    /// thành phố Hồ Chí Minh" ("Hồ Chí Minh" alone names no province).
    private func placeEnd(after end: Int, from start: Int) -> Int? {
        if let place = clause.longest(.province, at: end) { return end + place.length }
        return cityNameEnd(at: end, after: start)
    }

    /// Where a city's name ends that starts with the city's word just before `index` and
    /// runs past it: "thành phố Hồ Chí Minh" read from "Hồ" (a surname too).
    /// Whether `start` is the issuer's part of a document's number: "Quyết định số 163/QĐ-UBND
    /// của Chủ tịch UBND tỉnh" (a mark right before it, no space between).
    private func isIssuerInNumber(_ start: Int) -> Bool {
        // No space before the token first (offsets alone): most tokens have one.
        guard start > 0, start < clause.count, tokens[start - 1].range.upperBound == tokens[start].range.lowerBound else { return false }
        return tokens[start - 1].is("-") || tokens[start - 1].is("/")
    }

    func cityNameEnd(at index: Int, after start: Int) -> Int? {
        for back in 1...2 where index - back > start && clause.has(.city, at: index - back) {
            if let place = clause.longest(.province, at: index - back), index - back + place.length > index {
                return index - back + place.length
            }
        }
        return nil
    }
}
