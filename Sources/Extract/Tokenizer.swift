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

    func tokens(_ text: Substring) -> [Token] {
        let scalars = Array(text.unicodeScalars)
        var tokens: [Token] = []
        tokens.reserveCapacity(scalars.count / 4)
        var index = 0
        var scalarIndex = text.unicodeScalars.startIndex
        func isWordScalar(_ scalar: Unicode.Scalar) -> Bool { Self.kind(scalar) & Self.wordKind != 0 }
        func isDigit(_ scalar: Unicode.Scalar) -> Bool { Self.kind(scalar) & Self.digitKind != 0 }
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == " " {
                index += 1
                scalarIndex = text.unicodeScalars.index(after: scalarIndex)
                continue
            }
            let start = index, startIndex = scalarIndex
            if isWordScalar(scalar) {
                index += 1
                while index < scalars.count {
                    if isWordScalar(scalars[index]) {
                        index += 1
                    } else if ".,/:".unicodeScalars.contains(scalars[index]), index + 1 < scalars.count,
                              isDigit(scalars[index - 1]), isDigit(scalars[index + 1]) {
                        index += 2
                    } else {
                        break
                    }
                }
            } else {
                index += 1
            }
            let endIndex = text.unicodeScalars.index(startIndex, offsetBy: index - start)
            let word = text[startIndex..<endIndex]
            scalarIndex = endIndex
            let first = scalars[start]
            let capitalized = Self.kind(first) & Self.upperKind != 0
            tokens.append(Token(text: word, fold: fold.fold(word), range: start..<index,
                                isCapitalized: capitalized, isNumber: isDigit(first),
                                isPunctuation: !isWordScalar(first)))
        }
        return tokens
    }
}
