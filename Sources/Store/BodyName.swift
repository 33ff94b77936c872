import Foundation

/// A body's name as a sequence of words, compared with another's up to abbreviation: "Hội
/// LHPN tỉnh An Giang" is "Hội Liên hiệp Phụ nữ tỉnh An Giang", "Sở GD&ĐT" is "Sở Giáo dục
/// và Đào tạo". Every other word must be the same, so "Trường THCS Lê Lợi" is not "Trường
/// THCS Lý Lai" (their initials are).
///
/// Brackets are left out ("Bộ Chỉ huy Bộ đội Biên phòng (BĐBP) tỉnh"), and so is the
/// record's province at the end: "Bộ Chỉ huy BĐBP tỉnh" in a Kiên Giang article is "Bộ Chỉ
/// huy Bộ đội Biên phòng tỉnh Kiên Giang".
struct BodyName {
    let words: [Substring]

    init(_ name: String, province: String? = nil) {
        var words = name.split(whereSeparator: { $0 == " " || $0 == "," })
            .filter { !($0.hasPrefix("(") && $0.hasSuffix(")")) }
        if let province {
            let place = province.split(separator: " ")
            if words.count > place.count, words.suffix(place.count).elementsEqual(place) { words.removeLast(place.count) }
        }
        self.words = words
    }

    func names(_ other: BodyName) -> Bool {
        Self.align(words[...], other.words[...])
    }

    private static func align(_ first: ArraySlice<Substring>, _ second: ArraySlice<Substring>) -> Bool {
        guard let head = first.first else { return second.isEmpty }
        guard let otherHead = second.first else { return false }
        if head.lowercased() == otherHead.lowercased() { return align(first.dropFirst(), second.dropFirst()) }
        if let rest = expands(head, into: second) { return align(first.dropFirst(), rest) }
        if let rest = expands(otherHead, into: first) { return align(rest, second.dropFirst()) }
        return false
    }

    /// The words after those an abbreviation stands for, when the words start with its
    /// letters in turn ("và" and "&" spelled out or not); nil when `word` is no abbreviation
    /// or they do not.
    private static func expands(_ word: Substring, into words: ArraySlice<Substring>) -> ArraySlice<Substring>? {
        let letters = word.filter(\.isLetter)
        guard letters.count >= 2, letters.allSatisfy(\.isUppercase) else { return nil }
        var rest = words
        for letter in letters {
            while let next = rest.first, next.lowercased() == "và" || next == "&" { rest = rest.dropFirst() }
            guard let next = rest.first, let initial = next.first, base(initial) == base(letter) else { return nil }
            rest = rest.dropFirst()
        }
        return rest
    }

    /// A letter without case or marks ("Ủ" → "u"); "đ" stays itself, as abbreviations write it.
    private static func base(_ letter: Character) -> Unicode.Scalar? {
        String(letter).lowercased().decomposedStringWithCanonicalMapping.unicodeScalars.first
    }
}
