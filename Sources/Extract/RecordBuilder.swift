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
        /// The record of the recipient named last: "Trường ... đã được Chủ tịch nước tặng
        /// Huân chương Lao động hạng Ba, Thủ tướng Chính phủ tặng Bằng khen" (the second
        /// phrase names no recipient; a mention's tokens are its own clause's, a record's
        /// fields are not).
        var named: AwardRecord?
        /// The records of the counted groups of the last phrase, when it named groups after
        /// the recipient named last: money joined to them is theirs ("tặng Giấy khen cho 15 cán
        /// bộ, chiến sĩ và thưởng 50 triệu đồng").
        var counted: [AwardRecord] = []
        /// A year the sentence opens with: "Năm 2024, toàn huyện có 35 tập thể ...; 420 cá nhân ...".
        var year: Int?
        /// The awards of the last phrase that stated some, for a verb joined to it that states
        /// none: "... cho 3 mẹ và truy tặng cho 12 mẹ" (rule more-given-same-awards).
        var mentions: [AwardMention] = []
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
        // "được Chủ tịch nước, Thủ tướng Chính phủ khen thưởng": several givers, none of them alone
        // (of one level, they still say which "Bằng khen" it is).
        var giversLevel: String?
        if let found = granter, !granterIsOf, let other = Self.jointGiver(with: found, chunker: chunker) {
            giversLevel = other.level == found.level ? found.level : nil
            granter = nil
        }
        // "Thừa ủy quyền của Chủ tịch nước, đồng chí ... Chủ tịch UBND tỉnh trao": the body
        // before the verb is the presenter's title; the granter is whom they act for.
        if let onBehalf = behalf.granter, !granterIsOf { granter = onBehalf }
        // "Theo Quyết định số 2345/QĐ-CTN ngày 20/12/2024 của Chủ tịch nước, Trường ... được tặng
        // thưởng ...": whose decision it was gives, where no giver is stated.
        if granter == nil, let decided = behalf.decided { granter = decided }
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
        func draft(_ named: NamedMention) -> Draft {
            var record = base
            record.kind = [named.isHousehold ? "ho-gia-dinh" : named.isBody ? "tap-the" : "ca-nhan"]
            record.count = 1
            // "năm 2024 Công ty vinh dự được ...": the word for a body alone names none.
            let bare = named.isBare
                || named.isBody && clause.longest(.orgWord, at: named.nameTokens.lowerBound)?.length == named.nameTokens.count
                    && !clause.has(.orgName, at: named.nameTokens.lowerBound) // "cho Viettel" names it
            record.recipient = bare || named.isPosition ? nil : named.name
            record.recipientTitle = named.title
            // "cho Bộ Chỉ huy Quân sự tỉnh Phú Thọ và Bộ Chỉ huy Quân sự tỉnh Yên Bái": each
            // named recipient is about its own province, not the sentence's first.
            for index in named.tokens {
                if let place = clause.province(at: index) { record.province = clause.value(place); break }
            }
            return Draft(record: record, mentions: mentions, granterStated: stated, position: position, captures: captures,
                         givenName: named.isGivenName, pronoun: named.isBare && !named.isBody ? named.name.lowercased() : nil)
        }
        func groupDraft(_ group: RecipientGroup, mentions: [AwardMention]) -> Draft {
            var record = base
            record.kind = group.kinds
            record.count = group.count
            record.qualifier = Qualifier(rawValue: group.qualifier) ?? .exact
            // "Có 1 tập thể được Chủ tịch nước tặng Huân chương ... (Trường THPT chuyên Lê Quý
            // Đôn)": the one, named in brackets after it or after the statement.
            if group.count == 1, groups.count == 1, let named = chunker.namedInBrackets(at: group.tokens.upperBound)
                ?? chunker.namedInBrackets(at: match.range.upperBound), named.isBody == (group.kinds == ["tap-the"]) {
                record.recipient = named.name
                record.recipientTitle = named.title
            }
            // "01 tập thể, 02 cá nhân được ... tặng Cờ thi đua và Bằng khen": no flag for a person.
            if group.kinds.count == 1, record.award.count > 1 {
                let fitting = record.award.filter { rules.onlyFor[$0].map { $0 == group.kinds[0] } ?? true }
                if !fitting.isEmpty { record.award = fitting }
            }
            return Draft(record: record, mentions: mentions, granterStated: stated, position: position, captures: captures,
                         restated: group.isRestated)
        }
        // Medals counted and recipients not: "được Chủ tịch nước tặng thưởng 3 Huân chương
        // Chiến công", "trong đó: 2 Huân chương ..., 15 Bằng khen của Thủ tướng Chính phủ"
        // (records.md: kind []); "3 Cờ thi đua và 14 Bằng khen cho các tập thể, cá nhân": the
        // kinds are said.
        // "Công an thành phố được tặng 3 Huân chương": the unit is not one recipient of three.
        func medalDrafts(_ counted: [AwardMention]) -> [Draft] {
            counted.map { medalDraft([$0]) }
        }
        // One count of them all: the first's.
        func medalDraft(_ joined: [AwardMention]) -> Draft {
            let mention = joined[0]
            var own = joined.count == 1 ? mention.granter ?? granter : joined.last?.granter ?? granter
            let awards = resolve(joined, level: own?.level ?? giversLevel, fixed: [])
            if let slug = own?.slug, !mayConfer(slug, awards, as: joined) { own = nil }
            var record = base
            record.award = awards
            record.class = Self.classes(of: joined)
            record.granter = own?.slug ?? namedGranter(of: awards)
            record.granterName = own?.name
            record.kind = groups.first?.kinds ?? chunker.kindsGiven(at: match.range.upperBound) ?? []
            // "5 Thầy thuốc Ưu tú": titles of people, counted, count people.
            if record.kind.isEmpty, awards.allSatisfy({ rules.onlyFor[$0] == "ca-nhan" }) { record.kind = ["ca-nhan"] }
            if record.kind.isEmpty, let holders = mention.countsKind { record.kind = [holders] }
            record.count = mention.count
            record.qualifier = Qualifier(rawValue: mention.qualifier) ?? .exact
            return Draft(record: record, mentions: joined, granterStated: own != nil, position: position, captures: captures)
        }
        // "UBND tỉnh tặng 45 Cờ thi đua và Bằng khen cho các cơ quan, đơn vị": one count before
        // awards joined covers them all (records.md: one record of several awards); a list
        // breaks before an award after "nhiều" ("2 Huân chương ... và nhiều Bằng khen").
        if named == nil, groups.allSatisfy({ $0.count == nil }), groups.count <= 1, mentions.count > 1,
           mentions[0].count != nil, mentions.dropFirst().allSatisfy({ $0.count == nil }) {
            return [medalDraft(mentions)]
        }
        if groups.allSatisfy({ $0.count == nil }), groups.count <= 1, !mentions.isEmpty,
           mentions.allSatisfy({ $0.count != nil }),
           named == nil || mentions.contains(where: { $0.count! > 1 }) {
            // "Sở Tài chính: 1 Cờ thi đua, 3 Bằng khen" (a row of a table of units by awards):
            // one of an award the named holds is theirs, more are medals counted within.
            guard let named, !named.isBare else { return medalDrafts(mentions) }
            let kind = named.isHousehold ? "ho-gia-dinh" : named.isBody ? "tap-the" : "ca-nhan"
            let level = granter?.level
            let own = mentions.filter { mention in
                mention.count == 1 && mention.qualifier == "exact"
                    && resolve([mention], level: level, fixed: []).allSatisfy { rules.onlyFor[$0].map { $0 == kind } ?? true }
            }
            // "Anh Nguyễn Văn Quyết được tặng 5 Bằng khen": a person's many of one award are the
            // career's, years of them, no count of recipients (a body's are its members').
            let person = !named.isBody && !named.isHousehold
            let counted = person ? [] : mentions.filter { mention in !own.contains(mention) }
            guard !own.isEmpty else { return medalDrafts(person ? [] : mentions) }
            var held = draft(named)
            held.record.award = resolve(own, level: level, fixed: [])
            held.record.class = Self.classes(of: own)
            held.mentions = own
            return [held] + medalDrafts(counted)
        }
        // Money with no recipient of its own after counted recipients is theirs (rule
        // more-money-to-named, capture reward): a record for each group.
        if named == nil, groups.isEmpty, match.captures.contains(where: { $0.name == "reward" }), !carry.counted.isEmpty {
            return carry.counted.map { group in
                var record = base
                record.kind = group.kind
                record.count = group.count
                record.qualifier = group.qualifier
                return Draft(record: record, mentions: mentions, granterStated: stated, position: position, captures: captures)
            }
        }
        // A phrase that names no recipient gives to the one named last (rule more-given-to-named).
        if named == nil, groups.isEmpty, !mentions.isEmpty || match.pattern.setAwards != nil, let last = carry.named {
            var record = base
            record.kind = last.kind
            record.count = 1
            record.recipient = last.recipient
            record.recipientTitle = last.recipientTitle
            record.province = last.province
            return [Draft(record: record, mentions: mentions, granterStated: stated, position: position, captures: captures)]
        }
        // Names without a count give one record each (records.md, "Edge rules"), and "hạng
        // Nhì, hạng Ba cho A và B" pairs the classes with the names in order; a list of classes
        // that does not pair with the names gives none.
        if let named {
            var names = [named] + namedList(after: named.tokens.upperBound, chunker: chunker, subject: receivesFirst)
            // "Công ty CP May 10 có 150 lao động được công nhận danh hiệu Lao động tiên tiến": a
            // body holds no title only people receive (`only_for`); it is not who received.
            if awards.allSatisfy({ rules.onlyFor[$0] == "ca-nhan" }) { names.removeAll { $0.isBody && !$0.isHousehold } }
            var drafts = names.map(draft)
            carry.named = drafts.last?.record
            carry.counted = []
            if names.count > 1, classes.count > 1 {
                for index in drafts.indices {
                    drafts[index].record.class = classes.count == names.count && mentions.count == 1 ? [classes[index]] : nil
                }
            }
            // "cho Trường Đại học Bách khoa và 3 cá nhân của trường"
            return drafts + medalDrafts(medals) + groups.map { groupDraft($0, mentions: mentions) }
        }
        // "cho các huyện: Văn Lâm, Văn Giang, Khoái Châu", "Các xã Tân Lập, Tân Hòa và Tân Bình
        // được ...": the places a plural unit's word names, one record each.
        if groups.count == 1, groups[0].count == nil,
           let recipients = match.captures.tokens(of: "recipients"),
           let unit = recipients.first(where: { start in
               clause.longest(.localUnit, at: start).map { start + $0.length == recipients.upperBound } ?? false
           }).map({ $0..<recipients.upperBound }),
           case let places = chunker.placesOfUnit(unit, end: recipients.upperBound), !places.isEmpty {
            let drafts = places.map(draft)
            carry.named = drafts.last?.record
            carry.counted = []
            return drafts
        }
        if groups.count == 1, groups[0].count == nil, let names = namesAfterTheirKind(match, chunker: chunker) {
            let drafts = names.map(draft)
            carry.named = drafts.last?.record
            carry.counted = []
            return drafts
        }
        // "cho các đồng chí: A, B, C", "Các tập thể được tặng Bằng khen gồm: A, B": names after a
        // group without a count, one record each.
        if groups.count == 1, groups[0].count == nil,
           let recipients = match.captures.tokens(of: "recipients")?.upperBound,
           let colon = [recipients, listColon(after: match.range.upperBound)].compactMap({ $0 }).first(where: {
               $0 < clause.count && clause.tokens[$0].is(":")
           }),
           case let subject = colon < (match.captures.tokens(of: "awards")?.lowerBound ?? 0),
           let first = listedName(at: colon + 1, chunker: chunker, endsAtVerb: subject) {
            // Before the verb ("Các tập thể: A, B, C được tặng ..."), the last name ends at it.
            let drafts = ([first] + namedList(after: first.tokens.upperBound, chunker: chunker, subject: subject)).map(draft)
            carry.named = drafts.last?.record
            carry.counted = []
            return drafts
        }
        // "Tập thể Phòng Cảnh sát hình sự và 3 cá nhân được ... tặng Bằng khen": a body named
        // before counted recipients that receive first, joined by "và", receives too. Read
        // here, not by a rule: a rule that starts at every name cost 0.4 % of a run.
        var bodyBefore: [Draft] = []
        if let first = groups.first, first.count != nil,
           let verb = match.captures.tokens(of: "awards")?.lowerBound, first.tokens.lowerBound < verb,
           let body = nameJoined(before: first.tokens.lowerBound, chunker: chunker) {
            bodyBefore = [draft(body)]
            carry.named = bodyBefore[0].record
            carry.counted = []
        }
        // "15 tập thể và 30 cá nhân lần lượt được tặng Cờ thi đua và Bằng khen": respectively,
        // each group its award.
        let respectively = groups.count > 1 && groups.count == mentions.count
            && match.range.contains { clause.has(.respectively, at: $0) }
        let made = groups.enumerated().map { number, group in
            guard respectively else { return groupDraft(group, mentions: mentions) }
            var draft = groupDraft(group, mentions: [mentions[number]])
            draft.record.award = resolve([mentions[number]], level: granter?.level ?? giversLevel, fixed: [])
            draft.record.class = Self.classes(of: [mentions[number]])
            return draft
        }
        if !made.isEmpty, made.allSatisfy({ $0.record.count != nil }) { carry.counted = made.map(\.record) }
        return bodyBefore + made
    }

    static let classOrder = ["nhat", "nhi", "ba", "cac-hang"]
    private static let joinedVerbs = WordClass.bits(.give, .praise, .reward)

    /// The classes the mentions name, in order; nil for none.
    static func classes(of mentions: [AwardMention]) -> [String]? {
        let found = classOrder.filter { slug in mentions.contains { $0.classes.contains(slug) } }
        return found.isEmpty ? nil : found
    }
}
