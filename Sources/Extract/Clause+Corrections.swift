/// Corrections to what the lexicon read in a clause, before the chunker reads it: verbs
/// inside a body's name, and a headline's casing.
extension Clause {
    /// Verbs inside a longer `not_verb` phrase are none: the "Khen thưởng" of "Ban Thi đua -
    /// Khen thưởng Sở Nội vụ" (a body's name) praises nobody.
    static func withoutVerbsInsideNames(_ lexical: [LexicalMatch], starts: [Int]) -> ([LexicalMatch], [Int]) {
        var inside = [Bool](repeating: false, count: starts.count - 1)
        for index in inside.indices {
            for match in lexical[starts[index]..<starts[index + 1]] where match.wordClass == .notVerb {
                for covered in (index + 1)..<min(inside.count, index + match.length) { inside[covered] = true }
            }
        }
        var kept: [LexicalMatch] = [], keptStarts: [Int] = []
        for index in inside.indices {
            keptStarts.append(kept.count)
            for match in lexical[starts[index]..<starts[index + 1]]
            where !(inside[index] && match.wordClass.number < 64 && verbClasses & 1 << UInt64(match.wordClass.number) != 0) {
                kept.append(match)
            }
        }
        keptStarts.append(kept.count)
        return (kept, keptStarts)
    }

    private static let verbClasses = WordClass.bits(.give, .praise, .praised, .receive, .achieve)

    /// A headline in capitals ("CÔNG AN TỈNH ĐÓN NHẬN HUÂN CHƯƠNG BẢO VỆ TỔ QUỐC") or with
    /// every word capitalized ("Trường THPT Chuyên Lam Sơn Đón Nhận Huân Chương ..."): the
    /// name readers would take it all for one name. Running text has words in lower case.
    static func isHeadlineCased(_ tokens: [Token]) -> Bool {
        var words = 0
        for token in tokens where !token.isPunctuation && !token.isNumber {
            guard token.isCapitalized else { return false }
            words += 1
        }
        return words >= 3
    }

    /// The words of such a headline that are no name's, as if in lower case: verbs,
    /// counts and the words around them end a name there as they do in running text.
    static func lowered(_ tokens: [Token], lexical: [LexicalMatch], starts: [Int]) -> [Token] {
        var tokens = tokens
        for index in tokens.indices {
            for match in lexical[starts[index]..<starts[index + 1]]
            where match.wordClass.number < 64 && Self.lowerCaseClasses & 1 << UInt64(match.wordClass.number) != 0 {
                for at in index..<min(tokens.count, index + match.length) {
                    let token = tokens[at]
                    tokens[at] = Token(text: token.text, fold: token.fold, range: token.range, isCapitalized: false,
                                       isNumber: token.isNumber, isPunctuation: token.isPunctuation)
                }
            }
        }
        return tokens
    }

    /// Classes of words running text does not capitalize (those numbered below 64; the
    /// others are rare in headlines).
    private static let lowerCaseClasses = WordClass.bits(
        .give, .receive, .praise, .praised, .proposal, .nameEnd, .achieve, .organize, .report, .speech, .by, .to,
        .also, .determiner, .qualifier, .number, .tens, .multiplier, .approximate, .measure, .classWord,
        .allClasses, .breakdown, .onBehalf, .occasion, .venue)
}
