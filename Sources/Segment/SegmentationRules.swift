import RuleFiles

/// `rules/segmentation.yaml`, validated.
public struct SegmentationRules: Sendable {
    public let locale: String
    /// Spellings after which ICU's break is removed ("TP.", "PGS.", "v.v.").
    public let abbreviations: [String]
    /// Marks after which a capitalized word starts a sentence even where ICU sees none.
    public let terminatorsBeforeCapital: [String]

    public static let fileName = "segmentation.yaml"

    public static func load(from directory: RuleDirectory) throws(RuleLoadError) -> SegmentationRules {
        try directory.read(fileName, with: parse)
    }

    static func parse(_ root: RuleValue) -> SegmentationRules {
        root.rejectUnknownKeys(["locale", "abbreviations", "terminators_before_capital"])
        var abbreviations: [String] = []
        for item in root.field("abbreviations")?.items ?? [] {
            guard let text = item.string else { continue }
            if text.isEmpty || text.contains(" ") {
                item.report("an abbreviation is one word without spaces, found '\(text)'")
            } else if abbreviations.contains(text) {
                item.report("duplicate abbreviation '\(text)'")
            } else {
                abbreviations.append(text)
            }
        }
        return SegmentationRules(
            locale: root.field("locale")?.string ?? "vi",
            abbreviations: abbreviations,
            terminatorsBeforeCapital: root.field("terminators_before_capital", required: false)?.strings ?? []
        )
    }
}
