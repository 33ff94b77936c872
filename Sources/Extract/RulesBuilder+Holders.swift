import RuleFiles
import ThiDuaModel

/// Who may hold an award: `only_for` (the one kind that receives it), `titles_naming_holders`
/// (titles that count their holders with no kind word) and `not_held_by` (words that count
/// people who never hold it).
extension RulesBuilder {
    mutating func readHolders(_ root: RuleValue) {
        for (kind, value) in root.field("only_for", required: false)?.entries ?? [] {
            guard checkSlug(kind, in: Vocabulary.kinds, what: "kind", at: value) else { continue }
            for slug in value.strings where checkSlug(slug, in: Vocabulary.awards, what: "award", at: value) {
                if let other = onlyFor[slug], other != kind { value.report("only_for: \(slug) is for \(other) already") }
                onlyFor[slug] = kind
            }
        }
        if let titles = root.field("titles_naming_holders", required: false) {
            for slug in titles.strings where checkSlug(slug, in: Vocabulary.awards, what: "award", at: titles) {
                titlesNamingHolderEntries.append((slug, titles))
            }
        }
        for (slug, value) in root.field("not_held_by", required: false)?.entries ?? [] {
            guard checkSlug(slug, in: Vocabulary.awards, what: "award", at: value) else { continue }
            let words = value.strings.map(phrase).filter { !$0.isEmpty }
            if words.isEmpty { value.report("not_held_by: \(slug) lists no words") }
            notHeldBy[slug, default: []] += words
        }
    }
}
