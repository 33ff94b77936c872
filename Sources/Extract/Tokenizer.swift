import Normalize

/// A word, number or punctuation mark of a sentence, with its fold key for matching.
struct Token: Sendable {
    let text: Substring
    let fold: String
    /// Scalar offsets within the sentence.
    let range: Range<Int>
    let isCapitalized: Bool
    let isNumber: Bool
    let isPunctuation: Bool

    /// Whether this token is the ASCII mark `mark`. A byte test: comparing the text with a
    /// string literal goes through Unicode-aware comparison, and it ran at every token.
    func `is`(_ mark: Unicode.Scalar) -> Bool {
        isPunctuation && text.utf8.count == 1 && text.utf8.first == UInt8(truncatingIfNeeded: mark.value)
    }

    /// Whether this token is "-" or "–" (U+2013), on the bytes, as `is`. (Inlined: person names
    /// and stops ask it at most tokens, and the call with a token's copy cost more than the test.)
    @inline(__always)
    var isDash: Bool {
        guard isPunctuation else { return false }
        let bytes = text.utf8
        switch bytes.count {
        case 1: return bytes.first == 0x2D
        case 3:
            let first = bytes.startIndex
            return bytes[first] == 0xE2 && bytes[bytes.index(after: first)] == 0x80 && bytes[bytes.index(first, offsetBy: 2)] == 0x93
        default: return false
        }
    }
}

/// Splits normalized sentences into tokens: runs of letters and digits ("5.000", "4,41",
/// "27/04/2024" stay whole: a dot, comma, slash or colon between digits joins them), and
/// every other visible character as a token of its own.
struct Tokenizer: Sendable {
    let fold: FoldKey

    /// The matching key of a word: its fold, and a syllable of consonants and a final "y"
    /// keyed with "i": "sỹ" and "sĩ", "kỹ" and "kĩ", "lý" and "lí" are one word spelled two
    /// ways ("Chiến sỹ thi đua", "bác sỹ"), where a rhyme with another vowel is not ("huy", "tuy").
    func key(_ word: String) -> String { Self.syllableKey(fold.fold(word)) }

    /// The key of a fold (`tokens` asks it only of words that may end in a "y").
    private static func syllableKey(_ folded: String) -> String {
        var folded = folded
        let count = folded.utf8.count
        guard count == 2 || count == 3 else { return folded }
        // On the bytes in place: the view's indices and `last` cost more than the rest.
        let consonantsAndY = folded.withUTF8 { bytes in
            guard bytes[count - 1] == 0x79 else { return false }
            for byte in bytes.dropLast() where byte < 0x61 || byte > 0x7A || Self.isVowel(byte) { return false }
            return true
        }
        return consonantsAndY ? String(folded.dropLast()) + "i" : folded
    }

    /// The last byte of "y", "Y", "ý", "Ý" (C3 BD, C3 9D) or "ỳ" ... "Ỹ", "ỵ", "Ỵ" (E1 BB B2 ... B9).
    private static func mayEndY(_ byte: UInt8) -> Bool {
        byte == 0x79 || byte == 0x59 || byte == 0xBD || byte == 0x9D || (0xB2...0xB9).contains(byte)
    }

    /// a, e, i, o, u, y.
    private static func isVowel(_ byte: UInt8) -> Bool {
        byte == 0x61 || byte == 0x65 || byte == 0x69 || byte == 0x6F || byte == 0x75 || byte == 0x79
    }

    /// What the tokenizer needs to know of each scalar below U+2000 (Latin, Vietnamese,
    /// combining marks): looked up instead of asking for Unicode properties per letter.
    private static let kinds: [UInt8] = (0..<0x2000).map { value in
        guard let scalar = Unicode.Scalar(UInt32(value)) else { return 0 }
        let properties = scalar.properties
        var kind: UInt8 = 0
        if properties.isAlphabetic || properties.numericType != nil || (0x0300...0x036F).contains(value) || value == 0x27 {
            kind |= wordKind
        }
        if scalar.isASCII ? (0x30...0x39).contains(value) : properties.numericType != nil { kind |= digitKind }
        if scalar.isASCII ? (0x41...0x5A).contains(value) : properties.isUppercase { kind |= upperKind }
        return kind
    }
    private static let wordKind: UInt8 = 1, digitKind: UInt8 = 2, upperKind: UInt8 = 4

    private static func kind(_ scalar: Unicode.Scalar) -> UInt8 {
        if scalar.value < 0x2000 { return kinds[Int(scalar.value)] }
        let properties = scalar.properties
        return (properties.isAlphabetic || properties.numericType != nil ? wordKind : 0)
            | (properties.numericType != nil ? digitKind : 0) | (properties.isUppercase ? upperKind : 0)
    }

    /// One pass over the UTF-8 bytes, decoding scalars in place: this runs on every sentence,
    /// and stepping through the string's scalar view validated each index it was given.
    func tokens(_ text: Substring) -> [Token] {
        let utf8 = text.utf8
        return utf8.withContiguousStorageIfAvailable { tokens(text, bytes: $0) } ?? tokens(Substring(String(text)))
    }

    private func tokens(_ text: Substring, bytes: UnsafeBufferPointer<UInt8>) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(bytes.count / 6)
        let base = text.utf8.startIndex
        Self.kinds.withUnsafeBufferPointer { kinds in
            func kind(_ value: UInt32) -> UInt8 {
                value < 0x2000 ? kinds[Int(value)] : Self.kind(Unicode.Scalar(value) ?? " ")
            }
            var position = 0, offset = 0
            while position < bytes.count {
                let start = position, startOffset = offset
                let first = UTF8Scalars.decode(bytes, at: &position)
                let firstKind = kind(first)
                offset += 1
                if first == 0x20 { continue }
                if firstKind & Self.wordKind != 0 {
                    var previousKind = firstKind
                    while position < bytes.count {
                        var after = position
                        let value = UTF8Scalars.decode(bytes, at: &after)
                        let valueKind = kind(value)
                        if valueKind & Self.wordKind != 0 {
                            previousKind = valueKind
                            position = after
                            offset += 1
                            continue
                        }
                        // "5.000", "4,41", "27/04/2024", "7:30": a mark between digits joins them.
                        guard value == 0x2E || value == 0x2C || value == 0x2F || value == 0x3A,
                              previousKind & Self.digitKind != 0, after < bytes.count else { break }
                        let next = UTF8Scalars.decode(bytes, at: &after) // the mark is one byte
                        let nextKind = kind(next)
                        guard nextKind & Self.digitKind != 0 else { break }
                        previousKind = nextKind
                        position = after
                        offset += 2
                    }
                }
                let word = Substring(text.utf8[text.utf8.index(base, offsetBy: start)..<text.utf8.index(base, offsetBy: position)])
                var key = fold.fold(word)
                // Only a short word whose last byte may end a "y" ("y", "ý", "ỳ", "ỷ", "ỹ", "ỵ" and
                // capitals) is asked: a byte of the buffer, where asking every fold cost a call.
                if position - start <= 5, Self.mayEndY(bytes[position - 1]) { key = Self.syllableKey(key) }
                tokens.append(Token(text: word, fold: key, range: startOffset..<offset,
                                    isCapitalized: firstKind & Self.upperKind != 0, isNumber: firstKind & Self.digitKind != 0,
                                    isPunctuation: firstKind & Self.wordKind == 0))
            }
        }
        return tokens
    }
}

extension Token {
    /// Capitals (and digits, "&") only: "ĐHQGHN", "EVNNPC", "GD&ĐT".
    /// Read on the UTF-8 bytes with the capitals of Vietnamese by their code points: asking
    /// Unicode's properties of every capitalized word's letters cost 1 % of a run.
    static func isInitials(_ text: Substring) -> Bool {
        var count = 0
        var bytes = text.utf8.makeIterator()
        while let lead = bytes.next() {
            count += 1
            let value: UInt32
            switch lead {
            case 0..<0x80: value = UInt32(lead)
            case 0xC0..<0xE0: value = UInt32(lead & 0x1F) << 6 | UInt32((bytes.next() ?? 0) & 0x3F)
            case 0xE0..<0xF0:
                let second = UInt32((bytes.next() ?? 0) & 0x3F)
                value = UInt32(lead & 0x0F) << 12 | second << 6 | UInt32((bytes.next() ?? 0) & 0x3F)
            default: return false
            }
            switch value {
            case 0x41...0x5A, 0x30...0x39, 0x26: continue // A-Z, digits, "&"
            case 0xC0...0xDD where value != 0xD7: continue // "Á", "Ê", "Ô"
            case 0x102, 0x110, 0x128, 0x168, 0x1A0, 0x1AF: continue // "Ă", "Đ", "Ĩ", "Ũ", "Ơ", "Ư"
            case 0x1EA0...0x1EF9 where value % 2 == 0: continue // "Ạ" ... "Ỹ"
            default: return false
            }
        }
        return count >= 3
    }
}
