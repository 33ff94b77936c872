import Foundation
import Normalize
import RuleFiles
import ThiDuaModel

/// A record with what produced it, for `--explain`.
public struct ExtractedRecord: Sendable {
    public var record: AwardRecord
    /// Each capture's name and the text it took.
    public let captures: [(name: String, text: String)]
    /// Whether the sentence calls the recipient by the given name alone ("anh Tài").
    var givenName = false
    /// The honorific a recipient is called by alone ("Ông được ..."), in lower case.
    var pronoun: String?
    /// A count said after "một trong" ("là một trong 120 gương mặt được tuyên dương").
    var restated = false
    /// Where its match begins in the sentence's text: a total stands before the breakdown's marker.
    var position = 0
}

/// The extraction stage: award records from the sentences of a document, by the rules of
/// `rules/extraction/`. A value: build once, share between threads.
public struct Extractor: Sendable {
    public let rules: ExtractionRules

    public init(rules: ExtractionRules) { self.rules = rules }

    public static func load(from directory: RuleDirectory, fold: FoldKey, extra: [URL] = []) throws(RuleLoadError) -> Extractor {
        Extractor(rules: try ExtractionRules.load(from: directory, fold: fold, extra: extra))
    }

    /// Classes that can start an award statement: a clause with none of them is skipped
    /// without trying any rule.
    static let triggers: [WordClass] = [.award, .genericAward, .praise, .praised, .reward, .shortAward]

    static func mayStateAwards(_ clause: Clause) -> Bool { triggers.contains(where: clause.present.contains) }

    /// Records of the sentences of document `doc`; `province` is the document's, for
    /// sentences that name none (nil: worked out from the sentences and `outlet`).
    public func extract(doc: String, sentences: [Sentence], province: String? = nil, outlet: String? = nil) -> [ExtractedRecord] {
        extract(doc: doc, document: tokenize(sentences), province: province, outlet: outlet)
    }

    /// The sentences with their tokens and lexicon matches, for the extractors that read a
    /// document more than once.
    public func tokenize(_ sentences: [Sentence]) -> TokenizedDocument {
        TokenizedDocument(sentences: sentences,
                          clauses: sentences.map { Clause(tokens: rules.tokenizer.tokens(Substring($0.text)), rules: rules) })
    }

    public func extract(doc: String, document: TokenizedDocument, province: String? = nil, outlet: String? = nil) -> [ExtractedRecord] {
        let province = province ?? documentProvince(document, outlet: outlet)?.name
        var records: [ExtractedRecord] = []
        var previous: Sentence?
        var totals: [Total] = []
        var list = ListBreakdown()
        var names = NamesList()
        var proposals = ProposalItems()
        var recordsBefore = 0..<0
        // The giver the sentence before stated last, for one that goes on with it ("Và công nhận ...").
        var giver: GranterMention?
        // The province of the paragraph's own occasion, where its first sentence names one.
        var paragraphProvince: String?
        for (sentence, clause) in zip(document.sentences, document.clauses) {
            // "Năm 2024, tỉnh đã khen thưởng 500 tập thể, cá nhân. Trong đó, 20 tập thể ...": the
            // totals of the sentence before (its last clause's), in the same paragraph, for a
            // breakdown that opens this one; or of the paragraph before, where this paragraph opens
            // with the breakdown ("... khen thưởng 2.156 lượt tập thể, cá nhân." and then the
            // paragraph "Trong đó, Chủ tịch nước tặng ...").
            let opensParagraph = previous?.paragraph != sentence.paragraph
            if previous?.zone != sentence.zone || opensParagraph && !(clause.count > 0 && clause.has(.breakdown, at: 0)) {
                totals = []
            }
            if previous?.zone != sentence.zone || opensParagraph {
                giver = nil
                paragraphProvince = sentence.zone == .body ? Self.paragraphProvince(of: clause) : nil
            }
            let totalsBefore = totals
            let proposedItem = list.enter(clause, zone: sentence.zone, opensParagraph: opensParagraph)
            let afterProposal = proposals.continues(clause, zone: sentence.zone)
            var made = extract(doc: doc, sentence: sentence, whole: clause, province: paragraphProvince ?? province, totals: &totals,
                               proposed: proposedItem || afterProposal, giver: &giver)
            if made.isEmpty, case let itemTotals = list.itemTotals, !itemTotals.isEmpty {
                made = continuedParts(in: clause, of: itemTotals, doc: doc, sentence: sentence, tokenOffset: 0, before: records)
            }
            proposals.read(clause, zone: sentence.zone, continued: afterProposal, made: made)
            list.read(&made, clause: clause, zone: sentence.zone, opensParagraph: opensParagraph, totalsBefore: totalsBefore,
                      totalsAfter: totals)
            names.read(&made, clause: clause, sentence: sentence, doc: doc, recordsBefore: records.count)
            let start = records.count
            records.append(contentsOf: made)
            if opensParagraph || previous?.zone != sentence.zone { recordsBefore = 0..<0 }
            Self.linkSummedParts(&records, before: recordsBefore, next: start..<records.count)
            if !made.isEmpty { recordsBefore = start..<records.count }
            previous = sentence
        }
        for index in names.replaced.reversed() { records.remove(at: index) }
        Self.resolveShortAwards(&records, rules: rules)
        Self.respellCapitals(&records)
        Self.resolveGivenNames(&records, in: document)
        Self.linkRestatedCounts(&records)
        Self.inheritTotalsKinds(&records)
        return records
    }

    /// A clause that names no giver nor body of its own goes on with the subject before it: the
    /// giver of "UBND tỉnh tặng Bằng khen cho 4 đơn vị; công nhận danh hiệu Liên đội mạnh cho 119
    /// liên đội; khen thưởng đột xuất 4 cá nhân" gives in the third clause too.
    /// (A body's word in lower case names none: "tổ chức 3 hội thi", "công nhận 119 liên đội".)
    static func namesNoGiver(_ clause: Clause) -> Bool {
        !clause.present.contains(.granterAlias)
            && !(clause.present.contains(.orgWord) && clause.tokens.indices.contains { clause.tokens[$0].isCapitalized && clause.has(.orgWord, at: $0) })
    }

    /// `whole` is the sentence as one clause; sentences with a ";" are cut into more.
    /// `totals`: those of the sentence before, for a breakdown this one opens with; on return,
    /// this one's last clause's, for the next ("...; đề nghị cấp trên khen thưởng 230 tập thể,
    /// cá nhân. Trong đó, ...": the proposal's, none). `proposed`: the sentence is an item of
    /// a proposal's list, its statements proposed unless they state a verb of their own.
    /// `giver`: the last giver the sentence before stated, for a sentence that goes on with it
    /// ("Và công nhận danh hiệu ... cho 37 cá nhân."); on return, this one's.
    func extract(doc: String, sentence: Sentence, whole: Clause, province: String?, totals earlierTotals: inout [Total],
                 proposed: Bool, giver: inout GranterMention?) -> [ExtractedRecord] {
        // Most sentences of an article state no award: the classes present decide.
        guard Self.mayStateAwards(whole) else {
            earlierTotals = []
            giver = nil
            return []
        }
        let tokens = whole.tokens
        var records: [ExtractedRecord] = []
        var carried = RecordBuilder.Carry()
        if Self.goesOnFromSentenceBefore(whole) { carried.granter = giver }
        defer { giver = carried.granter }
        let mention = Self.firstProvinceMention(in: whole)
        let sentenceProvince = mention.map { whole.value($0.match) }
        // A province first named inside a recipient's name after "cho" ("cho Cục Cảnh sát điều
        // tra tội phạm về ma túy và Phòng Cảnh sát cơ động Công an tỉnh Sơn La") is that
        // recipient's: another body named beside it that names none keeps the document's (one
        // naming its own has it; a person named beside it is taken to work there). Asked only
        // where such a body took the sentence's province: most sentences have none.
        lazy var recipientsProvince = mention.flatMap { mention in
            Self.isInsideRecipientsName(mention.index, in: whole) ? whole.text(mention.index..<mention.index + mention.match.length) : nil
        }
        let ranges = Self.clauseRanges(whole)
        // "khen thưởng 2.356 tập thể, cá nhân; trong đó khen thưởng theo công trạng 1.245 ...;
        // khen thưởng đột xuất 255 ...": the parts after "trong đó", to the end of the
        // sentence, belong to the one total counted in the part before it.
        // Several totals of one clause ("32 tập thể và 45 cá nhân; trong đó ...") each take the
        // parts of their own kinds.
        var totals: [Total] = [], previousTotals = earlierTotals
        defer { earlierTotals = previousTotals }
        // Parts of another sentence's total: each no larger than the total it is a part of.
        var totalsOfEarlierSentence = false
        // "Cụ thể: 01 Huân chương Lao động hạng Ba; 02 Bằng khen ...": parts whose total was in
        // an earlier sentence (or none), read as parts all the same, with no part_of.
        var partsWithoutTotal = false
        // "trình Thủ tướng Chính phủ khen thưởng 45 tập thể, cá nhân, trong đó: ...; Bằng khen
        // của Thủ tướng Chính phủ: 15 tập thể, 23 cá nhân": parts of a proposal are proposed too.
        var proposedParts = proposed
        var reach = ProposalReach.none
        // "LLVT tỉnh được tặng 2 cờ thi đua của Bộ Quốc phòng; 1 cờ thi đua của Quân khu 5 và 35
        // bằng khen ...": medals counted go on in the next clause, which opens with more of them
        // (read as a breakdown's parts are, with no total).
        var afterMedals = false
        for range in ranges {
            if reach == .list { break }
            let clause = ranges.count == 1 && range == tokens.indices ? whole : Clause(part: range, of: whole)
            if clause.count > 0, clause.has(.breakdown, at: 0), totals.isEmpty {
                if !previousTotals.isEmpty {
                    totals = previousTotals
                    totalsOfEarlierSentence = records.isEmpty
                } else if records.isEmpty {
                    partsWithoutTotal = true
                }
            }
            // A breakdown's part may be a bare count alone: "...; trong đó: cấp Nhà nước 45, cấp tỉnh 1.475";
            // or a level and its counted groups: "...; cấp tỉnh 1.050 tập thể, cá nhân".
            // "...; tặng cho 15 cá nhân": a verb of giving that opens the clause and names no award
            // gives the clause before's (rule more-given-same-awards).
            guard Self.mayStateAwards(clause) || !carried.mentions.isEmpty && clause.has(.give, at: 0)
                    || (!totals.isEmpty || partsWithoutTotal)
                    && (clause.present.contains(.bareCount) || clause.present.contains(.awardLevel)) else {
                let parts = continuedParts(in: clause, of: totals, doc: doc, sentence: sentence, tokenOffset: range.lowerBound,
                                           before: records)
                if !parts.isEmpty {
                    records.append(contentsOf: parts)
                    continue
                }
                // The year that opens a clause of no statement is the sentence's: "Năm 2024, toàn
                // tỉnh tổ chức nhiều phong trào; đã khen thưởng 356 tập thể".
                let year = (0..<min(3, clause.count)).contains { clause.folds[$0] == "nam" }
                    ? clause.awardYear().flatMap { $0.index < 3 ? $0.value : nil } : nil
                carried = RecordBuilder.Carry(granter: carried.granter != nil && Self.namesNoGiver(clause) ? carried.granter : nil)
                carried.year = year
                previousTotals = []
                afterMedals = false
                continue
            }
            let partsFrom = !totals.isEmpty || partsWithoutTotal || afterMedals ? 0 : Self.partsStart(in: clause)
            var matches = selectedMatches(in: clause, partsFrom: partsFrom)
            // A part states no verb of its own; a clause that does is a statement of its own (a
            // verb outside what the match captured: the "nhân" of "cá nhân" folds like "nhận").
            if proposedParts {
                matches = matches.filter { match in
                    match.range.contains { index in
                        clause.hasAny(Self.statementVerbs, at: index) && !match.captures.contains { $0.tokens.contains(index) }
                    }
                }
            }
            // What goes on after a conferral proposed, with no giver of its own and no verb of
            // receiving, is proposed too.
            // A clause whose own giver confers ("...; Bộ trưởng tặng Cờ thi đua cho 65 đơn vị và
            // Bằng khen cho 350 tập thể") confers all it states.
            // Not whose the award is ("...; Bằng khen của Chủ tịch UBND tỉnh cho 89 cá nhân"): a
            // giver after "của" names the award, it confers nothing of itself.
            func whoseAward(_ granter: Range<Int>) -> Bool {
                clause.has(.ofGiver, at: granter.lowerBound) || granter.lowerBound > 0 && clause.has(.ofGiver, at: granter.lowerBound - 1)
            }
            if reach == .conferral, !matches.contains(where: { match in
                match.captures.tokens(of: "granter").map { !Self.goesOnProposing(clause, granter: $0) && !whoseAward($0) } ?? false
            }) {
                // (Not the "nhận" of "công nhận", a verb of giving: "...; công nhận danh hiệu Chiến sĩ
                // thi đua cấp tỉnh cho 48 cá nhân" is proposed too.)
                // A decision said as made before the match states it too ("...; trong đó đã có
                // quyết định khen thưởng 98 trường hợp").
                matches = matches.filter { match in
                    match.captures.tokens(of: "granter").map(whoseAward) ?? true && (match.range.contains { index in
                        Self.statesOwn(clause, at: index) && !match.captures.contains { $0.tokens.contains(index) }
                            && !clause.hasPhrase(.give, endingAt: index + 1)
                    } || (0..<match.range.lowerBound).contains { Self.decidedOwn(clause, at: $0) })
                }
            }
            if !proposedParts { proposedParts = Self.proposesBreakdown(clause) }
            var builder = RecordBuilder(clause: clause, rules: rules, doc: doc, sentence: sentence,
                                        tokenOffset: range.lowerBound, previous: carried, province: sentenceProvince ?? province)
            var made = builder.records(from: matches)
            // (The province first: most sentences name none, and their records have the document's.)
            for index in made.indices where sentenceProvince != nil && made[index].record.province == sentenceProvince
                && made[index].record.kind == ["tap-the"] {
                if let recipient = made[index].record.recipient, let written = recipientsProvince, !recipient.contains(written) {
                    made[index].record.province = province
                }
            }
            for index in made.indices where made[index].record.partOf == nil {
                guard let total = totals.total(of: made[index].record, noLarger: totalsOfEarlierSentence) else { continue }
                made[index].record.partOf = total.id
                inheritGiver(&made[index].record, from: total)
            }
            previousTotals = made.compactMap { made in made.record.partOf == nil ? Total(made.record) : nil }
            // "khen thưởng 2.356 tập thể, cá nhân, trong đó: khen thưởng thường xuyên 1.245 ...;
            // khen thưởng đột xuất 255 ...": a breakdown begun inside this clause goes on in the
            // clauses after it, for the totals that have parts here (else every total here).
            // Not a clause the breakdown opens ("Cụ thể: 02 tập thể được tặng ...; 05 cá nhân ..."):
            // counted recipients stand before its marker.
            // A clause a breakdown of an earlier total opens may open one of its own further on.
            // Its total is a part itself ("... 98 tập thể, cá nhân" of the sentence before's total):
            // a total still, of the parts after its marker.
            let withParts = Set(made.compactMap(\.record.partOf))
            let nested = made.compactMap { made in
                made.record.partOf != nil && withParts.contains(made.record.id) ? Total(made.record) : nil
            }
            if !proposedParts, !previousTotals.isEmpty || !nested.isEmpty, let marker = Self.breakdownMarker(in: clause),
               totals.isEmpty || marker > 0,
               case let chunker = Chunker(clause: clause), (0..<marker).contains(where: { chunker.countedRecipients(at: $0) != nil }) {
                let found = previousTotals.filter { withParts.contains($0.id) } + nested
                // Not a part stated after the marker that no total here took ("1.235 tập thể,
                // 3.456 cá nhân ..., trong đó có 15 tập thể, cá nhân ...; 120 tập thể, cá nhân ...":
                // the 15 are no total of the 120).
                let before = clause.tokens[marker].range.lowerBound
                let stated = Set(made.filter { $0.position < before }.map(\.record.id))
                totals = found.isEmpty ? previousTotals.filter { stated.contains($0.id) } : found
            }
            records.append(contentsOf: made)
            let giverBefore = carried.granter
            carried = builder.carry
            if made.isEmpty, giverBefore != nil, carried.granter == nil, Self.namesNoGiver(clause) { carried.granter = giverBefore }
            afterMedals = !made.isEmpty && made.allSatisfy { $0.record.kind.isEmpty && $0.record.count != nil && $0.record.recipient == nil }
            // A clause that confers ends the proposal's reach: "...; Bộ trưởng tặng Bằng khen cho
            // 1.250 tập thể; công nhận danh hiệu ... cho 312 cá nhân" goes on with what it confers.
            if made.isEmpty, reach == .none { reach = Self.proposalReach(of: clause) } else if !made.isEmpty { reach = .none }
        }
        return records
    }

    struct Match {
        let pattern: CompiledPattern
        let range: Range<Int>
        let captures: [Capture]
        /// The recipients (or named recipient, or holder) a match is about: found once, as
        /// selecting matches asks for them of every pair.
        let recipients: Range<Int>?

        init(pattern: CompiledPattern, range: Range<Int>, captures: [Capture]) {
            self.pattern = pattern
            self.range = range
            self.captures = captures
            recipients = captures.first { $0.name == "recipients" || $0.name == "recipient" || $0.name == "holder" }?.tokens
        }

        /// The recipients (or named recipient) a match is about: two matches may not share them.
        var key: Range<Int> { recipients ?? range }

        /// Whether the match's recipients are groups with a count (not "các tập thể, cá nhân").
        var countsRecipients: Bool {
            guard case .recipients(let groups)? = captures.first(where: { $0.name == "recipients" })?.value else { return false }
            return groups.allSatisfy { $0.count != nil }
        }

        /// The award mention: two statements cannot both be about the same words either.
        var awardsSpan: Range<Int>? {
            captures.first { $0.name == "awards" }?.tokens
        }

        /// The giver of a passive ("được X tặng").
        func agent(in clause: Clause) -> Range<Int>? {
            captures.first { $0.name == "granter" && $0.tokens.lowerBound > 0 && clause.has(.by, at: $0.tokens.lowerBound - 1) }?.tokens
        }

        /// Whether one who gives here is named in `range`: the giver of a passive ("được X tặng"),
        /// or the one named after an award's "của" ("Cờ thi đua của UBND tỉnh").
        func gives(in range: Range<Int>, of clause: Clause) -> Bool {
            if let agent = agent(in: clause), agent.overlaps(range) { return true }
            guard let owner = captures.first(where: {
                      $0.name == "granter" && $0.tokens.lowerBound < clause.count && clause.folds[$0.tokens.lowerBound] == "cua"
                  })?.tokens else { return false }
            return (owner.lowerBound + 1..<owner.upperBound).overlaps(range)
        }

        func conflicts(with other: Match, in clause: Clause) -> Bool {
            if key.overlaps(other.key) { return true }
            if let mine = awardsSpan, let theirs = other.awardsSpan, mine.overlaps(theirs) { return true }
            // Who gives gets nothing there: in "Trường ... được UBND tỉnh tặng Cờ thi đua, được Bộ
            // Giáo dục và Đào tạo tặng Bằng khen" (the passive's giver), or "Bệnh viện A nhận Cờ thi
            // đua của UBND tỉnh, Bệnh viện B nhận Bằng khen ..." (whose award it is), "UBND tỉnh" is
            // no recipient of the second phrase.
            if let mine = recipients, other.gives(in: mine, of: clause) { return true }
            if let theirs = other.recipients, gives(in: theirs, of: clause) { return true }
            // One giver in the passive has one subject: "Hai chiến sĩ Công an được Giám đốc Công an
            // tỉnh thưởng nóng 10 triệu đồng" ("Công an" is the counted group's, not a recipient).
            // (A phrase with no recipient of its own is the named one's: money-before-award-to-named.)
            if recipients != nil, other.recipients != nil, let agent = agent(in: clause), agent == other.agent(in: clause) { return true }
            // Nor is its verb a second statement: "Ông A, Chủ tịch Hội Nông dân xã, được Chủ tịch
            // UBND tỉnh khen thưởng" is one praise, though a phrase after a comma with no
            // recipient of its own reads it as a second giver's (more-praised-by-granter).
            if range.upperBound == other.range.upperBound, recipients == nil || other.recipients == nil,
               let agent = agent(in: clause), agent == other.agent(in: clause) { return true }
            return false
        }
    }
}

/// A document's sentences, each tokenized and looked up in the lexicon once, then read by
/// the province guess and the award and event extractors. Not Sendable: one thread reads a
/// document (its clauses fill caches as they are read).
public struct TokenizedDocument {
    public let sentences: [Sentence]
    let clauses: [Clause]
}
