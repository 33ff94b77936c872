/// Where a name stops: at a mark, a stop word, a verb, a count of its own, a year.
extension Chunker {
    /// Words that end a body's name; compared with diacritics ("do" is "because", "đỏ" is
    /// part of "Hội Chữ thập đỏ"; "đón", to welcome, is not "Đồn Biên phòng").
    static let stopWords: Set<String> = ["đã", "vừa", "sẽ", "đang", "cho", "được", "vì", "do", "nhằm", "tại", "gồm", "cũng",
                                         "là", "cùng", "đón", "còn", "đều", "luôn"]

    /// Whether the token is one of `stopWords` ("được", "đã", "cho" ...).
    func isStopWord(at index: Int) -> Bool {
        let token = tokens[index]
        // The fold key first: a token whose fold is no stop word's is none.
        guard let spellings = clause.rules.stopWordSpellings[token.fold] else { return false }
        guard token.isCapitalized else { return spellings.contains { token.text.utf8.elementsEqual($0) } }
        // Capitalized after a capitalized word, it is a name's: "huyện Ba Vì", "xã Cẩm Vì".
        if index > 0, tokens[index - 1].isCapitalized { return false }
        return Self.stopWords.contains(token.text.lowercased())
    }

    func stops(at index: Int) -> Bool {
        let token = tokens[index]
        if token.is(";") || token.is(":") || token.is("(") { return true }
        if token.is("."), !isGluedDot(at: index) { return true }
        if isStopWord(at: index) { return true }
        // What comes with the award or why: "cho Ban chuyên án với số tiền 50 triệu đồng", "kèm theo".
        // Phrases only: a word alone is matched on its fold key, and "đỏ" (Hội Chữ thập đỏ) folds
        // like "do" (the stop words compare "do" and "vì" with their diacritics).
        if !token.isCapitalized, let aside = clause.longest(.aside, at: index), aside.length > 1 { return true }
        // Years running: "Nhà trường 5 năm liên tục được tặng ..." (lexicon class years_running).
        if token.isNumber, clause.longest(.yearsRunning, at: index + 1) != nil { return true }
        // How many times: "Huyện Quỳnh Lưu 2 lần được phong tặng ..." (not "Lan", a name).
        if token.isNumber, index + 1 < clause.count, folds[index + 1] == "lan", tokens[index + 1].text == "lần" { return true }
        // An amount of money: "thưởng nóng Ban chuyên án 50 triệu đồng", "... 500.000 đồng".
        if isAmount(at: index) { return true }
        // A deed before its count: "Đồn Biên phòng Cửa Tùng cứu 12 ngư dân gặp nạn".
        if !token.isCapitalized, clause.present.contains(.deed), let deed = clause.longest(.deed, at: index),
           index + deed.length < clause.count, tokens[index + deed.length].isNumber {
            return true
        }
        // A year: "Sư đoàn 324 năm 2024 được tặng ...".
        if index + 1 < clause.count, tokens[index + 1].isNumber, !token.isCapitalized, clause.statedYear(at: index) != nil { return true }
        // A caption's credit: "... cho Trường Đại học Cần Thơ - Ảnh: VGP"; a count of the names
        // before: "cho xã Đồng Tâm và xã Tam Tiến - 2 đơn vị dẫn đầu ...", "... - hai đơn vị ...".
        // Not a name's own dash: "Tập đoàn Công nghiệp Than - Khoáng sản" ("khoảng", about).
        if token.isDash, index + 1 < clause.count, tokens[index + 1].isNumber
            || !tokens[index + 1].isCapitalized && clause.hasAny(Self.countStarts, at: index + 1) && countedRecipients(at: index + 1) != nil
            || tokens[index + 1].text == "Ảnh" || tokens[index + 1].text == "ảnh" {
            return true
        }
        // "cho Hội Nông dân huyện Krông Pắc và tặng Bằng khen cho ...", "cho Ban chuyên án và
        // thưởng 50 triệu đồng": "và" joins a second verb phrase, not a second body; nor does
        // it before a determiner ("cho Ban chuyên án và các đơn vị": recipients of a kind).
        // (The fold compared once: this test runs at every word of every name.)
        if index + 1 < clause.count, folds[index] == "va" {
            if clause.hasAny(Self.verbStops, at: index + 1) && !clause.has(.notVerb, at: index + 1)
                || clause.has(.joinedVerb, at: index + 1) || clause.has(.determiner, at: index + 1) {
                return true
            }
            // "hạng Nhì cho Bộ Chỉ huy Quân sự tỉnh và hạng Ba cho ...": the next class's recipients.
            if clause.has(.classWord, at: index + 1) { return true }
            // "Cờ thi đua của Trung ương Đoàn và Bằng khen của Tỉnh đoàn": the next award; "1 cờ
            // thi đua của Quân khu 5 và 35 bằng khen ...": the next medals counted.
            if clause.hasAny(Self.awardStarts, at: index + 1)
                || tokens[index + 1].isNumber && index + 2 < clause.count && clause.hasAny(Self.awardStarts, at: index + 2) {
                return true
            }
            // "cho Trường Đại học Bách khoa và 3 cá nhân của trường": counted recipients of their own.
            if tokens[index + 1].isNumber || clause.hasAny(Self.countStarts, at: index + 1), countedRecipients(at: index + 1) != nil {
                return true
            }
        }
        // "Công ty CP May 10 có 150 lao động được công nhận ...": what a body has is no part of its name.
        if folds[index] == "co", !token.isCapitalized, index + 1 < clause.count, tokens[index + 1].isNumber {
            return true
        }
        // "Trường ... có 5 giáo viên đạt danh hiệu Chiến sĩ thi đua cơ sở": achieving a title (not
        // "8 chi bộ đạt trong sạch vững mạnh và 25 đảng viên", a description; nor "2 học sinh đạt
        // Huy chương Vàng Olympic quốc tế", a contest's medal, no award).
        if clause.has(.achieve, at: index), !token.isCapitalized, let achieve = clause.longest(.achieve, at: index),
           clause.hasAny(Self.awardStarts, at: index + achieve.length),
           !(clause.present.contains(.notAward) && clause.has(.notAward, at: index + achieve.length)) {
            return true
        }
        // "Công an tỉnh Nghệ An tổ chức Hội nghị", "Hội LHPN tỉnh tổ chức họp mặt": the verb, in
        // lower case ("Ban Tổ chức Tỉnh ủy" is a name) and not after a determiner ("các tổ chức
        // chính trị - xã hội" are bodies).
        if !token.isCapitalized, clause.has(.organize, at: index) || clause.has(.coOrganize, at: index),
           !clause.hasPhrase(.determiner, endingAt: index) {
            return true
        }
        // Not a capitalized word inside a name: "Trường THPT Phan Châu Trinh" ("trình"), nor one
        // that starts a place's name after its word: "huyện Thống Nhất tặng ..." ("thống nhất
        // tặng", a council's vote); nor inside a longer phrase of another kind than a verb's:
        // "Bảo tàng" ("tặng"), where "Biên phòng tặng" still ends at "tặng" ("phòng tặng" folds
        // like "phong tặng").
        return clause.hasAny(Self.verbStops, at: index) && !clause.has(.notVerb, at: index) && !clause.isInsideName(at: index)
            && !clause.isInsidePhrase(at: index, unless: Self.verbStops)
            && !(token.isCapitalized && clause.startsProperName(at: index))
    }

    /// A number of money: "50 triệu đồng", "500.000 đồng".
    func isAmount(at index: Int) -> Bool {
        tokens[index].isNumber && index + 1 < clause.count && (clause.has(.money, at: index + 1) || clause.has(.currency, at: index + 1))
    }

    /// A dot inside an abbreviation, no space on either side, capitals around it: "TP.HCM".
    func isGluedDot(at index: Int) -> Bool {
        index > 0 && index + 1 < clause.count && tokens[index - 1].isCapitalized && tokens[index + 1].isCapitalized
            && !tokens[index - 1].isPunctuation && !tokens[index + 1].isPunctuation
            && tokens[index - 1].range.upperBound == tokens[index].range.lowerBound
            && tokens[index].range.upperBound == tokens[index + 1].range.lowerBound
    }

    /// The verbs that end a body's name, and the words said before them ("vinh dự"); a reward
    /// in money too ("Giám đốc Công an tỉnh thưởng 2 triệu đồng ...").
    static let verbStops = WordClass.bits(.give, .praise, .receive, .praised, .proposal, .nameEnd, .reward)

    /// Classes an award's mention starts with.
    static let awardStarts = WordClass.bits(.award, .genericAward, .awardPrefix)
}
