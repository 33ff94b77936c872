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
}

/// Splits normalized sentences into tokens: runs of letters and digits ("5.000", "4,41",
/// "27/04/2024" stay whole: a dot, comma, slash or colon between digits joins them), and
/// every other visible character as a token of its own.
struct Tokenizer: Sendable {
    let fold: FoldKey

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

    /// One pass over the scalars, no copy of them: this runs on every sentence.
    func tokens(_ text: Substring) -> [Token] {
        let scalars = text.unicodeScalars
        var tokens: [Token] = []
        tokens.reserveCapacity(text.utf8.count / 6)
        var position = scalars.startIndex, offset = 0
        while position < scalars.endIndex {
            let first = scalars[position]
            let firstKind = Self.kind(first)
            let start = position, startOffset = offset
            position = scalars.index(after: position)
            offset += 1
            if first == " " { continue }
            if firstKind & Self.wordKind != 0 {
                var previous = first
                while position < scalars.endIndex {
                    let scalar = scalars[position]
                    if Self.kind(scalar) & Self.wordKind != 0 {
                        previous = scalar
                        position = scalars.index(after: position)
                        offset += 1
                        continue
                    }
                    // "5.000", "4,41", "27/04/2024", "7:30": a mark between digits joins them.
                    guard scalar == "." || scalar == "," || scalar == "/" || scalar == ":",
                          Self.kind(previous) & Self.digitKind != 0 else { break }
                    let next = scalars.index(after: position)
                    guard next < scalars.endIndex, Self.kind(scalars[next]) & Self.digitKind != 0 else { break }
                    previous = scalars[next]
                    position = scalars.index(after: next)
                    offset += 2
                }
            }
            let word = text[start..<position]
            tokens.append(Token(text: word, fold: fold.fold(word), range: startOffset..<offset,
                                isCapitalized: firstKind & Self.upperKind != 0, isNumber: firstKind & Self.digitKind != 0,
                                isPunctuation: firstKind & Self.wordKind == 0))
        }
        return tokens
    }
}
