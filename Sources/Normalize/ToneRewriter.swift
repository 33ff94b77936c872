/// Moves the tone mark of an open oa/oe/uy syllable to the placement the rules select.
///
/// The table maps a pair of scalars (the nucleus as written in the other placement, in
/// each case pattern) to the pair wanted. It is consulted only at the end of a word, and
/// only when the word's last letter could end such a pair.
struct ToneRewriter: Sendable {
    struct Replacement: Sendable {
        let first: Unicode.Scalar
        let second: Unicode.Scalar
        /// Initials (both cases) after which the pair is not the nucleus ("q" of "quý").
        let notAfter: Set<UInt32>
    }

    private let pairs: [UInt64: Replacement]
    /// Scalars that can start / end a rewritable pair; everything else skips the lookup.
    let firstLetters: Set<UInt32>
    let lastLetters: Set<UInt32>

    init(rules: NormalizationRules) {
        var pairs: [UInt64: Replacement] = [:]
        var firstLetters: Set<UInt32> = []
        var lastLetters: Set<UInt32> = []
        for syllable in rules.syllables {
            let (sources, targets) = rules.style == .firstVowel
                ? (syllable.secondVowel, syllable.firstVowel)
                : (syllable.firstVowel, syllable.secondVowel)
            var notAfter: Set<UInt32> = []
            for initial in syllable.notAfter {
                for variant in [initial.lowercased(), initial.uppercased()] {
                    if let scalar = variant.unicodeScalars.first { notAfter.insert(scalar.value) }
                }
            }
            for (source, target) in zip(sources, targets) {
                let from = Array(source.unicodeScalars), to = Array(target.unicodeScalars)
                guard from.count == 2, to.count == 2 else { continue }
                // Case patterns: "oà", "Oà", "OÀ", "oÀ"; the target takes the same pattern.
                for (upperFirst, upperSecond) in [(false, false), (true, false), (true, true), (false, true)] {
                    let key0 = Self.cased(from[0], upper: upperFirst), key1 = Self.cased(from[1], upper: upperSecond)
                    let replacement = Replacement(first: Self.cased(to[0], upper: upperFirst),
                                                  second: Self.cased(to[1], upper: upperSecond),
                                                  notAfter: notAfter)
                    pairs[Self.key(key0.value, key1.value)] = replacement
                    firstLetters.insert(key0.value)
                    lastLetters.insert(key1.value)
                }
            }
        }
        self.pairs = pairs
        self.firstLetters = firstLetters
        self.lastLetters = lastLetters
    }

    @inline(__always)
    static func key(_ first: UInt32, _ second: UInt32) -> UInt64 {
        UInt64(first) << 32 | UInt64(second)
    }

    func replacement(_ first: UInt32, _ second: UInt32) -> Replacement? {
        pairs[Self.key(first, second)]
    }

    private static func cased(_ scalar: Unicode.Scalar, upper: Bool) -> Unicode.Scalar {
        guard upper else { return scalar }
        let upperCased = String(scalar).uppercased().unicodeScalars
        return upperCased.count == 1 ? upperCased.first! : scalar
    }
}
