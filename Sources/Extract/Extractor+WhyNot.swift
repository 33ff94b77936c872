/// A rule that came close to matching a sentence, for `--why-not`.
public struct NearMiss: Sendable {
    public let rule: String
    /// How far into the pattern the best attempt got, and where it stopped.
    public let matchedItems: Int
    public let totalItems: Int
    public let stoppedAt: String
}

extension Extractor {
    /// The rules that came closest to matching `sentence` (normalized text): for each rule,
    /// how many top-level items of its pattern matched in a row at the best start.
    public func whyNot(_ sentence: String) -> [NearMiss] {
        let tokens = rules.tokenizer.tokens(Substring(sentence))
        var misses: [NearMiss] = []
        for range in Self.clauseRanges(Clause(tokens: tokens, rules: rules)) {
            let clause = Clause(tokens: Array(tokens[range]), rules: rules)
            var matcher = Matcher(clause: clause)
            for pattern in rules.patterns {
                let items: [PatternNode]
                if case .sequence(let nodes) = pattern.node { items = nodes } else { items = [pattern.node] }
                var best = (count: 0, stop: 0)
                for start in 0..<clause.count {
                    var matched = 0
                    for prefix in 1...items.count {
                        if matcher.match(.sequence(Array(items.prefix(prefix))), at: start) != nil { matched = prefix } else { break }
                    }
                    if matched > best.count { best = (matched, start) }
                }
                let stoppedAt = best.count < items.count ? "item \(best.count + 1) (\(describe(items[best.count])))" : "nothing: it matches"
                misses.append(NearMiss(rule: pattern.id, matchedItems: best.count, totalItems: items.count, stoppedAt: stoppedAt))
            }
        }
        return misses.sorted { Double($0.matchedItems) / Double($0.totalItems) > Double($1.matchedItems) / Double($1.totalItems) }
    }

    private func describe(_ node: PatternNode) -> String {
        switch node {
        case .words(let words): return "\"\(words.joined(separator: " "))\""
        case .wordClass(let name): return "@" + name
        case .composite(let number): return "@" + Clause.compositeNames[number]
        case .capture(let name, let inner): return name + ":" + describe(inner)
        case .optional(let inner): return describe(inner) + "?"
        case .repeated(let inner, let atLeast): return describe(inner) + (atLeast > 0 ? "+" : "*")
        case .gap(let limit): return "~\(limit)"
        case .clauseStart: return "^"
        case .sequence(let nodes): return "(" + nodes.map(describe).joined(separator: " ") + ")"
        case .alternatives(let nodes): return "(" + nodes.map(describe).joined(separator: " | ") + ")"
        }
    }
}
