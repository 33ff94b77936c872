/// Flags named in quotes: "tặng Cờ: “Đơn vị xuất sắc trong phong trào thi đua”". No phrase
/// of the lexicon can hold the quotes' every spelling, so a clause marks such a flag's "Cờ"
/// as a generic award's start itself, and `Chunker.award(at:)` reads it as a Cờ thi đua.
/// So with "cờ" alone, as the Youth Union's and the Front's reports say it ("Trung ương Đoàn
/// tặng cờ cho 5 tập thể"): a lexicon phrase "Cờ" would fold like "có" (has).
extension Clause {
    /// Where "Cờ" at `index`, a colon or not, and a name in quotes that says "thi đua" end:
    /// "Cờ: “Đơn vị xuất sắc trong phong trào thi đua”", "cờ “Đơn vị dẫn đầu phong trào thi đua”".
    static func quotedFlagEnd(at index: Int, tokens: [Token], folds: [String], isQuote: (Int) -> Bool) -> Int? {
        guard index + 3 < tokens.count, folds[index] == "co", tokens[index].text.lowercased() == "cờ" else { return nil }
        var open = index + 1
        if tokens[open].is(":") { open += 1 }
        guard open + 2 < tokens.count, isQuote(open),
              let close = (open + 1..<min(tokens.count, open + 16)).first(where: isQuote), close > open + 2,
              (open + 1..<close - 1).contains(where: { folds[$0] == "thi" && folds[$0 + 1] == "dua" }) else { return nil }
        return close + 1
    }

    /// Where "cờ" alone at `index` ends, spelled so, right before whom it goes to or whose it is
    /// ("cho", "của"), "xuất sắc" between or not: "tặng cờ cho 5 tập thể", "nhận cờ xuất sắc của
    /// Trung ương Đoàn". Not a flag counted as a thing ("500 lá cờ cho ngư dân").
    /// `isBefore(i)`: whether "cho" or "của" is at `i` (class bits: asked first, as most words
    /// are before neither, and "có", has, folds like "cờ").
    static func bareFlagEnd(at index: Int, tokens: [Token], folds: [String], isBefore: (Int) -> Bool) -> Int? {
        let end: Int
        if index + 1 < tokens.count, isBefore(index + 1) {
            end = index + 1
        } else if index + 3 < tokens.count, isBefore(index + 3), folds[index + 1] == "xuat", folds[index + 2] == "sac" {
            end = index + 3
        } else {
            return nil
        }
        guard folds[index] == "co", tokens[index].text == "cờ" || tokens[index].text == "Cờ",
              index == 0 || !(tokens[index - 1].isNumber || folds[index - 1] == "la"),
              folds[end] == "cho" || folds[end] == "cua", !leadsAllTeams(after: end, folds: folds) else { return nil }
        return end
    }

    /// "trao Cờ cho 3 đơn vị dẫn đầu toàn đoàn": a sports meeting's flag for the teams that lead
    /// the medal table ("toàn đoàn", all events together), no Cờ thi đua.
    private static func leadsAllTeams(after end: Int, folds: [String]) -> Bool {
        (end + 1..<max(end + 1, min(folds.count - 1, end + 10))).contains { folds[$0] == "toan" && folds[$0 + 1] == "doan" }
    }

    /// What a flag named "cờ" alone stands right before: "cho", "của".
    static let flagFollowers = WordClass.bits(.to, .ofGiver)

    /// Where the flags named "cờ" alone start, by the class bits of "cho" and "của".
    static func bareFlagStarts(tokens: [Token], folds: [String], classBits: [UInt64]) -> [Int] {
        tokens.indices.filter {
            bareFlagEnd(at: $0, tokens: tokens, folds: folds, isBefore: { classBits[$0] & flagFollowers != 0 }) != nil
        }
    }

    /// Where the flags named in quotes start, by the quotes' class bits: a quote a token or
    /// two on is asked first, the word after.
    static func quotedFlagStarts(tokens: [Token], folds: [String], classBits: [UInt64]) -> [Int] {
        let quoteBit = WordClass.bits(.quote)
        func isQuote(_ index: Int) -> Bool { classBits[index] & quoteBit != 0 }
        return tokens.indices.dropLast(3).filter { index in
            (isQuote(index + 1) || tokens[index + 1].is(":") && isQuote(index + 2))
                && quotedFlagEnd(at: index, tokens: tokens, folds: folds, isQuote: isQuote) != nil
        }
    }
}
