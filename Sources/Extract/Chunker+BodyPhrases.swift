/// Bodies inside the phrases of others: the body a position is held in, named between the
/// position and its holder's name; the bodies listed that hold an occasion together.
extension Chunker {
    /// "Cục trưởng Cục Thống kê Nguyễn Trung Tiến", "Giám đốc Bệnh viện Đa khoa tỉnh Lê Văn An":
    /// after a position, its body named in words no title list holds, then the holder. Where
    /// those words end: at the name, or at a place, a title's word or a degree the mention goes
    /// on with. A word in lower case only goes on the one before it ("Thống kê", "Đa khoa") or
    /// names a region ("miền", "khu vực"), so a verb ends it all.
    /// Not a body named after a person ("Trường THPT Nguyễn Du", "Bệnh viện Nguyễn Tri Phương",
    /// "Trường Tiểu học Kim Đồng"): the body has a word of its own before the name, not only
    /// initials; the name is of three or four words and nothing capitalized follows; schools,
    /// most often named so, are left out.
    func bodyBeforeName(at index: Int, after title: Range<Int>?) -> Int? {
        // (Most titles are followed by a verb or a word in lower case: ruled out first.)
        guard let title, title.upperBound == index, index < clause.count,
              tokens[index].isCapitalized || clause.has(.orgWord, at: title.lowerBound) && namesRegion(at: index) else { return nil }
        let bodyStart: Int
        var end = index
        if tokens[index].isCapitalized, let body = clause.longest(.orgWord, at: index) {
            bodyStart = index
            end += body.length
        } else if tokens[title.lowerBound].isCapitalized, clause.has(.orgWord, at: title.lowerBound) {
            bodyStart = title.lowerBound // read as a giver's alias that ends the title: "Tổng Giám đốc Tổng cục Thuế ..."
        } else {
            return nil
        }
        let ownStart = end
        while end < clause.count, end - index < 10 {
            if tokens[end].isPunctuation { return nil }
            if tokens[end].isCapitalized, startsName(at: end) {
                var run = end
                while run < clause.count, tokens[run].isCapitalized, !tokens[run].isPunctuation { run += 1 }
                // "Cục trưởng Cục Đường bộ Việt Nam Nguyễn Xuân Cường": a surname alone before a word
                // in lower case ("Đường bộ") is a word of the body's name.
                if run - end == 1, run < clause.count, !tokens[run].isPunctuation {
                    end += 1
                    continue
                }
                // "Hiệu trưởng Trường THPT chuyên Lê Quý Đôn Nguyễn Văn An": five capitalized words
                // or more are the body's name after a person, then the holder's; the holder's starts
                // at the first surname that leaves two words or more before it and two to four after.
                if run - end >= 5,
                   let holder = (end + 2...run - 2).first(where: { (2...4).contains(run - $0) && startsName(at: $0) }) {
                    return holder
                }
                guard (3...4).contains(run - end), !isSchool(at: bodyStart),
                      (ownStart..<end).contains(where: { !Token.isInitials(tokens[$0].text) }) else { return nil }
                return end
            }
            if clause.has(.titleWord, at: end) || clause.has(.honorific, at: end) || clause.longest(.province, at: end) != nil {
                return isSchool(at: bodyStart) ? nil : end
            }
            guard tokens[end].isCapitalized || tokens[end - 1].isCapitalized || namesRegion(at: end) || namesRegion(at: end - 1)
            else { return nil }
            end += 1
        }
        return nil
    }

    /// Past words in lower case inside a title that are neither a verb nor a stop word ("Giám đốc
    /// Trung tâm Quản lý đất đai tỉnh ..."), to the first capitalized word or place's word before
    /// `limit`; nil where one of those comes first ("Giám đốc Công ty tặng ...": the verb ends it).
    @inline(never)
    func lowerCaseWordsEnd(from start: Int, before limit: Int) -> Int? {
        let limit = min(clause.count, limit)
        var end = start
        while end < limit {
            if tokens[end].isPunctuation || clause.hasAny(Self.verbsInTitle, at: end) { return nil }
            if tokens[end].isCapitalized || clause.has(.titleWord, at: end) { break }
            end += 1
        }
        // The stop words last, of the few runs that reach a capital.
        guard end > start, end < limit, !(start..<end).contains(where: isStopWord) else { return nil }
        return end
    }

    /// The verbs that stop a name (`verbStops`), and those of an occasion: none is a title's word.
    static let verbsInTitle = verbStops | WordClass.bits(.achieve, .organize, .speech, .by)

    /// "miền" or "khu" (of "khu vực") in lower case inside a body's name: "Điện lực miền Bắc",
    /// "Kho bạc Nhà nước khu vực IV". (The first byte asked first: most words begin otherwise.)
    private func namesRegion(at index: Int) -> Bool {
        let first = folds[index].utf8.first
        return first == UInt8(ascii: "k") && folds[index] == "khu" || first == UInt8(ascii: "m") && folds[index] == "mien"
    }

    /// Whether a school's name begins at `index` ("Trường", "Học viện", "Đại học"), by its fold
    /// key (so "Đài", a broadcaster, folds like "Đại" and is left out too).
    private func isSchool(at index: Int) -> Bool {
        let fold = folds[index]
        return fold == "truong" || fold == "hoc" || fold == "dai"
    }

    /// "Tỉnh ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam tỉnh Đắk Nông long trọng tổ chức Lễ ... và đón
    /// nhận Huân chương ...": the bodies listed before the last, which holds the occasion with
    /// them, as one mention of them all (the first item at the clause's start or after a comma).
    func listedOrganizers(endingWith body: NamedMention) -> NamedMention? {
        let (start, end) = (body.tokens.lowerBound, body.tokens.upperBound)
        guard start > 1, end < clause.count, tokens[start - 1].is(",") || folds[start - 1] == "va",
              clause.has(.organize, at: end) else { return nil }
        var first: Int?
        for candidate in stride(from: start - 2, through: max(0, start - 16), by: -1)
        where candidate == 0 || tokens[candidate - 1].is(",") {
            if let itemEnd = listedGiverEnd(at: candidate), itemEnd < start, giversListed(after: itemEnd)?.end == end {
                first = candidate
            }
        }
        guard let first else { return nil }
        return NamedMention(name: clause.text(first..<end), title: nil, titleTokens: nil, isBody: true, tokens: first..<end,
                            nameTokens: first..<end)
    }
}
