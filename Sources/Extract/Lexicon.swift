/// A class of the lexicon (`kind`, `award`, `receive` ...) by number. Clauses test classes
/// at every token; comparing names there cost more than the rest of the lookup, and
/// retaining shared name strings from two threads made the cores wait on each other.
struct WordClass: Hashable, Sendable {
    let number: Int32

    init(number: Int) { self.number = Int32(number) }

    /// The classes the code reads by name, numbered the same in every lexicon so that the
    /// code can use them as constants; the composite classes come first (their numbers are
    /// their places in `Clause.compositeNames`). Classes only the rules use are numbered
    /// after these, as they are read.
    static let builtInNames: [String] = Clause.compositeNames + [
        "kind", "qualifier", "number", "tens", "multiplier", "approximate", "measure", "class_word", "class_value",
        "all_classes", "on_behalf", "award", "generic_award", "award_prefix", "not_award", "granter_alias", "surname",
        "honorific", "title_word", "org_word", "not_org_word", "province", "give", "praise", "praised", "receive",
        "proposal", "breakdown", "event_type", "conference", "organize", "speech", "official_position", "official_body",
        "leader_election", "plan_word", "review_word", "day_part", "relative_day",
    ]

    /// The bits of classes numbered below 64, for `Clause.hasAny`.
    static func bits(_ classes: WordClass...) -> UInt64 {
        classes.reduce(0) { bits, wordClass in
            precondition(wordClass.number < 64, "class \(wordClass.number) has no bit")
            return bits | 1 << UInt64(wordClass.number)
        }
    }

    private init(builtIn name: String) {
        guard let number = Self.builtInNames.firstIndex(of: name) else { preconditionFailure("not a built-in class: \(name)") }
        self.init(number: number)
    }

    static let recipients = WordClass(builtIn: "recipients"), countedRecipients = WordClass(builtIn: "counted_recipients")
    static let awards = WordClass(builtIn: "awards"), granter = WordClass(builtIn: "granter")
    static let ofGranter = WordClass(builtIn: "of_granter"), person = WordClass(builtIn: "person")
    static let named = WordClass(builtIn: "named")
    static let kind = WordClass(builtIn: "kind"), qualifier = WordClass(builtIn: "qualifier")
    static let number = WordClass(builtIn: "number"), tens = WordClass(builtIn: "tens")
    static let multiplier = WordClass(builtIn: "multiplier"), approximate = WordClass(builtIn: "approximate")
    static let measure = WordClass(builtIn: "measure"), classWord = WordClass(builtIn: "class_word")
    static let classValue = WordClass(builtIn: "class_value"), allClasses = WordClass(builtIn: "all_classes")
    static let onBehalf = WordClass(builtIn: "on_behalf"), award = WordClass(builtIn: "award")
    static let genericAward = WordClass(builtIn: "generic_award"), awardPrefix = WordClass(builtIn: "award_prefix")
    static let notAward = WordClass(builtIn: "not_award"), granterAlias = WordClass(builtIn: "granter_alias")
    static let surname = WordClass(builtIn: "surname"), honorific = WordClass(builtIn: "honorific")
    static let titleWord = WordClass(builtIn: "title_word"), orgWord = WordClass(builtIn: "org_word")
    static let notOrgWord = WordClass(builtIn: "not_org_word"), province = WordClass(builtIn: "province")
    static let give = WordClass(builtIn: "give"), praise = WordClass(builtIn: "praise")
    static let praised = WordClass(builtIn: "praised"), receive = WordClass(builtIn: "receive")
    static let proposal = WordClass(builtIn: "proposal"), breakdown = WordClass(builtIn: "breakdown")
    static let eventType = WordClass(builtIn: "event_type"), conference = WordClass(builtIn: "conference")
    static let organize = WordClass(builtIn: "organize"), speech = WordClass(builtIn: "speech")
    static let officialPosition = WordClass(builtIn: "official_position"), officialBody = WordClass(builtIn: "official_body")
    static let leaderElection = WordClass(builtIn: "leader_election"), planWord = WordClass(builtIn: "plan_word")
    static let reviewWord = WordClass(builtIn: "review_word"), dayPart = WordClass(builtIn: "day_part")
    static let relativeDay = WordClass(builtIn: "relative_day")
}

/// One meaning of a word or phrase: its class and value (`tap-the`,
/// `huan-chuong-lao-dong`, "" for classes without values).
struct LexicalEntry: Sendable, Hashable {
    let wordClass: WordClass
    let value: String
}

/// A phrase of the lexicon found in a clause: its length in tokens, its class, and its
/// entry (for the value, read only when a rule or chunk uses it).
struct LexicalMatch: Sendable {
    let length: Int
    let wordClass: WordClass
    let entry: Int32
}

/// A set of classes as bits, for what a clause holds and what a rule needs.
struct ClassSet: Sendable {
    private var words: [UInt64]

    init(capacity: Int) { words = Array(repeating: 0, count: (capacity + 63) / 64) }

    func contains(_ wordClass: WordClass) -> Bool {
        let number = Int(wordClass.number)
        return number >> 6 < words.count && words[number >> 6] & (1 << UInt64(number & 63)) != 0
    }

    mutating func insert(_ wordClass: WordClass) {
        let number = Int(wordClass.number)
        if number >> 6 >= words.count { words.append(contentsOf: repeatElement(0, count: number >> 6 - words.count + 1)) }
        words[number >> 6] |= 1 << UInt64(number & 63)
    }

    /// The classes in the set, in number order.
    var members: [WordClass] {
        var members: [WordClass] = []
        for (position, word) in words.enumerated() where word != 0 {
            var bits = word
            while bits != 0 {
                members.append(WordClass(number: position * 64 + bits.trailingZeroBitCount))
                bits &= bits - 1
            }
        }
        return members
    }
}

/// Every phrase of the rules, as a trie over token fold keys, so that all phrases starting
/// at a token are found in one walk whatever the number of phrases.
struct Lexicon: Sendable {
    private var children: [[String: Int32]] = [[:]]
    /// Entries (numbers into `entries`) ending at each node of the trie.
    private var endings: [[Int32]] = [[]]
    private(set) var entries: [LexicalEntry] = []
    private var entryNumbers: [LexicalEntry: Int32] = [:]
    /// Class names by number, and back.
    private(set) var classNames: [String] = WordClass.builtInNames
    private var classNumbers: [String: WordClass] =
        Dictionary(uniqueKeysWithValues: WordClass.builtInNames.enumerated().map { ($1, WordClass(number: $0)) })
    /// Classes with at least one phrase.
    private(set) var classes: Set<String> = []

    var classCount: Int { classNames.count }

    /// The number of class `name`, numbering it if it is new.
    mutating func intern(_ name: String) -> WordClass {
        if let known = classNumbers[name] { return known }
        let wordClass = WordClass(number: classNames.count)
        classNames.append(name)
        classNumbers[name] = wordClass
        return wordClass
    }

    /// The number of class `name`, if the lexicon knows the name.
    func wordClass(named name: String) -> WordClass? { classNumbers[name] }

    func name(of wordClass: WordClass) -> String { classNames[Int(wordClass.number)] }

    func value(of match: LexicalMatch) -> String { entries[Int(match.entry)].value }

    mutating func add(_ phrase: [String], wordClass name: String, value: String) {
        guard !phrase.isEmpty else { return }
        let entry = LexicalEntry(wordClass: intern(name), value: value)
        var node = 0
        for word in phrase {
            if let next = children[node][word] {
                node = Int(next)
            } else {
                children.append([:])
                endings.append([])
                children[node][word] = Int32(children.count - 1)
                node = children.count - 1
            }
        }
        let number: Int32
        if let known = entryNumbers[entry] {
            number = known
        } else {
            number = Int32(entries.count)
            entries.append(entry)
            entryNumbers[entry] = number
        }
        if !endings[node].contains(number) { endings[node].append(number) }
        classes.insert(name)
    }

    /// How many phrases each class has (a rough measure of how common its words are).
    var classSizes: [String: Int] {
        var sizes: [String: Int] = [:]
        for list in endings { for number in list { sizes[name(of: entries[Int(number)].wordClass), default: 0] += 1 } }
        return sizes
    }

    /// Every value of a class (province names, award slugs).
    func values(of name: String) -> Set<String> {
        guard let wordClass = classNumbers[name] else { return [] }
        return Set(entries.filter { $0.wordClass == wordClass }.map(\.value))
    }

    /// Appends the phrases that start at `start` to `found`, longest first.
    func matches(_ folds: [String], at start: Int, into found: inout [LexicalMatch]) {
        let first = found.count
        var node = 0, index = start
        while index < folds.count, let next = children[node][folds[index]] {
            node = Int(next)
            index += 1
            for number in endings[node] {
                found.append(LexicalMatch(length: index - start, wordClass: entries[Int(number)].wordClass, entry: number))
            }
        }
        found[first...].reverse()
    }
}
