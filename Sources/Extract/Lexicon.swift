/// A class of the lexicon (`kind`, `award`, `receive` ...) by number. Clauses test classes
/// at every token; comparing names there cost more than the rest of the lookup, and
/// retaining shared name strings from two threads made the cores wait on each other.
struct WordClass: Hashable, Sendable {
    let number: Int32

    init(number: Int) { self.number = Int32(number) }

    /// The classes the code reads by name, numbered the same in every lexicon so that the
    /// code can use them as constants; the composite classes come first (their numbers are
    /// their places in `Clause.compositeNames`). Classes only the rules use are numbered
    /// after these, as they are read. The first 64 have a bit of their own (`bits`,
    /// `Clause.has`): the classes tested at every token of a name come before those only the
    /// event extractor reads.
    static let builtInNames: [String] = Clause.compositeNames + [
        "kind", "qualifier", "number", "tens", "multiplier", "approximate", "measure", "class_word", "class_value",
        "all_classes", "on_behalf", "award", "generic_award", "award_prefix", "not_award", "granter_alias", "surname",
        "honorific", "title_word", "org_word", "not_org_word", "province", "give", "praise", "praised", "receive",
        "proposal", "breakdown", "event_type", "conference", "organize", "speech", "official_position", "official_body",
        "of_giver", "plan_word", "review_word", "day_part", "relative_day", "determiner", "name_end",
        "local_place", "not_verb", "quote", "body_prefix", "occasion", "venue", "report", "on_proposal", "also", "local_unit",
        "by", "achieve", "to", "reward", "unit", "aside", "spoken_class", "list_intro", "unit_end", "not_award_year",
        "city", "not_person", "joined_verb", "zero_tens", "respectively", "former", "leader_election", "official_alone", "dedication",
        "household", "org_name", "decree", "not_event", "plan_verb", "ordinal", "place_kind",
        "given_name_honorific", "one_of", "handing_over", "comprising", "district_unit", "country", "name_phrase",
        "subject_adverb", "school_class", "sub_unit", "own_authority", "yesterday", "speaks_for", "win", "co_organize",
        "money", "currency", "by_decision", "own_predicate", "award_level", "conferred_by_name", "years_running",
        "district", "award_field", "list_opening", "list_name_end", "going_on", "national_name", "department_word",
        "recipient_description", "part_origin", "negation", "preside", "deed", "short_award", "sends", "along_with", "referred_body", "granter_head",
        "seated_body", "bloc_name", "ethnicity", "company_board", "contest",
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
    static let bareCount = WordClass(builtIn: "bare_count")
    static let named = WordClass(builtIn: "named"), countedAwards = WordClass(builtIn: "counted_awards")
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
    static let preside = WordClass(builtIn: "preside"), shortAward = WordClass(builtIn: "short_award")
    static let sends = WordClass(builtIn: "sends"), alongWith = WordClass(builtIn: "along_with")
    static let referredBody = WordClass(builtIn: "referred_body"), granterHead = WordClass(builtIn: "granter_head")
    static let officialPosition = WordClass(builtIn: "official_position"), officialBody = WordClass(builtIn: "official_body")
    static let leaderElection = WordClass(builtIn: "leader_election"), planWord = WordClass(builtIn: "plan_word")
    static let reviewWord = WordClass(builtIn: "review_word"), dayPart = WordClass(builtIn: "day_part")
    static let relativeDay = WordClass(builtIn: "relative_day"), determiner = WordClass(builtIn: "determiner")
    static let nameEnd = WordClass(builtIn: "name_end"), localPlace = WordClass(builtIn: "local_place")
    static let notVerb = WordClass(builtIn: "not_verb"), quote = WordClass(builtIn: "quote")
    static let dedication = WordClass(builtIn: "dedication"), occasion = WordClass(builtIn: "occasion")
    static let venue = WordClass(builtIn: "venue"), report = WordClass(builtIn: "report")
    static let onProposal = WordClass(builtIn: "on_proposal"), also = WordClass(builtIn: "also")
    static let localUnit = WordClass(builtIn: "local_unit")
    static let givenNameHonorific = WordClass(builtIn: "given_name_honorific"), oneOf = WordClass(builtIn: "one_of")
    static let handingOver = WordClass(builtIn: "handing_over"), comprising = WordClass(builtIn: "comprising")
    static let districtUnit = WordClass(builtIn: "district_unit")
    static let by = WordClass(builtIn: "by"), achieve = WordClass(builtIn: "achieve"), to = WordClass(builtIn: "to")
    static let officialAlone = WordClass(builtIn: "official_alone"), unit = WordClass(builtIn: "unit")
    static let aside = WordClass(builtIn: "aside"), spokenClass = WordClass(builtIn: "spoken_class")
    static let listIntro = WordClass(builtIn: "list_intro"), unitEnd = WordClass(builtIn: "unit_end")
    static let notAwardYear = WordClass(builtIn: "not_award_year"), city = WordClass(builtIn: "city")
    static let notPerson = WordClass(builtIn: "not_person"), joinedVerb = WordClass(builtIn: "joined_verb")
    static let zeroTens = WordClass(builtIn: "zero_tens"), respectively = WordClass(builtIn: "respectively")
    static let former = WordClass(builtIn: "former"), ofGiver = WordClass(builtIn: "of_giver")
    static let reward = WordClass(builtIn: "reward"), bodyPrefix = WordClass(builtIn: "body_prefix")
    static let household = WordClass(builtIn: "household"), orgName = WordClass(builtIn: "org_name")
    static let decree = WordClass(builtIn: "decree"), notEvent = WordClass(builtIn: "not_event")
    static let planVerb = WordClass(builtIn: "plan_verb"), ordinal = WordClass(builtIn: "ordinal")
    static let placeKind = WordClass(builtIn: "place_kind"), country = WordClass(builtIn: "country")
    static let namePhrase = WordClass(builtIn: "name_phrase"), subjectAdverb = WordClass(builtIn: "subject_adverb")
    static let ownAuthority = WordClass(builtIn: "own_authority"), yesterday = WordClass(builtIn: "yesterday")
    static let speaksFor = WordClass(builtIn: "speaks_for"), win = WordClass(builtIn: "win")
    static let blocName = WordClass(builtIn: "bloc_name")
    static let coOrganize = WordClass(builtIn: "co_organize")
    static let money = WordClass(builtIn: "money"), currency = WordClass(builtIn: "currency")
    static let byDecision = WordClass(builtIn: "by_decision"), ownPredicate = WordClass(builtIn: "own_predicate")
    static let awardLevel = WordClass(builtIn: "award_level"), conferredByName = WordClass(builtIn: "conferred_by_name")
    static let yearsRunning = WordClass(builtIn: "years_running")
    static let district = WordClass(builtIn: "district"), awardField = WordClass(builtIn: "award_field")
    static let listOpening = WordClass(builtIn: "list_opening"), listNameEnd = WordClass(builtIn: "list_name_end")
    static let schoolClass = WordClass(builtIn: "school_class"), subUnit = WordClass(builtIn: "sub_unit")
    static let goingOn = WordClass(builtIn: "going_on"), nationalName = WordClass(builtIn: "national_name")
    static let departmentWord = WordClass(builtIn: "department_word")
    static let recipientDescription = WordClass(builtIn: "recipient_description"), partOrigin = WordClass(builtIn: "part_origin")
    static let negation = WordClass(builtIn: "negation"), deed = WordClass(builtIn: "deed")
    static let seatedBody = WordClass(builtIn: "seated_body"), ethnicity = WordClass(builtIn: "ethnicity")
    static let companyBoard = WordClass(builtIn: "company_board"), contest = WordClass(builtIn: "contest")
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
/// at a token are found in one walk whatever the number of phrases. The trie's edges are
/// word numbers: a clause looks each token's fold key up once (`wordNumber`), and the walk
/// then hashes integers, not strings.
struct Lexicon: Sendable {
    /// The words of the phrases, numbered.
    private var words = WordTable()
    private var edges = EdgeTable()
    private var nodeCount: Int32 = 1
    /// Entries ending at each node: the first and last of a list linked through `nextEnding`.
    private var firstEnding: [Int32] = [-1], lastEnding: [Int32] = [-1]
    private var endingEntries: [Int32] = [], endingClasses: [WordClass] = [], nextEnding: [Int32] = []
    /// Each ending's phrase as written, words joined by one space: in lower case for a
    /// class compared with diacritics (lowered when the class is, or the phrase added).
    private var endingSpellings: [String] = []
    /// Each ending's phrase as the rules write it ("Hà Nội"): most text spells it so, and
    /// comparing bytes needs no lower-case copy.
    private var endingWritten: [String] = []
    /// Classes whose phrases match only as written (`diacritics` in the rules), by number.
    private var exact: [Bool] = []
    /// Classes whose phrases match only capitalized, as names are written (`capitalized`),
    /// by number: compared with diacritics too, their lower-case spellings empty.
    private var capitalized: [Bool] = []
    private(set) var entries: [LexicalEntry] = []
    private var entryNumbers: [LexicalEntry: Int32] = [:]
    /// Class names by number, and back.
    private(set) var classNames: [String] = WordClass.builtInNames
    private var classNumbers: [String: WordClass] =
        Dictionary(uniqueKeysWithValues: WordClass.builtInNames.enumerated().map { ($1, WordClass(number: $0)) })
    /// Classes with at least one phrase.
    private(set) var classes: Set<String> = []

    var classCount: Int { classNames.count }

    /// The number of a fold key among the lexicon's words; -1 for a word in no phrase.
    func wordNumber(_ fold: String) -> Int32 { words.number(of: fold) ?? -1 }

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

    /// From now on the phrases of class `name` match only with their diacritics: "cần"
    /// (yet to be done) is not "cán" (of "cán bộ"), though both fold to "can".
    mutating func compareWithDiacritics(_ name: String) {
        let wordClass = intern(name), number = Int(wordClass.number)
        if number >= exact.count { exact += repeatElement(false, count: number - exact.count + 1) }
        exact[number] = true
        for ending in endingClasses.indices where endingClasses[ending] == wordClass {
            endingSpellings[ending] = endingSpellings[ending].lowercased()
        }
    }

    /// From now on the phrases of class `name` match only capitalized, and with their
    /// diacritics: a surname "Đồng" is no "đồng" of "đồng chí", nor "động" of "lao động".
    mutating func compareCapitalized(_ name: String) {
        compareWithDiacritics(name)
        let wordClass = intern(name), number = Int(wordClass.number)
        if number >= capitalized.count { capitalized += repeatElement(false, count: number - capitalized.count + 1) }
        capitalized[number] = true
        for ending in endingClasses.indices where endingClasses[ending] == wordClass { endingSpellings[ending] = "" }
    }

    mutating func add(_ phrase: [String], spelling: String, wordClass name: String, value: String) {
        guard !phrase.isEmpty else { return }
        let entry = LexicalEntry(wordClass: intern(name), value: value)
        var node: Int32 = 0
        for word in phrase {
            let number = words.intern(word)
            if let next = edges.child(of: node, word: number) {
                node = next
            } else {
                edges.insert(parent: node, word: number, child: nodeCount)
                firstEnding.append(-1)
                lastEnding.append(-1)
                node = nodeCount
                nodeCount += 1
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
        let exactly = Int(entry.wordClass.number) < exact.count && exact[Int(entry.wordClass.number)]
        let capitalizedOnly = Int(entry.wordClass.number) < capitalized.count && capitalized[Int(entry.wordClass.number)]
        let written = capitalizedOnly ? "" : exactly ? spelling.lowercased() : spelling
        // The same meaning again, unless it is another spelling a class compared with its
        // diacritics must know ("một", and "mốt" after the tens: one fold key).
        var known = firstEnding[Int(node)]
        while known >= 0 {
            if endingEntries[Int(known)] == number, !exactly || endingSpellings[Int(known)] == written
                && (!capitalizedOnly || endingWritten[Int(known)].lowercased() == spelling.lowercased()) { return }
            known = nextEnding[Int(known)]
        }
        let ending = Int32(endingEntries.count)
        endingEntries.append(number)
        endingClasses.append(entry.wordClass)
        endingSpellings.append(written)
        endingWritten.append(spelling)
        nextEnding.append(-1)
        if lastEnding[Int(node)] < 0 { firstEnding[Int(node)] = ending } else { nextEnding[Int(lastEnding[Int(node)])] = ending }
        lastEnding[Int(node)] = ending
        classes.insert(name)
    }

    /// The entries ending at `node`, in the order they were added.
    private func endings(of node: Int32) -> [(entry: Int32, wordClass: WordClass)] {
        var found: [(entry: Int32, wordClass: WordClass)] = []
        var ending = firstEnding[Int(node)]
        while ending >= 0 {
            found.append((endingEntries[Int(ending)], endingClasses[Int(ending)]))
            ending = nextEnding[Int(ending)]
        }
        return found
    }

    /// How many phrases each class has (a rough measure of how common its words are).
    var classSizes: [String: Int] {
        var sizes: [String: Int] = [:]
        for wordClass in endingClasses { sizes[name(of: wordClass), default: 0] += 1 }
        return sizes
    }

    /// Every value of a class (province names, award slugs).
    func values(of name: String) -> Set<String> {
        guard let wordClass = classNumbers[name] else { return [] }
        return Set(entries.filter { $0.wordClass == wordClass }.map(\.value))
    }

    /// Appends the phrases that start at `start` to `found`, longest first; `words` are the
    /// clause's word numbers; `spelledAs` says whether the clause's tokens in a range are
    /// spelled as a phrase (words joined by a space: as the rules write it, or in lower case;
    /// no lower-case spelling, "", for a class matched only capitalized), asked only of a
    /// class compared with diacritics.
    func matches(_ words: [Int32], at start: Int, into found: inout [LexicalMatch],
                 spelledAs: (Range<Int>, _ written: String, _ lowered: String) -> Bool) {
        let first = found.count
        var node: Int32 = 0, index = start
        while index < words.count, words[index] >= 0, let next = edges.child(of: node, word: words[index]) {
            node = next
            index += 1
            var ending = firstEnding[Int(node)]
            while ending >= 0 {
                let wordClass = endingClasses[Int(ending)]
                if Int(wordClass.number) >= exact.count || !exact[Int(wordClass.number)]
                    || spelledAs(start..<index, endingWritten[Int(ending)], endingSpellings[Int(ending)]) {
                    found.append(LexicalMatch(length: index - start, wordClass: wordClass, entry: endingEntries[Int(ending)]))
                }
                ending = nextEnding[Int(ending)]
            }
        }
        // Swapped in place: reversing the slice `found[first...]` went through the range
        // subscript's accessor at every token, most of them with nothing to reverse.
        var low = first, high = found.count - 1
        while low < high {
            found.swapAt(low, high)
            low += 1
            high -= 1
        }
    }
}

/// The trie's edges, (parent node, word number) → child node, in one open-addressing table:
/// a probe is a multiply and a compare, where a dictionary of strings per node hashed the
/// word and retained the node's dictionary.
struct EdgeTable: Sendable {
    private var keys: [UInt64] = Array(repeating: Self.empty, count: 1024)
    private var children: [Int32] = Array(repeating: 0, count: 1024)
    private var count = 0
    private static let empty = UInt64.max

    @inline(__always)
    private static func key(_ parent: Int32, _ word: Int32) -> UInt64 { UInt64(UInt32(parent)) << 32 | UInt64(UInt32(word)) }

    @inline(__always)
    private func slot(of key: UInt64) -> Int {
        let mask = keys.count - 1
        var slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 40) & mask
        while keys[slot] != key, keys[slot] != Self.empty { slot = (slot + 1) & mask }
        return slot
    }

    func child(of parent: Int32, word: Int32) -> Int32? {
        let slot = slot(of: Self.key(parent, word))
        return keys[slot] == Self.empty ? nil : children[slot]
    }

    mutating func insert(parent: Int32, word: Int32, child: Int32) {
        if (count + 1) * 2 > keys.count {
            let old = zip(keys, children).filter { $0.0 != Self.empty }
            keys = Array(repeating: Self.empty, count: keys.count * 2)
            children = Array(repeating: 0, count: keys.count)
            for (key, child) in old {
                let slot = slot(of: key)
                keys[slot] = key
                children[slot] = child
            }
        }
        let key = Self.key(parent, word), slot = slot(of: key)
        if keys[slot] == Self.empty { count += 1 }
        keys[slot] = key
        children[slot] = child
    }
}
