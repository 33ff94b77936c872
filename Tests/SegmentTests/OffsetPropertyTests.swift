import Foundation
import Normalize
import TestSupport
import Testing
import ThiDua

/// For every sentence, normalizing the original text between its offsets gives exactly
/// the sentence: the offsets are exact, and normalization does not depend on context
/// beyond the sentence.
struct OffsetPropertyTests {
    static let pipeline = Fixtures.pipeline

    static func checkRoundTrip(_ name: String, _ original: String) throws -> Int {
        let document = try pipeline.segment(SourceText(name: name, source: name, text: original, encoding: "UTF-8"))
        let scalars = Array(original.unicodeScalars)
        for sentence in document.sentences {
            let slice = String(String.UnicodeScalarView(scalars[sentence.start..<sentence.end]))
            let renormalized = try pipeline.normalizer.normalize(slice).text
            #expect(renormalized == sentence.text, "\(name) [\(sentence.start), \(sentence.end))")
        }
        return document.sentences.count
    }

    @Test func fixturesRoundTrip() throws {
        var total = 0
        for (name, text) in try Fixtures.seedTexts() {
            total += try Self.checkRoundTrip(name, text)
        }
        #expect(total > 100)
    }

    /// Lines wrapped by hand are one paragraph: a sentence runs across them, its offsets span
    /// the line breaks, which it reads as spaces; the paragraph is the first line's.
    @Test func wrappedLinesAreOneParagraph() throws {
        let original = """
            Tổng kết công tác thi đua năm 2024
            Ngày 10/1, UBND tỉnh Hà Tĩnh tổ chức hội nghị tổng kết công tác thi đua,
            khen thưởng năm 2024. Dịp này, Chủ tịch UBND tỉnh tặng Bằng khen cho 25
            tập thể và 40 cá nhân; tặng Cờ thi đua cho 12 tập thể.
            """
        let document = try Self.pipeline.segment(SourceText(name: "w", source: "w", text: original, encoding: "UTF-8"))
        #expect(document.sentences.map(\.text) == [
            "Tổng kết công tác thi đua năm 2024",
            "Ngày 10/1, UBND tỉnh Hà Tĩnh tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2024.",
            "Dịp này, Chủ tịch UBND tỉnh tặng Bằng khen cho 25 tập thể và 40 cá nhân; tặng Cờ thi đua cho 12 tập thể.",
        ])
        #expect(document.sentences.map(\.paragraph) == [0, 1, 1])
        let scalars = Array(original.unicodeScalars)
        for sentence in document.sentences {
            let slice = String(String.UnicodeScalarView(scalars[sentence.start..<sentence.end]))
            #expect(slice.replacingOccurrences(of: "\n", with: " ") == sentence.text)
        }
    }

    /// The other placement, as some outlets write it, made by the normalizer itself with
    /// the rules switched to second-vowel.
    static let secondVowelNormalizer: Normalizer = {
        let rules = Fixtures.pipeline.normalizer.rules
        let swapped = rules.syllables.map {
            NormalizationRules.ToneSyllable(nucleus: $0.nucleus, firstVowel: $0.secondVowel,
                                            secondVowel: $0.firstVowel, notAfter: $0.notAfter)
        }
        return try! Normalizer(rules: rules.with(syllables: swapped))
    }()

    /// Rewrites paragraphs of `text` at random: NFD, the other tone placement, look-alike
    /// "Ð", non-breaking and doubled spaces, CRLF line ends.
    static func scrambled(_ text: String, seed: UInt64) throws -> String {
        var generator = SeededGenerator(seed: seed)
        var lines: [String] = []
        for line in text.components(separatedBy: "\n") {
            var rewritten = line
            if Bool.random(using: &generator) {
                rewritten = try secondVowelNormalizer.normalize(rewritten).text
            }
            if Bool.random(using: &generator) { rewritten = rewritten.replacingOccurrences(of: "Đ", with: "\u{00D0}") }
            if Bool.random(using: &generator) { rewritten = rewritten.replacingOccurrences(of: " ", with: "\u{00A0}") }
            if Bool.random(using: &generator) { rewritten = rewritten.replacingOccurrences(of: ", ", with: ",  ") }
            if Bool.random(using: &generator) { rewritten = rewritten.decomposedStringWithCanonicalMapping }
            lines.append(rewritten)
        }
        return lines.joined(separator: Bool.random(using: &generator) ? "\r\n" : "\n")
    }

    @Test(arguments: [1, 2, 3, 4, 5, 6, 7, 8] as [UInt64])
    func scrambledFixturesRoundTripAndNormalizeAlike(seed: UInt64) throws {
        for (name, text) in try Fixtures.seedTexts() {
            let scrambled = try Self.scrambled(text, seed: seed &* 31 &+ UInt64(name.count))
            _ = try Self.checkRoundTrip(name, scrambled)
            let expected = try Self.pipeline.normalizer.normalize(text).text
            #expect(try Self.pipeline.normalizer.normalize(scrambled).text == expected, "\(name), seed \(seed)")
        }
    }
}
