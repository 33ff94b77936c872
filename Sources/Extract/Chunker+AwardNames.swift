/// The names an award carries after its own: the cause a medal is named for, a medal's
/// name in quotes.
extension Chunker {
    /// Past the cause a medal is named for: Kỷ niệm chương “Vì sự nghiệp giáo dục”, up to
    /// "cho" (or "tới", `to`), a punctuation mark, a verb or whose it is ("của": the giver's name follows) (a
    /// capitalized `dedication` word starts it; "vì" in lower case is "because"); and past an
    /// award's field (`award_field`, in lower case): "Giải thưởng Nhà nước về văn học nghệ thuật".
    func dedicationEnd(from start: Int) -> Int {
        var index = start
        let quoted = clause.has(.quote, at: index)
        if quoted { index += 1 }
        guard index < clause.count else { return start }
        if !quoted, !tokens[index].isCapitalized, let field = clause.longest(.awardField, at: index) {
            index += field.length
        } else {
            guard tokens[index].isCapitalized, let word = clause.longest(.dedication, at: index) else { return start }
            index += word.length
        }
        // In quotes, to the closing one, over a comma: “Vì sự nghiệp Văn hóa, Thể thao và Du lịch”.
        if quoted, let closing = (index..<min(clause.count, index + 16)).first(where: { clause.has(.quote, at: $0) }),
           !(index..<closing).contains(where: { tokens[$0].is(".") || tokens[$0].is(";") }) {
            return closing + 1
        }
        // "của" in lower case before it is the cause's own: Kỷ niệm chương Vì sự phát triển của
        // phụ nữ Việt Nam (a giver's name is capitalized: "... của Bộ Y tế").
        while index < clause.count, index - start < 12 {
            // "Vì sự nghiệp thi đua, khen thưởng": a field's words joined by a comma (`name_phrase`).
            if tokens[index].is(","), let phrase = (max(start, index - 2)..<index).lazy.compactMap({ at in
                self.clause.longest(.namePhrase, at: at).map { at + $0.length }
            }).first(where: { $0 > index + 1 }) {
                index = phrase
                continue
            }
            guard !tokens[index].isPunctuation, !clause.has(.to, at: index), !stops(at: index),
                  !clause.has(.ofGiver, at: index) || folds[index] == "cua" && index + 1 < clause.count && !tokens[index + 1].isCapitalized
            else { break }
            index += 1
        }
        if quoted, clause.has(.quote, at: index) { index += 1 }
        return index
    }

    /// Huy chương “Chiến sĩ vẻ vang” hạng Nhất, Huy chương "Quân kỳ quyết thắng": a name in
    /// quotes right after an award's (capitalized, closed within a few words, no mark of a
    /// clause's end inside) is that award's own, before its class. Where it ends, if so.
    func quotedNameEnd(at index: Int) -> Int? {
        guard index + 2 < clause.count, clause.has(.quote, at: index), tokens[index + 1].isCapitalized,
              let closing = (index + 2..<min(clause.count, index + 10)).first(where: { clause.has(.quote, at: $0) }),
              !(index + 1..<closing).contains(where: { tokens[$0].is(".") || tokens[$0].is(";") || tokens[$0].is(":") })
        else { return nil }
        return closing + 1
    }
}
