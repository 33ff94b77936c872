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
            for of in index + phrase.length..<min(clause.count - 1, index + phrase.length + 12) {
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

    /// "năm 2023" in the clause; periods ("giai đoạn 2016-2020") give none.
    func year() -> (value: Int, index: Int)? {
        // "Năm 2023, UBND tỉnh tặng Bằng khen cho 20 tập thể có thành tích xuất sắc trong năm
        // 2022": a year that opens the clause says when it was given; a later one said of an
        // achievement (lexicon class review_word a few words before it) is the award's.
        var opening: (value: Int, index: Int)?
        var periodEnd = 0
        for index in 0..<clause.count where clause.folds[index] == "nam" && index + 1 < clause.count && index >= periodEnd {
            let next = clause.tokens[index + 1]
            guard next.isNumber, next.text.count == 4, let value = Int(next.text), (1945...2100).contains(value) else { continue }
            if index + 2 < clause.count, ["-", "–"].contains(String(clause.tokens[index + 2].text)) { continue }
            // "Trong năm 2023 và 6 tháng đầu năm 2024, ...", "năm 2023 đến năm 2024": two years
            // joined, a period (records.md: none).
            if let later = Self.joinedYear(after: index + 2, in: clause) {
                periodEnd = later + 2
                continue
            }
            // Periods give none (records.md): "giai đoạn", "từ năm 2015 đến năm 2024"; nor does a
            // founding ("được thành lập năm 1960"): lexicon class not_award_year.
            if clause.hasPhrase(.notAwardYear, endingAt: index) { continue }
            // "Huân chương Lao động (năm 2020), 2 tập thể được tặng Cờ thi đua": a year in brackets
            // is the award's before it (`AwardMention.year`), not the clause's.
            if index > 0, clause.tokens[index - 1].is("("), index + 2 < clause.count, clause.tokens[index + 2].is(")") { continue }
            // Nor a year planned (lexicon class plan_verb), said a few words before it.
            if clause.present.contains(.planVerb), let verb = (max(0, index - 6)..<index).last(where: { clause.has(.planVerb, at: $0) }),
               !(verb..<index).contains(where: { clause.tokens[$0].is(",") }) {
                continue
            }
            if opening != nil {
                if (max(0, index - 8)..<index).contains(where: { clause.has(.reviewWord, at: $0) }) { return (value, index) }
                continue
            }
            // Opens the clause: "Năm 2023, ...", "Trong năm 2023, ...".
            guard index <= 1, index + 2 < clause.count, clause.tokens[index + 2].is(",") else { return (value, index) }
            opening = (value, index)
        }
        return opening
    }

    /// Where "năm" of a second year stands that "và", "đến" or "tới" at `index` joins to the year
    /// before, no comma between.
    static func joinedYear(after index: Int, in clause: Clause) -> Int? {
        guard index + 2 < clause.count, ["va", "den", "toi"].contains(clause.folds[index]) else { return nil }
        for at in index + 1..<min(clause.count - 1, index + 8) {
            if clause.tokens[at].isPunctuation { return nil }
            if clause.folds[at] == "nam", clause.tokens[at + 1].isNumber, clause.tokens[at + 1].text.count == 4 { return at }
        }
        return nil
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
}
