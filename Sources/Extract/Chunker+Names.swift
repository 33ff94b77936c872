/// People and bodies: who hands over, who receives by name.
extension Chunker {
    // MARK: People and bodies

    /// "đồng chí Tống Thanh Hải - Phó Chủ tịch Thường trực UBND tỉnh", "Bí thư Tỉnh ủy Giàng
    /// Páo Mỷ", "Chủ tịch UBND tỉnh Lê Văn Lương".
    func person(at start: Int) -> NamedMention? {
        guard clause.hasAny(Self.personStarts, at: start) else { return nil }
        var index = start
        while let honorific = clause.longest(.honorific, at: index) { index += honorific.length }
        let titleStart = index
        // "Trường Đại học Y Hà Nội" is a school, not the title "Trưởng" and a person "Y Hà Nội".
        if index < clause.count, clause.has(.titleWord, at: index) || clause.has(.granterAlias, at: index),
           !clause.rules.isTitleStart(tokens[index].text), !(clause.has(.surname, at: index) && clause.rules.isSurname(tokens[index].text)) {
            return nil
        }
        var localName = 0
        // "Công an huyện Lục Nam": after a unit's word in lower case, a name in a title with no
        // office in it is the place's ("Lục" is a surname too); "Chủ tịch UBND huyện Nguyễn
        // Văn A" names a person.
        func placeName(at index: Int) -> Bool {
            index > titleStart && !tokens[index - 1].isCapitalized && clause.hasPhrase(.localUnit, endingAt: index)
                && !(titleStart..<index).contains { clause.has(.officialPosition, at: $0) }
        }
        // "ông Nakamura Hiroshi", "Ngài Sengphet Houngboungnuang": right after an honorific, two
        // capitalized words the lexicon does not know are a name, with no Vietnamese surname.
        var foreign = titleStart > start && startsForeignName(at: titleStart)
        // "Đại sứ Nhật Bản Yamada Takio": the country is the honorific's, the title theirs.
        var country: Range<Int>?
        if titleStart > start, let named = clause.longest(.country, at: titleStart), startsForeignName(at: titleStart + named.length) {
            country = start..<titleStart + named.length
            index = titleStart + named.length
            foreign = true
        }
        var lastTitle: Range<Int>?
        var titleEnd: Int?
        while !foreign, index < clause.count, index - start < 16,
              !startsName(at: index) || placeName(at: index) || cityNameEnd(at: index, after: titleStart) != nil {
            if let cityEnd = cityNameEnd(at: index, after: titleStart) {
                index = cityEnd // "Chủ tịch UBND thành phố Hồ Chí Minh Phan Văn Mãi"
            } else if let title = longestTitle(at: index) {
                lastTitle = index..<index + title.length
                index += title.length
            } else if let title = lastTitle, title.count > 1, title.upperBound == index, tokens[index - 1].isCapitalized,
                      let body = clause.longest(.granterAlias, at: index - 1), body.length > 1 {
                // "Phó Trưởng Ban Thi đua - Khen thưởng Trung ương Phạm Huy Giang": the title's
                // last word ("Ban") begins the body.
                lastTitle = nil
                index += body.length - 1
            } else if let place = clause.longest(.province, at: index) {
                index += place.length
            } else if index > titleStart, continuesLocalName(at: index, after: localName) {
                index += 1 // "Bí thư Quận ủy Ba Đình" (not "Trường THPT")
                localName += 1
            } else if titleEnd == nil, index > titleStart, tokens[index].isPunctuation, tokens[index].is(","),
                      let rank = clause.longest(.honorific, at: index + 1), startsName(at: index + 1 + rank.length) {
                // "Thứ trưởng Bộ Công an, Trung tướng Lê Văn Tuyến": the title, then a rank.
                titleEnd = index
                index += 1 + rank.length
            } else {
                return nil
            }
        }
        guard foreign || startsName(at: index) else { return nil }
        let before = titleStart..<(titleEnd ?? index)
        let nameStart = index
        if clause.longest(.notPerson, at: nameStart) != nil { return nil }
        index += clause.longest(.surname, at: index)?.length ?? 1
        // A title after the name ends it ("... Lê Văn Lương Phó Chủ tịch ..."), its first word
        // compared with diacritics: "Huyền" (a given name) is no "huyện" (a district).
        while index < clause.count, index - nameStart < 5 {
            // A hyphen inside a word of a foreign name: "Kim Sang-sik".
            if foreign || index - nameStart >= 2, index + 1 < clause.count, tokens[index].is("-"),
               tokens[index - 1].range.upperBound == tokens[index].range.lowerBound,
               tokens[index].range.upperBound == tokens[index + 1].range.lowerBound, !tokens[index + 1].isPunctuation {
                index += 2
                continue
            }
            guard tokens[index].isCapitalized, !tokens[index].isPunctuation,
                  !clause.has(.titleWord, at: index) || clause.has(.surname, at: index) || !clause.rules.isTitleStart(tokens[index].text)
                    || isGivenNameLikeTitle(at: index, after: nameStart)
            else { break }
            index += 1
        }
        guard index - nameStart >= 2 else { return nil }
        // "Đoàn Thanh niên ...": a body's name that begins like a person's ("Đoàn Thanh").
        let body = max(clause.longest(.orgWord, at: nameStart)?.length ?? 0, clause.longest(.granterAlias, at: nameStart)?.length ?? 0)
        if body > index - nameStart { return nil }
        let name = clause.text(nameStart..<index)
        let nameEnd = index
        var end = index
        var after: Range<Int>?
        // "ông Trần Văn Hải (nguyên Giám đốc Sở Tài chính)": a title in brackets, all of them.
        let bracketed = index < clause.count && tokens[index].is("(")
        if index + 1 < clause.count, bracketed || ["-", "–", "—", ","].contains(String(tokens[index].text)) {
            var titleEnd = index + 1, afterLocal = 0
            // "ông Nguyễn Văn An, nguyên Phó Chủ tịch UBND tỉnh": a former position is a title
            // too (lexicon class `former`, in lower case: its fold key is the surname Nguyễn's).
            if titleEnd + 1 < clause.count, !tokens[titleEnd].isCapitalized, let former = clause.longest(.former, at: titleEnd),
               longestTitle(at: titleEnd + former.length) != nil {
                titleEnd += former.length
            }
            while titleEnd < clause.count {
                // A body's whole name in the title, where title words (or a giver's alias, "Giám đốc
                // Sở") stop short of it: "Hiệu trưởng Trường Tiểu học Kim Đồng", "Giám đốc Sở Tài chính".
                let title = longestTitle(at: titleEnd)
                let wordsEnd = titleEnd + (title?.length ?? 0)
                if let body = (max(titleEnd, index + 2)..<max(wordsEnd, titleEnd + 1)).lazy.compactMap({ at -> NamedMention? in
                       guard at < clause.count, self.tokens[at].isCapitalized, self.clause.has(.orgWord, at: at),
                             let body = self.named(at: at), body.isBody else { return nil }
                       return body
                   }).first, body.tokens.upperBound > wordsEnd {
                    titleEnd = body.tokens.upperBound
                    afterLocal = 0
                    continue
                }
                if let title {
                    titleEnd += title.length
                } else if let place = clause.longest(.province, at: titleEnd)
                            // "huyện Mỹ Xuyên": after a district's word, a name, not a country ("Mỹ").
                            ?? (clause.hasPhrase(.localUnit, endingAt: titleEnd) ? nil : clause.longest(.country, at: titleEnd)) {
                    titleEnd += place.length
                } else if let cityEnd = cityNameEnd(at: titleEnd, after: index + 1) {
                    titleEnd = cityEnd // "Chủ tịch UBND TP. Hồ Chí Minh"
                } else if clause.present.contains(.schoolClass), let word = clause.longest(.schoolClass, at: titleEnd),
                          titleEnd + word.length < clause.count,
                          Self.isClassCode(tokens[titleEnd + word.length].text)
                            || tokens[titleEnd + word.length].isNumber && tokens[titleEnd + word.length].text.utf8.count <= 2 {
                    titleEnd += word.length + 1 // "học sinh lớp 12A1 Trường THPT Chu Văn An", "học sinh lớp 9 ..."
                } else if folds[titleEnd] == ",", titleEnd + 1 < clause.count, clause.has(.titleWord, at: titleEnd + 1) {
                    titleEnd += 1
                } else if continuesLocalName(at: titleEnd, after: afterLocal) {
                    titleEnd += 1 // "Trưởng Công an huyện Krông Pắc"
                    afterLocal += 1
                    continue
                } else if afterLocal > 0, tokens[titleEnd].isNumber, tokens[titleEnd].text.utf8.count <= 2 {
                    titleEnd += 1 // "nông dân xã Hòa Tú 1"
                    afterLocal = 0
                    continue
                } else if titleEnd > index + 1, titleEnd + 2 < clause.count, Self.placePrepositions.contains(folds[titleEnd]),
                          !tokens[titleEnd].isCapitalized, clause.has(.localUnit, at: titleEnd + 1) {
                    titleEnd += 1 // "nông dân ở xã Hòa Tú", "ngư dân tại phường ...": where they live
                    continue
                } else {
                    break
                }
                afterLocal = 0
            }
            // In brackets, the title is all the brackets hold (a body's name in it may run past them).
            if bracketed, let close = (index + 1..<min(clause.count, index + 24)).first(where: { tokens[$0].is(")") }),
               titleEnd >= close {
                titleEnd = close
            }
            let closed = !bracketed || titleEnd < clause.count && tokens[titleEnd].is(")")
            if titleEnd > index + 1, closed {
                after = (index + 1)..<titleEnd
                end = bracketed ? titleEnd + 1 : titleEnd
            }
        }
        // "Bà Nguyễn Thị Lan (65 tuổi, ở xã Hòa Bình) được tặng ...": an aside in brackets
        // after the name is part of the mention.
        if after == nil, let closing = closingBracket(after: nameEnd) { end = closing }
        // "Anh Nguyễn Văn Sáu, tài xế xe buýt, đã được ...": what the person does, between commas
        // before what they receive, is their title though no title word says it.
        if after == nil, end == nameEnd, before.isEmpty, let close = apposition(after: nameEnd) {
            after = nameEnd + 1..<close
            end = close
        }
        let title = after ?? country ?? (before.isEmpty ? nil : before)
        return NamedMention(name: name, title: title.map(clause.text), titleTokens: title, isBody: false, tokens: start..<end,
                            nameTokens: nameStart..<nameEnd)
    }

    /// "Thủ tướng Chính phủ tặng Cờ thi đua cho tỉnh Bắc Ninh", "Năm 2024, tỉnh Quảng Ninh được
    /// tặng ...": a province by its word in lower case (`district_unit` "tỉnh", "thành phố") and
    /// its name, after "cho" or as a subject (at the clause's start or after a mark), where a
    /// phrase ends after it. A collective.
    private func provinceByItsWord(at mentionStart: Int) -> NamedMention? {
        guard clause.present.contains(.province), mentionStart + 1 < clause.count else { return nil }
        // "Nhân dân tỉnh Cao Bằng được tặng ...": the people of a province are the province.
        var start = mentionStart
        if folds[start] == "nhan", folds[start + 1] == "dan", start + 2 < clause.count { start += 2 }
        guard !tokens[start].isCapitalized,
              folds[start] == "tinh" || folds[start] == "thanh", let unit = clause.longest(.districtUnit, at: start),
              folds[start] == "tinh" && unit.length == 1 || folds[start] == "thanh" && unit.length == 2,
              let place = clause.longest(.province, at: start + unit.length),
              mentionStart == 0 || tokens[mentionStart - 1].isPunctuation || clause.has(.to, at: mentionStart - 1) else { return nil }
        let end = start + unit.length + place.length
        guard end == clause.count || tokens[end].isPunctuation || stops(at: end) || folds[end] == "va"
                || clause.hasAny(Self.verbStops, at: end) || clause.has(.subjectAdverb, at: end) else { return nil }
        return NamedMention(name: clause.text(start..<end), title: nil, titleTokens: nil, isBody: true, tokens: mentionStart..<end,
                            nameTokens: start..<end)
    }

    /// "Phòng Cảnh sát hình sự, Công an tỉnh Thanh Hóa được ...": where the name of a part of a
    /// body (`sub_unit`, at `start`) ends at `end` before a comma and the body it is part of,
    /// the end of that body's name, when its verb, a mark or the clause's end follows it.
    /// Not "Đội A, Đội B" (the same word: siblings), nor "A, B và C", nor in a list after a
    /// colon or after its first item ("Các tập thể: Phòng A, Phòng B, Công an huyện C").
    private func parentBody(of start: Int, after end: Int) -> Int? {
        guard end + 1 < clause.count, tokens[end].is(","), clause.present.contains(.subUnit), clause.has(.subUnit, at: start),
              start == 0 || !tokens[start - 1].is(",") && folds[start - 1] != "va",
              !tokens[..<start].contains(where: { $0.is(":") }) else { return nil }
        // Up the chain: "Trung đoàn 8, Sư đoàn 330, Quân khu 9".
        var (partStart, partEnd) = (start, end)
        while partEnd + 1 < clause.count, tokens[partEnd].is(","), tokens[partEnd + 1].isCapitalized,
              let part = clause.longest(.subUnit, at: partStart), part.length <= partEnd - partStart,
              folds[partStart..<partStart + part.length] != folds[(partEnd + 1)..<min(clause.count, partEnd + 1 + part.length)],
              let parent = named(at: partEnd + 1), parent.isBody, !parent.isBare, parent.tokens.lowerBound == partEnd + 1 {
            let after = parent.tokens.upperBound
            if after == clause.count || [".", ";", ")"].contains(where: { tokens[after].is($0) })
                || clause.hasAny(Self.verbsAfterSubject, at: after) || clause.has(.aside, at: after) {
                return parent.nameTokens.upperBound
            }
            (partStart, partEnd) = (partEnd + 1, parent.nameTokens.upperBound)
        }
        return nil
    }

    private static let verbsAfterSubject = WordClass.bits(.by, .receive, .nameEnd, .organize, .also, .give, .praised, .achieve)

    /// Where an apposition after a name ends: ", tài xế xe buýt, (đã) được ...", ", thôn Đông Xá,
    /// xã Đông Phong được ...". Parts between commas, each beginning in lower case, of no number
    /// ("35 tuổi" is no title, "cùng 5 cá nhân khác" counts), no verb or other mark among them,
    /// then a verb of receiving ("được", "vinh dự"), a comma before it or not.
    private func apposition(after nameEnd: Int) -> Int? {
        guard nameEnd + 3 < clause.count, tokens[nameEnd].is(",") else { return nil }
        var index = nameEnd + 1, partStart = true
        while index < clause.count, index - nameEnd <= 16 {
            let token = tokens[index]
            if partStart {
                guard !token.isCapitalized, !token.isPunctuation else { return nil }
                partStart = false
            } else if token.is(",") {
                if receives(at: index + 1) { return index }
                partStart = true
                index += 1
                continue
            } else if index - nameEnd >= 3, receives(at: index) {
                return index
            }
            if token.isNumber || token.isPunctuation || clause.hasAny(Self.verbStops, at: index) || clause.has(.by, at: index)
                || clause.has(.subjectAdverb, at: index) {
                return nil
            }
            index += 1
        }
        return nil
    }

    /// Whether a verb of receiving (or "được", or "vinh dự") is said at `index`, after an adverb
    /// of the subject ("đã") or not.
    private func receives(at index: Int) -> Bool {
        var verb = index
        if verb < clause.count, let adverb = clause.longest(.subjectAdverb, at: verb) { verb += adverb.length }
        return verb < clause.count && (clause.has(.receive, at: verb) || clause.has(.by, at: verb) || clause.has(.nameEnd, at: verb))
    }

    /// "ở", "tại": before where a person named lives or works, in a title.
    private static let placePrepositions: Set<String> = ["o", "tai"]

    /// "Đồng chí Hoàng Văn Bộ trao ...", "ông Nguyễn Văn Chánh, Chánh Văn phòng": a title's one
    /// word as the last of a name of three words or more, before a word in lower case or a mark.
    private func isGivenNameLikeTitle(at index: Int, after nameStart: Int) -> Bool {
        index - nameStart >= 2 && clause.longest(.titleWord, at: index)?.length == 1
            && (index + 1 == clause.count || !tokens[index + 1].isCapitalized || tokens[index + 1].isPunctuation)
    }

    /// Whether the word at `index` is part of a district's or commune's name in a title, after
    /// its unit's word and `count` words of the name: "Quận ủy Ba Đình", "huyện Krông Pắc".
    private func continuesLocalName(at index: Int, after count: Int) -> Bool {
        count < 3 && tokens[index].isCapitalized && !tokens[index].isPunctuation
            && (count > 0 || clause.hasPhrase(.localUnit, endingAt: index))
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

    func startsName(at index: Int) -> Bool {
        guard index + 1 < clause.count, clause.has(.surname, at: index), tokens[index].isCapitalized,
              clause.rules.isSurname(tokens[index].text) else { return false }
        // "Quảng Ninh" is a province, though "Quàng" is a surname.
        if let place = clause.longest(.province, at: index), place.length >= 2 { return false }
        let length = clause.longest(.surname, at: index)!.length
        guard index + length < clause.count, tokens[index + length].isCapitalized, !tokens[index + length].isPunctuation else { return false }
        // "Văn phòng Đoàn ĐBQH và HĐND tỉnh": an abbreviation after a surname in mixed case
        // is a body's ("Đoàn" is a surname too); an all-capitals headline is not mixed.
        return !(Token.isInitials(tokens[index + length].text) && !Token.isInitials(tokens[index].text))
    }

    private func startsForeignName(at index: Int) -> Bool {
        index + 1 < clause.count && tokens[index].isCapitalized && tokens[index + 1].isCapitalized
            && !tokens[index].isPunctuation && !tokens[index + 1].isPunctuation
            && clause.matches(at: index).isEmpty && clause.matches(at: index + 1).isEmpty
    }

    /// Past the ")" of a short aside in brackets that opens at `index`.
    private func closingBracket(after index: Int) -> Int? {
        guard index < clause.count, tokens[index].is("(") else { return nil }
        for end in (index + 1)..<min(clause.count, index + 24) where tokens[end].is(")") { return end + 1 }
        return nil
    }

    /// Past ", huyện Như Thanh" (a comma, a district's word in lower case and its capitalized
    /// name) at `index`.
    private func districtAfter(_ index: Int) -> Int? {
        guard index + 2 < clause.count, tokens[index].is(","), !tokens[index + 1].isCapitalized,
              let unit = clause.longest(.districtUnit, at: index + 1) else { return nil }
        var end = index + 1 + unit.length
        if let place = clause.longest(.province, at: end) { return end + place.length }
        while end < clause.count, tokens[end].isCapitalized, !tokens[end].isPunctuation, end - index < 6 { end += 1 }
        return end > index + 1 + unit.length ? end : nil
    }

    /// "NHCSXH chi nhánh tỉnh Cà Mau": a body's initials, then its branch.
    private func startsBranch(at start: Int) -> Bool {
        start + 3 < clause.count && tokens[start].isCapitalized && !tokens[start + 1].isCapitalized
            && Token.isInitials(tokens[start].text) && folds[start + 1] == "chi" && folds[start + 2] == "nhanh"
    }

    /// "cho trường THPT Chu Văn An", "cho đội tuyển U23 Việt Nam": after "cho", a body's word
    /// written in lower case, then its name in capitals.
    private func startsLowerCaseBody(at start: Int) -> Bool {
        guard start > 0, !tokens[start].isCapitalized, clause.has(.to, at: start - 1),
              let word = clause.longest(.orgWord, at: start), start + word.length < clause.count else { return false }
        let name = tokens[start + word.length]
        return name.isCapitalized && !name.isPunctuation
    }

    /// "(BĐBP)": one word in capitals between brackets.
    func isAbbreviationInBrackets(at index: Int) -> Bool {
        index + 2 < clause.count && tokens[index].is("(") && tokens[index + 2].is(")")
            && tokens[index + 1].text.count >= 2 && !tokens[index + 1].text.contains(where: \.isLowercase)
            && tokens[index + 1].text.contains(where: \.isLetter)
    }

    /// A person, or a body ("Hội Liên hiệp phụ nữ Việt Nam tỉnh Lào Cai"): a collective.
    func named(at start: Int) -> NamedMention? {
        if let person = person(at: start) { return person }
        // "cho lực lượng Công an tỉnh", "cho tập thể Phòng Cảnh sát hình sự": the word before a
        // body's name is the mention's, not the name's.
        if let prefix = clause.longest(.bodyPrefix, at: start), !tokens[start].isCapitalized || prefix.length >= 3 {
            if var body = named(at: start + prefix.length), body.isBody, !body.isBare {
                body.tokens = start..<body.tokens.upperBound
                return body
            }
            // "Đảng bộ, chính quyền và nhân dân tỉnh Cao Bằng": a province, after its word.
            let at = start + prefix.length
            if let unit = clause.longest(.districtUnit, at: at), !tokens[at].isCapitalized,
               let place = clause.longest(.province, at: at + unit.length) {
                let end = at + unit.length + place.length
                return NamedMention(name: clause.text(at..<end), title: nil, titleTokens: nil, isBody: true, tokens: start..<end,
                                    nameTokens: at..<end)
            }
        }
        // "cho gia đình ông Nguyễn Văn Bé": a household, named by its head.
        if let prefix = clause.longest(.household, at: start), var head = person(at: start + prefix.length) {
            head.name = clause.text(start..<head.nameTokens.upperBound)
            head.tokens = start..<head.tokens.upperBound
            head.title = nil
            head.titleTokens = nil
            head.isHousehold = true
            return head
        }
        // Each given name's honorific is an honorific: the bit here, where most words are none.
        if clause.has(.honorific, at: start), let person = personByGivenName(at: start) ?? pronounSubject(at: start) {
            return person
        }
        if let unit = unit(at: start) { return unit }
        if let province = provinceByItsWord(at: start) { return province }
        if clause.present.contains(.schoolClass), let schoolClass = schoolClass(at: start) { return schoolClass }
        if start < clause.count, let body = initials(at: start) { return body }
        guard start < clause.count, tokens[start].isCapitalized && clause.has(.orgWord, at: start) || startsLocalUnit(at: start)
                || startsBranch(at: start) || startsLowerCaseBody(at: start),
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
            // "Đội Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ": a field's words joined by a
            // comma (lexicon class name_phrase) go on past it.
            if tokens[end].is(","), let phrase = (max(start, end - 2)..<end).lazy.compactMap({ at in
                self.clause.longest(.namePhrase, at: at).map { at + $0.length }
            }).first(where: { $0 > end + 1 }) {
                end = phrase
                continue
            }
            guard !stops(at: end), tokens[end].fold != "," || end + 1 < clause.count && tokens[end + 1].isCapitalized else { break }
            // "Trường THPT chuyên Hà Tĩnh đạt chuẩn quốc gia ...", "... giành Huy chương Vàng": what
            // a body achieves or wins is no part of its name.
            if !tokens[end].isCapitalized, clause.has(.achieve, at: end) || clause.has(.win, at: end) { break }
            // "Công ty Xi măng Hà Tiên và Trường THPT Nguyễn Du", "Sở Tài chính, Sở Y tế": a
            // body's name after "và" or "," is another body ("Bộ Giáo dục và Đào tạo" is one).
            if folds[end] == "va" || tokens[end].is(","), end + 1 < clause.count,
               tokens[end + 1].isCapitalized && (clause.has(.orgWord, at: end + 1) || award(at: end + 1) != nil)
                || person(at: end + 1) != nil || startsLocalUnit(at: end + 1) {
                break // also the next award ("cho Tổng công ty X và Huân chương ...") or person ("và ông B")
            }
            end += 1
        }
        while end > start + 1, tokens[end - 1].isPunctuation, !tokens[end - 1].is(")") { end -= 1 }
        if let parent = parentBody(of: start, after: end) { end = parent }
        // "Trường THPT chuyên Lê Quý Đôn (tỉnh Bình Định) tổ chức ...": where it is, in brackets
        // after the name, belongs to the mention, not to the name; so does a commune's district
        // after a comma ("xã Xuân Du, huyện Như Thanh long trọng tổ chức lễ đón nhận ...").
        var mentionEnd = closingBracket(after: end) ?? end
        if !tokens[start].isCapitalized, clause.longest(.districtUnit, at: start) == nil {
            while let after = districtAfter(mentionEnd) { mentionEnd = after }
        }
        return NamedMention(name: clause.text(start..<end), title: nil, titleTokens: nil, isBody: true, tokens: start..<mentionEnd,
                            nameTokens: start..<end)
    }
}
