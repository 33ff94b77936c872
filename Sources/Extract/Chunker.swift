/// Builds the composite classes of a clause from its lexicon matches: counts, recipient
/// groups, award lists with their classes, granters, persons and bodies. The vocabulary
/// is all in the rules; what is here is the grammar of these phrases.
struct Chunker {
    let clause: Clause

    var folds: [String] { clause.folds }
    var tokens: [Token] { clause.tokens }

    // MARK: Counts

    /// "5", "04", "5.000", "1,5 nghìn", "hai mươi lăm", "hàng trăm", each after an optional
    /// qualifier ("hơn", "khoảng"). "150/160 đơn vị đạt danh hiệu ...": the part of a whole is
    /// the count. Not a count: "4,41%", "28/2", "10/10" (a day of a month).
    func count(at start: Int) -> (value: Int, qualifier: String, end: Int)? {
        // An ordinal: "lần thứ ba Bệnh viện ... được nhận" (the third time) counts nobody.
        if start > 0, clause.has(.ordinal, at: start - 1) { return nil }
        var index = start, qualifier = "exact"
        if let match = clause.longest(.qualifier, at: index) {
            qualifier = clause.value(match)
            index += match.length
        }
        if let match = clause.longest(.approximate, at: index), let value = Int(clause.value(match)) {
            return (value, qualifier == "exact" ? "about" : qualifier, index + match.length)
        }
        guard index < clause.count else { return nil }
        if tokens[index].isNumber {
            let text = tokens[index].text
            if text.utf8.contains(0x3A) { return nil }
            if text.utf8.contains(0x2F) { return Self.partOfWhole(text).map { ($0, qualifier, index + 1) } }
            // A year: "năm 2024 Công ty vinh dự được ..." ("năm" as a number word is no digits).
            if index > 0, folds[index - 1] == "nam" { return nil }
            // A school's class: "học sinh lớp 12 Trường THPT chuyên Hà Tĩnh" counts no schools.
            if index > 0, clause.present.contains(.schoolClass), clause.hasPhrase(.schoolClass, endingAt: index) { return nil }
            if index + 1 < clause.count, tokens[index + 1].is("%") { return nil }
            var end = index + 1
            var multiplier = 1
            if let match = clause.longest(.multiplier, at: end), let value = Int(clause.value(match)) {
                multiplier = value
                end += match.length
            }
            guard let value = Self.number(text, multiplier: multiplier) else { return nil }
            // "cho 01 (một) tập thể": the count said again in words, in brackets, as decisions write it.
            // (A mark first, a stored flag: most counts are followed by a word.)
            if multiplier == 1, end + 2 < clause.count, tokens[end].isPunctuation, tokens[end].is("("), let words = numberWords(at: end + 1),
               words.value == value, words.end < clause.count, tokens[words.end].is(")") {
                end = words.end + 1
            }
            return (value, qualifier, end)
        }
        return numberWords(at: index).map { ($0.value, qualifier, $0.end) }
    }

    /// "150/160": 150, where the whole is no month (a date, "28/2", "10/10") and holds the part.
    static func partOfWhole(_ text: Substring) -> Int? {
        let sides = text.split(separator: "/", omittingEmptySubsequences: false)
        guard sides.count == 2, let part = number(sides[0], multiplier: 1), let whole = number(sides[1], multiplier: 1),
              whole > 12, part <= whole else { return nil }
        return part
    }

    /// Digits with "." for thousands ("5.000"); a decimal comma only with a multiplier.
    /// Most counts are plain digits: the separators are looked for on the bytes, and a
    /// string search for "," went through Foundation at every count of every clause.
    static func number(_ text: Substring, multiplier: Int) -> Int? {
        if text.utf8.contains(0x2E) {
            let groups = text.split(separator: ".", omittingEmptySubsequences: false)
            guard groups.dropFirst().allSatisfy({ $0.count == 3 }), let value = Int(groups.joined()) else { return nil }
            return value * multiplier
        }
        if text.utf8.contains(0x2C) {
            guard multiplier > 1, let value = Double(text.replacingOccurrences(of: ",", with: ".")) else { return nil }
            return Int((value * Double(multiplier)).rounded())
        }
        return Int(text).map { $0 * multiplier }
    }

    /// "hai mươi lăm" (25), "mười hai" (12), "ba trăm" (300), "hai nghìn" (2000), "một trăm hai
    /// mươi" (120: the tens multiply the words since the hundreds, not the hundreds), "một
    /// trăm linh năm" (105), "ba mươi mốt" (31), "hai chục" (20), "chục" (10).
    func numberWords(at start: Int) -> (value: Int, end: Int)? {
        var total = 0, hundreds = 0, current = 0, index = start
        while index < clause.count {
            // A capitalized number word inside a clause is a name ("Việt Nam" folds like "năm").
            if tokens[index].isCapitalized, index > 0 { break }
            // "mươi" (tens) and "mười" (ten) share a fold key: the diacritics decide.
            if folds[index] == "muoi", tokens[index].text.lowercased() == "mươi", index > start {
                current = max(current, 1) * 10
                index += 1
                continue
            }
            if let match = clause.longest(.number, at: index), let value = Int(clause.value(match)) {
                current = value == 10 && current == 0 ? 10 : current + value
                index += match.length
            } else if clause.has(.tens, at: index) {
                current = max(current, 1) * 10
                index += 1
            } else if current == 0, hundreds + total > 0, clause.has(.zeroTens, at: index) {
                index += 1 // "một trăm linh năm" (105): no tens
            } else if let match = clause.longest(.multiplier, at: index), let value = Int(clause.value(match)),
                      index > start || value == 10 { // "chục" alone is a ten: "hơn chục cá nhân"
                if value >= 1000 {
                    total += max(hundreds + current, 1) * value
                    hundreds = 0
                } else {
                    hundreds += max(current, 1) * value
                }
                current = 0
                index += match.length
            } else {
                break
            }
        }
        return index > start ? (total + hundreds + current, index) : nil
    }
}
