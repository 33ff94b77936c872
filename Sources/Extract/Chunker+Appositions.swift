/// What may stand between commas after a person's name before their position or their verb:
/// an age, their people, a second former position, what they do ("Ông Phạm Văn Tư, 68 tuổi,
/// Bí thư Chi bộ thôn 3, được ..."). Each out of `person(at:)`, which runs at most tokens.
extension Chunker {
    /// Where an age said between commas after a name ends (", 68 tuổi,"), before a capitalized
    /// position.
    @inline(never)
    func ageEnd(after comma: Int) -> Int? {
        let at = comma + 1
        guard tokens[comma].is(","), folds[at + 1] == "tuoi", tokens[at + 2].is(","), tokens[at + 3].isCapitalized else { return nil }
        return at + 3
    }

    /// Where ", dân tộc Tày," or ", người dân tộc Ê Đê," after a name ends: one to three
    /// capitalized words of the people's name, then a comma.
    @inline(never)
    func ethnicityEnd(after comma: Int) -> Int? {
        guard tokens[comma].is(","), let word = clause.longest(.ethnicity, at: comma + 1) else { return nil }
        let nameStart = comma + 1 + word.length
        var index = nameStart
        while index < min(clause.count, nameStart + 3), tokens[index].isCapitalized, !tokens[index].isPunctuation { index += 1 }
        guard index > nameStart, index + 1 < clause.count, tokens[index].is(",") else { return nil }
        return index + 1
    }

    /// ", nguyên Phó Chủ tịch ...": a second former position after a comma ("nguyên Phó Bí thư Tỉnh
    /// ủy, nguyên Phó Chủ tịch Thường trực UBND tỉnh"), where its title words begin.
    @inline(never)
    func formerTitle(afterComma comma: Int) -> Int? {
        guard comma + 2 < clause.count, !tokens[comma + 1].isCapitalized, let former = clause.longest(.former, at: comma + 1),
              comma + 1 + former.length < clause.count, longestTitle(at: comma + 1 + former.length) != nil else { return nil }
        return comma + 1 + former.length
    }

    /// Where an apposition after a name ends: ", tài xế xe buýt, (đã) được ...", ", thôn Đông Xá,
    /// xã Đông Phong được ...". Parts between commas, each beginning in lower case, of no number
    /// ("35 tuổi" is no title, "cùng 5 cá nhân khác" counts), no verb or other mark among them,
    /// then a verb of receiving ("được", "vinh dự"), a comma before it or not.
    func apposition(after nameEnd: Int) -> Int? {
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
    func receives(at index: Int) -> Bool {
        var verb = index
        if verb < clause.count, let adverb = clause.longest(.subjectAdverb, at: verb) { verb += adverb.length }
        return verb < clause.count && (clause.has(.receive, at: verb) || clause.has(.by, at: verb) || clause.has(.nameEnd, at: verb))
    }
}
