/// One clause of a sentence (sentences are cut at ";"), with every class span found in it.
/// Simple classes come from the lexicon trie; the composite classes are built here from
/// them, once per clause, whatever the number of rules that use them.
final class Clause {
    let tokens: [Token]
    let folds: [String]
    let rules: ExtractionRules
    /// Lexicon matches of all tokens, longest first at each token; those starting at token
    /// `i` are `lexical[starts[i]..<starts[i + 1]]` (one array for the clause, not one per token).
    private let lexical: [LexicalMatch]
    private let starts: [Int]
    /// The classes numbered below 64 (the built-in ones among them) at each token, as bits:
    /// the chunker asks "is there a count, a title, a surname here?" at every token, and
    /// most answers are no.
    private let classBits: [UInt64]
    /// Composite spans at each token (`count` entries per composite, see `compositeIndex`),
    /// each found when first asked for: most rules ask at a few tokens only. Behind a
    /// pointer, not in a stored `var`: a class's stored properties are checked for
    /// exclusive access at run time on every read and write, and this cache is read at
    /// every token by every rule. A slot is a plain number (0: not looked for, -1: none,
    /// n: `found[n - 1]`): slots of arrays had to be destroyed one by one with the clause,
    /// 2.2 % of a run's instructions, though most were never filled or found nothing.
    private let composite: UnsafeMutableBufferPointer<Int32>
    /// The composite spans found, in the order they were.
    private let found: UnsafeMutablePointer<[[ClassSpan]]>
    /// Classes present, composites included (for rule selection).
    let present: ClassSet
    /// Where a body named by its initials or its own name may give (`Chunker.bodyGiver`).
    let bodyGivers: [Int]
    /// Whether a body's head (`granter_head`, "Chủ tịch") is said: `Chunker.headedGranter` is
    /// asked wherever no giver's alias starts, and only in such clauses.
    let hasGranterHead: Bool

    /// Whether the clause has a rule's anchor: a class or a word.
    func has(_ anchor: Anchor) -> Bool {
        switch anchor {
        case .wordClass(let wordClass): return present.contains(wordClass)
        case .word(let fold): return folds.contains(fold)
        }
    }

    convenience init(tokens: [Token], rules: ExtractionRules) {
        let folds = tokens.map(\.fold)
        var lexical: [LexicalMatch] = [], starts: [Int] = []
        starts.reserveCapacity(tokens.count + 1)
        // Not `map(rules.lexicon.wordNumber)`: a method reference copied the lexicon.
        let words = folds.map { rules.lexicon.wordNumber($0) }
        for index in folds.indices {
            starts.append(lexical.count)
            rules.lexicon.matches(words, at: index, into: &lexical) { range, written, lowered in
                // Most are spelled as the rules write them ("năm", "Hà Nội"): their bytes decide,
                // with no lower-case copy (1500 instructions a token).
                if lowered.isEmpty { return Self.spelled(name: tokens[range], as: written) }
                if Self.spelled(tokens[range], as: written) { return true }
                // Words in lower case against the lower-case spelling, the same way: most that
                // fold like a body's word are other words ("phong trào", "so với", "đối với").
                if !tokens[range].contains(where: \.isCapitalized) { return Self.spelled(tokens[range], as: lowered) }
                return tokens[range].map { $0.text.lowercased() }.joined(separator: " ") == lowered
            }
        }
        starts.append(lexical.count)
        if lexical.contains(where: { $0.wordClass == .notVerb && $0.length > 1 }) {
            (lexical, starts) = Self.withoutVerbsInsideNames(lexical, starts: starts)
        }
        let tokens = Self.isHeadlineCased(tokens) ? Self.lowered(tokens, lexical: lexical, starts: starts) : tokens
        self.init(tokens: tokens, folds: folds, lexical: lexical, starts: starts, rules: rules)
    }

    /// A name's class (no lower-case spelling) matches only capitalized: "Đồng" is a surname,
    /// "đồng" of "đồng chí" none; in a headline's capitals, "ĐỒNG", it is.
    private static func spelled(name tokens: ArraySlice<Token>, as phrase: String) -> Bool {
        guard tokens.first?.isCapitalized == true else { return false }
        return spelled(tokens, as: phrase) || tokens.map { $0.text.lowercased() }.joined(separator: " ") == phrase.lowercased()
    }

    /// Whether `tokens`, joined by one space, are byte for byte `phrase`, but for the case of
    /// ASCII letters ("Hội nghị tổng kết" for "hội nghị tổng kết": a capital is most often
    /// one of these, and lower-casing the tokens cost 1500 instructions a token).
    private static func spelled(_ tokens: ArraySlice<Token>, as phrase: String) -> Bool {
        var bytes = phrase.utf8.makeIterator()
        var first = true
        for token in tokens {
            if !first, bytes.next() != 0x20 { return false }
            first = false
            for byte in token.text.utf8 {
                guard let expected = bytes.next() else { return false }
                if byte != expected {
                    let lower = expected | 0x20
                    guard byte | 0x20 == lower, lower >= 0x61, lower <= 0x7A else { return false }
                }
            }
        }
        return bytes.next() == nil
    }

    /// The tokens `range` of `whole` (a part of a sentence cut at ";") as a clause of their
    /// own, with the lexicon matches `whole` found there: the lexicon reads forward from
    /// each token, so those that end inside the part are what looking the part up again
    /// would find, at no cost.
    convenience init(part range: Range<Int>, of whole: Clause) {
        var lexical: [LexicalMatch] = [], starts: [Int] = []
        starts.reserveCapacity(range.count + 1)
        for index in range {
            starts.append(lexical.count)
            for match in whole.matches(at: index) where index + match.length <= range.upperBound {
                lexical.append(match)
            }
        }
        starts.append(lexical.count)
        self.init(tokens: Array(whole.tokens[range]), folds: Array(whole.folds[range]), lexical: lexical, starts: starts,
                  rules: whole.rules)
    }

    private init(tokens: [Token], folds: [String], lexical: [LexicalMatch], starts: [Int], rules: ExtractionRules) {
        self.tokens = tokens
        self.folds = folds
        self.rules = rules
        var present = ClassSet(capacity: rules.lexicon.classCount)
        var classBits = [UInt64](repeating: 0, count: tokens.count)
        for index in tokens.indices {
            for match in lexical[starts[index]..<starts[index + 1]] {
                present.insert(match.wordClass)
                if match.wordClass.number < 64 { classBits[index] |= 1 << UInt64(match.wordClass.number) }
            }
        }
        if present.contains(.quote) {
            for index in Self.quotedFlagStarts(tokens: tokens, folds: folds, classBits: classBits) {
                classBits[index] |= WordClass.bits(.genericAward)
                present.insert(.genericAward)
            }
        }
        if present.contains(.to) || present.contains(.ofGiver) {
            for index in Self.bareFlagStarts(tokens: tokens, folds: folds, classBits: classBits) {
                classBits[index] |= WordClass.bits(.genericAward)
                present.insert(.genericAward)
            }
        }
        self.classBits = classBits
        // Composites are present when what they are built from is.
        if present.contains(.kind) {
            present.insert(.recipients)
            present.insert(.countedRecipients)
        }
        if present.contains(.award) || present.contains(.genericAward) || present.contains(.shortAward) && present.contains(.awardPrefix) {
            present.insert(.awards)
            // Medals counted: a number right before an award (or its prefix, "danh hiệu").
            let awardStarts = Chunker.awardStarts
            let numberEnds = WordClass.bits(.number, .tens, .multiplier, .approximate)
            // Or a number that ends an item, as after an award: "Huân chương Lao động: 7;".
            if (1..<max(1, tokens.count)).contains(where: { index in
                classBits[index] & awardStarts != 0 && (tokens[index - 1].isNumber || classBits[index - 1] & numberEnds != 0)
                    || tokens[index].isNumber && (index + 1 == tokens.count || tokens[index + 1].isPunctuation)
            }) {
                present.insert(.countedAwards)
            }
        }
        // A body by its initials or its own name before a verb of giving ("được EVN tặng", "của
        // Viettel"): a capitalized word of no class with a bit but `org_word` (the names of
        // `org_name` are body words too) before a verb of giving or after "của"/"do", looked for
        // once here; `Chunker.bodyGiver` asks at these tokens only.
        // A body's whole name gives as well ("Công ty Điện lực Hà Tĩnh tặng Giấy khen", "Bằng
        // khen của Trường Đại học Vinh"): a capitalized body word after "của"/"do", or a few words
        // before a verb of giving or praise said right after a capitalized word (a name's end).
        var bodyGivers: [Int] = []
        if present.contains(.give) || present.contains(.ofGiver) || present.contains(.praise) {
            let give = WordClass.bits(.give), ofGiver = WordClass.bits(.ofGiver), orgWord = WordClass.bits(.orgWord)
            let verbs = WordClass.bits(.give, .praise), notAField = Self.notAField
            // "Công ty ... tặng", "Trường ... đã trao": a verb after a name's last word, or after
            // an adverb of the subject ("đã", "vừa") after it.
            var verbsAfterNames: [Int] = []
            if present.contains(.orgWord) {
                for index in tokens.indices where index > 0 && classBits[index] & verbs != 0 {
                    var before = index - 1
                    if before > 0, lexical[starts[before]..<starts[before + 1]].contains(where: { $0.wordClass == .subjectAdverb }) {
                        before -= 1
                    }
                    // Or the place's word that ends a body's name: "Ban Tôn giáo tỉnh tặng ...";
                    // or a field's second word in lower case: "Chi cục Kiểm lâm khen thưởng ...";
                    // or its abbreviation's bracket: "Phòng Thương mại và Công nghiệp Việt Nam (VCCI) tặng".
                    if tokens[before].isCapitalized && !tokens[before].isPunctuation || tokens[before].is(")")
                        || before > 0 && !tokens[before].isPunctuation && tokens[before - 1].isCapitalized && !tokens[before - 1].isPunctuation
                            && classBits[before - 1] & notAField == 0
                        || lexical[starts[before]..<starts[before + 1]].contains(where: { $0.wordClass == .districtUnit && $0.length == 1 }) {
                        verbsAfterNames.append(index)
                    }
                }
            }
            for index in tokens.indices {
                let token = tokens[index]
                guard token.isCapitalized, !token.isPunctuation else { continue }
                let afterOf = index > 0 && classBits[index - 1] & ofGiver != 0
                if (index + 1 < tokens.count && classBits[index + 1] & give != 0 || afterOf) && classBits[index] & ~orgWord == 0 {
                    if token.text.utf8.count >= 3 { bodyGivers.append(index) }
                } else if classBits[index] & orgWord != 0,
                          afterOf || verbsAfterNames.contains(where: { $0 > index + 1 && $0 - index <= 20 }) {
                    bodyGivers.append(index)
                }
            }
        }
        if present.contains(.granterAlias) || !bodyGivers.isEmpty {
            present.insert(.granter)
            present.insert(.ofGranter)
        }
        self.bodyGivers = bodyGivers
        self.hasGranterHead = present.contains(.granterHead)
        // A count in digits before a mark, where a verb of praise, a breakdown or a level is said
        // (the rules that read one apply after a breakdown only): "...; cấp Bộ: 120; cấp tỉnh: 450".
        if present.contains(.praise) || present.contains(.breakdown) || present.contains(.awardLevel),
           tokens.indices.contains(where: { tokens[$0].isNumber && ($0 + 1 == tokens.count || tokens[$0 + 1].isPunctuation) }) {
            present.insert(.bareCount)
        }
        // A name begins with a capitalized surname or body word: "công đoàn cơ sở", "hai trăm"
        // ("Trạm") in lower case name nobody, and rules with names are not tried for them.
        // An honorific before a capitalized word starts one too ("Ngài Sengphet ...": no
        // Vietnamese surname).
        if present.contains(.surname) || present.contains(.orgWord) || present.contains(.honorific) {
            let nameStarts = WordClass.bits(.surname, .orgWord), honorific = WordClass.bits(.honorific)
            // After the honorific's whole phrase: "Đại úy Yamada Takio" ("úy" is in lower case).
            func afterHonorific(_ index: Int) -> Int {
                index + (lexical[starts[index]..<starts[index + 1]].lazy.filter { $0.wordClass == .honorific }.map(\.length).max() ?? 1)
            }
            if tokens.indices.contains(where: { classBits[$0] & nameStarts != 0 && tokens[$0].isCapitalized
                || classBits[$0] & honorific != 0 && afterHonorific($0) < tokens.count && tokens[afterHonorific($0)].isCapitalized }) {
                present.insert(.named)
                present.insert(.person)
            }
        }
        // After "cho" or opening the clause, a body's word in lower case, its name in capitals
        // after it ("cho đội tuyển Việt Nam", "...; tổ Toán - Tin được ..."), or a national name's
        // end ("cho đội tuyển bóng đá nữ quốc gia"), as `Chunker.startsLowerCaseBody` reads them.
        if !present.contains(.named), present.contains(.orgWord) {
            let orgWord = WordClass.bits(.orgWord)
            let national = present.contains(.nationalName)
            if tokens.indices.contains(where: { index in
                classBits[index] & orgWord != 0 && !tokens[index].isCapitalized
                    && (index == 0 || lexical[starts[index - 1]..<starts[index]].contains(where: { $0.wordClass == .to }))
                    && (index + 1..<min(tokens.count, index + 7)).contains { at in
                        tokens[at].isCapitalized || national && lexical[starts[at]..<starts[at + 1]].contains { $0.wordClass == .nationalName }
                    }
            }) {
                present.insert(.named)
            }
        }
        // A body named by its kind's word alone ("Năm 2022, nhà trường được Thủ tướng Chính phủ
        // tặng Bằng khen") or a commune's in lower case ("cho xã Đồng Tâm"): no capital says so.
        if !present.contains(.named), present.contains(.unit) || present.contains(.localUnit) || present.contains(.schoolClass) {
            present.insert(.named)
        }
        // A person called by an honorific alone at the start or after a mark ("Bà được Chủ tịch
        // nước tặng ..."), where awards are said: `Chunker.pronounSubject` tells.
        if !present.contains(.named), present.contains(.awards), present.contains(.honorific) {
            let honorific = WordClass.bits(.honorific)
            if tokens.indices.contains(where: { ($0 == 0 || tokens[$0 - 1].is(",")) && classBits[$0] & honorific != 0 }) {
                present.insert(.named)
            }
        }
        // A province's name opening the clause ("Lạng Sơn đón nhận ...": `Chunker.provinceAsSubject`).
        if !present.contains(.named), present.contains(.awards), !tokens.isEmpty, tokens[0].isCapitalized,
           lexical[starts[0]..<starts[1]].contains(where: { $0.wordClass == .province }) {
            present.insert(.named)
        }
        // A body by its initials ("EVNNPC vinh dự đón nhận ..."), where awards are said.
        if !present.contains(.named), present.contains(.awards),
           tokens.contains(where: { $0.isCapitalized && $0.text.utf8.count >= 3 && Token.isInitials($0.text) }) {
            present.insert(.named)
        }
        self.lexical = lexical
        self.starts = starts
        self.composite = .allocate(capacity: Self.compositeNames.count * tokens.count)
        self.composite.initialize(repeating: 0)
        self.found = .allocate(capacity: 1)
        self.found.initialize(to: [])
        self.present = present
    }

    deinit {
        composite.deallocate()
        found.deinitialize(count: 1)
        found.deallocate()
    }

    var count: Int { tokens.count }

    /// The lexicon matches starting at `index`, longest first.
    func matches(at index: Int) -> ArraySlice<LexicalMatch> {
        lexical[starts[index]..<starts[index + 1]]
    }

    /// The value of a lexicon match (a slug, a number, a province name).
    func value(_ match: LexicalMatch) -> String { rules.lexicon.value(of: match) }

    /// The sentence's text from token `range.lowerBound` to the end of the last one, spaced
    /// as written ("Sở GD&ĐT Thanh Hóa", "Bà Rịa-Vũng Tàu": the tokens of a normalized
    /// sentence are slices of it).
    func text(_ range: Range<Int>) -> String {
        guard let first = range.first, range.upperBound <= tokens.count, !range.isEmpty else { return "" }
        let start = tokens[first].text, end = tokens[range.upperBound - 1].text
        return String(start.base[start.startIndex..<end.endIndex])
    }

    /// Whether one of a pattern's first items stands at `index`.
    func starts(with first: FirstSet, at index: Int) -> Bool {
        if first.anything || classBits[index] & first.classBits != 0 { return true }
        if first.words.contains(where: { folds[index] == $0 }) { return true }
        if first.otherClasses.contains(where: { has($0, at: index) }) { return true }
        return first.composites.contains { !compositeSpans($0, at: index).isEmpty }
    }

    func has(_ wordClass: WordClass, at index: Int) -> Bool {
        guard index < count else { return false }
        if wordClass.number < 64 { return classBits[index] & (1 << UInt64(wordClass.number)) != 0 }
        // A class without a bit: most clauses hold none of its phrases, which one test of the
        // clause's set says before the token's matches are read.
        return present.contains(wordClass) && matches(at: index).contains { $0.wordClass == wordClass }
    }

    /// Whether a phrase of `wordClass` can start at `index` (exact for a class with a bit; for
    /// one without, whether the clause holds it at all): the matches are read once, after it.
    private func mayHave(_ wordClass: WordClass, at index: Int) -> Bool {
        wordClass.number < 64 ? classBits[index] & (1 << UInt64(wordClass.number)) != 0 : present.contains(wordClass)
    }

    /// Whether one of `classes` (each numbered below 64) is at `index`.
    func hasAny(_ classes: UInt64, at index: Int) -> Bool {
        index < count && classBits[index] & classes != 0
    }

    /// The longest span of a simple class at `index`.
    func longest(_ wordClass: WordClass, at index: Int) -> LexicalMatch? {
        guard index < count, mayHave(wordClass, at: index) else { return nil }
        return matches(at: index).first { $0.wordClass == wordClass }
    }

    /// The longest span of a simple class at `index` that ends by token `end`.
    func longest(_ wordClass: WordClass, at index: Int, within end: Int) -> LexicalMatch? {
        guard index < count, mayHave(wordClass, at: index) else { return nil }
        return matches(at: index).first { $0.wordClass == wordClass && index + $0.length <= end }
    }

    /// A title's, a giver's or an honorific's words, which are no field's second word before a
    /// verb ("Bộ trưởng tặng", "Chủ tịch trao"; "Chi cục Kiểm lâm khen thưởng" is one).
    private static let notAField = WordClass.bits(.titleWord, .granterAlias, .honorific)

    static let compositeNames = ["recipients", "counted_recipients", "awards", "granter", "of_granter", "person", "named",
                                  "counted_awards", "bare_count"]

    /// The number of a composite class; nil for a lexicon class. Asked when patterns are
    /// parsed, never while matching.
    static func compositeIndex(_ name: String) -> Int? {
        compositeNames.firstIndex(of: name)
    }

    /// Spans of composite class number `composite` starting at `index`, longest first.
    func compositeSpans(_ composite: Int, at index: Int) -> [ClassSpan] {
        guard index < count else { return [] }
        let slot = composite * count + index
        switch self.composite[slot] {
        case 0: break
        case -1: return []
        case let number: return found.pointee[Int(number) - 1]
        }
        let spans = findComposite(composite, at: index)
        if spans.isEmpty {
            self.composite[slot] = -1
        } else {
            found.pointee.append(spans)
            self.composite[slot] = Int32(found.pointee.count)
        }
        return spans
    }

    /// Spans of lexicon class `wordClass` starting at `index`, longest first.
    func lexicalSpans(_ wordClass: WordClass, at index: Int) -> [ClassSpan] {
        guard index < count else { return [] }
        return matches(at: index).filter { $0.wordClass == wordClass }
            .map { ClassSpan(end: index + $0.length, value: .word(value($0))) }
    }

    private static let countedAwardStarts = Chunker.countStarts | Chunker.awardStarts | WordClass.bits(.quote)

    private func findComposite(_ composite: Int, at index: Int) -> [ClassSpan] {
        let chunker = Chunker(clause: self)
        switch WordClass(number: composite) {
        case .recipients: return chunker.recipients(at: index).map { [ClassSpan(end: $0.end, value: .recipients($0.groups))] } ?? []
        case .countedRecipients:
            // After a colon, a list's kinds may come before their counts: "Bằng khen của Thủ tướng
            // Chính phủ: tập thể 12, cá nhân 20" (elsewhere "Tập thể 500" is rare, and read wrong).
            let found = chunker.countedRecipients(at: index)
                ?? (index > 0 && tokens[index - 1].is(":") ? chunker.kindFirstGroups(at: index) : nil)
            return found.map { [ClassSpan(end: $0.end, value: .recipients($0.groups))] } ?? []
        case .awards: return chunker.awards(at: index).map { [ClassSpan(end: $0.end, value: .awards($0.awards))] } ?? []
        case .countedAwards:
            // A count or an award's name first ("14 Huân chương", "Huân chương Lao động 7"): most
            // tokens start neither, and a rule that opens with medals counted asks at each.
            guard tokens[index].isNumber || hasAny(Self.countedAwardStarts, at: index) else { return [] }
            return chunker.countedAwards(at: index).map { [ClassSpan(end: $0.end, value: .awards($0.awards))] } ?? []
        case .granter: return chunker.granter(at: index).map { [ClassSpan(end: $0.tokens.upperBound, value: .granter($0))] } ?? []
        case .ofGranter:
            guard has(.ofGiver, at: index), let granter = chunker.granter(at: index + 1) else { return [] }
            return [ClassSpan(end: granter.tokens.upperBound, value: .granter(granter))]
        case .bareCount: return chunker.bareCount(at: index).map { [ClassSpan(end: $0.tokens.upperBound, value: .recipients([$0]))] } ?? []
        case .person: return chunker.person(at: index).map { [ClassSpan(end: $0.tokens.upperBound, value: .named($0))] } ?? []
        case .named: return chunker.named(at: index).map { [ClassSpan(end: $0.tokens.upperBound, value: .named($0))] } ?? []
        default: return []
        }
    }
}
