import Foundation
import Normalize
import RuleFiles
import ThiDuaModel

/// Accumulates the rule files, then checks what only the whole set can tell.
struct RulesBuilder {
    let tokenizer: Tokenizer
    let diagnostics: RuleDiagnostics
    var lexicon = Lexicon()
    var granters: [String: GranterInfo] = [:]
    var generic: [String: (national: String, fallback: String)] = [:]
    var conferrers: [String: Set<String>] = [:]
    /// The one kind of recipient an award goes to (`only_for`).
    var onlyFor: [String: String] = [:]
    /// Titles whose name says who holds them (`titles_naming_holders`), checked against every
    /// file's `only_for` when all are read.
    var titlesNamingHolderEntries: [(slug: String, at: RuleValue)] = []
    /// Words that count people who never hold a title (`not_held_by`), folded, by award.
    var notHeldBy: [String: [[String]]] = [:]
    var centralCityEntries: [(name: String, at: RuleValue)] = []
    /// Where each `conferred_only_by` granter is written, to report one that `granters` lacks.
    var conferrerEntries: [(granter: String, at: RuleValue)] = []
    /// Where each `conferred_only_by_name` granter is written.
    var namedConferrerEntries: [(granter: String, at: RuleValue)] = []
    /// Awards whose name says who confers them (`granter_in_name`), with where each is written.
    var namedGranters: [String: String] = [:]
    var namedGranterEntries: [(granter: String, at: RuleValue)] = []
    /// Conditions parsed, by their text: most rules share them (a YAML alias, `*not-done`).
    var parsedConditions: [String: PatternNode] = [:]
    var pending: [(value: RuleValue, id: String, priority: Int, node: PatternNode, set: [String]?, unless: [PatternNode],
                   unlessAt: [PatternNode], afterBreakdown: Bool)] = []
    var ids: [String: RuleValue] = [:]
    var surnames: Set<String> = []
    var middleNames: Set<Substring> = []
    /// Awards said short, with the awards of `Vocabulary` each may stand for (`short_awards`).
    var shortAwards: [String: [String]] = [:]
    var titleStarts: Set<String> = []
    var provinces2025: [String: String] = [:]
    var titleForms: [(long: String, short: String)] = []
    var eventNameEnds: Set<String> = []
    /// Classes the rules compare with diacritics, with where each was named (checked once
    /// every file is read).
    var diacriticClasses: [(key: String, name: String, at: RuleValue)] = []
    /// Each district's province, and the entries as read (for where a problem stands).
    var districtProvinces: [String: String] = [:]
    var districtEntries: [(province: String, names: RuleValue)] = []

    func phrase(_ text: String) -> [String] {
        tokenizer.tokens(Substring(text)).map(\.fold)
    }

    /// Adds a phrase; its first word as written.
    @discardableResult
    mutating func add(_ text: String, _ wordClass: String, _ value: String = "") -> String? {
        let tokens = tokenizer.tokens(Substring(text))
        lexicon.add(tokens.map(\.fold), spelling: tokens.map(\.text).joined(separator: " "),
                    wordClass: wordClass, value: value)
        return tokens.first.map { String($0.text) }
    }

    mutating func read(_ root: RuleValue) {
        root.rejectUnknownKeys(["lexicon", "awards", "generic_awards", "conferred_only_by", "conferred_only_by_name", "only_for", "titles_naming_holders", "not_held_by", "granter_in_name", "award_prefixes", "not_awards", "short_awards", "granters",
                                "people", "patterns", "provinces", "provinces_2025", "central_cities", "districts", "title_forms", "event_name_ends",
                                "diacritics", "capitalized"])
        // Whatever file adds its phrases: every phrase's spelling is kept, and matching asks.
        // `capitalized` classes are compared with diacritics too, and only capitalized.
        for key in ["diacritics", "capitalized"] {
            for name in root.field(key, required: false)?.items ?? [] {
                guard let text = name.string else { continue }
                if key == "capitalized" { lexicon.compareCapitalized(text) } else { lexicon.compareWithDiacritics(text) }
                diacriticClasses.append((key, text, name))
            }
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
        // A district's name under its province: the province's name is the phrase's value. One
        // name under two provinces says neither (the file must leave it out).
        for (province, names) in root.field("districts", required: false)?.entries ?? [] {
            districtEntries.append((province, names))
            for name in names.strings {
                if let other = districtProvinces[name], other != province {
                    names.report("districts: '\(name)' is listed under \(other) and \(province): a name two provinces share says neither, leave it out")
                }
                districtProvinces[name] = province
                add(name, "district", province)
            }
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
        for (key, value) in root.field("short_awards", required: false)?.entries ?? [] {
            value.rejectUnknownKeys(["aliases", "of"])
            if Vocabulary.awards.contains(key) {
                value.report("short_awards: '\(key)' is an award slug; a short award needs a name of its own")
                continue
            }
            guard let of = value.field("of") else { continue }
            let full = of.strings.filter { checkSlug($0, in: Vocabulary.awards, what: "award", at: of) }
            guard !full.isEmpty else { continue }
            shortAwards[key] = full
            for alias in value.field("aliases")?.strings ?? [] { add(alias, "short_award", key) }
        }
        for (granter, value) in root.field("conferred_only_by", required: false)?.entries ?? [] {
            conferrerEntries.append((granter, value))
            for slug in value.strings where checkSlug(slug, in: Vocabulary.awards, what: "award", at: value) {
                conferrers[slug, default: []].insert(granter)
            }
        }
        for (granter, value) in root.field("conferred_only_by_name", required: false)?.entries ?? [] {
            namedConferrerEntries.append((granter, value))
            for spelling in value.strings { add(spelling, "conferred_by_name", granter) }
        }
        readHolders(root)
        if let cities = root.field("central_cities", required: false) {
            for name in cities.strings { centralCityEntries.append((name, cities)) }
        }
        for (slug, value) in root.field("granter_in_name", required: false)?.entries ?? [] {
            guard checkSlug(slug, in: Vocabulary.awards, what: "award", at: value), let granter = value.string else { continue }
            namedGranters[slug] = granter
            namedGranterEntries.append((granter, value))
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
            people.rejectUnknownKeys(["surnames", "middle_names", "honorifics", "title_words", "org_words", "org_names", "not_org_words"])
            // A body's name by itself ("Viettel") starts a body's name as an org word does.
            for (key, wordClass) in [("surnames", "surname"), ("honorifics", "honorific"), ("title_words", "title_word"),
                                     ("org_words", "org_word"), ("org_names", "org_word"), ("org_names", "org_name"),
                                     ("not_org_words", "not_org_word")] {
                for alias in people.field(key, required: false)?.strings ?? [] {
                    let first = add(alias, wordClass)
                    if key == "title_words", let first { titleStarts.insert(first) }
                }
            }
            for surname in people.field("surnames", required: false)?.strings ?? [] {
                if let first = tokenizer.tokens(Substring(surname)).first { surnames.insert(first.text.lowercased()) }
            }
            for name in people.field("middle_names", required: false)?.strings ?? [] {
                middleNames.formUnion([Substring(name), Substring(name.lowercased())])
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
            if let first = add(alias, "granter_alias", slug) { titleStarts.insert(first) }
        }
        let known = Set(aliases.map(phrase))
        for unnamed in value.field("unnamed", required: false)?.strings ?? [] where !known.contains(phrase(unnamed)) {
            value.field("unnamed")?.report("'\(unnamed)' is not one of the aliases of \(slug)")
        }
    }

    private mutating func readPattern(_ value: RuleValue) {
        value.rejectUnknownKeys(["id", "priority", "pattern", "set", "unless", "unless_at", "after_breakdown", "titles_counted"])
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
        for slug in value.field("titles_counted", required: false)?.strings ?? [] {
            _ = checkSlug(slug, in: Vocabulary.awards, what: "award", at: value.field("titles_counted")!)
        }
        var setAwards: [String]?
        if let set = value.field("set", required: false) {
            set.rejectUnknownKeys(["award"])
            setAwards = set.field("award")?.strings
            for slug in setAwards ?? [] { _ = checkSlug(slug, in: Vocabulary.awards, what: "award", at: set) }
        }
        func conditions(_ key: String) -> [PatternNode] {
            var nodes: [PatternNode] = []
            // A list inside the list is read as its items: a shared list by its anchor and a
            // rule's own conditions beside it ("[*praise-nouns, \"@praise @to\"]").
            let listed = (value.field(key, required: false)?.items ?? []).flatMap { $0.isList ? $0.items : [$0] }
            for item in listed {
                guard let text = item.string else { continue }
                if let known = parsedConditions[text] {
                    nodes.append(known)
                    continue
                }
                var parser = PatternParser(text, fold: phrase)
                do {
                    let node = try parser.parse()
                    parsedConditions[text] = node
                    nodes.append(node)
                } catch {
                    item.report("rule '\(id)': \(key): \(error.message)")
                }
            }
            return nodes
        }
        pending.append((value, id, value.field("priority", required: false)?.int ?? 0, node, setAwards, conditions("unless"),
                        conditions("unless_at"), value.field("after_breakdown", required: false)?.bool ?? false))
    }

    func checkSlug(_ slug: String, in vocabulary: Set<String>, what: String, at value: RuleValue) -> Bool {
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
        for (province, names) in districtEntries where !provinces.contains(province) {
            names.report("districts: '\(province)' is not a province of the gazetteer")
        }
        for (key, name, value) in diacriticClasses where !lexicon.classes.contains(name) {
            value.report("\(key): '\(name)' is no class of the lexicon")
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
        var firstKeys: [FirstSet: Int] = [:]
        var index: [[Int]] = Array(repeating: [], count: lexicon.classCount), wordIndex: [String: [Int]] = [:]
        var conditionKeys: [PatternNode: Int] = [:], unlessAtKeys: [[Int]: Int] = [:]
        // A condition shared by many rules (a YAML alias: `*not-done`) is compiled once.
        var compiled: [Int: Condition] = [:]
        func condition(_ node: PatternNode) -> Condition {
            let key = conditionKeys[node] ?? conditionKeys.count
            conditionKeys[node] = key
            if let known = compiled[key] { return known }
            let made = Condition(node, lexicon: lexicon, key: key)
            compiled[key] = made
            return made
        }
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
            let firstKey = firstKeys[whole.first] ?? firstKeys.count
            firstKeys[whole.first] = firstKey
            let unlessAt = rule.unlessAt.map(condition)
            let unlessAtKey = unlessAtKeys[unlessAt.map(\.key)] ?? unlessAtKeys.count
            unlessAtKeys[unlessAt.map(\.key)] = unlessAtKey
            patterns.append(CompiledPattern(id: rule.id, priority: rule.priority, node: rule.node, program: whole.program, setAwards: rule.set,
                                            unless: rule.unless.map(condition), unlessAt: unlessAt, unlessAtKey: unlessAtKey,
                                            afterBreakdown: rule.afterBreakdown, mandatory: whole.mandatory,
                                            choices: rule.node.mandatoryChoices.map { $0.sorted().compactMap { Anchor($0, lexicon: lexicon) } },
                                            first: whole.first, firstKey: firstKey, file: rule.value.file, line: rule.value.line,
                                            titlesCounted: rule.value.field("titles_counted", required: false).map { Set($0.strings) }))
        }
        for (name, value) in conferrerEntries where granters[name] == nil {
            value.report("conferred_only_by: '\(name)' is not a granter (granters: \(granters.keys.sorted().joined(separator: ", ")))")
        }
        for (name, value) in namedConferrerEntries where granters[name] == nil {
            value.report("conferred_only_by_name: '\(name)' is not a granter (granters: \(granters.keys.sorted().joined(separator: ", ")))")
        }
        for (slug, value) in titlesNamingHolderEntries where onlyFor[slug] == nil {
            value.report("titles_naming_holders: \(slug) is in no only_for list")
        }
        let provinceNames = Set(lexicon.values(of: "province"))
        for (name, value) in centralCityEntries where !provinceNames.contains(name) {
            value.report("central_cities: '\(name)' is not a province of `provinces`")
        }
        for (name, value) in namedGranterEntries where granters[name] == nil {
            value.report("granter_in_name: '\(name)' is not a granter (granters: \(granters.keys.sorted().joined(separator: ", ")))")
        }
        // A short award is conferred and received as every award it may stand for is.
        var conferrers = conferrers, onlyFor = onlyFor
        for (key, full) in shortAwards {
            if let first = conferrers[full[0]], full.allSatisfy({ conferrers[$0] == first }) { conferrers[key] = first }
            if let kind = onlyFor[full[0]], full.allSatisfy({ onlyFor[$0] == kind }) { onlyFor[key] = kind }
        }
        return ExtractionRules(lexicon: lexicon, granters: granters, generic: generic, conferrers: conferrers, onlyFor: onlyFor,
                               namedGranters: namedGranters, patterns: patterns, index: index,
                               wordIndex: wordIndex,
                               surnames: surnames, titleStarts: titleStarts, provinces2025: provinces2025, districts: districtProvinces,
                               titleForms: titleForms, eventNameEnds: eventNameEnds, tokenizer: tokenizer,
                               provinceKeys: lexicon.values(of: "province").sorted().map { name in
                                   (name, Array(String(tokenizer.fold.fold(name).unicodeScalars.filter { $0.properties.isAlphabetic }).utf8))
                               },
                               files: files, titlesNamingHolders: Set(titlesNamingHolderEntries.map(\.slug)), notHeldBy: notHeldBy,
                               centralCities: Set(centralCityEntries.map(\.name)), middleNames: middleNames, shortAwards: shortAwards)
    }
}
