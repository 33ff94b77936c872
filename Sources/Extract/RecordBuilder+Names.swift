/// Names listed after a named recipient or a colon: each is a record of its own.
extension RecordBuilder {
    /// The names after a named recipient, each after "," or "và": "cho ông Nguyễn Văn Dũng,
    /// nguyên Giám đốc Sở Y tế và bà Trần Thị Hoa, Phó Giám đốc Sở Tài chính", "cho các đồng
    /// chí: A, B, C". Up to the end of the clause part or a verb. The subjects of a verb
    /// (`subject`): "Sở Tài chính, Sở Y tế và Công an tỉnh được UBND tỉnh tặng ..." (the last
    /// name ends at the verb).
    func namedList(after end: Int, chunker: Chunker, subject: Bool = false) -> [NamedMention] {
        var names: [NamedMention] = []
        var index = end
        while index < clause.count, index - end < 60 {
            let token = clause.tokens[index]
            // ";" between people after a colon: "cho: ông A, Trưởng phòng; bà B, kế toán trưởng".
            if token.is(",") || clause.folds[index] == "va" || token.is(";"),
               let next = listedName(at: index + 1, chunker: chunker, endsAtVerb: subject) {
                names.append(next)
                index = next.tokens.upperBound
                continue
            }
            if token.is(".") || token.is(":") || chunker.stops(at: index) { break }
            index += 1
        }
        return names
    }

    /// "Các đồng chí Nguyễn Văn Hùng, Trần Văn Bảo và Lê Thị Cúc được tặng ...", "cho các ông A
    /// và B": people named right after their kind, a form of address (records.md: names
    /// without a count give one record each).
    func namesAfterTheirKind(_ match: Extractor.Match, chunker: Chunker) -> [NamedMention]? {
        guard let recipients = match.captures.tokens(of: "recipients"),
              (recipients.lowerBound..<recipients.upperBound).contains(where: { clause.has(.honorific, at: $0) }),
              chunker.startsName(at: recipients.upperBound) else { return nil }
        let subject = recipients.upperBound < (match.captures.tokens(of: "awards")?.lowerBound ?? 0)
        guard let first = listedName(at: recipients.upperBound, chunker: chunker, endsAtVerb: subject) else { return nil }
        return [first] + namedList(after: first.tokens.upperBound, chunker: chunker, subject: subject)
    }

    /// Where ":" stands at `index`, or after a word that introduces a list there ("gồm:").
    func listColon(after index: Int) -> Int? {
        guard index < clause.count else { return nil }
        if clause.tokens[index].is(":") { return index }
        guard let intro = clause.longest(.listIntro, at: index) else { return nil }
        return index + intro.length
    }

    /// A name in a list: one that ends it or is followed by the next separator ("..., UBND
    /// tỉnh cũng tặng ..." begins a statement of its own).
    func listedName(at start: Int, chunker: Chunker, endsAtVerb: Bool = false) -> NamedMention? {
        let index = start < clause.count && clause.folds[start] == "va" ? start + 1 : start // ", và"
        guard let name = chunker.named(at: index) else { return nil }
        func endsHere(_ after: Int) -> Bool {
            after >= clause.count || clause.tokens[after].is(",") || clause.tokens[after].is(".") || clause.tokens[after].is(")")
                || clause.tokens[after].is(";") || clause.folds[after] == "va" || endsAtVerb && chunker.stops(at: after)
                || chunker.countAlong(at: after) != nil // "cho Phòng A, Đội B cùng 8 cá nhân"
                // "Phòng A và Phòng B lần lượt được tặng ...": the subjects, paired in order.
                || endsAtVerb && !clause.tokens[after].isCapitalized && clause.has(.respectively, at: after)
                // "cho xã Đồng Tâm và xã Tam Tiến - 2 đơn vị dẫn đầu ...", a caption's "- Ảnh".
                || clause.tokens[after].isDash && chunker.stops(at: after)
                // What is said of the last: "cho ông A và bà B vì có thành tích xuất sắc", "... đã
                // dũng cảm cứu người" (lexicon classes aside, list_name_end).
                || !clause.tokens[after].isCapitalized && (clause.has(.aside, at: after) || clause.has(.listNameEnd, at: after))
        }
        // A title after the name may run past what the mention took ("bà Trần Thị Hoa, Phó
        // Giám đốc Sở Tài chính"): the name itself must end at a separator.
        return endsHere(name.tokens.upperBound) || endsHere(name.nameTokens.upperBound) ? name : nil
    }

    /// The names listed before `name`, each ending at a comma ("Sở Y tế, Sở Tài chính và 5 cá
    /// nhân được tặng ..."), first to last; from the clause's start only (a subject's list).
    func namesListed(before name: NamedMention, chunker: Chunker) -> [NamedMention] {
        var found: [NamedMention] = []
        var end = name.tokens.lowerBound - 1
        while end >= 1, clause.tokens[end].is(",") {
            guard let previous = (max(0, end - 20)..<end).lazy.compactMap({ begin in
                chunker.named(at: begin).flatMap { $0.tokens.upperBound == end ? $0 : nil }
            }).first else { return [] }
            found.insert(previous, at: 0)
            end = previous.tokens.lowerBound - 1
        }
        return end < 0 ? found : []
    }

    /// The name that ends right before "và" at `start - 1` ("Tập thể Phòng Cảnh sát hình sự và
    /// 3 cá nhân"), the longest one.
    func nameJoined(before start: Int, chunker: Chunker) -> NamedMention? {
        guard start >= 2, clause.folds[start - 1] == "va" else { return nil }
        for begin in max(0, start - 21)..<(start - 1) {
            // Not a giver's name after "của" ("2 tập thể nhận Bằng khen của Ban Thường vụ Tỉnh
            // ủy và 12 tập thể nhận Giấy khen ...": the body gives the first award).
            if let name = chunker.named(at: begin), name.tokens.upperBound == start - 1 {
                return begin > 0 && clause.has(.ofGiver, at: begin - 1) ? nil : name
            }
        }
        return nil
    }
}
