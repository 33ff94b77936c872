/// People named in a clause: all of them in order, and one called by the given name alone;
/// honorifics and asides around a name.
extension Chunker {
    /// Every person the clause names, in order, each read from where the one before ended.
    func people() -> [NamedMention] {
        var found: [NamedMention] = [], index = 0
        while index < clause.count {
            guard let person = person(at: index) else {
                index += 1
                continue
            }
            found.append(person)
            index = max(index + 1, person.tokens.upperBound)
        }
        return found
    }

    /// "anh Tài", "chị Hoa": an honorific and one capitalized word that names no place, body,
    /// award, office or kind (a surname may: "chị Mai"), with no capitalized word after it
    /// ("anh Nguyễn Văn Tài" is `person`). Not "Bà Rịa".
    func personByGivenName(at start: Int) -> NamedMention? {
        guard let honorific = clause.longest(.givenNameHonorific, at: start) else { return nil }
        let index = start + honorific.length
        guard index < clause.count, tokens[index].isCapitalized, !tokens[index].isPunctuation, !tokens[index].isNumber,
              index + 1 >= clause.count || !tokens[index + 1].isCapitalized || tokens[index + 1].isPunctuation,
              !clause.hasAny(Self.notGivenName, at: index), clause.longest(.province, at: start) == nil,
              clause.longest(.notPerson, at: index) == nil
        else { return nil }
        var mention = NamedMention(name: clause.text(start..<index + 1), title: nil, titleTokens: nil, isBody: false,
                                   tokens: start..<index + 1, nameTokens: index..<index + 1)
        mention.isGivenName = true
        return mention
    }

    /// "Ông được Nhà nước phong tặng danh hiệu ...", "Năm 2020, bà vinh dự nhận ...": a person
    /// called by an honorific alone, the subject of a receiving verb (or of "được" and a giver;
    /// `subject_adverb` between) at the clause's start or after a mark. One individual, named
    /// elsewhere if at all. "Ông cho biết, ..." and "ông được biết" are no subjects of an award.
    func pronounSubject(at start: Int) -> NamedMention? {
        guard start == 0 || tokens[start - 1].is(","), let honorific = clause.longest(.givenNameHonorific, at: start) else { return nil }
        let end = start + honorific.length
        let verb = end + (clause.longest(.subjectAdverb, at: end)?.length ?? 0)
        guard verb < clause.count,
              clause.has(.receive, at: verb) || clause.has(.nameEnd, at: verb)
                || clause.longest(.by, at: verb).map({ granter(at: verb + $0.length) != nil }) == true
        else { return nil }
        return NamedMention(name: clause.text(start..<end), title: nil, titleTokens: nil, isBody: false, tokens: start..<end,
                            nameTokens: start..<end, isBare: true)
    }

    /// Past a run of honorifics, which the press joins with "." or "," ("NGND.GS.TS", "Giáo
    /// sư, Tiến sĩ"); a mark after the last one is not skipped.
    func afterHonorifics(at start: Int) -> Int {
        var index = start
        // The bit first: most words are no honorific, and the longest phrase is looked up.
        while clause.has(.honorific, at: index), let honorific = clause.longest(.honorific, at: index) {
            index += honorific.length
            if index + 1 < clause.count, tokens[index].is(".") || tokens[index].is(","), clause.has(.honorific, at: index + 1) {
                index += 1
            }
        }
        return index
    }

    /// Whether the capitalized words from `index`, right after a district's or a commune's word,
    /// are its name: a district the lexicon knows, or a run of two words (a district's name) or
    /// of five and more (its name, then a person's); three or four are a person's name alone
    /// ("Bí thư Huyện ủy Nguyễn Văn An", where "huyện Võ Nhai", "Công an huyện Lục Nam" are places).
    func isLocalName(at index: Int) -> Bool {
        if clause.district(at: index) != nil { return true }
        var end = index
        while end < clause.count, end - index < 5, tokens[end].isCapitalized, !tokens[end].isPunctuation { end += 1 }
        return !(3...4).contains(end - index)
    }

    /// A commune's or a district's own word in lower case ("phường", "huyện"), not the end of a
    /// committee's ("Huyện ủy").
    func isPlaceWord(at index: Int) -> Bool {
        !tokens[index].isCapitalized && folds[index] != "uy"
    }

    /// Past the ")" of a short aside in brackets that opens at `index`.
    func closingBracket(after index: Int) -> Int? {
        guard index < clause.count, tokens[index].is("(") else { return nil }
        for end in (index + 1)..<min(clause.count, index + 24) where tokens[end].is(")") { return end + 1 }
        return nil
    }

    private static let notGivenName = WordClass.bits(.province, .orgWord, .award, .genericAward, .awardPrefix, .granterAlias,
                                                     .titleWord, .kind, .honorific, .notOrgWord)
}
