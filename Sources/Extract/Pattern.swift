/// A pattern over the tokens of a clause, compiled from text such as
/// `recipients:@recipients ~25 @receive awards:@awards granter:@of_granter?`.
///
/// Syntax: a word (matched on its fold key) or a "quoted phrase"; `@class` (a lexicon
/// class, or a built-in composite: @recipients, @counted_recipients, @awards,
/// @counted_awards, @granter, @of_granter, @named, @person); `name:item` captures what the
/// item matched; `( ... )` groups; `a | b` alternatives; `?` optional, `*` and `+` repeat
/// (at most 8 times); `~N` skips up to N tokens (N at most 40); `^` matches only at the
/// start of the clause. Every construct is bounded, so a pattern cannot run away.
indirect enum PatternNode: Sendable, Hashable {
    case words([String])
    case wordClass(String)
    /// A built-in composite class, by its number in `Clause.compositeNames` (resolved when
    /// parsed: the matcher asks at every step, and comparing names cost more).
    case composite(Int)
    case capture(String, PatternNode)
    case sequence([PatternNode])
    case alternatives([PatternNode])
    case optional(PatternNode)
    case repeated(PatternNode, atLeast: Int)
    case gap(Int)
    /// The start of the clause (takes no token).
    case clauseStart

    static let maxRepeat = 8
    static let maxGap = 40

    /// Classes the pattern refers to.
    var classes: Set<String> {
        switch self {
        case .words, .gap, .clauseStart: return []
        case .wordClass(let name): return [name]
        case .composite(let number): return [Clause.compositeNames[number]]
        case .capture(_, let node), .optional(let node), .repeated(let node, _): return node.classes
        case .sequence(let nodes), .alternatives(let nodes): return nodes.reduce(into: []) { $0.formUnion($1.classes) }
        }
    }

    var captureNames: [String] {
        switch self {
        case .words, .gap, .wordClass, .composite, .clauseStart: return []
        case .capture(let name, let node): return [name] + node.captureNames
        case .optional(let node), .repeated(let node, _): return node.captureNames
        case .sequence(let nodes), .alternatives(let nodes): return nodes.flatMap(\.captureNames)
        }
    }

    /// Items every match must contain (class names as "@name", words as "=word"): a rule
    /// is tried only on clauses that have all of them.
    var mandatory: Set<String> {
        switch self {
        case .words(let words): return words.first.map { ["=" + $0] } ?? []
        case .wordClass(let name): return ["@" + name]
        case .composite(let number): return ["@" + Clause.compositeNames[number]]
        case .capture(_, let node): return node.mandatory
        case .repeated(let node, let atLeast): return atLeast > 0 ? node.mandatory : []
        case .optional, .gap, .clauseStart: return []
        case .alternatives(let nodes):
            return nodes.dropFirst().reduce(nodes.first?.mandatory ?? []) { $0.intersection($1.mandatory) }
        case .sequence(let nodes): return nodes.reduce(into: []) { $0.formUnion($1.mandatory) }
        }
    }

    /// Items of which every match must contain one at least, where alternatives share none
    /// (`mandatory` keeps only what all of them need): "(@receive ... | @by)" needs a verb of
    /// receiving or "được". Each set is all the items the alternatives need, so a clause
    /// with none of them is cleared as one without `mandatory`'s items is.
    var mandatoryChoices: [Set<String>] {
        switch self {
        case .words, .wordClass, .composite, .optional, .gap, .clauseStart: return []
        case .capture(_, let node): return node.mandatoryChoices
        case .repeated(let node, let atLeast): return atLeast > 0 ? node.mandatoryChoices : []
        case .alternatives(let nodes):
            // (Items all of them need are `mandatory` already, and imply the choice.)
            let needs = nodes.map(\.mandatory)
            guard mandatory.isEmpty, !needs.contains(where: \.isEmpty) else { return [] }
            return [needs.reduce(into: Set<String>()) { $0.formUnion($1) }]
        case .sequence(let nodes): return nodes.flatMap(\.mandatoryChoices)
        }
    }
}

/// Something a clause must contain for a rule to be tried: a class or a word.
enum Anchor: Sendable, Hashable {
    case wordClass(WordClass)
    case word(String)

    /// From the "@class" / "=word" form of `PatternNode.mandatory`; nil for an unknown class.
    init?(_ item: String, lexicon: Lexicon) {
        let name = String(item.dropFirst())
        if item.hasPrefix("=") {
            self = .word(name)
        } else if let wordClass = lexicon.wordClass(named: name) {
            self = .wordClass(wordClass)
        } else {
            return nil
        }
    }
}

extension PatternNode {
    /// Whether the node can match no tokens at all.
    var canBeEmpty: Bool {
        switch self {
        case .words(let words): return words.isEmpty
        case .wordClass, .composite: return false
        case .capture(_, let node): return node.canBeEmpty
        case .optional, .gap, .clauseStart: return true
        case .repeated(let node, let atLeast): return atLeast == 0 || node.canBeEmpty
        case .sequence(let nodes): return nodes.allSatisfy(\.canBeEmpty)
        case .alternatives(let nodes): return nodes.contains(where: \.canBeEmpty)
        }
    }

    /// What a match can start with ("@class" or "=word"), one of which must be at the start
    /// token; nil when the node can start anywhere (or match nothing). Lets the matcher skip
    /// start tokens without trying the pattern.
    var firstItems: Set<String>? {
        canBeEmpty ? nil : leadingItems
    }

    /// The items a non-empty match of the node can start with; nil: any token. What may be
    /// left out at the start adds its own to those after it: "(granter:@granter ~4)? @give"
    /// starts at a giver or at the verb, "(@granter ~3 | ^) @give" too ("^" takes no token).
    private var leadingItems: Set<String>? {
        switch self {
        case .words(let words): return words.first.map { ["=" + $0] } ?? []
        case .wordClass(let name): return ["@" + name]
        case .composite(let number): return ["@" + Clause.compositeNames[number]]
        case .capture(_, let node), .optional(let node), .repeated(let node, _): return node.leadingItems
        case .gap: return nil
        case .clauseStart: return []
        case .sequence(let nodes):
            var items: Set<String> = []
            for node in nodes {
                guard let first = node.leadingItems else { return nil }
                items.formUnion(first)
                if !node.canBeEmpty { break }
            }
            return items
        case .alternatives(let nodes):
            var items: Set<String> = []
            for node in nodes {
                guard let first = node.leadingItems else { return nil }
                items.formUnion(first)
            }
            return items
        }
    }
}

/// A pattern's possible first item, resolved when the rules load: a word's fold key, a
/// composite class by number, or a lexicon class.
enum FirstItem: Sendable, Equatable {
    case word(String)
    case composite(Int)
    case lexical(WordClass)

    /// From the "@class" / "=word" form of `PatternNode.firstItems`; nil for an unknown class.
    /// Composite classes are numbered first (`WordClass.builtInNames`).
    init?(_ item: String, lexicon: Lexicon) {
        switch Anchor(item, lexicon: lexicon) {
        case .word(let fold): self = .word(fold)
        case .wordClass(let wordClass) where Int(wordClass.number) < Clause.compositeNames.count:
            self = .composite(Int(wordClass.number))
        case .wordClass(let wordClass): self = .lexical(wordClass)
        case nil: return nil
        }
    }
}

/// What a match can start with, grouped for the test at every token of a clause: the
/// lexicon classes numbered below 64 as one mask against the clause's class bits, the
/// rest as lists. Most patterns start with a class, so most tokens are ruled out by one AND.
struct FirstSet: Sendable, Hashable {
    /// No first item is known: any token will do.
    let anything: Bool
    let classBits: UInt64
    let otherClasses: [WordClass]
    let words: [String]
    let composites: [Int]

    init(_ items: [FirstItem]?) {
        anything = items == nil
        var classBits: UInt64 = 0
        var otherClasses: [WordClass] = [], words: [String] = [], composites: [Int] = []
        for item in items ?? [] {
            switch item {
            case .word(let fold): words.append(fold)
            case .composite(let number): composites.append(number)
            case .lexical(let wordClass) where wordClass.number < 64: classBits |= 1 << UInt64(wordClass.number)
            case .lexical(let wordClass): otherClasses.append(wordClass)
            }
        }
        self.classBits = classBits
        self.otherClasses = otherClasses
        self.words = words
        self.composites = composites
    }
}

struct PatternSyntaxError: Error, Equatable {
    let message: String
}

/// Recursive-descent parser of the pattern syntax; words are folded by `fold`.
struct PatternParser {
    private let tokens: [String]
    private var position = 0
    private let fold: (String) -> [String]

    init(_ text: String, fold: @escaping (String) -> [String]) {
        self.tokens = PatternParser.lex(text)
        self.fold = fold
    }

    static func lex(_ text: String) -> [String] {
        var result: [String] = []
        var current = ""
        var inQuote = false
        func flush() {
            if !current.isEmpty { result.append(current) }
            current = ""
        }
        for character in text {
            if inQuote {
                current.append(character)
                if character == "\"" { inQuote = false; flush() }
            } else if character == "\"" {
                flush()
                current = "\""
                inQuote = true
            } else if character == " " {
                flush()
            } else if "()|?*+^".contains(character) {
                flush()
                result.append(String(character))
            } else {
                current.append(character)
            }
        }
        flush()
        return result
    }

    mutating func parse() throws(PatternSyntaxError) -> PatternNode {
        guard !tokens.isEmpty else { throw PatternSyntaxError(message: "empty pattern") }
        let node = try alternatives()
        if position < tokens.count { throw PatternSyntaxError(message: "unexpected '\(tokens[position])'") }
        return node
    }

    private mutating func alternatives() throws(PatternSyntaxError) -> PatternNode {
        var options = [try sequence()]
        while position < tokens.count, tokens[position] == "|" {
            position += 1
            options.append(try sequence())
        }
        return options.count == 1 ? options[0] : .alternatives(options)
    }

    private mutating func sequence() throws(PatternSyntaxError) -> PatternNode {
        var items: [PatternNode] = []
        while position < tokens.count, tokens[position] != "|", tokens[position] != ")" {
            items.append(try quantified())
        }
        if items.isEmpty { throw PatternSyntaxError(message: "empty alternative or group") }
        return items.count == 1 ? items[0] : .sequence(items)
    }

    private mutating func quantified() throws(PatternSyntaxError) -> PatternNode {
        var node = try atom()
        while position < tokens.count {
            switch tokens[position] {
            case "?": node = .optional(node)
            case "*": node = .repeated(node, atLeast: 0)
            case "+": node = .repeated(node, atLeast: 1)
            default: return node
            }
            position += 1
        }
        return node
    }

    private mutating func atom() throws(PatternSyntaxError) -> PatternNode {
        let token = tokens[position]
        position += 1
        if token == "(" {
            let inner = try alternatives()
            guard position < tokens.count, tokens[position] == ")" else { throw PatternSyntaxError(message: "missing ')'") }
            position += 1
            return inner
        }
        if token == "^" { return .clauseStart }
        if "|?*+)".contains(token) { throw PatternSyntaxError(message: "unexpected '\(token)'") }
        if let colon = token.firstIndex(of: ":"), colon != token.startIndex, token[token.startIndex..<colon].allSatisfy({ $0.isLetter || $0 == "_" }) {
            let name = String(token[..<colon])
            let rest = String(token[token.index(after: colon)...])
            var inner: PatternNode
            if rest.isEmpty {
                guard position < tokens.count else { throw PatternSyntaxError(message: "capture '\(name)' of nothing") }
                inner = try atom()
            } else {
                var sub = PatternParser(rest, fold: fold)
                inner = try sub.atom()
            }
            return .capture(name, inner)
        }
        if token.hasPrefix("@") {
            let name = String(token.dropFirst())
            guard !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) else {
                throw PatternSyntaxError(message: "bad class name '\(token)'")
            }
            return Clause.compositeIndex(name).map(PatternNode.composite) ?? .wordClass(name)
        }
        if token.hasPrefix("~") {
            guard let count = Int(token.dropFirst()), (0...PatternNode.maxGap).contains(count) else {
                throw PatternSyntaxError(message: "a gap is ~N with N from 0 to \(PatternNode.maxGap), found '\(token)'")
            }
            return .gap(count)
        }
        if token.hasPrefix("\"") {
            guard token.count >= 2, token.hasSuffix("\"") else { throw PatternSyntaxError(message: "unterminated quote") }
            let words = fold(String(token.dropFirst().dropLast()))
            guard !words.isEmpty else { throw PatternSyntaxError(message: "empty quoted phrase") }
            return .words(words)
        }
        return .words(fold(token))
    }
}
