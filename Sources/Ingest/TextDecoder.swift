import Foundation
import ICUBridge
import ThiDuaModel

/// Bytes to text: BOM, then UTF-8, then UTF-16 without a BOM, then the Vietnamese
/// single-byte encodings (windows-1258 through ICU, TCVN3 and VNI through the rules'
/// tables), chosen by which decoding reads most like Vietnamese.
struct TextDecoder: Sendable {
    let legacy: LegacyEncodings
    let lossy: Bool

    /// Each Vietnamese letter with diacritics (both cases) and each combining mark that
    /// writes one decomposed, with its canonical decomposition, by scalar from U+00C0 to
    /// U+1EF9 (nil for the others): what a right decoding is full of. Scoring looks up
    /// every non-ASCII letter of a candidate's first 300 words here, where asking ICU cost
    /// more than the decoding itself and hashing each scalar a quarter of the decode stage.
    private static let letterParts: [[Unicode.Scalar]?] = {
        let marks: Set<UInt32> = [0x0300, 0x0301, 0x0303, 0x0309, 0x0323, 0x0302, 0x0306, 0x031B]
        var letters = [[Unicode.Scalar]?](repeating: nil, count: Int(letterPartsLast - letterPartsFirst) + 1)
        func set(_ value: UInt32, _ parts: [Unicode.Scalar]) { letters[Int(value - letterPartsFirst)] = parts }
        set(0x0110, ["\u{0110}"])
        set(0x0111, ["\u{0111}"])
        for mark in marks { set(mark, [Unicode.Scalar(mark)!]) }
        for range in [0x00C0...0x01B0, 0x1EA0...0x1EF9] as [ClosedRange<UInt32>] {
            for value in range {
                guard let scalar = Unicode.Scalar(value), let parts = try? NFC.decomposition(of: scalar),
                      parts.count > 1, parts[0].isASCII, parts[0].properties.isAlphabetic,
                      parts.dropFirst().allSatisfy({ marks.contains($0.value) }) else { continue }
                set(value, parts)
            }
        }
        return letters
    }()
    private static let letterPartsFirst: UInt32 = 0x00C0, letterPartsLast: UInt32 = 0x1EF9

    @inline(__always)
    private static func parts(of value: UInt32) -> [Unicode.Scalar]? {
        value >= letterPartsFirst && value <= letterPartsLast ? letterParts[Int(value - letterPartsFirst)] : nil
    }

    struct Decoded {
        let text: String
        let encoding: String
        let warning: String?
    }

    func decode(_ data: Data) -> Result<Decoded, InputError> {
        if data.isEmpty { return .failure(.empty) }
        return data.withUnsafeBytes { raw -> Result<Decoded, InputError> in
            let bytes = raw.bindMemory(to: UInt8.self)
            if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
                return utf8(UnsafeBufferPointer(rebasing: bytes.dropFirst(3)), offset: 3, name: "UTF-8 (BOM)")
            }
            if bytes.starts(with: [0xFF, 0xFE]) { return icu(UnsafeBufferPointer(rebasing: bytes.dropFirst(2)), "UTF-16LE") }
            if bytes.starts(with: [0xFE, 0xFF]) { return icu(UnsafeBufferPointer(rebasing: bytes.dropFirst(2)), "UTF-16BE") }
            if let utf16 = Self.utf16WithoutBOM(bytes) { return icu(bytes, utf16) }
            if let evidence = BinarySniffer.binaryEvidence(bytes) {
                return .failure(.binary(byteOffset: evidence.offset, what: evidence.what))
            }
            // The common case first: the standard library's validating initializer is fast;
            // the offset of a bad byte is only looked for when there is one.
            if let text = String(validating: bytes, as: UTF8.self) {
                return .success(Decoded(text: text, encoding: "UTF-8", warning: nil))
            }
            let invalid = UTF8Validation.firstInvalidOffset(bytes) ?? 0
            if !Self.mostlyUTF8(bytes) {
                if let legacy = bestLegacy(bytes) { return .success(legacy) }
                if let detected = icuDetected(bytes) { return .success(detected) }
            }
            return utf8(bytes, offset: 0, name: "UTF-8", firstInvalid: invalid)
        }
    }

    private func utf8(_ bytes: UnsafeBufferPointer<UInt8>, offset: Int, name: String, firstInvalid: Int? = nil) -> Result<Decoded, InputError> {
        guard let invalid = firstInvalid ?? UTF8Validation.firstInvalidOffset(bytes) else {
            return .success(Decoded(text: String(decoding: bytes, as: UTF8.self), encoding: name, warning: nil))
        }
        guard lossy else { return .failure(.invalidUTF8(byteOffset: invalid + offset)) }
        return .success(Decoded(text: String(decoding: bytes, as: UTF8.self), encoding: name + " (lossy)",
                                warning: "invalid UTF-8 from byte \(invalid + offset) replaced with U+FFFD"))
    }

    private func icu(_ bytes: UnsafeBufferPointer<UInt8>, _ charset: String) -> Result<Decoded, InputError> {
        guard let decoded = try? Charsets.decode(bytes, charset: charset) else {
            return .failure(.undecodable(byteOffset: 0))
        }
        if decoded.substitutions > 0, !lossy { return .failure(.undecodable(byteOffset: 0)) }
        return .success(Decoded(text: decoded.text, encoding: charset, warning: nil))
    }

    /// UTF-16 text without a BOM has a zero in every other byte where the text is ASCII.
    static func utf16WithoutBOM(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        let window = bytes.prefix(4096)
        guard window.count >= 8, window.count % 2 == 0 else { return nil }
        var evenZeros = 0, oddZeros = 0
        for (index, byte) in window.enumerated() where byte == 0 {
            if index % 2 == 0 { evenZeros += 1 } else { oddZeros += 1 }
        }
        let pairs = window.count / 2
        if oddZeros * 10 > pairs * 3, evenZeros * 20 < pairs { return "UTF-16LE" }
        if evenZeros * 10 > pairs * 3, oddZeros * 20 < pairs { return "UTF-16BE" }
        return nil
    }

    /// UTF-8 with some damaged bytes, rather than another encoding: at least as many valid
    /// multi-byte sequences as invalid bytes (legacy Vietnamese text almost never forms
    /// valid UTF-8 sequences).
    static func mostlyUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var valid = 0, invalid = 0, index = 0
        while index < bytes.count {
            if bytes[index] < 0x80 { index += 1; continue }
            let rest = UnsafeBufferPointer(rebasing: bytes[index..<min(bytes.count, index + 4)])
            if let length = UTF8Validation.sequenceLength(rest) {
                valid += 1
                index += length
            } else {
                invalid += 1
                index += 1
            }
        }
        return valid >= invalid
    }

    /// Text in neither UTF-8 nor a Vietnamese encoding (a Latin-1 page, Shift_JIS): ICU's
    /// charset detector, when it is confident and its charset converts without loss.
    private func icuDetected(_ bytes: UnsafeBufferPointer<UInt8>) -> Decoded? {
        guard let best = (try? Charsets.detect(bytes))?.first, best.confidence >= 50, !best.name.hasPrefix("UTF"),
              let decoded = try? Charsets.decode(bytes, charset: best.name), decoded.substitutions == 0 else { return nil }
        return Decoded(text: decoded.text, encoding: "\(best.name) (detected by ICU)", warning: nil)
    }

    /// The legacy decoding that reads most like Vietnamese, if one reads like it at all.
    private func bestLegacy(_ bytes: UnsafeBufferPointer<UInt8>) -> Decoded? {
        var candidates: [(text: String, name: String)] = legacy.encodings.map { ($0.decode(bytes), $0.name) }
        if let cp1258 = try? Charsets.decode(bytes, charset: "windows-1258"), cp1258.substitutions == 0 {
            candidates.append((cp1258.text, "windows-1258"))
        }
        let scored = candidates.map { (candidate: $0, score: Self.vietnameseScore($0.text)) }
        // A few stray bytes prove nothing: any of them is a letter in TCVN3.
        guard let best = scored.max(by: { $0.score.share < $1.score.share }), best.score.share > 0.5,
              best.score.words >= 3 else { return nil }
        return Decoded(text: best.candidate.text, encoding: best.candidate.name, warning: nil)
    }

    /// The share of words with non-ASCII letters that could be Vietnamese syllables: only
    /// Vietnamese letters, at most one tone mark, marks only on vowels, no capital after a
    /// small letter. A wrong decoding of a legacy encoding fails these on most words.
    /// Words scored at most: a wrong decoding shows within the first few hundred.
    static let scoredWords = 300

    static func vietnameseScore(_ text: String) -> (share: Double, words: Int) {
        var words = 0, plausible = 0
        var word: [Unicode.Scalar] = []
        var wordHasNonASCII = false
        func finish() {
            defer {
                word.removeAll(keepingCapacity: true)
                wordHasNonASCII = false
            }
            guard wordHasNonASCII else { return }
            words += 1
            if isPlausibleSyllable(word) { plausible += 1 }
        }
        for scalar in text.unicodeScalars {
            // A scalar with Vietnamese letter parts is a letter or a combining mark: the
            // property lookup is left for the others.
            let isLetter = scalar.isASCII
                ? (0x61...0x7A).contains(scalar.value | 0x20)
                : parts(of: scalar.value) != nil || scalar.properties.isAlphabetic || (0x0300...0x036F).contains(scalar.value)
            if isLetter {
                word.append(scalar)
                if !scalar.isASCII { wordHasNonASCII = true }
            } else {
                finish()
                if words >= Self.scoredWords { break }
            }
        }
        finish()
        return (words == 0 ? 0 : Double(plausible) / Double(words), words)
    }

    private static func isTone(_ value: UInt32) -> Bool {
        switch value {
        case 0x0300, 0x0301, 0x0303, 0x0309, 0x0323: true
        default: false
        }
    }

    /// For the base letters of `letterParts`: ASCII letters and Đ/đ.
    private static func isVowel(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x61, 0x65, 0x69, 0x6F, 0x75, 0x79, 0x41, 0x45, 0x49, 0x4F, 0x55, 0x59: true
        default: false
        }
    }

    /// One syllable: at most 7 letters, one run of vowels, one tone mark, marks only on
    /// vowels, only Vietnamese letters, no capital after a small letter.
    private static func isPlausibleSyllable(_ word: [Unicode.Scalar]) -> Bool {
        var toneCount = 0, letters = 0, vowelRuns = 0, sawLower = false, inVowels = false
        var previousBase: Unicode.Scalar?
        // Every base letter here is ASCII or Đ/đ: case and vowels need no property lookups.
        func visit(_ part: Unicode.Scalar) -> Bool {
            if (0x0300...0x036F).contains(part.value) {
                guard let base = previousBase, isVowel(base) else { return false }
                if isTone(part.value) { toneCount += 1 }
                return true
            }
            letters += 1
            let isUpper = (0x41...0x5A).contains(part.value) || part.value == 0x0110
            if isUpper, sawLower { return false }
            if !isUpper { sawLower = true }
            let vowel = isVowel(part)
            if vowel, !inVowels { vowelRuns += 1 }
            inVowels = vowel
            previousBase = part
            return true
        }
        for scalar in word {
            if scalar.isASCII {
                guard visit(scalar) else { return false }
            } else if let parts = parts(of: scalar.value) {
                for part in parts { guard visit(part) else { return false } }
            } else {
                return false
            }
        }
        return toneCount <= 1 && letters <= 7 && vowelRuns <= 1
    }
}
