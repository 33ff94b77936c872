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
    /// The same number for the same list of `unlessAt` conditions: where they match is found
    /// once per clause for all the rules that share it (25 share the not-done list).
    let unlessAtKey: Int
    /// The rule applies only to the clauses after a "trong đó" clause of a sentence, and
    /// after the marker in the clause that counts the total (`Extractor.partsStart`).
    let afterBreakdown: Bool
    /// Classes and words a clause must have for the rule to be tried.
    let mandatory: [Anchor]
    /// Sets of classes and words of which a clause must have one at least (`PatternNode.mandatoryChoices`).
    let choices: [[Anchor]]
    /// What a match can start with: start tokens without one are skipped.
    let first: FirstSet
    /// The same number for the same first set: where a clause's tokens start one is found
    /// once for all the rules that share it (most rules begin with a giver or a verb).
    let firstKey: Int
    let file: String
    let line: Int
    /// The rule captures a `holder` (checked when a match is taken: `Extractor.holderHolds`).
    let capturesHolder: Bool
    /// The pattern begins with "^": a match can start at the clause's first token only (the
    /// rule is not tried at every token its first set allows).
    let startsClause: Bool
    /// Every award the rule captures must be one of these titles, counted by its holders' kind
    /// ("120 Tập thể lao động tiên tiến": `AwardMention.countsKind`), as many holders as titles
    /// (`titles_counted`); nil: any award.
    let titlesCounted: Set<String>?

    init(id: String, priority: Int, node: PatternNode, program: MatchProgram, setAwards: [String]?, unless: [Condition],
         unlessAt: [Condition], unlessAtKey: Int, afterBreakdown: Bool, mandatory: [Anchor], choices: [[Anchor]],
         first: FirstSet, firstKey: Int, file: String, line: Int, titlesCounted: Set<String>? = nil) {
        self.id = id
        self.priority = priority
        self.node = node
        self.program = program
        self.setAwards = setAwards
        self.unless = unless
        self.unlessAt = unlessAt
        self.unlessAtKey = unlessAtKey
        self.afterBreakdown = afterBreakdown
        self.mandatory = mandatory
        self.choices = choices
        self.first = first
        self.firstKey = firstKey
        self.file = file
        self.line = line
        capturesHolder = node.captureNames.contains("holder")
        self.titlesCounted = titlesCounted
        if case .sequence(let nodes) = node, case .clauseStart? = nodes.first { startsClause = true } else { startsClause = false }
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
    /// Awards only one kind of recipient receives (`only_for`), with that kind.
    let onlyFor: [String: String]
    /// Titles whose name says who holds them though no kind word opens it (`titles_naming_holders`):
    /// "3.200 Lao động tiên tiến" counts people (`AwardMention.countsKind`).
    let titlesNamingHolders: Set<String>
    /// Words that count people who never hold an award (`not_held_by`), folded, by award:
    /// "xã có 324 liệt sĩ, 18 mẹ được phong tặng danh hiệu Bà mẹ Việt Nam anh hùng".
    let notHeldBy: [String: [[String]]]
    /// Cities governed as provinces (`central_cities`): their "UBND thành phố" is a province's;
    /// a city of another province gives as a district does.
    let centralCities: Set<String>
    /// The middle names most people's names have (`middle_names`), as written and in lower case.
    let middleNames: Set<Substring>
    /// Awards said short after an award prefix ("danh hiệu Anh hùng"), with the awards each may
    /// stand for: the article's own full name of one says which (`Extractor.resolveShortAwards`).
    let shortAwards: [String: [String]]
    /// The keys of `shortAwards`, compared in place over every document's records.
    let shortAwardSlugs: [String]
    /// Awards whose name says who confers them (`granter_in_name`): "Bằng khen Thủ tướng
    /// Chính phủ: 10 cá nhân" is the Prime Minister's, "của" or not.
    let namedGranters: [String: String]
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
    /// A district's name (`districts`) → its province.
    public let districts: [String: String]
    /// Long forms in titles and body names, and the short forms records use ("Ủy ban nhân dân" → "UBND").
    let titleForms: [(long: String, short: String)]
    /// Words that end an event's name, in lower case (`event_name_ends`), and their fold
    /// keys: a token is lower-cased only when its key is one of them.
    let eventNameEnds: Set<String>
    let eventNameEndFolds: Set<String>
    let tokenizer: Tokenizer
    /// `Chunker.stopWords` by fold key, each spelling's bytes: a token whose fold is one is
    /// compared byte by byte ("là" and "lá" share a fold), where lower-casing it and hashing
    /// the copy (non-ASCII strings hash through NFC) was paid at every word of every name.
    let stopWordSpellings: [String: [[UInt8]]]
    /// Each province name with its fold key, letters only ("laocai"), to find it in outlet
    /// names and host names ("Báo Lào Cai điện tử", "laocai.gov.vn").
    let provinceKeys: [(name: String, key: [UInt8])]
    /// Files read, for `thidua rules check` and the run record.
    public let files: [String]

    public var patternCount: Int { patterns.count }
    /// How many distinct `unless` conditions the patterns have (their `key`s are below it).
    let conditionCount: Int
    /// How many distinct first sets the patterns have (their `firstKey`s are below it).
    let firstSetCount: Int

    init(lexicon: Lexicon, granters: [String: GranterInfo], generic: [String: (national: String, fallback: String)],
         conferrers: [String: Set<String>], onlyFor: [String: String], namedGranters: [String: String], patterns: [CompiledPattern], index: [[Int]], wordIndex: [String: [Int]], surnames: Set<String>,
         titleStarts: Set<String>, provinces2025: [String: String], districts: [String: String], titleForms: [(long: String, short: String)], eventNameEnds: Set<String>,
         tokenizer: Tokenizer,
         provinceKeys: [(name: String, key: [UInt8])], files: [String], titlesNamingHolders: Set<String> = [],
         notHeldBy: [String: [[String]]] = [:],
         centralCities: Set<String> = [], middleNames: Set<Substring> = [], shortAwards: [String: [String]] = [:]) {
        self.lexicon = lexicon
        self.titlesNamingHolders = titlesNamingHolders
        self.notHeldBy = notHeldBy
        self.centralCities = centralCities
        self.middleNames = middleNames
        self.shortAwards = shortAwards
        self.shortAwardSlugs = shortAwards.keys.sorted()
        self.granters = granters
        self.generic = generic
        self.conferrers = conferrers
        self.onlyFor = onlyFor
        self.namedGranters = namedGranters
        self.patterns = patterns
        self.conditionCount = (patterns.flatMap { $0.unless.map(\.key) }.max() ?? -1) + 1
        self.firstSetCount = (patterns.map(\.firstKey).max() ?? -1) + 1
        self.index = index
        self.wordIndex = wordIndex
        self.surnames = surnames
        self.titleStartSpellings = Set(titleStarts.flatMap { written in
            [Substring(written), Substring(written.lowercased()), Substring(written.prefix(1).uppercased() + written.dropFirst().lowercased())]
        })
        self.titleStarts = Set(titleStarts.map { $0.lowercased() })
        self.surnameSpellings = Set(surnames.flatMap { [Substring($0), Substring($0.prefix(1).uppercased() + $0.dropFirst())] })
        self.provinces2025 = provinces2025
        self.districts = districts
        self.titleForms = titleForms
        self.eventNameEnds = eventNameEnds
        self.eventNameEndFolds = Set(eventNameEnds.map { tokenizer.key($0) })
        self.tokenizer = tokenizer
        self.stopWordSpellings = Dictionary(grouping: Chunker.stopWords, by: { tokenizer.key($0) })
            .mapValues { $0.map { Array($0.utf8) } }
        self.provinceKeys = provinceKeys
        self.files = files
    }

    static let composites = Set(Clause.compositeNames)
    static let captureNames: Set<String> = ["recipients", "awards", "granter", "recipient", "presenter", "reward", "holder"]
    static let builtInClasses: Set<String> = ["award", "generic_award", "award_prefix", "not_award", "granter_alias",
                                              "surname", "honorific", "title_word", "org_word", "org_name", "not_org_word",
                                              "province", "short_award"]
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
