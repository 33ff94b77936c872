import ThiDuaModel

/// Turns the matches of one clause into award records: resolves generic awards by the
/// granter's level, shares a granter stated once for a series ("1 cá nhân ... hạng Nhất,
/// 1 cá nhân ... hạng Ba của Chủ tịch nước"), and reads what the clause says around the
/// match (on whose behalf, who presented, the year).
struct RecordBuilder {
    let clause: Clause
    let rules: ExtractionRules
    let doc: String
    let sentence: Sentence
    let tokenOffset: Int
    /// What the clause before said that an elliptical phrase of this one goes on with.
    let previous: Carry
    let province: String?
    /// What this clause says that the next one may go on with.
    var carry = Carry()
    /// The last giver named as the subject of a verb in this clause ("UBND tỉnh tặng ...").
    var subjectGranter: GranterMention?

    /// What one clause passes to the next of its sentence ("...; Bằng khen cho 15 cá nhân").
    struct Carry {
        /// The granter the clause states (as giver or "của").
        var granter: GranterMention?
        /// Who handed over the awards of its last phrase, for a phrase joined to it or a
        /// clause that opens with the verb ("đồng chí A trao Cờ thi đua cho 3 tập thể; trao
        /// Bằng khen cho ...").
        var presenter: String?
        /// The draft of the recipient named last: "Trường ... đã được Chủ tịch nước tặng
        /// Huân chương Lao động hạng Ba, Thủ tướng Chính phủ tặng Bằng khen" (the second
        /// phrase names no recipient; a mention's tokens are its own clause's, a record's
        /// fields are not).
        var named: Draft?
        /// The records of the counted groups of the last phrase, when it named groups after
        /// the recipient named last: money joined to them is theirs ("tặng Giấy khen cho 15 cán
        /// bộ, chiến sĩ và thưởng 50 triệu đồng").
        var counted: [AwardRecord] = []
        /// A year the sentence opens with: "Năm 2024, toàn huyện có 35 tập thể ...; 420 cá nhân ...".
        var year: Int?
        /// The awards of the last phrase that stated some, for a verb joined to it that states
        /// none: "... cho 3 mẹ và truy tặng cho 12 mẹ" (rule more-given-same-awards).
        var mentions: [AwardMention] = []
        /// Whose decision the sentence opens with, for its clauses after ";": "Theo Quyết định
        /// của Chủ tịch nước, 3 tập thể được tặng ...; 2 cá nhân được tặng ...".
        var decided: GranterMention?
    }

    init(clause: Clause, rules: ExtractionRules, doc: String, sentence: Sentence, tokenOffset: Int,
         previous: Carry, province: String?) {
        self.clause = clause
        self.rules = rules
        self.doc = doc
        self.sentence = sentence
        self.tokenOffset = tokenOffset
        self.previous = previous
        self.carry.named = previous.named
        self.carry.year = previous.year
        self.carry.mentions = previous.mentions
        self.carry.decided = previous.decided
        self.province = province
    }

    /// A record in the making, with what it was made from.
    struct Draft {
        var record: AwardRecord
        var mentions: [AwardMention]
        var granterStated: Bool
        var position: Int
        var captures: [(name: String, text: String)]
        /// For a part of a breakdown: the index of its total among the drafts.
        var partOf: Int?
        /// A recipient called by the given name alone (`NamedMention.isGivenName`).
        var givenName = false
        /// A recipient called by an honorific alone (`Chunker.pronounSubject`), in lower case.
        var pronoun: String?
        /// A count said after "một trong" (`RecipientGroup.isRestated`).
        var restated = false
    }

    mutating func drafts(for match: Extractor.Match, behalf: (granter: GranterMention?, presenter: String?, decided: GranterMention?),
                         chunker: Chunker, year: Int?) -> [Draft] {
        var mentions: [AwardMention] = []
        var groups: [RecipientGroup] = []
        var named: NamedMention?, holder: NamedMention?
        var granter: GranterMention?, givenBy: GranterMention?
        var granterIsOf = false
        var presenter: String?
        for capture in match.captures {
            switch capture.value {
            case .awards(let found)? where capture.name == "awards": mentions.append(contentsOf: found)
            case .recipients(let found)? where capture.name == "recipients": groups.append(contentsOf: found)
            case .named(let found)? where capture.name == "recipient": named = found
            case .named(let found)? where capture.name == "holder": holder = found
            case .named(let found)? where capture.name == "presenter": presenter = found.name
            case .granter(let found)? where capture.name == "granter":
                // "của X" ("do X trao") after the award says more than a body named before the verb.
                let isOf = capture.tokens.lowerBound < clause.count && clause.has(.ofGiver, at: capture.tokens.lowerBound)
                if !isOf { givenBy = found }
                if granter == nil || !granterIsOf {
                    granter = found
                    granterIsOf = isOf
                }
            default: break
            }
        }
        // "35 bằng khen của Bộ Quốc phòng, Quân khu, UBND tỉnh": whose they are is several givers
        // listed, none alone.
        var ownersListed = mentions.contains(where: \.ownersListed)
        if granterIsOf, let found = granter, chunker.ownersListed(after: found.tokens.upperBound) {
            granter = givenBy
            granterIsOf = false
            ownersListed = true
        }
        // "Huân chương Lao động hạng Nhất của Nhà nước Lào", "được Chủ tịch nước CHDCND Lào tặng
        // ...": a foreign state's orders and medals are none of Viet Nam's awards, whose slugs
        // they share (README, "Extensions of the record contract"): no record.
        if let found = granter ?? givenBy, isForeignState(found) { return [] }
        if isForeignConferral(match) { return [] }
        // "Lễ đón nhận Huân chương Lao động hạng Ba của Công ty ...": whose the awards are, as
        // `Extractor.holderHolds` found.
        if let holder { named = holder }
        // Bodies listed that hold the occasion receive together: all of them.
        if let found = named, found.isBody, let listed = chunker.listedOrganizers(endingWith: found) { named = listed }
        // "được Thủ tướng tặng Bằng khen năm 2023 và Cờ thi đua của Chính phủ năm 2024": awards
        // each in its year are conferrals of their own (`splitByYear`); "của ..." is the last's.
        if granterIsOf, mentions.count > 1, mentions.allSatisfy({ $0.year != nil }),
           let own = mentions.last?.granter, own.slug == granter?.slug, own.name == granter?.name {
            granter = givenBy
            granterIsOf = false
        }
        // "Công an tỉnh được tặng Huân chương Bảo vệ Tổ quốc hạng Ba, 2 Bằng khen của Bộ trưởng":
        // the order is the unit's, the certificates are medals counted (kind []).
        var medals: [AwardMention] = []
        if named != nil, groups.isEmpty, mentions.contains(where: { $0.count == nil }),
           mentions.contains(where: { ($0.count ?? 0) > 1 }) {
            medals = mentions.filter { $0.count != nil }
            mentions = mentions.filter { $0.count == nil }
            // "của ..." after the list is the last medal's giver, not the order's.
            if granterIsOf, let last = medals.indices.last {
                if medals[last].granter == nil { medals[last].granter = granter }
                granter = givenBy
                granterIsOf = false
            }
        }
        // "Trung ương Hội tặng 4 Cờ thi đua, Bằng khen cho 96 tập thể, 120 cá nhân": the first
        // award, counted alone and only for collectives (a flag), the ones after it the groups'.
        if named == nil, !groups.isEmpty, groups.allSatisfy({ $0.count != nil }), mentions.count > 1, mentions[0].count != nil,
           mentions.dropFirst().allSatisfy({ $0.count == nil }),
           rules.slugs(of: [mentions[0]], level: nil).allSatisfy({ rules.onlyFor[$0] == "tap-the" }) {
            medals = [mentions[0]]
            mentions.removeFirst()
        }
        // "được Chủ tịch nước, Thủ tướng Chính phủ khen thưởng": several givers, none of them alone
        // (of one level, they still say which "Bằng khen" it is).
        var giversLevel: String?
        // "Theo đề nghị của Sở Nội vụ, UBND tỉnh tặng ...", "Theo Sở Nội vụ, ...": who proposed or
        // tells gives nothing; the giver after the comma does.
        // (The mention read in place: binding it copies it, at every match.)
        if !granterIsOf, let end = granter?.tokens.upperBound, end < clause.count, clause.tokens[end].is(","),
           Self.isProposerOrSource(granter!, in: clause), let next = Self.giverJoined(after: granter!, chunker: chunker) {
            granter = next
        }
        if let found = granter, !granterIsOf, let other = Self.jointGiver(with: found, chunker: chunker) {
            giversLevel = Self.sharedLevel(of: found, and: other, chunker: chunker)
            granter = nil
        }
        // "Thừa ủy quyền của Chủ tịch nước, đồng chí ... Chủ tịch UBND tỉnh trao": the body
        // before the verb is the presenter's title; the granter is whom they act for.
        if let onBehalf = behalf.granter, !granterIsOf { granter = onBehalf }
        // "Theo Quyết định số 2345/QĐ-CTN ngày 20/12/2024 của Chủ tịch nước, Trường ... được tặng
        // thưởng ...": whose decision it was gives, where no giver is stated.
        if granter == nil, let decided = behalf.decided { granter = decided }
        // "Cờ thi đua UBND tỉnh: 25 tập thể": the giver named inside the award's phrase with no
        // "của" (`Chunker.awards`), the same for all of them, is the award's.
        // (Asked of most matches, which have none: an explicit loop copies no giver.)
        if granter == nil, !mentions.isEmpty, mentions[0].granter != nil {
            let own = mentions[0].granter!.tokens
            var same = true
            for index in mentions.indices.dropFirst() where mentions[index].granter?.tokens != own { same = false }
            if same {
                granter = mentions[0].granter
                granterIsOf = true
            }
        }
        // Who is named before the verb that the recipient is named before too is a recipient
        // ("Trường THCS Nguyễn Du và bà Lê Thị Hoa được ... tặng"), no presenter.
        let receivesFirst = named.map { named in
            match.captures.contains { $0.name == "awards" && $0.tokens.lowerBound >= named.tokens.upperBound }
        } ?? false
        let givers = presenter == nil && behalf.presenter == nil && !receivesFirst ? subjectPeople(before: match, chunker: chunker) : []
        // "Chủ tịch nước Lương Cường đã dự Lễ kỷ niệm ... và trao Huân chương ...": who is named
        // by an office that confers hands over that office's award.
        if granter == nil, giversLevel == nil, let title = givers.first?.titleTokens,
           let office = chunker.granter(at: title.lowerBound), office.tokens.upperBound <= title.upperBound {
            granter = office
        }
        if granter == nil, giversLevel == nil, let awards = match.captures.first(where: { $0.name == "awards" }) {
            giversLevel = headingLevel(before: awards.tokens.lowerBound)
        }
        let stated = granter != nil
        // Where the match starts, past an "also" word ("đồng thời", "cũng", and a comma after it)
        // or a clause's opening "và", or a breakdown's ("...; trong đó tặng Cờ thi đua cho 3 tập
        // thể": the giver of the total gives the parts).
        let start = match.range.lowerBound
        var opening = start
        for begin in max(0, start - 4)..<start
        where clause.longest(.also, at: begin).map({ also in
                also.length == start - begin || also.length + 1 == start - begin && clause.tokens[start - 1].is(",")
            }) == true
            || begin == 0 && start == 1 && clause.folds[0] == "va"
            // "trong đó khen thưởng ...", "trong đó: khen thưởng ..."
            || clause.longest(.breakdown, at: begin).map({ marker in
                marker.length == start - begin || marker.length + 1 == start - begin && clause.tokens[start - 1].is(":")
            }) == true {
            opening = begin
            break
        }
        var carried = false
        // "...; thưởng nóng 50 triệu đồng cho Đội ...", "...; khen thưởng 3 tập thể": a verb of
        // praise or of a reward that opens the clause is the same giver's too.
        let elliptical = opening == 0 && (match.captures.first?.name == "awards" || clause.hasAny(Self.joinedVerbs, at: start))
        if granter == nil, elliptical, !ownersListed {
            granter = previous.granter // "...; Bằng khen cho 15 cá nhân": the giver said before
            carried = granter != nil
        }
        // "UBND tỉnh tặng Cờ thi đua cho 9 đơn vị, tặng Bằng khen cho 56 tập thể": a verb
        // phrase joined to the one before it (or its object alone) has the same giver. "... cho
        // Hội Nông dân huyện X và tặng Bằng khen cho ...": the body before "và" is the first
        // phrase's recipient, not the second's giver.
        if let found = granter, !granterIsOf, found.tokens.upperBound + 1 < clause.count,
           clause.folds[found.tokens.upperBound] == "va", clause.has(.give, at: found.tokens.upperBound + 1) {
            granter = subjectGranter
        }
        // A phrase joined to the one before it: "Phó Thủ tướng X trao Huân chương ... cho Bệnh viện
        // Bạch Mai và Huân chương ... cho Viện Y", "... cho 85 đơn vị và danh hiệu ... cho 430 cá nhân".
        // "... khen thưởng 2 tập thể, 8 cá nhân và thưởng 50 triệu đồng cho Ban chuyên án": a
        // verb of praise or of a reward goes on too.
        // A match may take the "và" itself: "... cho Ban Chuyên án 120C và thưởng nóng 100 triệu đồng".
        let joined = opening > 0 && (clause.hasAny(Self.joinedVerbs, at: start) || match.captures.first?.name == "awards")
            && (clause.tokens[opening - 1].is(",") || clause.tokens[opening - 1].is(";") || clause.folds[opening - 1] == "va")
            || (clause.tokens[start].is(",") || clause.folds[start] == "va") && clause.hasAny(Self.joinedVerbs, at: start + 1)
        if granter == nil, joined { granter = subjectGranter }
        // (The flag read in place: binding the mention to test it copies it, at every match.)
        if granter?.isUnnamedCity == true { granter = cityOfProvince(granter!) }
        // Carried over a ";", it goes on to the next clause: "tặng ... cho 68 tập thể; danh hiệu ...
        // cho 25 cá nhân; Bằng khen cho 120 tập thể".
        // The giver who spoke, not whose award it was: "UBND huyện đã trao Bằng khen của Chủ
        // tịch UBND tỉnh cho 5 tập thể; tặng Giấy khen cho 25 tập thể" (the district's).
        // An award's own ("5 Cờ thi đua của Chính phủ; 2 Chiến sĩ thi đua toàn quốc") is that award's,
        // at the start of a breakdown's part.
        if let granter, stated || carried, !(granterIsOf && givenBy == nil && opening == 0 && match.captures.first?.name == "awards") {
            carry.granter = (granterIsOf ? givenBy : nil) ?? granter
        }
        // The giver of this phrase, stated or carried to it, gives in the next one joined to it.
        if let granter, !granterIsOf { subjectGranter = granter }
        presenter = presenter ?? behalf.presenter ?? (givers.isEmpty ? nil : givers.map(\.name).joined(separator: ", "))
            ?? (joined ? carry.presenter : nil) ?? (elliptical ? previous.presenter : nil)
        if presenter == named?.name { presenter = nil }
        carry.presenter = presenter

        // A verb joined to the phrase before, with recipients and no award: that phrase's awards.
        if mentions.isEmpty, match.pattern.setAwards == nil, !match.captures.contains(where: { $0.name == "awards" }) {
            mentions = carry.mentions
        } else if !mentions.isEmpty {
            carry.mentions = mentions
        }
        let awards = resolve(mentions, level: granter?.level ?? giversLevel, fixed: match.pattern.setAwards ?? [])
        guard !awards.isEmpty else { return [] }
        // "Bí thư Tỉnh ủy trao Huân chương Lao động": who hands over an order the President
        // confers is not its granter (only "thừa ủy quyền của Chủ tịch nước" says whose it is).
        // So does who hands over a medal only the President confers as named ("Bộ trưởng Bộ Quốc
        // phòng trao Huy chương Quân kỳ quyết thắng").
        if let stated = granter, !mayConfer(stated.slug, awards, as: mentions) { granter = nil }
        // "Huân chương Lao động, Bằng khen của Thủ tướng Chính phủ": "của ..." after a list is
        // its last award's; an earlier award that giver does not confer says so.
        if granterIsOf, let stated = granter, let last = awards.last, awards.count > 1, mayConfer(stated.slug, [last]),
           awards.dropLast().contains(where: { !mayConfer(stated.slug, [$0]) }) {
            granter = givenBy.flatMap { mayConfer($0.slug, awards, as: mentions) ? $0 : nil }
        }
        let classes = Self.classes(of: mentions) ?? []
        let position = clause.tokens[match.range.lowerBound].range.lowerBound
        let captures = match.captures.map { ($0.name, clause.text($0.tokens)) }
        let base = AwardRecord(
            doc: doc, award: awards, class: classes.isEmpty ? nil : classes, granter: granter?.slug ?? namedGranter(of: awards),
            granterName: granter?.name, kind: [], count: nil, presenter: presenter,
            // "... năm 2018 và được Thủ tướng tặng Bằng khen năm 2022": an award's own year first.
            year: mentions.count == 1 ? mentions[0].year ?? year : year, province: province,
            zone: sentence.zone,
            evidence: Evidence(sentence: sentence.text, start: sentence.start, end: sentence.end, rule: match.pattern.id))
        let statement = Statement(match: match, mentions: mentions, groups: groups, named: named, medals: medals, granter: granter,
                                  giversLevel: giversLevel, stated: stated, receivesFirst: receivesFirst, classes: classes,
                                  base: base, position: position, captures: captures)
        return drafts(of: statement, chunker: chunker)
    }

    static let classOrder = ["nhat", "nhi", "ba", "cac-hang"]
    private static let joinedVerbs = WordClass.bits(.give, .praise, .reward)

    /// The classes the mentions name, in order; nil for none.
    static func classes(of mentions: [AwardMention]) -> [String]? {
        let found = classOrder.filter { slug in mentions.contains { $0.classes.contains(slug) } }
        return found.isEmpty ? nil : found
    }
}
