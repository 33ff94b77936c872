/// Recipient groups: counted or not, of one kind or several, with what describes them.
extension Chunker {
    /// The most items a list of recipient groups or of awards is read to. Real lists hold a
    /// handful; a list is read again from each of its items (a rule may start at any), so a
    /// sentence of thousands of groups (a table flattened by a scraper) would cost time and
    /// memory as the square of its length.
    static let longestList = 48

    /// The classes a count can start with (digits aside).
    static let countStarts = WordClass.bits(.qualifier, .approximate, .number, .tens)

    /// A count in digits with no kind after it, where a list goes on or ends: the "1.245" of
    /// "trong đó khen thưởng theo công trạng 1.245, khen thưởng đột xuất 255" (a part of a
    /// total, of its kinds). Not a year ("năm 2024"), a day, a share ("90%") or a count of
    /// something named after it.
    func bareCount(at start: Int) -> RecipientGroup? {
        guard tokens[start].isNumber, start == 0 || !Self.notCountedAfter.contains(folds[start - 1]) && !isNumberOfWord(at: start - 1),
              let count = count(at: start), count.end > start else { return nil }
        let end = count.end
        // A bracket's last part: "(khen thưởng theo công trạng 320, ..., khen thưởng chuyên đề 50)";
        // not a year in brackets, "(2005)".
        let closes = end < clause.count && tokens[end].is(")")
            && !(tokens[start].text.utf8.count == 4 && (1945...2100).contains(count.value))
        guard end == clause.count || tokens[end].is(",") || tokens[end].is(";") || tokens[end].is(".") || folds[end] == "va"
                || closes else {
            return nil
        }
        return RecipientGroup(count: count.value, qualifier: count.qualifier, kinds: [], tokens: start..<end)
    }

    /// Words a number after which counts nobody: a year, a day, a month (and "số 12": `isNumberOfWord`).
    private static let notCountedAfter: Set<String> = ["nam", "ngay", "thang"]

    /// "số" (number), on the bytes: "sở" (a department: "cấp cơ sở 105" is a count) and "sổ"
    /// share its fold key, and lower-casing a copy of every such token cost a call and a copy.
    /// The fold's length first: a comparison of two strings that differ is a call.
    func isNumberOfWord(at index: Int) -> Bool {
        folds[index].utf8.count == 2 && folds[index] == "so"
            && Self.numberOfSpellings.contains { tokens[index].text.utf8.elementsEqual($0) }
    }

    private static let numberOfSpellings = ["số", "Số"].map { Array($0.utf8) }

    /// Where "gồm" (or "gồm:") stands right after a total or its statement (after a comma or a
    /// bracket) and before counted groups.
    func comprisingMarker(after total: Int) -> Int? {
        guard total + 1 < clause.count, clause.tokens[total].is(",") || clause.tokens[total].is("(") else { return nil }
        guard let word = clause.longest(.comprising, at: total + 1) else { return nil }
        var marker = total + word.length
        if marker + 1 < clause.count, clause.tokens[marker + 1].is(":") { marker += 1 }
        return countedRecipients(at: marker + 1) != nil || countedAwards(at: marker + 1) != nil ? marker : nil
    }

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
        // Who a deed was done for is no one praised: "Anh Lò Văn Pó, người đã cứu 3 em nhỏ khỏi
        // đuối nước, được Chủ tịch UBND tỉnh khen thưởng", "Đồn Biên phòng Cửa Tùng cứu 12 ngư
        // dân gặp nạn được ..." (lexicon class `deed`).
        if start > 0, start < clause.count, tokens[start].isNumber, clause.present.contains(.deed),
           clause.hasPhrase(.deed, endingAt: start) { return nil }
        var groups: [RecipientGroup] = []
        var index = start
        while groups.count < Self.longestList, let group = group(at: index) {
            groups.append(group)
            index = group.tokens.upperBound
            guard group.count != nil else { break }
            // "4 tập thể (trong đó có 2 trường học) và 6 cá nhân": past an aside in brackets.
            if index < clause.count, tokens[index].is("("),
               let close = (index + 1..<min(clause.count, index + 16)).first(where: { tokens[$0].is(")") }),
               let separator = separator(at: close + 1), let next = self.group(at: close + 1 + separator), next.count != nil {
                index = close + 1 + separator
            } else if let separator = separator(at: index), let next = self.group(at: index + separator), next.count != nil {
                // After "cho", not a group that says what it got itself: "tặng Cờ thi đua cho 993
                // tập thể, 5.719 đơn vị đạt Tập thể lao động xuất sắc, ...".
                if start > 0, clause.has(.to, at: start - 1), statesOwnAward(after: next) { break }
                index += separator
            } else if let along = countAlong(at: index), let next = self.group(at: index + along), next.count != nil {
                // "cho 2 tập thể cùng 8 cá nhân": "cùng" joins a counted group as "và" does.
                index += along
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
              (start + 1..<min(clause.count - 1, start + 40)).contains(where: { index in
            (folds[index] == "," || folds[index] == "va")
                && (tokens[index + 1].isNumber || clause.hasAny(Self.countStarts, at: index + 1)
                    || folds[index + 1] == "va" && index + 2 < clause.count && tokens[index + 2].isNumber)
        }) else { return nil }
        var index = start, bracketed = 0
        while index < clause.count, index - start - bracketed < 12 {
            // A remark in brackets: "86 tập thể (tăng 12 tập thể so với năm 2023) và 245 cá nhân".
            if tokens[index].is("("), let close = (index + 1..<min(clause.count, index + 32)).first(where: { tokens[$0].is(")") }),
               !(index + 1..<close).contains(where: { clause.has(.breakdown, at: $0) }) {
                bracketed += close + 1 - index
                index = close + 1
                continue
            }
            if index > start, let separator = separator(at: index), let next = group(at: index + separator), next.count != nil {
                return object && statesOwnAward(after: next) ? nil : index + separator
            }
            let token = tokens[index]
            // "4 tập thể là Trường Mầm non Tân Phước Tây, Trường Tiểu học Mỹ Lạc và 43 cá nhân":
            // the group's members named (after "là", "gồm" or ":"), each a word of the
            // description however long its name.
            if index == start, index + 1 < clause.count, token.is(":") || folds[index] == "la" || folds[index] == "gom",
               tokens[index + 1].isCapitalized, clause.has(.orgWord, at: index + 1) {
                index += 1
                continue
            }
            if token.isCapitalized, clause.has(.orgWord, at: index), let body = named(at: index), body.isBody,
               body.nameTokens.upperBound > index + 1 {
                bracketed += body.nameTokens.upperBound - index - 1
                index = body.nameTokens.upperBound
                continue
            }
            // "25 tổ chức cơ sở đảng đạt “Trong sạch, vững mạnh” tiêu biểu và 40 đảng viên": a
            // title in quotes, each a word of the description.
            if clause.has(.quote, at: index), let close = (index + 1..<min(clause.count, index + 16)).first(where: { clause.has(.quote, at: $0) }) {
                bracketed += close - index
                index = close + 1
                continue
            }
            if token.isPunctuation, !token.is(",") { return nil }
            // "... tiêu biểu 5 năm liền và 40 đảng viên": years running describe it too.
            if token.isNumber, let running = clause.longest(.yearsRunning, at: index + 1) {
                index += 1 + running.length
                continue
            }
            // "45/48 tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ, 8 tổ chức cơ sở đảng được tặng
            // Giấy khen": before the verb, what a group did is a statement of its own.
            if !object, clause.has(.ownPredicate, at: index) { return nil }
            // "15 tập thể hoàn thành xuất sắc nhiệm vụ năm 2024 và 20 cá nhân": a year in it.
            if !token.isCapitalized, index + 1 < clause.count, tokens[index + 1].isNumber, clause.statedYear(at: index) != nil {
                index += 2
                continue
            }
            // "cho 6 học sinh đoạt huy chương và 4 giáo viên": after "cho", an award the group
            // won is what describes it.
            if object, index > start, clause.hasPhrase(.win, endingAt: index) || clause.hasPhrase(.achieve, endingAt: index),
               let (_, end) = award(at: index), end > index {
                bracketed += end - index - 1
                index = end
                continue
            }
            // Not at the money each got: "10 tập thể, mỗi tập thể 5 triệu đồng và 15 cá nhân".
            if clause.has(.breakdown, at: index) || group(at: index) != nil || award(at: index) != nil
                || stops(at: index) && !isAmount(at: index) {
                return nil
            }
            index += 1
        }
        return nil
    }

    /// A verb of a group's own statement; achieving only an award ("67 cá nhân đạt danh hiệu
    /// Chiến sĩ thi đua cơ sở", not "120 học sinh đạt giải cấp tỉnh", a description).
    private func statesOwnAward(at index: Int) -> Bool {
        if clause.hasAny(Self.statementVerbs, at: index) { return true }
        guard clause.has(.achieve, at: index), let achieve = clause.longest(.achieve, at: index) else { return false }
        return clause.hasAny(Self.awardStarts, at: index + achieve.length)
    }

    /// Whether a verb of its own follows `group` within a few words, before any mark or "và"
    /// ("..., 45 cá nhân và đề nghị ..." goes on with the list).
    private func statesOwnAward(after group: RecipientGroup) -> Bool {
        let after = group.tokens.upperBound
        for index in after..<min(clause.count, after + 4) {
            if statesOwnAward(at: index) { return !receivesNothing(at: index) }
            if tokens[index].isPunctuation || folds[index] == "va" { return false }
        }
        return false
    }

    private static let statementVerbs = WordClass.bits(.give, .praise, .receive, .praised, .proposal, .by)

    /// "Quyết định khen thưởng cho 15 tập thể, 30 cá nhân đã được trao tại buổi lễ": a verb of
    /// receiving with neither an award nor a giver after it says how the list got what it names.
    private func receivesNothing(at index: Int) -> Bool {
        guard !clause.has(.praised, at: index), let verb = clause.longest(.receive, at: index) else { return false }
        let after = index + verb.length
        guard after < clause.count else { return true }
        return !clause.hasAny(Self.awardStarts, at: after) && !clause.has(.granterAlias, at: after) && !tokens[after].isNumber
    }

    private func group(at start: Int) -> RecipientGroup? {
        guard start < clause.count else { return nil }
        if let determiner = clause.longest(.determiner, at: start) {
            // "Đảng ủy Khối các cơ quan tỉnh", "Khối thi đua các cơ quan Đảng": a bloc's name
            // (lexicon class bloc_name) goes on with the kinds it groups, no recipients.
            if start > 0, clause.present.contains(.blocName), clause.hasPhrase(.blocName, endingAt: start) { return nil }
            guard let kinds = kinds(at: start + determiner.length) else { return nil }
            // "Với nhiều sáng kiến cải tiến kỹ thuật, ... chị được ... tặng": things of no kind,
            // uncounted, receive nothing but after "cho" ("cho các công trình").
            if kinds.kinds.isEmpty, !clause.hasPhrase(.to, endingAt: start) { return nil }
            return RecipientGroup(count: nil, qualifier: "exact", kinds: kinds.kinds, tokens: start..<kinds.end)
        }
        if let bare = bareKinds(at: start) { return bare }
        if isNumberOfWord(at: start), let stated = countStatedAfter(at: start) { return stated }
        // Most tokens start no count: ruled out before the count is read.
        guard tokens[start].isNumber || clause.hasAny(Self.countStarts, at: start) else { return nil }
        guard var count = count(at: start) else { return nil }
        // "Sư đoàn 324 tổ chức lễ đón nhận ...", "Quân khu 3 tổ chức ...": a unit's number, no count
        // ("tổ chức", organizes, is a kind too: organisations).
        if start > 0, clause.present.contains(.subUnit), let unit = clause.phraseStart(.subUnit, endingAt: start),
           tokens[unit].isCapitalized {
            return nil
        }
        // "2 trên 5 tập thể": two out of five ("trên" is no "more than" after a number).
        if start > 0, tokens[start - 1].isNumber, clause.has(.qualifier, at: start), folds[start] == "tren" { return nil }
        if count.end + 1 < clause.count, tokens[count.end + 1].isNumber, folds[count.end] == "tren", let whole = self.count(at: count.end) {
            count.end = whole.end
        }
        // "200 lượt tập thể, cá nhân": the measure word counts conferrals of those kinds.
        var found = kinds(at: count.end)
        if let measure = clause.longest(.measure, at: count.end), let after = kinds(at: count.end + measure.length) {
            found = after
        }
        // "tuyên dương 50 “Thanh niên tiên tiến làm theo lời Bác”": people counted by a title in quotes.
        // The title's words to its closing quote are the group's ("452 “Sinh viên 5 tốt” và 96 “Tập
        // thể sinh viên 5 tốt”": that quote opens nothing).
        if found == nil, count.end + 1 < clause.count, clause.has(.quote, at: count.end), let quoted = kinds(at: count.end + 1) {
            let close = (quoted.end..<max(quoted.end, min(clause.count, count.end + 16))).first { clause.has(.quote, at: $0) }
            found = (quoted.kinds, close.map { $0 + 1 } ?? quoted.end)
        }
        // "tặng Cờ thi đua của Chính phủ cho 5 tỉnh, thành phố": provinces that receive are
        // collectives, but only after "cho" (records.md: "Cụm thi đua 7 tỉnh" counts no award).
        if found == nil, start > 0, clause.has(.to, at: start - 1), let places = clause.longest(.placeKind, at: count.end) {
            found = (["tap-the"], count.end + places.length)
        }
        // "lần lượt cho 5 và 20 tập thể": counts said respectively before the one kind of both.
        if found == nil, start > 0, clause.present.contains(.respectively),
           (max(0, start - 3)..<start).contains(where: { clause.has(.respectively, at: $0) }),
           let separator = separator(at: count.end), let next = self.group(at: count.end + separator), next.count != nil {
            found = (next.kinds, count.end)
        }
        guard let kinds = found else { return nil }
        // "có 2 Nhà giáo Nhân dân và 25 Nhà giáo Ưu tú": titles of people counted, not "nhà giáo"
        // (a kind) counted (rule counted-titles-receive). So are titles whose first words are
        // the kind of all who hold them, in either case: "16 tập thể lao động xuất sắc" (not
        // 16 collectives that got "Lao động tiên tiến"), "21 chiến sĩ thi đua cơ sở".
        if clause.has(.award, at: count.end), let title = clause.longest(.award, at: count.end), title.length > kinds.end - count.end,
           let holders = clause.rules.onlyFor[clause.value(title)],
           tokens[count.end].isCapitalized && holders == "ca-nhan" || kinds.kinds == [holders] {
            return nil
        }
        var group = RecipientGroup(count: count.value, qualifier: count.qualifier, kinds: kinds.kinds, tokens: start..<kinds.end)
        // "là một trong 120 gương mặt được tuyên dương": a count the article may have stated before.
        group.isRestated = start > 1 && (folds[start - 1] == "trong" || folds[start - 1] == "so")
            && clause.hasPhrase(.oneOf, endingAt: start)
        return group
    }

    /// "tặng Bằng khen cho tập thể, cá nhân có thành tích xuất sắc": kinds with neither a count
    /// nor a determiner, right after "cho", read as "các tập thể, cá nhân" are. Only where they
    /// are plainly a kind of recipient: several joined, or one described after it ("cho cá nhân
    /// có thành tích ..."); "cho tập thể cán bộ, giáo viên Trường ..." names a body, "cho xã"
    /// alone says too little.
    private func bareKinds(at start: Int) -> RecipientGroup? {
        guard start > 0, clause.has(.kind, at: start), !tokens[start].isCapitalized, folds[start - 1] == "cho",
              let kinds = kinds(at: start), !kinds.kinds.isEmpty else { return nil }
        // "33 Huân chương Chiến công các hạng cho tập thể và cá nhân": after medals counted, the
        // kinds they went to (`kindsGiven`), not recipients of their own.
        if (0..<start - 1).contains(where: { tokens[$0].isNumber && clause.has(.award, at: $0 + 1) }) { return nil }
        let joined = (start..<kinds.end).contains { separator(at: $0) != nil }
        let end = kinds.end
        guard joined || end < clause.count && !tokens[end].isCapitalized && clause.has(.recipientDescription, at: end)
                || kinds.kinds == ["ca-nhan"] && peopleEnd(at: end) else { return nil }
        if end < clause.count, tokens[end].isCapitalized, !tokens[end].isPunctuation { return nil }
        if joined, let number = numberAfterKinds(from: end) {
            if let counted = countAfterKinds(at: number) {
                return RecipientGroup(count: counted.value, qualifier: counted.qualifier, kinds: kinds.kinds, tokens: start..<counted.end)
            }
            // "khen thưởng cho công nhân, nông dân, người lao động trực tiếp chiếm 38,6%": a share of
            // all praised, no recipients.
            if number + 1 < clause.count, tokens[number + 1].is("%") { return nil }
        }
        return RecipientGroup(count: nil, qualifier: "exact", kinds: kinds.kinds, tokens: start..<end)
    }

    /// "khen thưởng cho công nhân, nông dân, người trực tiếp lao động 1.234 lượt" (or "... là
    /// 1.234 lượt"): the count a report gives after kinds joined and a few words said of them,
    /// where the phrase ends with it (a mark, the clause's end; "lượt" or "người" after it).
    /// Not an amount ("2 triệu đồng": no mark after the number) nor a count past a verb
    /// (`numberAfterKinds` finds the number at `index`).
    private func countAfterKinds(at index: Int) -> (value: Int, qualifier: String, end: Int)? {
        guard let counted = count(at: index) else { return nil }
        var stop = counted.end
        if stop < clause.count, folds[stop] == "luot" || folds[stop] == "nguoi" { stop += 1 }
        guard stop == clause.count || tokens[stop].isPunctuation && !tokens[stop].is("/") else { return nil }
        return (counted.value, counted.qualifier, stop)
    }

    /// The number a few words in lower case after kinds, with no verb of a statement between.
    private func numberAfterKinds(from end: Int) -> Int? {
        var index = end
        while index < clause.count, index - end < 5, !tokens[index].isNumber {
            guard !tokens[index].isPunctuation, !tokens[index].isCapitalized, !clause.hasAny(Self.statementVerbs, at: index)
            else { return nil }
            index += 1
        }
        return index < clause.count && tokens[index].isNumber ? index : nil
    }

    /// "trao Bằng khen cho người dân xã Thạch Kim.", "cho giáo viên nhà trường": people of one
    /// kind, uncounted, are a group where the clause ends after them or where they are said
    /// to be a place's (a local unit's word and its name) or the article's body's.
    private func peopleEnd(at end: Int) -> Bool {
        if end == clause.count || tokens[end].is(".") || tokens[end].is(";") { return true }
        guard !tokens[end].isCapitalized else { return false }
        if let unit = clause.longest(.localUnit, at: end) {
            return end + unit.length < clause.count && tokens[end + unit.length].isCapitalized
        }
        return clause.has(.unit, at: end)
    }

    /// "Số tập thể được tặng Cờ thi đua là 25", "Tổng số lượng cá nhân được khen thưởng là
    /// 1.234": kinds after "số", their count after "là" further on, the statement between.
    /// Nothing where "là" says what they are ("Số cá nhân được tặng Bằng khen là những ...").
    private func countStatedAfter(at start: Int) -> RecipientGroup? {
        var at = start + 1
        if at < clause.count, folds[at] == "luong" { at += 1 }
        guard let kinds = kinds(at: at), !kinds.kinds.isEmpty else { return nil }
        for index in kinds.end..<max(kinds.end, min(clause.count - 1, kinds.end + 24)) {
            let token = tokens[index]
            if token.is(";") || token.is(":") || token.is("(") { return nil }
            guard token.text == "là" else { continue }
            guard let count = count(at: index + 1),
                  count.end == clause.count || tokens[count.end].isPunctuation || folds[count.end] == "va"
                    || clause.has(.kind, at: count.end) else { return nil }
            return RecipientGroup(count: count.value, qualifier: count.qualifier, kinds: kinds.kinds, tokens: start..<kinds.end)
        }
        return nil
    }

    /// "trong đó tập thể 500, cá nhân 1.000", "(tập thể: 120, cá nhân: 230)": groups with the
    /// kind before its count, as breakdowns write them (read only there: elsewhere "Tập thể
    /// 500" is rare and would be read wrong).
    func kindFirstGroups(at start: Int) -> (groups: [RecipientGroup], end: Int)? {
        // "cấp cơ sở 105" counts conferrals at a level, not bases ("cơ sở" is a kind).
        if start > 0, clause.has(.awardLevel, at: start - 1) { return nil }
        var groups: [RecipientGroup] = [], index = start
        while index < clause.count, let kind = clause.longest(.kind, at: index), clause.value(kind) != "none" {
            var at = index + kind.length
            if at < clause.count, tokens[at].is(":") { at += 1 }
            guard at < clause.count, tokens[at].isNumber, let count = count(at: at),
                  count.end == clause.count || tokens[count.end].isPunctuation || folds[count.end] == "va" else { break }
            groups.append(RecipientGroup(count: count.value, qualifier: count.qualifier, kinds: [clause.value(kind)],
                                         tokens: index..<count.end))
            index = count.end
            // "Giấy khen của Giám đốc Sở: tập thể 45; cá nhân 120" (a list's items, kinds first).
            guard let separator = separator(at: index) ?? (index + 1 < clause.count && tokens[index].is(";") ? 1 : nil) else { break }
            index += separator
        }
        return groups.last.map { (groups, $0.tokens.upperBound) }
    }

    /// "2 Huân chương Lao động hạng Ba, 5 Bằng khen ... cho cán bộ, hội viên": the kinds that
    /// medals counted went to, named after "cho" with neither a count nor a determiner.
    func kindsGiven(at start: Int) -> [String]? {
        guard start + 1 < clause.count, folds[start] == "cho", let found = kinds(at: start + 1), !found.kinds.isEmpty else { return nil }
        return found.kinds
    }

    /// "tập thể, cá nhân, hộ gia đình": kinds joined by "," or "và", each not counted anew.
    private func kinds(at start: Int) -> (kinds: [String], end: Int)? {
        guard let first = clause.longest(.kind, at: start) else { return nil }
        var kinds = [clause.value(first)], index = start + first.length
        // Not an award named after the ",": "Tập thể lao động xuất sắc cho 42 tập thể, Chiến sĩ
        // thi đua cơ sở cho 96 cá nhân" ("chiến sĩ" is also a kind).
        // Nor a giver who starts a clause of its own: "cho 42 tập thể và Chủ tịch UBND tỉnh tặng ..."
        // ("chủ tịch" counts people: "87 Chủ tịch Hội ...").
        while let separator = separator(at: index), let next = clause.longest(.kind, at: index + separator),
              count(at: index + separator) == nil, award(at: index + separator) == nil,
              (clause.longest(.granterAlias, at: index + separator)?.length ?? 0) <= next.length {
            kinds.append(clause.value(next))
            index += separator + next.length
        }
        var unique: [String] = []
        for kind in kinds where kind != "none" && !unique.contains(kind) { unique.append(kind) }
        return (unique, index)
    }

    /// "cùng", "cùng với" before a count ("cho Phòng Cảnh sát hình sự cùng 8 cá nhân"): the
    /// length of the phrase at `index`. Only before a number: "cùng" also means "the same"
    /// ("cùng thời điểm") and "together" ("cùng nhiều cá nhân" counts nothing).
    func countAlong(at index: Int) -> Int? {
        guard index < clause.count, let along = clause.longest(.alongWith, at: index),
              index + along.length < clause.count, tokens[index + along.length].isNumber
                || clause.hasAny(Self.countStarts, at: index + along.length) else { return nil }
        return along.length
    }

    /// ",", "và", ", và": the length of the separator at `index`, if one is there.
    func separator(at index: Int) -> Int? {
        guard index < clause.count else { return nil }
        if folds[index] == "," { return index + 1 < clause.count && folds[index + 1] == "va" ? 2 : 1 }
        if folds[index] == "va" { return 1 }
        return nil
    }
}
