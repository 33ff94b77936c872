/// Metadata lines: where an article's date, outlet and author are said (a source line, a
/// credit, the outlet's name opening the lead, a bare name closing the article).
extension Cleaner {
    /// The longest metadata line: "Nguồn: <author>, <outlet>" with a long outlet name.
    static let metadataMaxWords = 24
    /// The longest outlet's name after "Theo" with no colon ("Theo Báo Lạng Sơn").
    static let outletMaxWords = 8

    /// "baotintuc.vn", "Vinhlong.gov.vn": a host name under one of the rules' domains.
    func isDomain(_ text: String) -> Bool {
        guard text.hasByte(0x2E), !text.hasByte(0x20) else { return false }
        let labels = text.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, let last = labels.last, rules.domains.contains(last.lowercased()) else { return false }
        return labels.allSatisfy { label in
            !label.isEmpty && label.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || $0.properties.numericType != nil || $0 == "-") }
        }
    }

    /// "Nguồn: Trần Tuấn Ngọc, Báo Lào Cai điện tử" as (author, outlet).
    func sourceLine(_ line: String, folded: String) -> (String?, String?)? {
        // "(Theo TTXVN)", "(Nguồn: Báo Lạng Sơn)": the same line in brackets.
        if line.utf8.first == 0x28, line.utf8.last == 0x29, line.utf8.count > 2 {
            let inner = String(line.dropFirst().dropLast()).trimmingSpaces()
            guard !inner.hasByte(0x28) else { return nil }
            return sourceLine(inner, folded: fold.fold(inner))
        }
        // "Theo Báo Lạng Sơn": the prefix with no colon, an outlet's name alone after it,
        // capitalized and short ("Theo báo cáo của Sở Nội vụ, ..." is a sentence).
        if let prefix = creditPrefixes.first(where: { folded.utf8.starts(with: $0.utf8) }) {
            let rest = String(line.unicodeScalars.dropFirst(prefix.unicodeScalars.count)).trimmingSpaces()
            guard rest.first?.isUppercase == true, Self.wordCount(rest) <= Self.outletMaxWords, !rest.hasByte(0x2C) else { return nil }
            return isOutlet(rest) ? (nil, rest) : nil
        }
        // "Thu Hà (TTXVN)": an author's name, the outlet in brackets.
        if line.utf8.last == 0x29, let open = line.lastIndex(of: "("), open > line.startIndex,
           case let name = line[..<open].trimmingSpaces(), isAuthorName(name),
           case let outlet = String(line[line.index(after: open)..<line.index(before: line.endIndex)]), isOutlet(outlet) {
            return (name, outlet)
        }
        // Every prefix ends with its colon: most paragraphs have none within the longest prefix's
        // bytes, and are not compared with each prefix (eight: 0.4 % of a run's instructions).
        guard folded.utf8.prefix(rules.sourcePrefixBytes).contains(0x3A),
              let prefix = rules.sourcePrefixes.first(where: { folded.utf8.starts(with: $0.utf8) }) else { return nil }
        let rest = line.unicodeScalars.dropFirst(prefix.unicodeScalars.count)
        let parts = String(rest).split(separator: ",").map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
        guard let last = parts.last else { return nil }
        if isOutlet(last) {
            let author = parts.dropLast().joined(separator: ", ")
            return (author.isEmpty ? nil : author, last)
        }
        return (parts.joined(separator: ", "), nil)
    }

    /// "Báo Nghệ An | 15/08/2025 09:12", "baonghean.vn | 15/08/2025": an outlet's name, a bar,
    /// a date line; its date, and the outlet as the byline.
    func outletDateLine(_ line: String) -> (published: String, author: String?)? {
        guard line.hasByte(0x7C), let bar = line.firstIndex(of: "|") else { return nil }
        let name = line[..<bar].trimmingSpaces()
        guard !name.isEmpty, isOutlet(name), let published = DateLine.parse(String(line[line.index(after: bar)...])) else { return nil }
        return (published, name)
    }

    func isOutlet(_ text: String) -> Bool {
        let folded = fold.fold(text)
        return isDomain(text) || rules.outletWords.contains { folded.hasPrefix($0 + " ") || folded == $0 }
    }

    /// "(PLVN) - Chiều 28/2, ...", "(BDO) Chiều 6/1, ...": the outlet named at the start of the
    /// lead; in capitals, the brackets may be left out ("YBĐT - Ngày 13/1, ...", "VOV.VN - Sáng
    /// 5/1, ...").
    func leadOutlet(_ line: String) -> String? {
        guard line.utf8.first == 0x28 else { return Self.initialsOutlet(line) }
        guard let close = line.firstIndex(of: ")") else { return nil }
        let name = line[line.index(after: line.startIndex)..<close]
        let after = line[line.index(after: close)...].drop { $0 == " " }
        guard (2...40).contains(name.count), let mark = after.first else { return nil }
        if "-–—:".contains(mark) { return String(name) }
        // "(BDO) Chiều 6/1, ...": initials in capitals need no mark before the capitalized word.
        guard name.count <= 12, name.unicodeScalars.allSatisfy({ $0.properties.isUppercase || $0 == "." }), mark.isUppercase
        else { return nil }
        return String(name)
    }

    /// "YBĐT - Ngày 13/1, ...": initials in capitals, a dash, then a word that is no initials
    /// ("HĐND - UBND tỉnh tổ chức ..." joins bodies).
    static func initialsOutlet(_ line: String) -> String? {
        // Most leads open with a word in lower case after its capital ("Chiều", "Ngày").
        if let second = line.utf8.dropFirst().first, (0x61...0x7A).contains(second) { return nil }
        let scalars = line.unicodeScalars
        guard let space = scalars.prefix(13).firstIndex(of: " ") else { return nil }
        let name = scalars[..<space]
        guard name.count >= 2, name.allSatisfy({ $0.properties.isUppercase || ("0"..."9").contains($0) || $0 == "." }),
              name.contains(where: { $0.properties.isAlphabetic }) else { return nil }
        let after = scalars[scalars.index(after: space)...]
        guard let mark = after.first, "-–—".unicodeScalars.contains(mark) else { return nil }
        let next = after.dropFirst().drop { $0 == " " }.prefix { $0 != " " }
        guard !next.isEmpty, !next.allSatisfy({ $0.properties.isUppercase || !$0.properties.isAlphabetic }) else { return nil }
        return String(name)
    }

    /// What closes an article as its byline: a name ("Ngọc Hân"), a reporter's initials ("P.V",
    /// "NT", "L.K"), two names or a name and its unit joined by a dash ("Vũ Long - Bá Trung",
    /// "Phùng Vị – HND tỉnh"), a credit of the rules' (`credit_words`: "Nhóm phóng viên").
    func isClosingCredit(_ line: String) -> Bool {
        guard line.utf8.count <= 60 else { return isAuthorName(line) }
        if isAuthorName(line) || Self.isInitialsCredit(line) { return true }
        if !rules.creditWords.isEmpty, rules.creditWords.contains(fold.fold(line)) { return true }
        // "Hoàng Vũ (TAND tỉnh)": the author and, in brackets, the body the piece came from.
        if line.utf8.last == 0x29, let open = line.range(of: " ("),
           case let source = line[open.upperBound...].dropLast(), (1...6).contains(Self.wordCount(String(source))),
           source.first?.isUppercase == true, !source.contains(where: \.isNumber) {
            return isAuthorName(String(line[..<open.lowerBound]))
        }
        // One dash between spaces, found on the scalars (Foundation's `components(separatedBy:)`
        // three times over cost 0.4 % of a run's instructions: most articles end in a short line).
        let scalars = Array(line.unicodeScalars)
        let dashes = scalars.indices.filter { at in
            at > 0 && at + 1 < scalars.count && "-–—".unicodeScalars.contains(scalars[at]) && scalars[at - 1] == " " && scalars[at + 1] == " "
        }
        guard dashes.count == 1, let dash = dashes.first else { return false }
        let left = String(String.UnicodeScalarView(scalars[..<(dash - 1)])).trimmingSpaces()
        let right = String(String.UnicodeScalarView(scalars[(dash + 2)...])).trimmingSpaces()
        guard isAuthorName(left) || Self.isInitialsCredit(left) else { return false }
        return isAuthorName(right) || Self.isInitialsCredit(right)
            || (1...5).contains(Self.wordCount(right)) && right.first?.isUppercase == true && !right.contains(where: \.isNumber)
                && !right.hasByte(0x2E)
    }

    /// "P.V", "PV", "NT", "N.T.H": two to four capitals, each perhaps with a point after it.
    static func isInitialsCredit(_ line: String) -> Bool {
        // Bytes first: a paragraph's scalars are counted one by one (a long last paragraph cost
        // more than the rest of this check for every article).
        guard (2...16).contains(line.utf8.count) else { return false }
        let scalars = line.unicodeScalars
        var letters = 0, previousIsLetter = false
        for scalar in scalars {
            if scalar.properties.isUppercase {
                letters += 1
                previousIsLetter = true
            } else if scalar == ".", previousIsLetter {
                previousIsLetter = false
            } else {
                return false
            }
        }
        return (2...4).contains(letters)
    }

    func isAuthorName(_ line: String) -> Bool {
        // Counted on bytes first: the last paragraph is most often a long one.
        guard rules.authorWords.contains(Self.wordCount(line)) else { return false }
        let words = line.split(separator: " ")
        return words.allSatisfy { word in
            guard let first = word.unicodeScalars.first, first.properties.isUppercase else { return false }
            return word.unicodeScalars.allSatisfy { $0.properties.isAlphabetic }
        }
    }
}
