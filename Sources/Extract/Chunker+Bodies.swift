/// Bodies named in a clause: a body's whole name, a province by its word, a part of a body
/// and the body it belongs to ("Phòng Cảnh sát hình sự, Công an tỉnh Thanh Hóa").
extension Chunker {
    /// A person, or a body ("Hội Liên hiệp phụ nữ Việt Nam tỉnh Lào Cai"): a collective.
    func named(at start: Int) -> NamedMention? {
        if let person = person(at: start) { return person }
        if clause.hasAny(Self.positionStarts, at: start) || isFormer(at: start), let holder = positionHolder(at: start) { return holder }
        // "cho lực lượng Công an tỉnh", "cho tập thể Phòng Cảnh sát hình sự": the word before a
        // body's name is the mention's, not the name's.
        if let prefix = clause.longest(.bodyPrefix, at: start), !tokens[start].isCapitalized || prefix.length >= 3 {
            if let body = body(after: peopleOfBody(after: start + prefix.length), mentionFrom: start) { return body }
            if !tokens[start].isCapitalized, start + prefix.length < clause.count,
               let body = initials(at: start + prefix.length, mention: start) { return body }
            // "cho tập thể nhà trường": the body by its word alone (the article's own), as "cho nhà trường".
            if !tokens[start].isCapitalized, var body = unit(at: start + prefix.length, objectFrom: start) {
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
            // "Đảng, Nhà nước đã tặng thưởng Đảng bộ, chính quyền và nhân dân tỉnh Huân chương Sao
            // vàng": the province by its word alone, named before (a body, unnamed).
            if prefix.length >= 3, let unit = clause.longest(.districtUnit, at: at), !tokens[at].isCapitalized {
                let end = at + unit.length
                return NamedMention(name: clause.text(start..<end), title: nil, titleTokens: nil, isBody: true, tokens: start..<end,
                                    nameTokens: start..<end, isBare: true)
            }
        }
        // "trao Cờ thi đua của Chính phủ cho lãnh đạo Cảng hàng không quốc tế Cam Ranh": who speaks
        // for a body (lexicon class speaks_for) receives for it, as a proxy does.
        if clause.present.contains(.speaksFor), start < clause.count, !tokens[start].isCapitalized,
           let speaker = clause.longest(.speaksFor, at: start),
           start + speaker.length < clause.count, tokens[start + speaker.length].isCapitalized,
           let body = body(after: start + speaker.length, mentionFrom: start) {
            return body
        }
        // "cho cán bộ, chiến sĩ Đồn Biên phòng Mò Ó", "cho cán bộ, giáo viên, học sinh Trường THCS
        // Nguyễn Du": a body's people, two kinds or more named with it, are the body (as after
        // "tập thể"). One kind is a person's position ("cho nguyên thủ trưởng Bộ Chỉ huy BĐBP tỉnh").
        // (What follows the first kind is tested before the loop of `peopleOfBody`: most kinds
        // here are counted recipients', "tập thể, cá nhân có thành tích".)
        if clause.has(.kind, at: start), !tokens[start].isCapitalized, let kind = clause.longest(.kind, at: start),
           start + kind.length + 1 < clause.count, clause.value(kind) == "ca-nhan" {
            let next = start + kind.length
            if tokens[next].isCapitalized || tokens[next].is(",") || folds[next] == "va" {
                let at = peopleOfBody(after: start)
                if at > start, (start..<at).contains(where: { tokens[$0].is(",") || folds[$0] == "va" }),
                   let body = body(after: at, mentionFrom: start) { return body }
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
              !clause.hasPhrase(.occasion, endingAt: start), !clause.isInsideProvinceName(at: start) else { return nil }
        if let event = clause.longest(.notOrgWord, at: start),
           event.length >= clause.longest(.orgWord, at: start)!.length { return nil }
        // The word that starts it read whole: "Văn phòng Đoàn ĐBQH và HĐND" is one office's.
        var end = start + (clause.longest(.orgWord, at: start)?.length ?? 1)
        let seated = clause.present.contains(.seatedBody) && clause.has(.seatedBody, at: start)
        // (A steering committee's name runs to 29 words: "Ban Chỉ đạo phòng, chống tội phạm, tệ
        // nạn xã hội và xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc tỉnh Sơn La".)
        while end < clause.count, end - start < 32 {
            // "Bộ Chỉ huy Bộ đội Biên phòng (BĐBP) tỉnh Kiên Giang", "Hội thánh Tin Lành Việt Nam
            // (miền Nam) tỉnh Gia Lai": the abbreviation, or the region, is part of the name.
            if tokens[end].is("("), let past = abbreviationInBracketsEnd(at: end) ?? regionInBracketsEnd(at: end) {
                end = past
                continue
            }
            // "Đội Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ": a field's words joined by a
            // comma (lexicon class name_phrase) go on past it; by "và", "Sở Lao động - Thương binh
            // và Xã hội" ("Xã" would start a commune's name).
            if tokens[end].is(",") || folds[end] == "va", let phrase = (max(start, end - 2)..<end).lazy.compactMap({ at in
                self.clause.longest(.namePhrase, at: at).map { at + $0.length }
            }).first(where: { $0 > end + 1 }) {
                end = phrase
                continue
            }
            // "Hội LHPN TP. Nha Trang": the city's abbreviation and its point go on to its name.
            if tokens[end].is("."), end + 1 < clause.count, tokens[end + 1].isCapitalized,
               let city = clause.longest(.city, at: end - 1), end - 1 + city.length > end {
                end += 1
                continue
            }
            if seated, let seat = seatEnd(at: end) {
                end = seat
                continue
            }
            guard !stops(at: end), tokens[end].fold != "," || end + 1 < clause.count && tokens[end + 1].isCapitalized else { break }
            // "Trường THPT chuyên Hà Tĩnh đạt chuẩn quốc gia ...", "... giành Huy chương Vàng": what
            // a body achieves or wins is no part of its name.
            if !tokens[end].isCapitalized, clause.has(.achieve, at: end) || clause.has(.win, at: end) { break }
            // "Phòng A và Phòng B lần lượt được ...": how the names pair with what follows, neither.
            if !tokens[end].isCapitalized, clause.has(.respectively, at: end) { break }
            // "cho Sở Y tế và Sở Tài chính có thành tích xuất sắc": what it has, neither.
            if folds[end] == "co", tokens[end].text == "có", end + 1 < clause.count, !tokens[end + 1].isCapitalized { break }
            // "tặng thưởng Công an tỉnh Huân chương Chiến công hạng Nhất": an award's name of two
            // words or more after the body's is the award given to it.
            if tokens[end].isCapitalized, clause.has(.award, at: end), let award = clause.longest(.award, at: end), award.length > 1 { break }
            // "Công ty Xi măng Hà Tiên và Trường THPT Nguyễn Du", "Sở Tài chính, Sở Y tế": a
            // body's name after "và" or "," is another body ("Bộ Giáo dục và Đào tạo" is one).
            if folds[end] == "va" || tokens[end].is(","), end + 1 < clause.count,
               tokens[end + 1].isCapitalized && (clause.has(.orgWord, at: end + 1) || award(at: end + 1) != nil)
                || person(at: end + 1) != nil && !namesAnotherPlace(after: end, from: start) || startsLocalUnit(at: end + 1)
                // "... và nguyên Phó Giám đốc BV Vũ Đình Minh": a former holder of a position.
                || !tokens[end + 1].isCapitalized && clause.has(.former, at: end + 1) {
                break // also the next award ("cho Tổng công ty X và Huân chương ...") or person ("và ông B")
            }
            end += 1
        }
        while end > start + 1, tokens[end - 1].isPunctuation, !tokens[end - 1].is(")") { end -= 1 }
        if let parent = parentBody(of: start, after: end) { end = parent }
        // "Tổng công ty Điện lực miền Bắc (EVNNPC)": an abbreviation that closes the name is its
        // other name, the mention's; inside it, "Bộ Chỉ huy Bộ đội Biên phòng (BĐBP) tỉnh", the name's.
        if let open = abbreviationInBracketsStart(endingAt: end), open - start > 1 { end = open }
        // "Trường THPT chuyên Lê Quý Đôn (tỉnh Bình Định) tổ chức ...": where it is, in brackets
        // after the name, belongs to the mention, not to the name; so does a commune's district
        // after a comma ("xã Xuân Du, huyện Như Thanh long trọng tổ chức lễ đón nhận ...").
        var mentionEnd = closingBracket(after: end) ?? end
        if !tokens[start].isCapitalized, clause.longest(.districtUnit, at: start) == nil {
            while let after = districtAfter(mentionEnd) { mentionEnd = after }
        } else if let after = districtAfter(mentionEnd), clause.longest(.province, at: mentionEnd + 2) != nil
                    || clause.longest(.province, at: mentionEnd + 3) != nil
                    || after < clause.count && clause.hasAny(Self.verbsAfterSubject, at: after) {
            // "Công an TP Đồng Hới, tỉnh Quảng Bình được khen thưởng đột xuất": its province after a
            // comma; "Trường THCS Kim Đồng, huyện Ba Vì tổ chức ...": its district, before its verb
            // (in a list, "cho Sở Y tế, huyện Ba Vì, ..." names a district that receives).
            mentionEnd = after
        }
        return NamedMention(name: clause.text(start..<end), title: nil, titleTokens: nil, isBody: true, tokens: start..<mentionEnd,
                            nameTokens: start..<end)
    }

    /// "Văn phòng JICA tại Việt Nam", "Đại sứ quán Việt Nam tại Lào": where an office or a
    /// mission sits (a body whose name starts with lexicon class `seated_body`) is part of its
    /// name, when a country's or a province's name follows "tại" ("tại" elsewhere is a venue's).
    private func seatEnd(at index: Int) -> Int? {
        guard index + 1 < clause.count, tokens[index + 1].isCapitalized, folds[index] == "tai", tokens[index].text == "tại"
        else { return nil }
        let place = clause.longest(.country, at: index + 1) ?? clause.longest(.nationalName, at: index + 1)
            ?? clause.longest(.province, at: index + 1)
        return place.map { index + 1 + $0.length }
    }

    /// "Giám đốc Sở Y tế được Thủ tướng Chính phủ tặng Bằng khen", "...; Hiệu trưởng nhà trường
    /// được tặng danh hiệu Nhà giáo ưu tú", "trao Bằng khen cho Giám đốc Công ty": a person named
    /// by the position alone (a title, then its body if any), as a subject (at the clause's
    /// start or after a mark, a verb of receiving next) or after "cho". Not the body: the
    /// director, not the department, receives.
    private func positionHolder(at mentionStart: Int) -> NamedMention? {
        // "Ngài Đại sứ được Chủ tịch nước tặng ...", "Đồng chí Giám đốc Công an tỉnh được ...". One
        // honorific only (not `afterHonorifics`): "Đại sứ" is an honorific and the position too.
        var start = mentionStart
        if let honorific = clause.longest(.honorific, at: start), start + honorific.length < clause.count {
            start += honorific.length
        }
        // "cho nguyên Phó Chủ tịch UBND tỉnh": a former holder, the word part of the title.
        let titleStart = start
        if isFormer(at: start) { start += 1 }
        guard clause.has(.titleWord, at: start) else { return nil }
        // Most title words stand inside a name or a giver's phrase, after a word: whether "cho"
        // (a class without a bit) stands there is asked only then.
        var afterMark = true, afterTo = false
        if mentionStart > 0 {
            let previous = tokens[mentionStart - 1]
            afterMark = previous.is(",") || previous.is(";") || previous.is(":")
            afterTo = !previous.isPunctuation && clause.has(.to, at: mentionStart - 1)
        }
        guard afterMark || afterTo, tokens[start].isCapitalized, clause.rules.isTitleStart(tokens[start].text),
              let title = clause.longest(.titleWord, at: start),
              // "Bộ Chỉ huy Quân sự tỉnh", "Văn phòng Đoàn ĐBQH", "Công an TP.HCM": a body's name.
              (clause.longest(.orgWord, at: start)?.length ?? 0) < title.length else { return nil }
        var end = start + title.length
        var holding: (titleEnd: Int, name: Range<Int>)?
        if end < clause.count, !tokens[end - 1].isCapitalized, clause.hasPhrase(.departmentWord, endingAt: end),
           let nameEnd = departmentNameEnd(at: end) {
            // "cho Trưởng khoa Nhi Bệnh viện Đa khoa tỉnh", "cho Trưởng khoa Hồi sức tích cực,
            // Bệnh viện ...": the department's name, then its body, right after or after a comma.
            let unit = folds[end - 1]
            end = nameEnd
            if end < clause.count, tokens[end].isCapitalized, clause.has(.orgWord, at: end), let body = named(at: end), body.isBody {
                end = body.nameTokens.upperBound
            } else if let parentEnd = departmentParentEnd(at: end, unlike: unit) {
                end = parentEnd
            }
        } else if end < clause.count, let body = named(at: end), body.isBody {
            end = body.nameTokens.upperBound
            // "Giám đốc BV Răng Hàm Mặt Trung ương Hà Nội Trịnh Đình Hải": a body's words the
            // lexicon does not know ran on to the holder's name, after the place that ends it.
            holding = holdersName(in: body.nameTokens)
            if let holding { end = holding.name.upperBound }
        } else if end < clause.count, let place = clause.longest(.province, at: end) {
            end += place.length
        } else if end < clause.count, !tokens[end].isCapitalized, let body = clause.longest(.kind, at: end),
                  clause.value(body) == "tap-the" {
            end += body.length // "Hiệu trưởng nhà trường", "Giám đốc công ty"
        }
        var verb = end
        if verb < clause.count, let adverb = clause.longest(.subjectAdverb, at: verb) { verb += adverb.length }
        guard verb < clause.count, afterTo || clause.has(.receive, at: verb) || clause.has(.by, at: verb) || clause.has(.achieve, at: verb)
        else { return nil }
        // "cho Giám đốc Sở và 10 cá nhân": what may follow a recipient after "cho".
        guard !afterTo || end == clause.count || tokens[end].isPunctuation || folds[end] == "va" || stops(at: end) else { return nil }
        if let holding {
            return NamedMention(name: clause.text(holding.name), title: clause.text(titleStart..<holding.titleEnd),
                                titleTokens: titleStart..<holding.titleEnd, isBody: false, tokens: mentionStart..<end, nameTokens: holding.name)
        }
        let position = clause.text(titleStart..<end)
        var holder = NamedMention(name: position, title: position, titleTokens: titleStart..<end, isBody: false, tokens: mentionStart..<end,
                                  nameTokens: titleStart..<end)
        holder.isPosition = true
        return holder
    }

    /// "UBND phường Trần Hưng Đạo, Lê Lợi", "các phường Quang Trung, Nguyễn Trãi và Lê Lợi":
    /// after places named by their unit's word in lower case, a name read like a person's
    /// (wards, communes and streets are named after historical figures) is another place of
    /// that word (`bodiesSharingPlaceWord` makes one body of each) when it is bare (no
    /// honorific, no title or brackets after it) and ends the item. After the word in the
    /// singular, only after a comma, and not a name with the middle name most people's have
    /// (`middle_names` in people.yaml: "cho Công an xã Tân Lập, Nguyễn Văn An" names a man).
    private func namesAnotherPlace(after joint: Int, from start: Int) -> Bool {
        // The unit's word: the last word in lower case before the joint, past places listed.
        var word = joint - 1
        while word > start, tokens[word].isCapitalized || tokens[word].is(",") { word -= 1 }
        guard word > start, word + 1 < joint, tokens[word + 1].isCapitalized,
              clause.has(.localUnit, at: word) || clause.has(.districtUnit, at: word) else { return false }
        let plural = folds[word - 1] == "cac"
        guard plural || tokens[joint].is(","), let person = person(at: joint + 1), person.title == nil,
              person.tokens.lowerBound == joint + 1, person.nameTokens.count <= 4 else { return false }
        if !plural, person.nameTokens.count >= 3, clause.rules.middleNames.contains(tokens[person.nameTokens.lowerBound + 1].text) { return false }
        let end = person.tokens.upperBound
        return end == clause.count || tokens[end].is(",") || tokens[end].is(".") || tokens[end].is(";") || folds[end] == "va"
    }

    /// "nguyên" (former) in lower case before a title ("Nguyễn", a surname, folds alike).
    private func isFormer(at index: Int) -> Bool {
        index + 1 < clause.count && folds[index] == "nguyen" && !tokens[index].isCapitalized && clause.has(.former, at: index)
    }

    /// A person's name that ends a body's name right after a province's, or follows a run of
    /// degrees in it ("Giám đốc Bệnh viện PGS.TS. Nguyễn Quốc Anh", the point after them may
    /// have ended the body): where the title ends, and the two to four capitalized words
    /// from a surname that name the holder.
    private func holdersName(in body: Range<Int>) -> (titleEnd: Int, name: Range<Int>)? {
        for index in body.lowerBound + 1..<body.upperBound {
            var name: Int, nameEnd: Int, titleEnd = index
            if let place = clause.longest(.province, at: index) {
                name = index + place.length
                nameEnd = body.upperBound
                titleEnd = name
            } else if clause.has(.honorific, at: index) {
                name = afterHonorifics(at: index)
                if name < clause.count, tokens[name].is(".") { name += 1 }
                nameEnd = name
                while nameEnd < min(clause.count, name + 4), tokens[nameEnd].isCapitalized, !tokens[nameEnd].isPunctuation { nameEnd += 1 }
            } else {
                continue
            }
            guard name < nameEnd, (2...4).contains(nameEnd - name), startsName(at: name),
                  (name..<nameEnd).allSatisfy({ tokens[$0].isCapitalized && !tokens[$0].isPunctuation }) else { continue }
            return (titleEnd, name..<nameEnd)
        }
        return nil
    }

    /// Where a person named by the position may start: the title, or an honorific before it.
    private static let positionStarts = WordClass.bits(.titleWord, .honorific)

    /// "Thủ tướng Chính phủ tặng Cờ thi đua cho tỉnh Bắc Ninh", "Năm 2024, tỉnh Quảng Ninh được
    /// tặng ...": a province by its word in lower case (`district_unit` "tỉnh", "thành phố") and
    /// its name, after "cho" or as a subject (at the clause's start or after a mark), where a
    /// phrase ends after it. A collective.
    private func provinceByItsWord(at mentionStart: Int) -> NamedMention? {
        guard clause.present.contains(.province), mentionStart + 1 < clause.count else { return nil }
        if mentionStart == 0, tokens[0].isCapitalized, let subject = provinceAsSubject() { return subject }
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

    /// "Lạng Sơn đón nhận Huân chương Độc lập hạng Nhất", "Hà Tĩnh vinh dự được Chủ tịch nước
    /// tặng ...": a province's name alone opening the clause (a headline's way), where a body
    /// named by one short phrase stands as a subject (`standsAlone`: before "được", a verb of
    /// receiving or a word that ends a name). Not before one of giving: "Nghệ An khen thưởng
    /// 150 tập thể" gives.
    private func provinceAsSubject() -> NamedMention? {
        guard let place = clause.longest(.province, at: 0),
              standsAlone(0..<place.length, object: false, subject: true, objectFrom: 0) else { return nil }
        return NamedMention(name: clause.text(0..<place.length), title: nil, titleTokens: nil, isBody: true, tokens: 0..<place.length,
                            nameTokens: 0..<place.length)
    }

    /// "Phòng Cảnh sát hình sự, Công an tỉnh Thanh Hóa được ...": where the name of a part of a
    /// body (`sub_unit`, at `start`) ends at `end` before a comma and the body it is part of,
    /// the end of that body's name, when its verb, a mark or the clause's end follows it.
    /// Not "Đội A, Đội B" (the same word: siblings), nor "A, B và C", nor in a list after a
    /// colon or after its first item ("Các tập thể: Phòng A, Phòng B, Công an huyện C"), nor
    /// after "tại" (a venue, then who holds the event).
    private func parentBody(of start: Int, after end: Int) -> Int? {
        guard end + 1 < clause.count, tokens[end].is(","), clause.present.contains(.subUnit), clause.has(.subUnit, at: start),
              start == 0 || !tokens[start - 1].is(",") && folds[start - 1] != "va" || opensAfterLead(start),
              !tokens[..<start].contains(where: { $0.is(":") }),
              // Not where something is held: "tại Trường Đại học Cần Thơ, Khối thi đua ... tổ chức".
              start == 0 || !clause.has(.venue, at: start - 1) else { return nil }
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

    /// "Ngày 10/12, Sư đoàn 312, Quân đoàn 12 tổ chức ...": after the clause's opening words
    /// (a date, "Dịp này") and their comma, the first of no list: nothing before names a body.
    private func opensAfterLead(_ start: Int) -> Bool {
        start > 1 && tokens[start - 1].is(",")
            && !(0..<start - 1).contains { tokens[$0].is(",") || tokens[$0].isCapitalized && clause.has(.orgWord, at: $0) }
    }

    private static let verbsAfterSubject = WordClass.bits(.by, .receive, .nameEnd, .organize, .also, .give, .praised, .achieve)

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

    /// "cho trường THPT Chu Văn An", "cho đội tuyển U23 Việt Nam": after "cho" (or opening the
    /// clause), a body's word written in lower case, then its name in capitals; or a national
    /// body's, in lower case to its `national_name` ("cho đội tuyển bóng đá nữ quốc gia").
    private func startsLowerCaseBody(at start: Int) -> Bool {
        // After "cho", or opening a clause: "...; tổ Toán - Tin được công nhận ..." (a part after
        // ";" is a clause of its own).
        guard !tokens[start].isCapitalized, start == 0 || clause.has(.to, at: start - 1),
              let word = clause.longest(.orgWord, at: start), start + word.length < clause.count else { return false }
        let name = tokens[start + word.length]
        if name.isCapitalized && !name.isPunctuation { return true }
        for index in start + word.length..<min(clause.count - 1, start + word.length + 5) {
            if clause.has(.nationalName, at: index) { return true }
            if tokens[index].isPunctuation || tokens[index].isCapitalized { return false }
        }
        return false
    }

    /// Past the people of a body said before its name: "cho tập thể cán bộ, giáo viên, nhân
    /// viên Trường THPT Nguyễn Trãi" (the school is the recipient). `index` where there are none.
    /// The body named at `index`, its mention from `start` (the words before its name are the
    /// mention's: "tập thể", "cán bộ, chiến sĩ").
    private func body(after index: Int, mentionFrom start: Int) -> NamedMention? {
        guard var body = named(at: index), body.isBody, !body.isBare else { return nil }
        body.tokens = start..<body.tokens.upperBound
        return body
    }

    private func peopleOfBody(after index: Int) -> Int {
        var at = index
        for _ in 0..<4 {
            guard at < clause.count, !tokens[at].isCapitalized, let kind = clause.longest(.kind, at: at),
                  clause.value(kind) == "ca-nhan", at + kind.length < clause.count else { break }
            at += kind.length
            if tokens[at].is(",") || folds[at] == "va" { at += 1 }
        }
        return at < clause.count && tokens[at].isCapitalized ? at : index
    }
}
