/// One clause of a sentence (sentences are cut at ";"), with every class span found in it.
/// Simple classes come from the lexicon trie; the composite classes are built here from
/// them, once per clause, whatever the number of rules that use them.
final class Clause {
    let tokens: [Token]
    let folds: [String]
    let rules: ExtractionRules
    /// Lexicon matches starting at each token, longest first.
    let lexical: [[(length: Int, entry: LexicalEntry)]]
    /// Composite spans by composite (see `compositeIndex`), then by token; built on first use.
    private var composite: [[[ClassSpan]]?] = Array(repeating: nil, count: Clause.compositeNames.count)
    /// Classes present, as "@name" (for rule selection).
    let present: Set<String>
    private lazy var words = Set(folds)

    /// Whether the clause has a rule's anchor: a class ("@kind") or a word ("=cho").
    func has(anchor: String) -> Bool {
        anchor.hasPrefix("=") ? words.contains(String(anchor.dropFirst())) : present.contains(anchor)
    }

    init(tokens: [Token], rules: ExtractionRules) {
        self.tokens = tokens
        self.folds = tokens.map(\.fold)
        self.rules = rules
        let folds = self.folds
        self.lexical = folds.indices.map { rules.lexicon.matches(folds, at: $0) }
        var classes: [String] = [] // few distinct classes, many matches: a list before the set
        for matches in lexical {
            for match in matches where !classes.contains(match.entry.wordClass) { classes.append(match.entry.wordClass) }
        }
        var present = Set(classes.map { "@" + $0 })
        // Composites are present when what they are built from is.
        if present.contains("@kind") { present.formUnion(["@recipients", "@counted_recipients"]) }
        if present.contains("@award") || present.contains("@generic_award") { present.insert("@awards") }
        if present.contains("@granter_alias") { present.formUnion(["@granter", "@of_granter"]) }
        if present.contains("@surname") || present.contains("@org_word") { present.formUnion(["@named", "@person"]) }
        self.present = present
    }

    var count: Int { tokens.count }

    func text(_ range: Range<Int>) -> String {
        guard let first = range.first, range.upperBound <= tokens.count, !range.isEmpty else { return "" }
        var text = String(tokens[first].text)
        for index in range.dropFirst() {
            let previous = tokens[index - 1], token = tokens[index]
            let joined = token.text == "," || token.text == "." || token.text == ")" || token.text == ":" || token.text == ";"
                || previous.text == "("
            text += (joined ? "" : " ") + token.text
        }
        return text
    }

    /// Whether one of a pattern's first items stands at `index` (nil: any token will do).
    func starts(with items: [FirstItem]?, at index: Int) -> Bool {
        guard let items else { return true }
        for item in items {
            switch item {
            case .word(let fold): if folds[index] == fold { return true }
            case .composite(let composite): if !compositeSpans(composite, at: index).isEmpty { return true }
            case .lexical(let name): if lexical[index].contains(where: { $0.entry.wordClass == name }) { return true }
            }
        }
        return false
    }

    func has(_ wordClass: String, at index: Int) -> Bool {
        index < count && lexical[index].contains { $0.entry.wordClass == wordClass }
    }

    /// The longest span of a simple class at `index`.
    func longest(_ wordClass: String, at index: Int) -> (length: Int, entry: LexicalEntry)? {
        guard index < count else { return nil }
        return lexical[index].first { $0.entry.wordClass == wordClass }
    }

    static let compositeNames = ["recipients", "counted_recipients", "awards", "granter", "of_granter", "person", "named"]

    /// The number of a composite class; nil for a lexicon class. Asked when patterns are
    /// parsed, never while matching.
    static func compositeIndex(_ name: String) -> Int? {
        compositeNames.firstIndex(of: name)
    }

    /// Spans of composite class number `composite` starting at `index`, longest first.
    func compositeSpans(_ composite: Int, at index: Int) -> [ClassSpan] {
        guard index < count else { return [] }
        if let table = self.composite[composite] { return table[index] }
        let table = buildComposite(Self.compositeNames[composite])
        self.composite[composite] = table
        return table[index]
    }

    /// Spans of lexicon class `wordClass` starting at `index`, longest first.
    func lexicalSpans(_ wordClass: String, at index: Int) -> [ClassSpan] {
        guard index < count else { return [] }
        return lexical[index].filter { $0.entry.wordClass == wordClass }
            .map { ClassSpan(end: index + $0.length, value: .word($0.entry.value)) }
    }

    private func buildComposite(_ name: String) -> [[ClassSpan]] {
        let chunker = Chunker(clause: self)
        return (0..<count).map { index in
            switch name {
            case "recipients": return chunker.recipients(at: index).map { [ClassSpan(end: $0.end, value: .recipients($0.groups))] } ?? []
            case "counted_recipients":
                return chunker.countedRecipients(at: index).map { [ClassSpan(end: $0.end, value: .recipients($0.groups))] } ?? []
            case "awards": return chunker.awards(at: index).map { [ClassSpan(end: $0.end, value: .awards($0.awards))] } ?? []
            case "granter": return chunker.granter(at: index).map { [ClassSpan(end: $0.tokens.upperBound, value: .granter($0))] } ?? []
            case "of_granter":
                guard folds[index] == "cua", let granter = chunker.granter(at: index + 1) else { return [] }
                return [ClassSpan(end: granter.tokens.upperBound, value: .granter(granter))]
            case "person": return chunker.person(at: index).map { [ClassSpan(end: $0.tokens.upperBound, value: .named($0))] } ?? []
            case "named": return chunker.named(at: index).map { [ClassSpan(end: $0.tokens.upperBound, value: .named($0))] } ?? []
            default: return []
            }
        }
    }
}
