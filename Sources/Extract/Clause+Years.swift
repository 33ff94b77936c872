/// The years a clause states for its awards.
extension Clause {
    /// "năm 2023" in the clause; periods ("giai đoạn 2016-2020") give none.
    func awardYear() -> (value: Int, index: Int)? {
        // "Năm 2023, UBND tỉnh tặng Bằng khen cho 20 tập thể có thành tích xuất sắc trong năm
        // 2022": a year that opens the clause says when it was given; a later one said of an
        // achievement (lexicon class review_word a few words before it) is the award's.
        var opening: (value: Int, index: Int)?
        var periodEnd = 0
        for index in 0..<count where folds[index] == "nam" && index + 1 < count && index >= periodEnd {
            guard isYear(at: index) else { continue }
            // "Trong năm 2023 và 6 tháng đầu năm 2024, ...", "năm 2023 đến năm 2024": two years
            // joined, a period (records.md: none).
            if let later = joinedYear(after: index + 2) {
                periodEnd = later + 2
                continue
            }
            guard let value = awardYear(at: index) else { continue }
            if opening != nil {
                if (max(0, index - 8)..<index).contains(where: { has(.reviewWord, at: $0) }) { return (value, index) }
                continue
            }
            // Opens the clause: "Năm 2023, ...", "Trong năm 2023, ...".
            guard index <= 1, index + 2 < count, tokens[index + 2].is(",") else { return (value, index) }
            opening = (value, index)
        }
        return opening
    }

    /// The year "năm 2023" at `index` states for an award, if any: not a period's start, nor a
    /// founding, a year in brackets or a year planned (the year of two joined, "năm 2023 và 6
    /// tháng đầu năm 2024", is `awardYear()`'s to tell).
    func awardYear(at index: Int) -> Int? {
        guard isYear(at: index), let value = Int(tokens[index + 1].text) else { return nil }
        // Periods give none (records.md): "giai đoạn", "từ năm 2015 đến năm 2024"; nor does a
        // founding ("được thành lập năm 1960"): lexicon class not_award_year.
        if hasPhrase(.notAwardYear, endingAt: index) { return nil }
        // "Huân chương Lao động (năm 2020), 2 tập thể được tặng Cờ thi đua": a year in brackets
        // is the award's before it (`AwardMention.year`), not the clause's.
        if index > 0, tokens[index - 1].is("("), index + 2 < count, tokens[index + 2].is(")") { return nil }
        // "(năm 2022, 2023)", "năm 2022 và 2023": years listed, no one year of the count's.
        if yearListed(after: index + 1, value) { return nil }
        // Nor a year planned (lexicon class plan_verb), said a few words before it.
        if present.contains(.planVerb), let verb = (max(0, index - 6)..<index).last(where: { has(.planVerb, at: $0) }),
           !(verb..<index).contains(where: { tokens[$0].is(",") }) {
            return nil
        }
        return value
    }

    /// Whether a later year follows the year at `index` after a comma, "và", "đến" or "tới"
    /// ("2022, 2023"): a year a few years on that ends the list or the clause, not a count
    /// ("Năm 2024, 2030 hội viên").
    func yearListed(after index: Int, _ value: Int) -> Bool {
        guard index + 2 < count, tokens[index + 1].is(",") || ["va", "den", "toi"].contains(folds[index + 1]) else { return false }
        let next = tokens[index + 2]
        guard next.isNumber, next.text.utf8.count == 4, let later = Int(next.text), (value + 1...value + 10).contains(later)
        else { return false }
        return index + 3 == count || tokens[index + 3].isPunctuation || folds[index + 3] == "va"
    }

    /// "năm" and four digits at `index`, no dash after them ("năm 2016-2020" is a period).
    private func isYear(at index: Int) -> Bool {
        guard folds[index] == "nam", index + 1 < count else { return false }
        let next = tokens[index + 1]
        guard next.isNumber, next.text.count == 4, let value = Int(next.text), (1945...2100).contains(value) else { return false }
        return !(index + 2 < count && ["-", "–"].contains(String(tokens[index + 2].text)))
    }

    /// Where "năm" of a second year stands that "và", "đến" or "tới" at `index` joins to the year
    /// before, no comma between.
    func joinedYear(after index: Int) -> Int? {
        guard index + 2 < count, ["va", "den", "toi"].contains(folds[index]) else { return nil }
        for at in index + 1..<min(count - 1, index + 8) {
            if tokens[at].isPunctuation { return nil }
            if folds[at] == "nam", tokens[at + 1].isNumber, tokens[at + 1].text.count == 4 { return at }
        }
        return nil
    }
}
