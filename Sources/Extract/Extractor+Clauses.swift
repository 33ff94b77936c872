/// Sentences cut into clauses, and how a clause stands to the ones before it.
extension Extractor {
    /// Verbs a statement of its own states (a part of a breakdown states none).
    static let statementVerbs = WordClass.bits(.give, .receive, .praise, .praised, .achieve, .reward)

    /// Whether a proposal stands before a "trong đó" of the clause (not "theo đề nghị của ...":
    /// a conferral made on a proposal).
    static func proposesBreakdown(_ clause: Clause) -> Bool {
        guard clause.present.contains(.breakdown), let proposal = proposal(in: clause) else { return false }
        return (proposal..<clause.count).contains { clause.has(.breakdown, at: $0) }
    }

    /// Where the clause's first proposal stands (not "theo đề nghị của ...": a conferral made
    /// on a proposal).
    static func proposal(in clause: Clause, within range: Range<Int>? = nil) -> Int? {
        guard clause.present.contains(.proposal) else { return nil }
        return (range ?? 0..<clause.count).first { index in
            guard clause.isConditionWord(at: index), let phrase = clause.longest(.proposal, at: index) else { return false }
            return !clause.isOnProposal(endingAt: index + phrase.length) && !wasGranted(clause, after: index + phrase.length)
        }
    }

    /// How a clause that states nothing, for a proposal, stands to the clauses after it:
    /// a list of what is proposed opened by a colon ("Hội đồng thống nhất đề nghị: Chủ tịch
    /// nước tặng ...; Thủ tướng Chính phủ tặng ...") proposes them all; a conferral proposed
    /// ("UBND tỉnh đã trình Thủ tướng Chính phủ tặng Cờ thi đua cho 3 tập thể; Bằng khen cho
    /// 10 tập thể") proposes what goes on with no giver or verb of receiving of its own.
    enum ProposalReach {
        case none, conferral, list
    }

    static func proposalReach(of clause: Clause) -> ProposalReach {
        guard let proposal = proposal(in: clause) else { return .none }
        // The colon opens the proposal's own list: no count or breakdown ("đề nghị khen thưởng 20
        // tập thể, trong đó: ...", whose parts end where a clause states a conferral) before it.
        if let colon = (proposal..<clause.count).first(where: { clause.tokens[$0].is(":") }),
           !(proposal..<colon).contains(where: { clause.tokens[$0].isNumber || clause.has(.breakdown, at: $0) }) {
            return .list
        }
        // "thống nhất thông qua đề nghị Bằng khen của Chủ tịch UBND tỉnh cho 18 cá nhân; ...":
        // awards proposed with no verb, as a proposal's noun.
        return (proposal..<clause.count).contains {
            clause.has(.give, at: $0) || clause.has(.praise, at: $0) || clause.has(.award, at: $0) || clause.has(.genericAward, at: $0)
        } ? .conferral : .none
    }

    /// After a conferral proposed, a national giver that opens the clause with its verb right
    /// after it ("đề nghị Chủ tịch nước tặng Huân chương ...; Thủ tướng Chính phủ tặng Bằng
    /// khen cho ...") goes on with what is proposed: a province reports the conferrals of the
    /// Government as done ("đã tặng", "được tặng"), never in the bare words of its proposal.
    static func goesOnProposing(_ clause: Clause, granter: Range<Int>) -> Bool {
        guard granter.lowerBound == 0, granter.upperBound < clause.count, clause.has(.give, at: granter.upperBound),
              let giver = Chunker(clause: clause).granter(at: 0), giver.tokens == granter else { return false }
        return giver.level == "national"
    }

    /// Verbs by which a clause states a conferral of its own after a proposed one: a
    /// recipient's ("...; 20 tập thể được tặng Bằng khen").
    static let ownStatementVerbs = WordClass.bits(.receive, .praised, .achieve)

    /// Whether a statement of its own stands at `index` after a proposed one: a verb of
    /// receiving (not the "nhân" of "cá nhân", which folds like "nhận"), or a decision said as
    /// made ("trong đó đã có quyết định khen thưởng 98 trường hợp"; not "đề nghị ... quyết định
    /// khen thưởng", a decision asked for).
    static func statesOwn(_ clause: Clause, at index: Int) -> Bool {
        clause.hasAny(ownStatementVerbs, at: index) ? !clause.hasPhrase(.kind, endingAt: index + 1) : decidedOwn(clause, at: index)
    }

    /// "đã có quyết định", "có quyết định", "vừa quyết định": a decision said as made.
    static func decidedOwn(_ clause: Clause, at index: Int) -> Bool {
        guard clause.has(.decree, at: index) else { return false }
        let first = clause.folds[index]
        return first == "da" || first == "co" || first == "vua"
    }

    /// Sentences are cut into clauses at ";": each states its own awards. Not before "hạng":
    /// "... hạng Nhì cho Sở Giáo dục và Đào tạo; hạng Ba cho Trường THPT Chu Văn An" names the
    /// order of the clause before again; nor between the people of a list after a colon: "Tặng
    /// Giấy khen cho: ông Trần Văn Bình, Trưởng phòng Tổ chức; bà Lê Thị Cúc, kế toán trưởng",
    /// "...: Phạm Văn Dũng, Giám đốc Sở Nội vụ; Hoàng Thị Em, ...". Nor, after "cho", between
    /// names with no verb of their own: "cho ông Nguyễn Văn An, Giám đốc Sở Tài chính; bà Trần
    /// Thị Bình, Phó Giám đốc Sở Y tế".
    static func clauseRanges(_ whole: Clause) -> [Range<Int>] {
        let tokens = whole.tokens
        var ranges: [Range<Int>] = []
        var start = 0
        // Most sentences hold no ";": the colon is looked for only before one.
        for (index, token) in tokens.enumerated() where token.is(";") {
            // A person of a list after a colon; not an award's name ("Cờ", "Chiến" fold like surnames).
            if whole.has(.classWord, at: index + 1)
                || (whole.has(.honorific, at: index + 1) || whole.has(.surname, at: index + 1) && tokens[index + 1].isCapitalized)
                    && !whole.has(.award, at: index + 1) && !whole.has(.genericAward, at: index + 1)
                    && (tokens[..<index].contains(where: { $0.is(":") }) || continuesNamesAfterTo(from: start, at: index, in: whole))
                || isListedBody(after: index, in: whole)
                || whole.has(.orgWord, at: index + 1) && tokens[index + 1].isCapitalized
                    && continuesNamesAfterTo(from: start, at: index, in: whole) {
                continue
            }
            if index > start { ranges.append(start..<index) }
            start = index + 1
        }
        if start < tokens.count { ranges.append(start..<tokens.count) }
        return splittingProposedBreakdowns(ranges, in: whole)
    }

    /// "Có 98 tập thể, cá nhân được đề nghị khen thưởng cấp Nhà nước, trong đó 12 tập thể, cá
    /// nhân đã được tặng Huân chương Lao động": a part with a verb of its own after a proposed
    /// total is a clause of its own, cut at ", trong đó" (a proposal keeps every rule off the
    /// clause it stands in; the proposal's reach still drops the parts that state nothing).
    private static func splittingProposedBreakdowns(_ ranges: [Range<Int>], in whole: Clause) -> [Range<Int>] {
        guard whole.present.contains(.proposal), whole.present.contains(.breakdown) else { return ranges }
        return ranges.flatMap { range -> [Range<Int>] in
            guard let marker = range.dropFirst(2).first(where: { whole.tokens[$0 - 1].is(",") && whole.has(.breakdown, at: $0) }),
                  proposal(in: whole, within: range.lowerBound..<marker) != nil,
                  (marker..<range.upperBound).contains(where: { statesOwn(whole, at: $0) })
            else { return [range] }
            return [range.lowerBound..<marker - 1, marker..<range.upperBound]
        }
    }

    /// Where the parts of a total counted in the clause may start, after its breakdown's
    /// marker: "có 215 tập thể, cá nhân được khen thưởng, trong đó cấp Nhà nước 12, cấp tỉnh 98"
    /// (the clause's length where there is none).
    static func partsStart(in clause: Clause) -> Int {
        guard clause.present.contains(.breakdown), let marker = (0..<clause.count).first(where: { clause.has(.breakdown, at: $0) }),
              case let chunker = Chunker(clause: clause), (0..<marker).contains(where: { chunker.countedRecipients(at: $0) != nil })
        else { return praiseInBrackets(in: clause) ?? clause.count }
        return marker + 1
    }

    /// "khen thưởng 520 tập thể, cá nhân (khen thưởng theo công trạng 320, khen thưởng đột xuất
    /// 150, ...)": a bracket right after counted recipients that opens with a verb of praise
    /// holds the total's parts, by how they were earned. Where its parts start.
    static func praiseInBrackets(in clause: Clause) -> Int? {
        guard clause.present.contains(.praise),
              let open = (1..<max(1, clause.count - 1)).first(where: { clause.tokens[$0].is("(") && clause.has(.praise, at: $0 + 1) })
        else { return nil }
        let chunker = Chunker(clause: clause)
        return (max(0, open - 12)..<open).contains(where: { chunker.countedRecipients(at: $0)?.end == open }) ? open + 1 : nil
    }

    /// Where a breakdown opens in a clause whose parts go on in the clauses after it: "trong
    /// đó", or "gồm" after a comma, or a bracket after counted recipients, before medals counted
    /// ("98 tập thể, cá nhân (Huân chương Lao động 7; Bằng khen ... 61; ...)").
    /// The last of them: "Trong đó, cấp Nhà nước khen thưởng 98 tập thể, cá nhân (Huân chương
    /// Lao động 7; ...)" opens the 98's breakdown after the sentence's own "Trong đó".
    static func breakdownMarker(in clause: Clause) -> Int? {
        var marker: Int?
        if clause.present.contains(.breakdown) {
            marker = (0..<clause.count).last(where: { clause.has(.breakdown, at: $0) })
        }
        guard clause.present.contains(.countedAwards) else { return marker }
        let chunker = Chunker(clause: clause)
        for index in stride(from: clause.count - 2, through: max(1, (marker ?? 0) + 1), by: -1)
        where clause.tokens[index].is("(") || clause.tokens[index].is(",") {
            if clause.tokens[index].is(","), let found = chunker.comprisingMarker(after: index),
               chunker.countedAwards(at: found + 1) != nil {
                return found
            }
            if clause.tokens[index].is("("), chunker.countedAwards(at: index + 1) != nil,
               (0..<index).contains(where: { chunker.countedRecipients(at: $0)?.end == index }) {
                return index
            }
        }
        return marker
    }

    /// "Tặng Bằng khen ... cho: Sở Tài chính; Sở Y tế; Công an tỉnh": a body named after ";" in a
    /// list after a colon, with no verb of its own before the next ";".
    private static func isListedBody(after index: Int, in whole: Clause) -> Bool {
        guard index + 1 < whole.count, whole.tokens[index + 1].isCapitalized, whole.has(.orgWord, at: index + 1),
              whole.tokens[..<index].contains(where: { $0.is(":") }) else { return false }
        return verblessPart(after: index, in: whole) != nil
    }

    /// Whether the ";" at `index` goes on with the names after a "cho" of the clause that
    /// `start` opens: a short part with no verb of its own, and no count before it (names
    /// after a count add no records).
    private static func continuesNamesAfterTo(from start: Int, at index: Int, in whole: Clause) -> Bool {
        guard let to = (start..<index).last(where: { whole.has(.to, at: $0) }),
              !(to..<index).contains(where: { whole.tokens[$0].isNumber || whole.tokens[$0].is(":") }) else { return false }
        // A person is named with a title, often long ("ông Trần Văn Bình, Phó Giám đốc Sở Tài chính
        // và bà Lê Thị Cúc, Trưởng phòng ..., Sở Nội vụ"): a part that opens with an honorific may be longer.
        let longest = whole.has(.honorific, at: index + 1) ? 40 : 16
        return verblessPart(after: index, in: whole).map { $0.count < longest } ?? false
    }

    /// The tokens after the ";" at `index` up to the next one (or the end), where no verb of a
    /// statement stands in them.
    private static func verblessPart(after index: Int, in whole: Clause) -> Range<Int>? {
        let next = (index + 1..<whole.count).first { whole.tokens[$0].is(";") } ?? whole.count
        return (index + 1..<next).contains { whole.hasAny(statementVerbs, at: $0) } ? nil : index + 1..<next
    }

    /// Not from the names listed after a count: "trao Cờ thi đua của Chính phủ cho 5 tập thể:
    /// Tổng cục Thuế, ..., Cục Thuế tỉnh Bình Dương" is no statement about Bình Dương (each
    /// named recipient has its own province).
    static func firstProvince(in clause: Clause) -> String? {
        firstProvinceMention(in: clause).map { clause.value($0.match) }
    }

    /// The first province the clause names, and where.
    static func firstProvinceMention(in clause: Clause, before end: Int? = nil) -> (index: Int, match: LexicalMatch)? {
        for index in 0..<(end ?? clause.count) {
            if startsNamesListed(at: index, in: clause) { return nil }
            // Not where it was held: "Chiều 5/9, tại Hà Nội, Bộ Công an tổ chức lễ trao tặng ..."
            // (as for the document's province, `Extractor.province`).
            if let match = clause.province(at: index), !clause.isVenue(at: index) { return (index, match) }
        }
        return nil
    }

    /// Whether the names listed after a count ("cho 5 tập thể: ...", "gồm: ...") begin at `index`.
    /// Asked at every token of a clause: the test of the mark is kept inlined, the rest apart.
    @inline(__always)
    static func startsNamesListed(at index: Int, in clause: Clause) -> Bool {
        index > 0 && clause.tokens[index].is(":") && namesFollow(colon: index, in: clause)
    }

    private static func namesFollow(colon index: Int, in clause: Clause) -> Bool {
        clause.hasPhrase(.kind, endingAt: index) || clause.hasPhrase(.listIntro, endingAt: index)
            // "cho 5 tỉnh dẫn đầu các cụm thi đua: Bắc Ninh, ...": a count a few words before.
            || (max(0, index - 8)..<index).contains {
                clause.tokens[$0].isNumber && (clause.has(.kind, at: $0 + 1) || clause.has(.placeKind, at: $0 + 1))
            }
    }

    /// "Và công nhận danh hiệu Chiến sĩ thi đua cấp tỉnh cho 37 cá nhân.", "Đồng thời, tặng
    /// Bằng khen cho ...": a sentence that opens with "và" or an `also` word, then a verb of
    /// giving, goes on with the giver of the sentence before.
    static func goesOnFromSentenceBefore(_ clause: Clause) -> Bool {
        guard clause.count > 2 else { return false }
        var index: Int
        if clause.folds[0] == "va" {
            index = 1
        } else if let also = clause.longest(.also, at: 0) {
            index = also.length
        } else {
            return false
        }
        if index < clause.count, clause.tokens[index].is(",") { index += 1 }
        if index < clause.count, let adverb = clause.longest(.subjectAdverb, at: index) { index += adverb.length }
        return clause.hasAny(goingOnVerbs, at: index)
    }

    private static let goingOnVerbs = WordClass.bits(.give, .praise, .reward)
}
