/// People: who hands over, who receives by name (bodies: Chunker+Bodies.swift).
extension Chunker {
    // MARK: People

    /// "đồng chí Tống Thanh Hải - Phó Chủ tịch Thường trực UBND tỉnh", "Bí thư Tỉnh ủy Giàng
    /// Páo Mỷ", "Chủ tịch UBND tỉnh Lê Văn Lương".
    func person(at start: Int) -> NamedMention? {
        // "nguyên Phó Giám đốc Sở Y tế Phạm Văn Dũng": a former position starts one too.
        guard clause.hasAny(Self.personStarts, at: start)
                || clause.present.contains(.former) && start < clause.count && !tokens[start].isCapitalized
                && clause.has(.former, at: start) else { return nil }
        // "huyện Võ Nhai tổ chức Lễ ...": a name right after a commune's or a district's word is
        // the place's ("Võ" is a surname too) where `isLocalName` says so; "Bí thư Huyện ủy
        // Nguyễn Văn An" names a person.
        if start > 0, clause.present.contains(.localUnit), clause.has(.surname, at: start), clause.hasPhrase(.localUnit, endingAt: start),
           isLocalName(at: start) {
            return nil
        }
        var index = start
        index = afterHonorifics(at: index)
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
        // So after the unit's word that opens the mention, capitalized: "Huyện Nông Cống vừa tổ
        // chức ..." ("Nông" is a surname too).
        // A district the lexicon knows is a place even so: "Chủ tịch UBND huyện Triệu Sơn" ("Triệu"
        // is a surname too). After a place's own word in lower case, a name of any length is the
        // place's ("UBND phường Trần Hưng Đạo"); after a committee's ("Huyện ủy"), `isLocalName` decides.
        func placeName(at index: Int) -> Bool {
            index > titleStart && clause.district(at: index) != nil
                || index > titleStart && (!tokens[index - 1].isCapitalized || index - 1 == titleStart)
                && clause.hasPhrase(.localUnit, endingAt: index) && (isLocalName(at: index) || isPlaceWord(at: index - 1))
                && !(titleStart..<index).contains { clause.has(.officialPosition, at: $0) }
        }
        // "ông Nakamura Hiroshi", "Ngài Sengphet Houngboungnuang": right after an honorific, two
        // capitalized words the lexicon does not know are a name, with no Vietnamese surname.
        // So is an Ê Đê woman's: "bà H'Bia Mlô" (no surname opens it).
        var foreign = titleStart > start && (startsForeignName(at: titleStart) || opensEdeName(at: titleStart))
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
            } else if let body = bodyBeforeRankedName(at: index, after: lastTitle) {
                index = body
            } else if index == titleStart, !tokens[index].isCapitalized, let former = clause.longest(.former, at: index),
                      index + former.length < clause.count, longestTitle(at: index + former.length) != nil {
                // "... và nguyên Phó Giám đốc Sở Y tế Phạm Văn Dũng": a former position, then the name.
                index += former.length
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
            } else if titleEnd == nil, index > titleStart, tokens[index].isDash, startsName(at: index + 1),
                      lastTitle != nil || clause.longest(.province, at: index - 1) != nil || tokens[index - 1].isCapitalized {
                // "Phó Chủ tịch UBND tỉnh - Nguyễn Minh Lâm": the title, a dash, the name.
                titleEnd = index
                index += 1
            } else if titleEnd == nil, index > titleStart, clause.has(.honorific, at: index),
                      case let degrees = afterHonorifics(at: index),
                      case let after = degrees < clause.count && tokens[degrees].is(".") ? degrees + 1 : degrees,
                      after > index, startsName(at: after) {
                // "Giám đốc Bệnh viện PGS.TS. Nguyễn Quốc Anh": the title, then degrees, then the name.
                titleEnd = index
                index = after
            } else if titleEnd == nil, index > titleStart, tokens[index].isPunctuation, tokens[index].is(","),
                      !clause.has(.orgWord, at: titleStart),
                      let rank = clause.longest(.honorific, at: index + 1), startsName(at: index + 1 + rank.length) {
                // "Thứ trưởng Bộ Công an, Trung tướng Lê Văn Tuyến": the title, then a rank. Not a
                // body's name alone ("gồm: Sở Y tế, Công an tỉnh, ông Nguyễn Văn Hải"): a list.
                titleEnd = index
                index += 1 + rank.length
            } else if lastTitle?.upperBound == index, let body = bodyBeforeName(at: index, after: lastTitle) {
                lastTitle = nil
                index = body
            } else if index > titleStart, tokens[index].isCapitalized, let national = clause.longest(.nationalName, at: index) {
                index += national.length // "Cục trưởng Cục Đường bộ Việt Nam Nguyễn Xuân Cường"
            } else if index > titleStart, lastTitle != nil, !tokens[index].isCapitalized, tokens[index - 1].isCapitalized,
                      !clause.hasAny(Self.verbsInTitle, at: index),
                      (titleStart..<index).contains(where: { tokens[$0].isCapitalized && clause.has(.orgWord, at: $0) }),
                      let resumed = lowerCaseWordsEnd(from: index, before: index + 8) {
                // A body's name in the title goes on in lower case: "Giám đốc Trung tâm Quản lý
                // đất đai tỉnh Nguyễn Văn An", "Trưởng Ban Quản lý rừng phòng hộ Nguyễn Văn An".
                index = resumed
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
            // "Ông Phạm Văn Tư, 68 tuổi, Bí thư Chi bộ thôn 3, được ...": the age, between commas,
            // is the mention's; the title follows it.
            if titleEnd + 3 < clause.count, tokens[titleEnd].isNumber, let past = ageEnd(after: index) { titleEnd = past }
            // ", dân tộc Tày,": their people, between commas, as an age is.
            if titleEnd + 3 < clause.count, clause.present.contains(.ethnicity), let past = ethnicityEnd(after: index) {
                titleEnd = past
            }
            let titleBegin = titleEnd
            // The fold of the department's or unit's word, once one is named in the title.
            var department: String?
            // "ông Nguyễn Văn An, nguyên Phó Chủ tịch UBND tỉnh": a former position is a title
            // too (lexicon class `former`, in lower case: its fold key is the surname Nguyễn's).
            if titleEnd + 1 < clause.count, !tokens[titleEnd].isCapitalized, let former = clause.longest(.former, at: titleEnd),
               longestTitle(at: titleEnd + former.length) != nil {
                titleEnd += former.length
            }
            // "Cô giáo Lò Thị Mai, Trường Mầm non Chiềng Cọ được nhận ...", "cho anh Nguyễn Văn Hải,
            // Công an xã Ea Tu; chị ...": after one called by an honorific, a body named whole right
            // after the comma, before a verb of receiving, a mark or "và", is where they work.
            if tokens[index].is(","), titleStart > start, before.isEmpty, titleEnd == index + 1, tokens[titleEnd].isCapitalized,
               clause.has(.orgWord, at: titleEnd), longestTitle(at: titleEnd) == nil,
               let body = named(at: titleEnd), body.isBody, !body.isBare, case let bodyEnd = body.tokens.upperBound,
               bodyEnd == clause.count || tokens[bodyEnd].isPunctuation && !tokens[bodyEnd].is("(") || folds[bodyEnd] == "va"
                || clause.has(.receive, at: bodyEnd) || clause.has(.by, at: bodyEnd) {
                titleEnd = bodyEnd
            }
            var afterPosition = false
            while titleEnd < clause.count {
                // "Giám đốc bệnh viện", "Hiệu trưởng nhà trường": the body the article is about,
                // said in lower case after the position (lexicon class `referred_body`).
                if afterPosition, !tokens[titleEnd].isCapitalized, let referred = clause.longest(.referredBody, at: titleEnd) {
                    titleEnd += referred.length
                    afterPosition = false
                    continue
                }
                afterPosition = false
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
                    // "Tổ trưởng Tổ Toán, Trường THPT Lê Lợi": a unit's, its parent may follow.
                    department = clause.has(.subUnit, at: body.tokens.lowerBound) ? folds[body.tokens.lowerBound] : nil
                    continue
                }
                if let title {
                    titleEnd += title.length
                    afterPosition = true
                    // "Trưởng khoa Nhi", "Trưởng phòng Cảnh sát hình sự": a department's name after
                    // its head's title, capitalized at its first word (no body's word begins it).
                    if titleEnd < clause.count, !tokens[titleEnd - 1].isCapitalized, clause.hasPhrase(.departmentWord, endingAt: titleEnd),
                       let nameEnd = departmentNameEnd(at: titleEnd) {
                        department = folds[titleEnd - 1]
                        titleEnd = nameEnd
                    }
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
                    department = folds[titleEnd]
                    titleEnd += word.length + 1 // "học sinh lớp 12A1 Trường THPT Chu Văn An", "học sinh lớp 9 ..."
                    // "học sinh lớp 12 Toán, Trường THPT chuyên ...": a specialized class's subject,
                    // then its school after a comma, as a department's parent.
                    if titleEnd + 1 < clause.count, tokens[titleEnd - 1].isNumber, tokens[titleEnd].isCapitalized,
                       !tokens[titleEnd].isPunctuation, tokens[titleEnd + 1].is(","), !clause.has(.orgWord, at: titleEnd),
                       !clause.has(.titleWord, at: titleEnd) {
                        titleEnd += 1
                    }
                } else if folds[titleEnd] == ",", titleEnd + 1 < clause.count, clause.has(.titleWord, at: titleEnd + 1) {
                    titleEnd += 1
                } else if folds[titleEnd] == ",", let next = formerTitle(afterComma: titleEnd) {
                    titleEnd = next
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
            // "Trưởng khoa Ngoại, Bệnh viện Đa khoa tỉnh": the department's parent after a comma,
            // where the mention ends after it, is the title's (as for bodies, `parentBody`).
            if let department, let parentEnd = departmentParentEnd(at: titleEnd, unlike: department) {
                titleEnd = parentEnd
            }
            // In brackets, the title is all the brackets hold (a body's name in it may run past them).
            if bracketed, let close = (index + 1..<min(clause.count, index + 24)).first(where: { tokens[$0].is(")") }),
               titleEnd >= close {
                titleEnd = close
            }
            // "Lê Văn Anh, Bí thư Tỉnh ủy, Phó Chủ tịch UBND tỉnh Nguyễn Minh Lâm": the last position,
            // right before another name, is that person's.
            if !bracketed, titleEnd > index + 2, titleEnd < clause.count, startsName(at: titleEnd),
               let comma = (index + 2..<titleEnd).last(where: { tokens[$0].is(",") }) {
                titleEnd = comma
            }
            let closed = !bracketed || titleEnd < clause.count && tokens[titleEnd].is(")")
            // "ông Hồ Văn Sáu (huyện Trảng Bom)": a place alone in brackets is where they live, an
            // aside (below), no position.
            let placeOnly = bracketed && !tokens[index + 1].isCapitalized && clause.has(.localUnit, at: index + 1)
            if titleEnd > titleBegin, closed, !placeOnly {
                after = titleBegin..<titleEnd
                end = bracketed ? titleEnd + 1 : titleEnd
            }
        }
        // "Bà Nguyễn Thị Lan (65 tuổi, ở xã Hòa Bình) được tặng ...": an aside in brackets
        // after the name is part of the mention.
        if after == nil, let closing = closingBracket(after: nameEnd) { end = closing }
        // "Anh Nguyễn Văn Sáu, tài xế xe buýt, đã được ...": what the person does, between commas
        // before what they receive, is their title though no title word says it.
        if after == nil, end == nameEnd, before.isEmpty {
            // Their people between commas first (", dân tộc Mông, trú tại ..."): the mention's, no title.
            let people = nameEnd + 1 < clause.count && clause.present.contains(.ethnicity) ? ethnicityEnd(after: nameEnd) : nil
            let from = people.map { $0 - 1 } ?? nameEnd
            if let close = apposition(after: from) {
                after = from + 1..<close
                end = close
            } else if let people, receives(at: people) {
                end = people - 1
            }
        }
        let title = after ?? country ?? (before.isEmpty ? nil : before)
        return NamedMention(name: name, title: title.map(clause.text), titleTokens: title, isBody: false, tokens: start..<end,
                            nameTokens: nameStart..<nameEnd)
    }

    /// "Hiệu trưởng Trường THCS Nguyễn Du, cô Trần Thị Mai": after a position, the body it is
    /// held in named whole (a person's name inside it too: "Trường" is no title "Trưởng" here),
    /// then a comma and the holder's honorific. Where that body ends.
    private func bodyBeforeRankedName(at index: Int, after title: Range<Int>?) -> Int? {
        // (A comma and an honorific within a few words asked first: most titles are followed by
        // their body and nothing of the kind, and naming the body costs.)
        guard let title, title.upperBound == index, tokens[index].isCapitalized, clause.has(.orgWord, at: index),
              (index + 1..<max(index + 1, min(clause.count - 1, index + 16))).contains(where: {
                  tokens[$0].is(",") && clause.has(.honorific, at: $0 + 1)
              }),
              let body = named(at: index), body.isBody, case let end = body.tokens.upperBound,
              end + 1 < clause.count, tokens[end].is(","), clause.has(.honorific, at: end + 1) else { return nil }
        return end
    }

    /// "Trưởng khoa Ngoại, Bệnh viện Đa khoa tỉnh": where the body a department belongs to,
    /// named after the comma at `comma`, ends; only where the mention ends after it (the clause's
    /// end, a mark, "và", a verb), else the body is another mention of a list; and not a unit
    /// of the department's own word (`unit`, a fold): "Trưởng khoa Nhi, Khoa Ngoại và Khoa Sản".
    func departmentParentEnd(at comma: Int, unlike unit: String) -> Int? {
        guard comma + 2 < clause.count, tokens[comma].is(","), tokens[comma + 1].isCapitalized, folds[comma + 1] != unit,
              clause.has(.orgWord, at: comma + 1), let parent = named(at: comma + 1), parent.isBody, !parent.isBare else { return nil }
        let after = parent.tokens.upperBound
        guard after == clause.count || [".", ";", ")"].contains(where: { tokens[after].is($0) }) || folds[after] == "va"
                || clause.hasAny(Self.verbsAfterHolder, at: after) || clause.has(.aside, at: after) else { return nil }
        return parent.nameTokens.upperBound
    }

    /// Where a department's name after its head's title ends: its first word capitalized, the
    /// rest in lower case or capitalized ("Nhi", "Cảnh sát hình sự", "Nữ công"), to a mark, a
    /// verb, "và" or "có", a person's name, a position or a body's word.
    func departmentNameEnd(at start: Int) -> Int? {
        func ends(_ index: Int) -> Bool {
            tokens[index].isPunctuation || stops(at: index) || folds[index] == "va" || folds[index] == "co"
                || tokens[index].isCapitalized && (clause.has(.titleWord, at: index) || clause.has(.orgWord, at: index) || startsName(at: index))
        }
        guard tokens[start].isCapitalized, !ends(start) else { return nil }
        var end = start + 1
        while end < clause.count, end - start < 6, !ends(end) { end += 1 }
        return end
    }

    private static let verbsAfterHolder = WordClass.bits(.by, .receive, .nameEnd, .also, .praised, .achieve)

    /// "ở", "tại": before where a person named lives or works, in a title.
    private static let placePrepositions: Set<String> = ["o", "tai"]

    /// "Đồng chí Hoàng Văn Bộ trao ...", "ông Nguyễn Văn Chánh, Chánh Văn phòng": a title's one
    /// word as the last of a name of three words or more, before a word in lower case or a mark;
    /// of two, before a mark only ("ông Trần Quân, Phó Tổng Giám đốc KBNN").
    private func isGivenNameLikeTitle(at index: Int, after nameStart: Int) -> Bool {
        guard clause.longest(.titleWord, at: index)?.length == 1 else { return false }
        if index - nameStart < 2 { return index + 1 == clause.count || tokens[index + 1].isPunctuation }
        return index + 1 == clause.count || !tokens[index + 1].isCapitalized || tokens[index + 1].isPunctuation
    }

    /// Whether the word at `index` is part of a district's or commune's name in a title, after
    /// its unit's word and `count` words of the name: "Quận ủy Ba Đình", "huyện Krông Pắc".
    private func continuesLocalName(at index: Int, after count: Int) -> Bool {
        count < 3 && tokens[index].isCapitalized && !tokens[index].isPunctuation
            && (count > 0 || clause.hasPhrase(.localUnit, endingAt: index))
    }

    /// Title words, or a giver's name inside a title, capitalized ("Bộ trưởng Bộ Y tế Đào Hồng
    /// Lan"): the longer. Not a body's word that folds like a title's: "Cô giáo Lò Thị Mai,
    /// Trường Mầm non Chiềng Cọ" (a school, no "Trưởng").
    func longestTitle(at index: Int) -> LexicalMatch? {
        var word = clause.longest(.titleWord, at: index)
        if word != nil, tokens[index].isCapitalized, clause.has(.orgWord, at: index), !clause.rules.isTitleStart(tokens[index].text) {
            word = nil
        }
        guard tokens[index].isCapitalized, let alias = clause.longest(.granterAlias, at: index), alias.length > 1,
              alias.length > word?.length ?? 0 else { return word }
        return alias
    }

    /// The classes a person's mention can start with (and a former position: `person(at:)`).
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

    /// "H'Bia", "H'Hen": an Ê Đê woman's name opens with a capital and an apostrophe in its
    /// first word, before more capitalized words (her people's surname closes it: "H'Bia Mlô").
    /// (Asked only after an honorific, as a foreign name is: not in `startsName`, which runs at
    /// most tokens.)
    @inline(never)
    private func opensEdeName(at index: Int) -> Bool {
        guard index + 1 < clause.count, tokens[index].isCapitalized, tokens[index + 1].isCapitalized, !tokens[index + 1].isPunctuation
        else { return false }
        let text = tokens[index].text, bytes = text.utf8
        guard bytes.count > 2, bytes[bytes.index(after: bytes.startIndex)] == 0x27 else { return false }
        return text.dropFirst(2).first?.isUppercase == true
    }

    private func startsForeignName(at index: Int) -> Bool {
        index + 1 < clause.count && tokens[index].isCapitalized && tokens[index + 1].isCapitalized
            && !tokens[index].isPunctuation && !tokens[index + 1].isPunctuation
            && isUnknownWord(at: index) && isUnknownWord(at: index + 1)
    }

    /// A word the lexicon knows nothing of, but for a surname it only folds like ("Hang" of
    /// "Park Hang-seo" is no "Hảng": surnames are compared with their diacritics).
    private func isUnknownWord(at index: Int) -> Bool {
        clause.matches(at: index).allSatisfy { $0.wordClass == .surname && $0.length == 1 }
            && !(clause.has(.surname, at: index) && clause.rules.isSurname(tokens[index].text))
    }
}
