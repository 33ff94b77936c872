/// Words read in their context: a condition's word that is that word, a phrase that ends
/// at a token, a token inside a longer phrase or a proper name.
extension Clause {
    /// Whether a word of an `unless` condition ("sẽ", "trình") at `index` is that word: not
    /// inside a name ("Phan Châu Trinh"), not the start of one ("Cần Thơ"), not inside a
    /// longer phrase ("công trình").
    /// Nor where a noun of `not_verb` starts with it: the "trình" of "trình bày" (presents).
    func isConditionWord(at index: Int) -> Bool {
        !isInsideName(at: index) && !startsProperName(at: index) && !isInsidePhrase(at: index)
            && (longest(.notVerb, at: index)?.length ?? 0) < 2
    }

    /// Whether the token is inside a longer phrase of the lexicon that starts before it (of
    /// a class other than `classes`, each numbered below 64): the "trình" of "công trình" (a
    /// kind of honouree) is no proposal.
    /// A province's name holds no word in lower case: the "vinh" of "xã Hương Trà vinh dự" is
    /// no part of "Trà Vinh".
    func isInsidePhrase(at index: Int, unless classes: UInt64 = 0) -> Bool {
        (max(0, index - 4)..<index).contains { start in
            matches(at: start).contains { match in
                start + match.length > index && (match.wordClass.number >= 64 || classes & 1 << UInt64(match.wordClass.number) == 0)
                    && (match.wordClass != .province || tokens[index].isCapitalized)
            }
        }
    }

    /// Whether the token starts a proper name of several capitalized words, whatever its
    /// first word folds like: after a lower-case word ("thành phố Cần Thơ", "huyện Cần Giờ")
    /// or where a province's name begins ("Năm 2024, Cần Thơ có ..."). The "Cần" of "Cần
    /// Thơ" is no "cần" (what is yet to be done); a capitalized word at the start of a
    /// sentence ("Trình Thủ tướng ...") is still a word.
    func startsProperName(at index: Int) -> Bool {
        guard index + 1 < count, tokens[index].isCapitalized, tokens[index + 1].isCapitalized,
              !tokens[index + 1].isPunctuation else { return false }
        if index > 0, !tokens[index - 1].isCapitalized, !tokens[index - 1].isPunctuation {
            return true
        }
        return longest(.province, at: index) != nil
    }

    /// Whether the token is a capitalized word after another, part of a name whatever it
    /// folds like: the "Trinh" of "Trường THPT Phan Châu Trinh" is no "trình" (a proposal).
    func isInsideName(at index: Int) -> Bool {
        index > 0 && tokens[index].isCapitalized && tokens[index - 1].isCapitalized && !tokens[index - 1].isPunctuation
    }

    /// Whether a proposal ending just before `end` opens a conferral made on it: an
    /// `on_proposal` phrase ends there ("Theo đề nghị", ...) or one word later, at "của"
    /// ("Xét đề nghị của Giám đốc Sở Nội vụ, Chủ tịch UBND tỉnh tặng ...", where "Hội đồng
    /// xét đề nghị tặng ..." proposes).
    func isOnProposal(endingAt end: Int) -> Bool {
        hasPhrase(.onProposal, endingAt: end) || end < count && folds[end] == "cua" && hasPhrase(.onProposal, endingAt: end + 1)
    }

    /// Whether a phrase of class `wordClass` (of at most four tokens) ends just before `index`.
    /// Not written over `phraseStart`: in this hot test its closure context cost 0.1 % of a run.
    func hasPhrase(_ wordClass: WordClass, endingAt index: Int) -> Bool {
        (max(0, index - 4)..<min(index, count)).contains { start in
            matches(at: start).contains { $0.wordClass == wordClass && start + $0.length == index }
        }
    }

    /// Where the longest phrase of class `wordClass` (of at most four tokens) that ends just
    /// before `index` starts.
    func phraseStart(_ wordClass: WordClass, endingAt index: Int) -> Int? {
        (max(0, index - 4)..<min(index, count)).first { start in
            matches(at: start).contains { $0.wordClass == wordClass && start + $0.length == index }
        }
    }
}
