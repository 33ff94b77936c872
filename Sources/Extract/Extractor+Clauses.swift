/// Sentences cut into clauses, and how a clause stands to the ones before it.
extension Extractor {
    /// Verbs a statement of its own states (a part of a breakdown states none).
    static let statementVerbs = WordClass.bits(.give, .receive, .praise, .praised, .achieve, .reward)

    /// Whether a proposal stands before a "trong đó" of the clause (not "theo đề nghị của ...":
    /// a conferral made on a proposal).
    static func proposesBreakdown(_ clause: Clause) -> Bool {
        guard clause.present.contains(.proposal), clause.present.contains(.breakdown),
              let proposal = (0..<clause.count).first(where: { index in
                  guard clause.isConditionWord(at: index), let phrase = clause.longest(.proposal, at: index) else { return false }
                  return !clause.hasPhrase(.onProposal, endingAt: index + phrase.length)
              })
        else { return false }
        return (proposal..<clause.count).contains { clause.has(.breakdown, at: $0) }
    }

    /// Sentences are cut into clauses at ";": each states its own awards. Not before "hạng":
    /// "... hạng Nhì cho Sở Giáo dục và Đào tạo; hạng Ba cho Trường THPT Chu Văn An" names the
    /// order of the clause before again; nor between the people of a list after a colon: "Tặng
    /// Giấy khen cho: ông Trần Văn Bình, Trưởng phòng Tổ chức; bà Lê Thị Cúc, kế toán trưởng",
    /// "...: Phạm Văn Dũng, Giám đốc Sở Nội vụ; Hoàng Thị Em, ...".
    static func clauseRanges(_ whole: Clause) -> [Range<Int>] {
        let tokens = whole.tokens
        var ranges: [Range<Int>] = []
        var start = 0
        // Most sentences hold no ";": the colon is looked for only before one.
        for (index, token) in tokens.enumerated() where token.is(";") {
            if whole.has(.classWord, at: index + 1)
                || (whole.has(.honorific, at: index + 1) || whole.has(.surname, at: index + 1) && tokens[index + 1].isCapitalized)
                    && tokens[..<index].contains(where: { $0.is(":") }) {
                continue
            }
            if index > start { ranges.append(start..<index) }
            start = index + 1
        }
        if start < tokens.count { ranges.append(start..<tokens.count) }
        return ranges
    }
}
