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

    func tokens(_ text: Substring) -> [Token] {
        let scalars = Array(text.unicodeScalars)
        var tokens: [Token] = []
        var index = 0
        var scalarIndex = text.unicodeScalars.startIndex
        func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
            if scalar.isASCII {
                let value = scalar.value
                return (0x61...0x7A).contains(value) || (0x41...0x5A).contains(value) || (0x30...0x39).contains(value)
                    || value == 0x27
            }
            return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
                || (0x0300...0x036F).contains(scalar.value)
        }
        func isDigit(_ scalar: Unicode.Scalar) -> Bool {
            scalar.isASCII ? (0x30...0x39).contains(scalar.value) : scalar.properties.numericType != nil
        }
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
            let capitalized = first.isASCII ? (0x41...0x5A).contains(first.value) : first.properties.isUppercase
            tokens.append(Token(text: word, fold: fold.fold(word), range: start..<index,
                                isCapitalized: capitalized, isNumber: isDigit(first),
                                isPunctuation: !isWordScalar(first)))
        }
        return tokens
    }
}
