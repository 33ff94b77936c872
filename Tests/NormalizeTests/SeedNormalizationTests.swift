import Foundation
import Normalize
import TestSupport
import Testing

/// The five real seed articles after normalization.
struct SeedNormalizationTests {
    static let normalizer = Fixtures.pipeline.normalizer

    @Test func thereAreFiveSeeds() {
        #expect(Fixtures.seedPaths.count == 5)
    }

    @Test func seedsComeOutClean() throws {
        for (name, text) in try Fixtures.seedTexts() {
            let normalized = try Self.normalizer.normalize(text).text
            #expect(!normalized.unicodeScalars.contains("\u{00D0}"), "\(name) keeps U+00D0")
            #expect(!normalized.unicodeScalars.contains("\u{00A0}"), "\(name) keeps NBSP")
            #expect(normalized == normalized.precomposedStringWithCanonicalMapping, "\(name) is not NFC")
            #expect(Self.secondVowelSyllables(in: normalized).isEmpty, "\(name): \(Self.secondVowelSyllables(in: normalized))")
        }
    }

    @Test func seedsWithTheOldCasesDoChange() throws {
        // The seeds really contain the cases, so the test above is not empty-handed.
        let all = try Fixtures.seedTexts().map(\.text).joined(separator: "\n")
        #expect(!Self.secondVowelSyllables(in: all).isEmpty)
        #expect(all.unicodeScalars.contains("\u{00D0}"))
    }

    /// Words ending in a second-vowel oa/oe/uy pair after consonants only (not "qu").
    static func secondVowelSyllables(in text: String) -> [String] {
        let rules = normalizer.rules
        let forms = Set(rules.syllables.flatMap(\.secondVowel))
        let vowels = Set("aăâeêioôơuưy")
        var found: [String] = []
        for word in text.split(whereSeparator: { !$0.isLetter }) {
            let lower = String(word).lowercased()
            guard lower.count >= 2, forms.contains(String(lower.suffix(2))) else { continue }
            let initial = lower.dropLast(2)
            let folded = normalizer.fold.fold(String(initial))
            if folded.contains(where: { vowels.contains($0) }) || (lower.suffix(2).hasPrefix("u") && folded.hasSuffix("q")) { continue }
            found.append(String(word))
        }
        return found
    }
}
