import ThiDuaModel

/// What a clause says around its matches: on whose behalf and by whom the awards were
/// handed over, the year, and the records' stable identifiers.
extension RecordBuilder {
    /// "thừa ủy quyền của Chủ tịch nước, đồng chí Lê Văn Lương ... trao": the granter, and
    /// the person who presented on its behalf.
    func onBehalf(_ chunker: Chunker) -> (granter: GranterMention?, presenter: String?, decided: GranterMention?) {
        let decided = decisionGiver(chunker)
        for index in 0..<clause.count {
            guard let phrase = clause.longest(.onBehalf, at: index) else { continue }
            var next = index + phrase.length
            if next < clause.count, clause.folds[next] == "cua" { next += 1 }
            // "Thay mặt lãnh đạo Đảng, Nhà nước, Thủ tướng ... trao Huân chương ...": on behalf of
            // the State's leaders is on the State's.
            if let speaker = clause.longest(.speaksFor, at: next) { next += speaker.length }
            guard let granter = chunker.granter(at: next) else { continue }
            var presenter: String?
            for start in granter.tokens.upperBound..<min(clause.count, granter.tokens.upperBound + 8) {
                if let person = chunker.person(at: start) {
                    presenter = person.name
                    break
                }
            }
            return (granter, presenter, decided)
        }
        return (nil, nil, decided)
    }

    /// Whose decision the clause opens with: "Theo Quyết định số 2345/QĐ-CTN ngày 20/12/2024 của
    /// Chủ tịch nước, ..." (`by_decision`, then its number and date, then "của").
    private func decisionGiver(_ chunker: Chunker) -> GranterMention? {
        guard clause.present.contains(.byDecision) else { return nil }
        for index in 0..<min(clause.count, 3) {
            guard let phrase = clause.longest(.byDecision, at: index) else { continue }
            // (A clause that ends with the phrase names no giver: "Thực hiện quyết định")
            let from = index + phrase.length
            guard from < clause.count - 1 else { return nil }
            for of in from..<min(clause.count - 1, from + 12) {
                if clause.tokens[of].is(",") || clause.has(.give, at: of) { return nil }
                if clause.folds[of] == "cua" { return chunker.granter(at: of + 1) }
            }
            return nil
        }
        return nil
    }

    /// Who gives, when the clause names a person before the match: "Chủ tịch UBND tỉnh Lê Văn
    /// Lương trao ...". Two who hand over together are both named: "Phó Chủ tịch UBND tỉnh A và
    /// Phó Chủ tịch HĐND tỉnh B trao ..." gives A and B.
    func subjectPeople(before match: Extractor.Match, chunker: Chunker) -> [NamedMention] {
        guard match.captures.contains(where: { $0.name == "recipient" || $0.name == "recipients" || $0.name == "holder" }),
              let giveIndex = (match.range.lowerBound..<match.range.upperBound).first(where: { clause.has(.give, at: $0) })
        else { return [] }
        // A passive ("được khen thưởng") names no giver before it; nor one whose giver is the
        // agent ("15 nhà giáo được Bộ trưởng Nguyễn Kim Sơn tặng Bằng khen": the minister gives).
        if giveIndex > 0, clause.folds[giveIndex - 1] == "duoc" { return [] }
        if let agent = match.captures.first(where: { $0.name == "granter" })?.tokens, agent.upperBound <= giveIndex,
           clause.hasPhrase(.by, endingAt: agent.lowerBound) {
            return []
        }
        // Who signs a decision hands nothing over: "Chủ tịch nước Lương Cường đã ký quyết định
        // tặng thưởng ..." (the giver is the President, there is no presenter).
        if (max(0, giveIndex - 20)...giveIndex).contains(where: { clause.has(.decree, at: $0) }) {
            return []
        }
        var found: [NamedMention] = []
        var joinedAt: Int? // where a second presenter may start: after "và" or "," that follows one
        var index = 0
        // Not inside what receives: "Trường Đại học Y Hà Nội được Chủ tịch nước trao tặng ...".
        // An aside in brackets right after it is its too: "Có 1 cá nhân (ông Nguyễn Văn An) được ...".
        let received = match.captures.filter { $0.name == "recipient" || $0.name == "recipients" || $0.name == "holder" }.map { capture in
            let end = capture.tokens.upperBound
            guard end < clause.count, clause.tokens[end].is("("),
                  let close = (end + 1..<min(clause.count, end + 24)).first(where: { clause.tokens[$0].is(")") }) else { return capture.tokens }
            return capture.tokens.lowerBound..<close + 1
        }
        // Nor inside the giver's name past its first word: "Hiệu trưởng Trường THPT Nguyễn Du
        // tặng ...", "Công an huyện Lục Nam tặng ..." ("Chủ tịch UBND tỉnh Lê Văn Lương" starts
        // with the giver).
        let givers = match.captures.filter { $0.name == "granter" }.map { ($0.tokens.lowerBound + 1)..<$0.tokens.upperBound }
        while index < giveIndex {
            if let inside = (received + givers).first(where: { $0.contains(index) }) {
                index = inside.upperBound
                continue
            }
            // Nor inside another body's name: "Có 1 tập thể (Trường THPT chuyên Lê Quý Đôn) được ...".
            if clause.tokens[index].isCapitalized, clause.has(.orgWord, at: index), let body = chunker.named(at: index), body.isBody,
               !body.isBare, body.nameTokens.upperBound > index + 1 {
                index = body.nameTokens.upperBound
                continue
            }
            // Not who speaks of it: "Ông A, Giám đốc Sở Nội vụ cho biết, ... đã khen thưởng".
            if let person = chunker.person(at: index), person.tokens.upperBound <= giveIndex,
               !(person.tokens.upperBound..<giveIndex).contains(where: { clause.has(.report, at: $0) }) {
                // Nor who received in an earlier phrase: "trao Huy hiệu 55 năm tuổi Đảng cho đồng chí
                // Hoàng Văn Thái và tặng Giấy khen cho 3 chi bộ".
                if index > 0, clause.hasPhrase(.to, endingAt: index) {
                    index = person.tokens.upperBound
                    found = []
                    continue
                }
                found = index == joinedAt ? found + [person] : [person]
                index = person.tokens.upperBound
                joinedAt = index < giveIndex && (clause.folds[index] == "va" || clause.tokens[index].is(",")) ? index + 1 : nil
                // "Đồng chí A cùng (với) đồng chí B trao ...": together, both hand over.
                if index + 1 < giveIndex, clause.folds[index] == "cung", clause.tokens[index].text.lowercased() == "cùng" {
                    joinedAt = clause.folds[index + 1] == "voi" ? index + 2 : index + 1
                }
            } else {
                index += 1
            }
        }
        return found
    }

    /// Stable across runs: the document, the sentence's place, the record's place in it.
    /// FNV-1a of "doc|start|end|number|award,award" in 16 hex digits. The bytes are fed
    /// as they come instead of building that string (8000 instructions a record); the
    /// identifiers are the same as ever.
    /// `clause`: where the record's clause starts in the sentence (cut at ";"). Hashed only
    /// past the first clause, so that the records of a sentence's first clause keep the
    /// identifiers they always had, and two clauses' first records no longer share one.
    static func identifier(doc: String, sentence: Sentence, number: Int, record: AwardRecord, clause: Int = 0) -> String {
        var hash = FNV1a()
        hash.add(doc)
        for value in [sentence.start, sentence.end, number] + (clause > 0 ? [clause] : []) {
            hash.add(UInt8(ascii: "|"))
            hash.add(value)
        }
        hash.add(UInt8(ascii: "|"))
        for (index, award) in record.award.enumerated() {
            if index > 0 { hash.add(UInt8(ascii: ",")) }
            hash.add(award)
        }
        return hash.hex
    }

    /// A body listed among givers that ends right at `joint`, as a giver of no office.
    private static func listedBody(at start: Int, joint: Int, chunker: Chunker) -> GranterMention? {
        guard chunker.listedGiverEnd(at: start) == joint, let body = chunker.clause.rules.granters["to-chuc"] else { return nil }
        return GranterMention(slug: body.slug, level: body.level, name: chunker.clause.text(start..<joint), tokens: start..<joint)
    }

    /// Another giver joined to `found` by "," or "và": right after it; or right before it, as a
    /// subject (the match took the second), after "được", at the clause's start or after a comma (its
    /// opening year or words: "Năm 2023, Chủ tịch nước, Thủ tướng Chính phủ đã khen thưởng ..."). Not
    /// one a proposal or an office acted for names ("Theo đề nghị của Sở Nội vụ, Chủ tịch UBND
    /// tỉnh ...").
    static func jointGiver(with found: GranterMention, chunker: Chunker) -> GranterMention? {
        if let next = giverJoined(after: found, chunker: chunker) { return next }
        let clause = chunker.clause
        let joint = found.tokens.lowerBound - 1
        guard joint > 0, clause.tokens[joint].is(",") || clause.folds[joint] == "va" else { return nil }
        for start in max(0, joint - 8)..<joint {
            // A giver, or a body the rules know as none ("Quân khu 5, UBND và Bộ CHQS tỉnh").
            guard let other = chunker.granter(at: start) ?? listedBody(at: start, joint: joint, chunker: chunker),
                  other.tokens.upperBound == joint else { continue }
            guard other.slug != found.slug || other.name != found.name else { return nil }
            // After a comma: what opens the clause ("Năm 2023, ...", "Dịp này, Bộ Tư lệnh Quân khu 4
            // và Bộ CHQS tỉnh đã trao ...").
            let opens = start == 0 || clause.tokens[start - 1].text == "được" || clause.tokens[start - 1].is(",")
            return opens ? other : nil
        }
        return nil
    }

    /// The level givers named together share, if they do: those after `other` too, where it
    /// follows `found` ("được Nhà nước, Chính phủ, Bộ Quốc phòng tặng ...": none).
    static func sharedLevel(of found: GranterMention, and other: GranterMention, chunker: Chunker) -> String? {
        guard other.level == found.level else { return nil }
        var last = other
        for _ in 0..<8 where last.tokens.lowerBound > found.tokens.lowerBound {
            guard let next = giverJoined(after: last, chunker: chunker) else { break }
            guard next.level == found.level else { return nil }
            last = next
        }
        return found.level
    }

    /// Whether `found` is named after a proposal's "của" ("Theo đề nghị của Sở Nội vụ", "Xét đề
    /// nghị của Trưởng Ban Thi đua - Khen thưởng tỉnh": a position's words may come between),
    /// or as the source a clause opens with ("Theo Sở Nội vụ, ...").
    static func isProposerOrSource(_ found: GranterMention, in clause: Clause) -> Bool {
        let start = found.tokens.lowerBound
        if start >= 1, clause.folds[start - 1] == "theo", start == 1 || clause.tokens[start - 2].is(",") { return true }
        guard start >= 2, let of = (max(1, start - 4)..<start).last(where: { clause.folds[$0] == "cua" }),
              (of + 1..<start).allSatisfy({ clause.tokens[$0].isCapitalized }) else { return false }
        return clause.isOnProposal(endingAt: of)
    }

    /// Another giver right after `found`, joined by "," or "và".
    static func giverJoined(after found: GranterMention, chunker: Chunker) -> GranterMention? {
        let clause = chunker.clause
        let after = found.tokens.upperBound
        guard after + 1 < clause.count, clause.tokens[after].is(",") || clause.folds[after] == "va",
              let next = chunker.granter(at: after + 1), next.slug != found.slug || next.name != found.name else { return nil }
        return next
    }
}
