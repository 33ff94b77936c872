import RuleFiles

/// `rules/normalization.yaml`, validated.
public struct NormalizationRules: Sendable {
    public enum TonePlacement: String, Sendable, CaseIterable {
        case firstVowel = "first-vowel"
        case secondVowel = "second-vowel"
    }

    /// One open-syllable nucleus with its two spellings for each tone.
    public struct ToneSyllable: Sendable {
        public let nucleus: String
        public let firstVowel: [String]
        public let secondVowel: [String]
        /// Initial letters after which the pair is not a nucleus ("q" in "quý").
        public let notAfter: [String]

        public init(nucleus: String, firstVowel: [String], secondVowel: [String], notAfter: [String]) {
            self.nucleus = nucleus
            self.firstVowel = firstVowel
            self.secondVowel = secondVowel
            self.notAfter = notAfter
        }
    }

    public let style: TonePlacement
    public let syllables: [ToneSyllable]
    public let vowels: Set<String>
    public let lookalikes: [(from: Unicode.Scalar, to: Unicode.Scalar)]
    public let spaces: Set<Unicode.Scalar>
    public let lineBreaks: Set<Unicode.Scalar>
    public let removed: Set<Unicode.Scalar>
    public let quotes: Set<Unicode.Scalar>
    public let dashes: Set<Unicode.Scalar>
    /// ICU transform rules for the fold key.
    public let foldRules: String

    public static let fileName = "normalization.yaml"

    /// The same rules with other tone syllables (tests and tools that write the other placement).
    public func with(syllables: [ToneSyllable]) -> NormalizationRules {
        NormalizationRules(style: style, syllables: syllables, vowels: vowels, lookalikes: lookalikes, spaces: spaces,
                           lineBreaks: lineBreaks, removed: removed, quotes: quotes, dashes: dashes, foldRules: foldRules)
    }

    /// Loads and validates the rules; every problem is reported as file:line.
    public static func load(from directory: RuleDirectory) throws(RuleLoadError) -> NormalizationRules {
        try directory.read(fileName, with: parse)
    }

    static func parse(_ root: RuleValue) -> NormalizationRules {
        root.rejectUnknownKeys(["tone_placement", "vowels", "lookalikes", "spaces", "line_breaks",
                                "removed", "quotes", "dashes", "fold"])
        var style = TonePlacement.firstVowel
        var syllables: [ToneSyllable] = []
        if let tone = root.field("tone_placement") {
            tone.rejectUnknownKeys(["style", "syllables"])
            if let value = tone.field("style"), let name = value.string {
                if let parsed = TonePlacement(rawValue: name) {
                    style = parsed
                } else {
                    value.report("unknown style '\(name)' (use first-vowel or second-vowel)")
                }
            }
            syllables = tone.field("syllables")?.items.compactMap(parseSyllable) ?? []
        }
        let lookalikes: [(Unicode.Scalar, Unicode.Scalar)] = root.field("lookalikes")?.items.compactMap { pair in
            let letters = pair.scalars
            guard letters.count == 2 else {
                pair.report("a look-alike is a pair [from, to]")
                return nil
            }
            return (letters[0], letters[1])
        } ?? []
        let foldRules = root.field("fold")?.string ?? ""
        return NormalizationRules(
            style: style,
            syllables: syllables,
            vowels: Set(root.field("vowels")?.strings ?? []),
            lookalikes: lookalikes,
            spaces: Set(root.field("spaces")?.scalars ?? []),
            lineBreaks: Set(root.field("line_breaks")?.scalars ?? []),
            removed: Set(root.field("removed")?.scalars ?? []),
            quotes: Set(root.field("quotes")?.scalars ?? []),
            dashes: Set(root.field("dashes")?.scalars ?? []),
            foldRules: foldRules
        )
    }

    private static func parseSyllable(_ value: RuleValue) -> ToneSyllable? {
        value.rejectUnknownKeys(["nucleus", "first-vowel", "second-vowel", "not_after"])
        guard let nucleus = value.field("nucleus")?.string,
              let first = value.field("first-vowel"), let second = value.field("second-vowel") else { return nil }
        let firstForms = first.strings, secondForms = second.strings
        guard firstForms.count == secondForms.count else {
            second.report("'\(nucleus)': first-vowel has \(firstForms.count) forms, second-vowel \(secondForms.count)")
            return nil
        }
        for (list, forms) in [(first, firstForms), (second, secondForms)] {
            for form in forms where form.unicodeScalars.count != 2 || form != form.lowercased() {
                list.report("'\(form)' must be two lower-case letters (composed)")
            }
        }
        return ToneSyllable(nucleus: nucleus, firstVowel: firstForms, secondVowel: secondForms,
                            notAfter: value.field("not_after", required: false)?.strings ?? [])
    }
}
