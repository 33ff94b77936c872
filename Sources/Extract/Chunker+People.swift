/// People named in a clause: all of them in order, and one called by the given name alone.
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

    private static let notGivenName = WordClass.bits(.province, .orgWord, .award, .genericAward, .awardPrefix, .granterAlias,
                                                     .titleWord, .kind, .honorific, .notOrgWord)
}
