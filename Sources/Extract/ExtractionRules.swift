import Foundation
import Normalize
import RuleFiles
import ThiDuaModel

/// A granter of `granters:` in the rules.
struct GranterInfo: Sendable {
    let slug: String
    let level: String
    let notAfter: [[String]]
    let named: Bool
    let extends: Bool
    /// Aliases (as fold keys) that name no body in particular ("Bộ"); when the rules list
    /// them, every other alias ("Bộ Y tế") is kept as written for granter_name.
    let unnamed: [[String]]?
}

/// A pattern of `patterns:`, compiled. A class: every match keeps its pattern, and
/// copying a struct of a dozen fields meant a dozen retains per match and per rule tried.
final class CompiledPattern: Sendable {
    let id: String
    let priority: Int
    let node: PatternNode
    let program: MatchProgram
    /// Awards the rule states itself ("khen thưởng 28 cá nhân": khen-thuong).
    let setAwards: [String]?
    /// If one of these occurs in the clause, the rule does not apply.
    let unless: [Condition]
    /// A match one of these overlaps is not taken: a noun use of the rule's own verb
    /// ("Về công tác khen thưởng, ... UBND tỉnh đã khen thưởng 2.356 ..." keeps the second).
    let unlessAt: [Condition]
    /// The rule applies only to the clauses after a "trong đó" clause of a sentence.
    let afterBreakdown: Bool
    /// Classes and words a clause must have for the rule to be tried.
    let mandatory: [Anchor]
    /// What a match can start with: start tokens without one are skipped.
    let first: FirstSet
    let file: String
    let line: Int

    init(id: String, priority: Int, node: PatternNode, program: MatchProgram, setAwards: [String]?, unless: [Condition],
         unlessAt: [Condition], afterBreakdown: Bool, mandatory: [Anchor], first: FirstSet, file: String, line: Int) {
        self.id = id
        self.priority = priority
        self.node = node
        self.program = program
        self.setAwards = setAwards
        self.unless = unless
        self.unlessAt = unlessAt
        self.afterBreakdown = afterBreakdown
        self.mandatory = mandatory
        self.first = first
        self.file = file
        self.line = line
    }
}

/// A pattern with what it needs: the items every match contains (a clause without them is
/// cleared without running the matcher) and what a match can start with. A rule's whole
/// pattern and each of its `unless:` patterns.
struct Condition: Sendable {
    let program: MatchProgram
    let mandatory: [Anchor]
    let first: FirstSet
    /// The same number for the same pattern in every rule: most rules share their `unless`
    /// conditions, which a clause then answers once.
    let key: Int

    /// `node`'s classes must all be in `lexicon` (the rules are checked before they compile).
    init(_ node: PatternNode, lexicon: Lexicon, key: Int = -1) {
        self.key = key
        self.program = MatchProgram(node, lexicon: lexicon)
        self.mandatory = node.mandatory.sorted().compactMap { Anchor($0, lexicon: lexicon) }
        self.first = FirstSet(node.firstItems.map { $0.sorted().compactMap { FirstItem($0, lexicon: lexicon) } })
    }
}

/// Every file of `rules/extraction/`: lexicons, awards, granters, people and patterns,
/// validated together (an unknown class or slug, a bad capture, a duplicate id are all
/// reported as file:line) and compiled once. A class: every clause keeps a reference, and
/// copying a struct of a dozen tables meant a dozen retains per clause.
public final class ExtractionRules: Sendable {
    let lexicon: Lexicon
    let granters: [String: GranterInfo]
    let generic: [String: (national: String, fallback: String)]
    /// Awards only some offices confer (`conferred_only_by`), with the granters that do.
    let conferrers: [String: Set<String>]
    let patterns: [CompiledPattern]
    /// Rule indices by class anchor (by class number) and by word anchor ("cho"): the
    /// rules a clause can trigger.
    let index: [[Int]]
    let wordIndex: [String: [Int]]
    /// Surnames as written (first syllable, lower case): names are matched with diacritics.
    let surnames: Set<String>
    /// Each surname in lower case and capitalized, as names are written: found without
    /// lower-casing the token (1500 instructions a token).
    private let surnameSpellings: Set<Substring>

    /// Whether `word`, in lower case, is one of the surnames (with its diacritics: "Quàng"
    /// is one, "Quảng" is not).
    func isSurname(_ word: Substring) -> Bool {
        surnameSpellings.contains(word) || surnames.contains(word.lowercased())
    }

    /// The first words of title words and givers' aliases as written ("UBND"), in lower case
    /// and capitalized: a person's title starts with one of them, compared with diacritics
    /// ("Trưởng" is a title, "Trường", a school, is not, though both fold to "truong").
    private let titleStartSpellings: Set<Substring>
    private let titleStarts: Set<String>

    /// Whether `word` starts a title as written (in any case: the spellings as written are
    /// looked up first, without a lower-case copy of the token).
    func isTitleStart(_ word: Substring) -> Bool {
        titleStartSpellings.contains(word) || titleStarts.contains(word.lowercased())
    }
    /// Pre-2025 province → the province it belongs to since 1 July 2025.
    public let provinces2025: [String: String]
    /// Long forms in titles and body names, and the short forms records use ("Ủy ban nhân dân" → "UBND").
    let titleForms: [(long: String, short: String)]
    /// Words that end an event's name, in lower case (`event_name_ends`), and their fold
    /// keys: a token is lower-cased only when its key is one of them.
    let eventNameEnds: Set<String>
    let eventNameEndFolds: Set<String>
    let tokenizer: Tokenizer
    /// Fold keys of `Chunker.stopWords`.
    let stopWordFolds: Set<String>
    /// Each province name with its fold key, letters only ("laocai"), to find it in outlet
    /// names and host names ("Báo Lào Cai điện tử", "laocai.gov.vn").
    let provinceKeys: [(name: String, key: [UInt8])]
    /// Files read, for `thidua rules check` and the run record.
    public let files: [String]

    public var patternCount: Int { patterns.count }
    /// How many distinct `unless` conditions the patterns have (their `key`s are below it).
    let conditionCount: Int

    init(lexicon: Lexicon, granters: [String: GranterInfo], generic: [String: (national: String, fallback: String)],
         conferrers: [String: Set<String>], patterns: [CompiledPattern], index: [[Int]], wordIndex: [String: [Int]], surnames: Set<String>,
         titleStarts: Set<String>, provinces2025: [String: String], titleForms: [(long: String, short: String)], eventNameEnds: Set<String>,
         tokenizer: Tokenizer,
         provinceKeys: [(name: String, key: [UInt8])], files: [String]) {
        self.lexicon = lexicon
        self.granters = granters
        self.generic = generic
        self.conferrers = conferrers
        self.patterns = patterns
        self.conditionCount = (patterns.flatMap { $0.unless.map(\.key) }.max() ?? -1) + 1
        self.index = index
        self.wordIndex = wordIndex
        self.surnames = surnames
        self.titleStartSpellings = Set(titleStarts.flatMap { written in
            [Substring(written), Substring(written.lowercased()), Substring(written.prefix(1).uppercased() + written.dropFirst().lowercased())]
        })
        self.titleStarts = Set(titleStarts.map { $0.lowercased() })
        self.surnameSpellings = Set(surnames.flatMap { [Substring($0), Substring($0.prefix(1).uppercased() + $0.dropFirst())] })
        self.provinces2025 = provinces2025
        self.titleForms = titleForms
        self.eventNameEnds = eventNameEnds
        self.eventNameEndFolds = Set(eventNameEnds.map { tokenizer.fold.fold($0) })
        self.tokenizer = tokenizer
        self.stopWordFolds = Set(Chunker.stopWords.map { tokenizer.fold.fold($0) })
        self.provinceKeys = provinceKeys
        self.files = files
    }

    static let composites = Set(Clause.compositeNames)
    static let captureNames: Set<String> = ["recipients", "awards", "granter", "recipient", "presenter"]
    static let builtInClasses: Set<String> = ["award", "generic_award", "award_prefix", "not_award", "granter_alias",
                                              "surname", "honorific", "title_word", "org_word", "not_org_word", "province"]
    /// Classes the composite classes read; rules must define them.
    static let requiredClasses: Set<String> = ["kind", "qualifier", "number", "tens", "multiplier", "approximate",
                                               "class_word", "class_value", "all_classes", "on_behalf", "determiner"]

    public static let directoryName = "extraction"

    /// Loads every `*.yaml` of `rules/extraction/` (and of `extra`, for tests and tools).
    public static func load(from directory: RuleDirectory, fold: FoldKey, extra: [URL] = []) throws(RuleLoadError) -> ExtractionRules {
        let diagnostics = RuleDiagnostics()
        let folder = directory.url.appendingPathComponent(directoryName)
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
            .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted()
        if names.isEmpty {
            diagnostics.report("no rule files (*.yaml) in this directory", file: folder.path, line: 0)
        }
        var values: [RuleValue] = []
        for name in names {
            if let value = directory.load(directoryName + "/" + name, diagnostics: diagnostics) { values.append(value) }
        }
        for url in extra {
            if let value = RuleDirectory(url: url.deletingLastPathComponent()).load(url.lastPathComponent, diagnostics: diagnostics) {
                values.append(value)
            }
        }
        var builder = RulesBuilder(tokenizer: Tokenizer(fold: fold), diagnostics: diagnostics)
        for value in values { builder.read(value) }
        let rules = builder.finish(files: names.map { folder.appendingPathComponent($0).path } + extra.map(\.path))
        try diagnostics.throwIfAny()
        return rules
    }
}

/// Accumulates the rule files, then checks what only the whole set can tell.
struct RulesBuilder {
    let tokenizer: Tokenizer
    let diagnostics: RuleDiagnostics
    var lexicon = Lexicon()
    var granters: [String: GranterInfo] = [:]
    var generic: [String: (national: String, fallback: String)] = [:]
    var conferrers: [String: Set<String>] = [:]
    /// Where each `conferred_only_by` granter is written, to report one that `granters` lacks.
    var conferrerEntries: [(granter: String, at: RuleValue)] = []
    var pending: [(value: RuleValue, id: String, priority: Int, node: PatternNode, set: [String]?, unless: [PatternNode],
                   unlessAt: [PatternNode], afterBreakdown: Bool)] = []
    var ids: [String: RuleValue] = [:]
    var surnames: Set<String> = []
    var titleStarts: Set<String> = []
    var provinces2025: [String: String] = [:]
    var titleForms: [(long: String, short: String)] = []
    var eventNameEnds: Set<String> = []

    func phrase(_ text: String) -> [String] {
        tokenizer.tokens(Substring(text)).map(\.fold)
    }

    mutating func add(_ text: String, _ wordClass: String, _ value: String = "") {
        let tokens = tokenizer.tokens(Substring(text))
        lexicon.add(tokens.map(\.fold), spelling: tokens.map(\.text).joined(separator: " "),
                    wordClass: wordClass, value: value)
    }

    /// Classes the rules compare with diacritics, with where each was named (checked once
    /// every file is read).
    var diacriticClasses: [(name: String, at: RuleValue)] = []

    mutating func read(_ root: RuleValue) {
        root.rejectUnknownKeys(["lexicon", "awards", "generic_awards", "conferred_only_by", "award_prefixes", "not_awards", "granters",
                                "people", "patterns", "provinces", "provinces_2025", "title_forms", "event_name_ends",
                                "diacritics"])
        // Whatever file adds its phrases: every phrase's spelling is kept, and matching asks.
        for name in root.field("diacritics", required: false)?.items ?? [] {
            guard let text = name.string else { continue }
            lexicon.compareWithDiacritics(text)
            diacriticClasses.append((text, name))
        }
        for (new, olds) in root.field("provinces_2025", required: false)?.entries ?? [] {
            for old in olds.strings { provinces2025[old] = new }
        }
        for word in root.field("event_name_ends", required: false)?.strings ?? [] { eventNameEnds.insert(word.lowercased()) }
        for (long, short) in root.field("title_forms", required: false)?.entries ?? [] {
            if let short = short.string { titleForms.append((long, short)) }
        }
        for (name, aliases) in root.field("provinces", required: false)?.entries ?? [] {
            for alias in aliases.strings { add(alias, "province", name) }
        }
        for (name, value) in root.field("lexicon", required: false)?.entries ?? [] {
            readClass(name, value)
        }
        for (slug, value) in root.field("awards", required: false)?.entries ?? [] {
            guard checkSlug(slug, in: Vocabulary.awards, what: "award", at: value) else { continue }
            for alias in value.strings {
                // An award is a name: one lower-case word is a piece of an alias a comma split
                // ("Chiến sĩ thi đua cấp bộ, ngành, tỉnh" unquoted made "tỉnh" an award).
                if !alias.contains(" "), let first = alias.first, first.isLowercase {
                    value.report("award alias '\(alias)' of \(slug) is one lower-case word: quote an alias that holds a comma")
                }
                add(alias, "award", slug)
            }
        }
        for (granter, value) in root.field("conferred_only_by", required: false)?.entries ?? [] {
            conferrerEntries.append((granter, value))
            for slug in value.strings where checkSlug(slug, in: Vocabulary.awards, what: "award", at: value) {
                conferrers[slug, default: []].insert(granter)
            }
        }
        for (key, value) in root.field("generic_awards", required: false)?.entries ?? [] {
            value.rejectUnknownKeys(["aliases", "national", "default"])
            guard let national = value.field("national")?.string, let fallback = value.field("default")?.string,
                  checkSlug(national, in: Vocabulary.awards, what: "award", at: value),
                  checkSlug(fallback, in: Vocabulary.awards, what: "award", at: value) else { continue }
            generic[key] = (national, fallback)
            for alias in value.field("aliases")?.strings ?? [] { add(alias, "generic_award", key) }
        }
        for alias in root.field("award_prefixes", required: false)?.strings ?? [] { add(alias, "award_prefix") }
        for alias in root.field("not_awards", required: false)?.strings ?? [] { add(alias, "not_award") }
        for (slug, value) in root.field("granters", required: false)?.entries ?? [] {
            readGranter(slug, value)
        }
        if let people = root.field("people", required: false) {
            people.rejectUnknownKeys(["surnames", "honorifics", "title_words", "org_words", "not_org_words"])
            for (key, wordClass) in [("surnames", "surname"), ("honorifics", "honorific"), ("title_words", "title_word"),
                                     ("org_words", "org_word"), ("not_org_words", "not_org_word")] {
                for alias in people.field(key, required: false)?.strings ?? [] { add(alias, wordClass) }
            }
            for title in people.field("title_words", required: false)?.strings ?? [] {
                if let first = tokenizer.tokens(Substring(title)).first { titleStarts.insert(String(first.text)) }
            }
            for surname in people.field("surnames", required: false)?.strings ?? [] {
                if let first = tokenizer.tokens(Substring(surname)).first { surnames.insert(first.text.lowercased()) }
            }
        }
        for value in root.field("patterns", required: false)?.items ?? [] {
            readPattern(value)
        }
    }

    private mutating func readClass(_ name: String, _ value: RuleValue) {
        guard name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) else {
            value.report("a class name is letters, digits and '_', found '\(name)'")
            return
        }
        if ExtractionRules.composites.contains(name) || ExtractionRules.builtInClasses.contains(name) {
            value.report("'\(name)' is a built-in class; choose another name")
            return
        }
        if case .sequence = value.node {
            for alias in value.strings { add(alias, name) }
            return
        }
        for (member, aliases) in value.entries {
            if name == "kind", member != "none" {
                guard checkSlug(member, in: Vocabulary.kinds, what: "kind", at: aliases) else { continue }
            }
            for alias in aliases.strings { add(alias, name, member) }
        }
    }

    private mutating func readGranter(_ slug: String, _ value: RuleValue) {
        value.rejectUnknownKeys(["aliases", "level", "not_after", "named", "extends", "unnamed"])
        guard checkSlug(slug, in: Vocabulary.granters, what: "granter", at: value) else { return }
        let level = value.field("level")?.string ?? "other"
        if !["national", "provincial", "other"].contains(level) {
            value.field("level")?.report("level is national, provincial or other, found '\(level)'")
        }
        granters[slug] = GranterInfo(
            slug: slug, level: level,
            notAfter: (value.field("not_after", required: false)?.strings ?? []).map(phrase),
            named: value.field("named", required: false)?.bool ?? false,
            extends: value.field("extends", required: false)?.bool ?? false,
            unnamed: value.field("unnamed", required: false).map { $0.strings.map(phrase) })
        let aliases = value.field("aliases")?.strings ?? []
        var seen = Set<[String]>()
        for alias in aliases {
            // Listed twice, it is most often the piece of an alias a comma split ("Bộ trưởng,
            // Chủ nhiệm Ủy ban Dân tộc" unquoted gave "Bộ trưởng" again).
            if !seen.insert(phrase(alias)).inserted {
                value.field("aliases")?.report("granter alias '\(alias)' of \(slug) is listed twice: quote an alias that holds a comma")
            }
            add(alias, "granter_alias", slug)
            if let first = tokenizer.tokens(Substring(alias)).first { titleStarts.insert(String(first.text)) }
        }
        let known = Set(aliases.map(phrase))
        for unnamed in value.field("unnamed", required: false)?.strings ?? [] where !known.contains(phrase(unnamed)) {
            value.field("unnamed")?.report("'\(unnamed)' is not one of the aliases of \(slug)")
        }
    }

    private mutating func readPattern(_ value: RuleValue) {
        value.rejectUnknownKeys(["id", "priority", "pattern", "set", "unless", "unless_at", "after_breakdown"])
        guard let id = value.field("id")?.string, let text = value.field("pattern")?.string else { return }
        if let first = ids[id] {
            value.report("duplicate rule id '\(id)' (first at \(first.file):\(first.line))")
            return
        }
        ids[id] = value
        var parser = PatternParser(text, fold: phrase)
        let node: PatternNode
        do {
            node = try parser.parse()
        } catch {
            value.field("pattern")?.report("rule '\(id)': \(error.message)")
            return
        }
        var setAwards: [String]?
        if let set = value.field("set", required: false) {
            set.rejectUnknownKeys(["award"])
            setAwards = set.field("award")?.strings
            for slug in setAwards ?? [] { _ = checkSlug(slug, in: Vocabulary.awards, what: "award", at: set) }
        }
        func conditions(_ key: String) -> [PatternNode] {
            var nodes: [PatternNode] = []
            for item in value.field(key, required: false)?.items ?? [] {
                guard let text = item.string else { continue }
                var parser = PatternParser(text, fold: phrase)
                do {
                    nodes.append(try parser.parse())
                } catch {
                    item.report("rule '\(id)': \(key): \(error.message)")
                }
            }
            return nodes
        }
        pending.append((value, id, value.field("priority", required: false)?.int ?? 0, node, setAwards, conditions("unless"),
                        conditions("unless_at"), value.field("after_breakdown", required: false)?.bool ?? false))
    }

    private func checkSlug(_ slug: String, in vocabulary: Set<String>, what: String, at value: RuleValue) -> Bool {
        if vocabulary.contains(slug) { return true }
        value.report("unknown \(what) slug '\(slug)' (records.md lists: \(vocabulary.sorted().joined(separator: ", ")))")
        return false
    }

    func finish(files: [String]) -> ExtractionRules {
        let known = lexicon.classes.union(ExtractionRules.composites)
        let provinces = lexicon.values(of: "province")
        for (old, new) in provinces2025 where !provinces.contains(old) {
            diagnostics.report("provinces_2025: '\(old)' (under '\(new)') is not a province of the gazetteer",
                               file: files.first ?? "rules/extraction", line: 0)
        }
        for (name, value) in diacriticClasses where !lexicon.classes.contains(name) {
            value.report("diacritics: '\(name)' is no class of the lexicon")
        }
        for required in ExtractionRules.requiredClasses where !lexicon.classes.contains(required) {
            diagnostics.report("the lexicon has no class '\(required)', which the built-in classes need",
                               file: files.first ?? "rules/extraction", line: 0)
        }
        // Each rule is indexed under its rarest mandatory item: a class with few phrases
        // before a word, a word before a composite class (recipients are everywhere).
        let sizes = lexicon.classSizes
        func commonness(_ anchor: String) -> Int {
            if anchor.hasPrefix("=") { return 500 }
            let name = String(anchor.dropFirst())
            return ExtractionRules.composites.contains(name) ? 10_000 : sizes[name, default: 0]
        }
        var patterns: [CompiledPattern] = []
        var index: [[Int]] = Array(repeating: [], count: lexicon.classCount), wordIndex: [String: [Int]] = [:]
        var conditionKeys: [PatternNode: Int] = [:]
        for rule in pending {
            var valid = true
            for name in rule.node.classes.union((rule.unless + rule.unlessAt).reduce(into: Set<String>()) { $0.formUnion($1.classes) })
            where !known.contains(name) {
                rule.value.field("pattern")?.report("rule '\(rule.id)': unknown class '@\(name)'")
                valid = false
            }
            for name in rule.node.captureNames where !ExtractionRules.captureNames.contains(name) {
                rule.value.field("pattern")?.report(
                    "rule '\(rule.id)': bad capture '\(name)' (captures: \(ExtractionRules.captureNames.sorted().joined(separator: ", ")))")
                valid = false
            }
            if rule.node.mandatory.isEmpty {
                rule.value.field("pattern")?.report("rule '\(rule.id)': nothing in the pattern is required; it would match everywhere")
                valid = false
            }
            guard valid else { continue }
            switch Anchor(rule.node.mandatory.min { (commonness($0), $0) < (commonness($1), $1) }!, lexicon: lexicon) {
            case .word(let word): wordIndex[word, default: []].append(patterns.count)
            case .wordClass(let wordClass): index[Int(wordClass.number)].append(patterns.count)
            case nil: continue
            }
            let whole = Condition(rule.node, lexicon: lexicon)
            patterns.append(CompiledPattern(id: rule.id, priority: rule.priority, node: rule.node, program: whole.program, setAwards: rule.set,
                                            unless: rule.unless.map { node in
                                                let key = conditionKeys[node] ?? conditionKeys.count
                                                conditionKeys[node] = key
                                                return Condition(node, lexicon: lexicon, key: key)
                                            },
                                            unlessAt: rule.unlessAt.map { Condition($0, lexicon: lexicon) },
                                            afterBreakdown: rule.afterBreakdown, mandatory: whole.mandatory,
                                            first: whole.first, file: rule.value.file, line: rule.value.line))
        }
        for (name, value) in conferrerEntries where granters[name] == nil {
            value.report("conferred_only_by: '\(name)' is not a granter (granters: \(granters.keys.sorted().joined(separator: ", ")))")
        }
        return ExtractionRules(lexicon: lexicon, granters: granters, generic: generic, conferrers: conferrers,
                               patterns: patterns, index: index,
                               wordIndex: wordIndex,
                               surnames: surnames, titleStarts: titleStarts, provinces2025: provinces2025,
                               titleForms: titleForms, eventNameEnds: eventNameEnds, tokenizer: tokenizer,
                               provinceKeys: lexicon.values(of: "province").sorted().map { name in
                                   (name, Array(String(tokenizer.fold.fold(name).unicodeScalars.filter { $0.properties.isAlphabetic }).utf8))
                               },
                               files: files)
    }
}
