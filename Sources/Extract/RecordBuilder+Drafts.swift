import ThiDuaModel

/// The records one match gives, once `drafts(for:)` has read what it states: a record for
/// each recipient named or group counted, for medals counted, or for the recipient named
/// before.
extension RecordBuilder {
    /// What a match states, read: its awards, who receives and who gives, and the record
    /// each of its drafts starts from.
    struct Statement {
        let match: Extractor.Match
        let mentions: [AwardMention]
        let groups: [RecipientGroup]
        let named: NamedMention?
        /// Medals counted besides the statement's other awards: after an order a named recipient
        /// holds ("..., 2 Bằng khen của Bộ trưởng"), or flags before the groups' awards ("4 Cờ thi
        /// đua, Bằng khen cho 96 tập thể, ...").
        let medals: [AwardMention]
        let granter: GranterMention?
        /// The level of givers named together, none of them alone.
        let giversLevel: String?
        /// Whether the clause states the giver (not carried from the clause before).
        let stated: Bool
        /// Whether the named recipient stands before the verb: a subject that receives.
        let receivesFirst: Bool
        let classes: [String]
        let base: AwardRecord
        let position: Int
        let captures: [(name: String, text: String)]

        /// A draft of the statement with `record`, its awards' mentions unless others are given.
        func draft(_ record: AwardRecord, mentions: [AwardMention]? = nil, granterStated: Bool? = nil) -> Draft {
            Draft(record: record, mentions: mentions ?? self.mentions, granterStated: granterStated ?? stated, position: position,
                  captures: captures)
        }
    }

    /// The drafts of a statement: medals counted, money for the groups before, the recipient
    /// named before, names (with bodies a plural unit's word or a colon lists), groups.
    mutating func drafts(of statement: Statement, chunker: Chunker) -> [Draft] {
        let (match, mentions, groups, named) = (statement.match, statement.mentions, statement.groups, statement.named)
        let (granter, giversLevel, classes, base) = (statement.granter, statement.giversLevel, statement.classes, statement.base)
        // "UBND tỉnh tặng 45 Cờ thi đua và Bằng khen cho các cơ quan, đơn vị": one count before
        // awards joined covers them all (records.md: one record of several awards); a list
        // breaks before an award after "nhiều" ("2 Huân chương ... và nhiều Bằng khen").
        if named == nil, groups.allSatisfy({ $0.count == nil }), groups.count <= 1, mentions.count > 1,
           mentions[0].count != nil, mentions.dropFirst().allSatisfy({ $0.count == nil }) {
            return [medalDraft(mentions, of: statement, chunker: chunker)]
        }
        if groups.allSatisfy({ $0.count == nil }), groups.count <= 1, !mentions.isEmpty,
           mentions.allSatisfy({ $0.count != nil }),
           named == nil || mentions.contains(where: { $0.count! > 1 }) {
            // "Sở Tài chính: 1 Cờ thi đua, 3 Bằng khen" (a row of a table of units by awards):
            // one of an award the named holds is theirs, more are medals counted within.
            guard let named, !named.isBare else { return medalDrafts(mentions, of: statement, chunker: chunker) }
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
            guard !own.isEmpty else { return medalDrafts(person ? [] : mentions, of: statement, chunker: chunker) }
            var held = draft(named, of: statement)
            held.record.award = resolve(own, level: level, fixed: [])
            held.record.class = Self.classes(of: own)
            held.mentions = own
            return [held] + medalDrafts(counted, of: statement, chunker: chunker)
        }
        // Money with no recipient of its own after counted recipients is theirs (rule
        // more-money-to-named, capture reward): a record for each group.
        if named == nil, groups.isEmpty, match.captures.contains(where: { $0.name == "reward" }), !carry.counted.isEmpty {
            return carry.counted.map { group in
                var record = base
                record.kind = group.kind
                record.count = group.count
                record.qualifier = group.qualifier
                return statement.draft(record)
            }
        }
        // A phrase that names no recipient gives to the one named last (rule more-given-to-named).
        if named == nil, groups.isEmpty, !mentions.isEmpty || match.pattern.setAwards != nil, let last = carry.named {
            var record = base
            record.kind = last.record.kind
            record.count = 1
            record.recipient = last.record.recipient
            record.recipientTitle = last.record.recipientTitle
            record.province = last.record.province
            // "cô Hương được ... tặng Bằng khen và được công nhận danh hiệu ...": called by the given
            // name, the second phrase's recipient is resolved with the first's.
            var draft = statement.draft(record)
            draft.givenName = last.givenName
            draft.pronoun = last.pronoun
            return [draft]
        }
        // Names without a count give one record each (records.md, "Edge rules"), and "hạng
        // Nhì, hạng Ba cho A và B" pairs the classes with the names in order; a list of classes
        // that does not pair with the names gives none.
        if let named {
            var names = sharingPlaceWords([named] + namedList(after: named.tokens.upperBound, chunker: chunker, subject: statement.receivesFirst),
                                          chunker: chunker)
            // "Công ty CP May 10 có 150 lao động được công nhận danh hiệu Lao động tiên tiến": a
            // body holds no title only people receive (`only_for`); it is not who received.
            if base.award.allSatisfy({ rules.onlyFor[$0] == "ca-nhan" }) { names.removeAll { $0.isBody && !$0.isHousehold } }
            var drafts = names.map { draft($0, of: statement) }
            carry.named = drafts.last
            carry.counted = []
            if names.count > 1, classes.count > 1 {
                for index in drafts.indices {
                    drafts[index].record.class = classes.count == names.count && mentions.count == 1 ? [classes[index]] : nil
                }
            }
            if names.count > 1, !mentions.isEmpty, saysRespectively(match) {
                pairRespectively(&drafts, with: mentions, after: match.range.upperBound, level: granter?.level ?? giversLevel)
            }
            // "cho Trường Đại học Bách khoa và 3 cá nhân của trường"; after a list of names too,
            // "cho Sở Y tế, Sở Tài chính, Công an tỉnh và 5 cá nhân" (the rule takes the first name's),
            // and after "cùng" before a count, one name or more ("cho ông A cùng 3 cá nhân khác").
            var counted = groups
            if counted.isEmpty, let after = names.last?.tokens.upperBound, after + 1 < clause.count,
               let joiner = names.count > 1 && clause.folds[after] == "va" ? 1 : chunker.countAlong(at: after),
               let found = chunker.countedRecipients(at: after + joiner) {
                counted = found.groups
            }
            return drafts + medalDrafts(statement.medals, of: statement, chunker: chunker)
                + counted.map { groupDraft($0, mentions: mentions, of: statement, chunker: chunker) }
        }
        // "cho các huyện: Văn Lâm, Văn Giang, Khoái Châu", "Các xã Tân Lập, Tân Hòa và Tân Bình
        // được ...": the places a plural unit's word names, one record each.
        if groups.count == 1, groups[0].count == nil,
           let recipients = match.captures.tokens(of: "recipients"),
           let unit = recipients.first(where: { start in
               clause.longest(.localUnit, at: start).map { start + $0.length == recipients.upperBound } ?? false
           }).map({ $0..<recipients.upperBound }),
           case var places = chunker.placesOfUnit(unit, end: recipients.upperBound), !places.isEmpty {
            // "UBND các xã Tân Lập, Tân Hòa được ...": the body of each place, named before the plural.
            if let owner = chunker.bodyWordBefore(recipients.lowerBound) {
                for index in places.indices { places[index].name = clause.text(owner) + " " + places[index].name }
            }
            let drafts = places.map { draft($0, of: statement) }
            carry.named = drafts.last
            carry.counted = []
            return drafts
        }
        if groups.count == 1, groups[0].count == nil, let names = namesAfterTheirKind(match, chunker: chunker) {
            let drafts = names.map { draft($0, of: statement) }
            carry.named = drafts.last
            carry.counted = []
            return drafts
        }
        // "cho các đồng chí: A, B, C", "Các tập thể được tặng Bằng khen gồm: A, B": names after a
        // group without a count, one record each; after the statement, the word that introduces
        // them may stand alone ("Các cá nhân được tặng Bằng khen là ông A, ...").
        if groups.count == 1, groups[0].count == nil,
           let recipients = match.captures.tokens(of: "recipients")?.upperBound,
           let namesStart = namesAfterIntro(recipients: recipients, statementEnd: match.range.upperBound),
           case let subject = namesStart <= (match.captures.tokens(of: "awards")?.lowerBound ?? 0),
           let first = listedName(at: namesStart, chunker: chunker, endsAtVerb: subject) {
            // Before the verb ("Các tập thể: A, B, C được tặng ..."), the last name ends at it.
            let drafts = sharingPlaceWords([first] + namedList(after: first.tokens.upperBound, chunker: chunker, subject: subject),
                                           chunker: chunker).map { draft($0, of: statement) }
            carry.named = drafts.last
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
            bodyBefore = (namesListed(before: body, chunker: chunker) + [body]).map { draft($0, of: statement) }
            carry.named = bodyBefore.last
            carry.counted = []
        }
        // "15 tập thể và 30 cá nhân lần lượt được tặng Cờ thi đua và Bằng khen": respectively,
        // each group its award.
        let respectively = groups.count > 1 && groups.count == mentions.count && saysRespectively(match)
        var made: [Draft] = []
        for (number, group) in groups.enumerated() {
            let drafted = groupDraft(group, mentions: mentions, of: statement, chunker: chunker)
            if respectively {
                made.append(draft(drafted, awardedOnly: mentions[number], level: granter?.level ?? giversLevel))
            } else if groups.count == 1 || !countsNonHolders(group, of: drafted.record.award) {
                made.append(drafted)
            }
        }
        if !made.isEmpty, made.allSatisfy({ $0.record.count != nil }) { carry.counted = made.map(\.record) }
        // The award counted before the groups' ("4 Cờ thi đua, Bằng khen cho 96 tập thể, ..."):
        // medals counted, their recipients not.
        return bodyBefore + made + medalDrafts(statement.medals, of: statement, chunker: chunker)
    }

    /// "Phòng A và Phòng B lần lượt được tặng Bằng khen và Giấy khen": respectively, each name
    /// its award. "... lần lượt được Bộ trưởng Bộ Công an tặng Bằng khen và Giám đốc Công an
    /// tỉnh tặng Giấy khen": one award each, the second given in the phrase after "và", so the
    /// first name has this statement's and the next is carried to that phrase. Otherwise (the
    /// awards do not pair with the names) every name has them all, as stated.
    private mutating func pairRespectively(_ drafts: inout [Draft], with mentions: [AwardMention], after end: Int,
                                           level: String?) {
        if mentions.count == drafts.count {
            for index in drafts.indices { drafts[index] = draft(drafts[index], awardedOnly: mentions[index], level: level) }
        } else if mentions.count == 1, drafts.count == 2, end + 1 < clause.count, clause.folds[end] == "va",
                  clause.has(.granterAlias, at: end + 1) || clause.has(.give, at: end + 1) {
            carry.named = drafts[1]
            drafts.removeLast()
        }
    }

    /// Whether the group is counted by a word for people who never hold its awards
    /// (`not_held_by`): "xã có 324 liệt sĩ, 18 mẹ được phong tặng danh hiệu Bà mẹ Việt Nam anh
    /// hùng" counts the martyrs first; the mothers are the award's.
    private func countsNonHolders(_ group: RecipientGroup, of awards: [String]) -> Bool {
        guard !rules.notHeldBy.isEmpty, let count = group.tokens.first(where: { clause.tokens[$0].isNumber }) else { return false }
        let word = count + 1
        return !awards.isEmpty && awards.allSatisfy { award in
            rules.notHeldBy[award]?.contains { words in
                word + words.count <= clause.count && clause.folds[word..<word + words.count].elementsEqual(words)
            } ?? false
        }
    }

    /// Whether the match says "lần lượt": its recipients pair in order with its awards.
    private func saysRespectively(_ match: Extractor.Match) -> Bool {
        clause.present.contains(.respectively) && match.range.contains { clause.has(.respectively, at: $0) }
    }

    /// `draft` with the one award of its statement paired with it ("lần lượt").
    private func draft(_ draft: Draft, awardedOnly mention: AwardMention, level: String?) -> Draft {
        var draft = draft
        draft.record.award = resolve([mention], level: level, fixed: [])
        draft.record.class = Self.classes(of: [mention])
        draft.mentions = [mention]
        return draft
    }

    /// Where names listed after a group without a count start: after a colon right after the
    /// group or after the statement ("gồm:"), or after the word that introduces them there.
    private func namesAfterIntro(recipients: Int, statementEnd: Int) -> Int? {
        if recipients < clause.count, clause.tokens[recipients].is(":") { return recipients + 1 }
        guard let at = listColon(after: statementEnd), at < clause.count else { return nil }
        return clause.tokens[at].is(":") ? at + 1 : at > statementEnd ? at : nil
    }

    /// The names, each body of a list of places that share its place's word ("Công an tỉnh Bình
    /// Phước, Đồng Tháp") one per place (`Chunker.bodiesSharingPlaceWord`).
    private func sharingPlaceWords(_ names: [NamedMention], chunker: Chunker) -> [NamedMention] {
        var names = names
        for index in names.indices.reversed() {
            if let bodies = chunker.bodiesSharingPlaceWord(names[index]) { names.replaceSubrange(index...index, with: bodies) }
        }
        return names
    }

    /// A recipient named: a record of one.
    func draft(_ named: NamedMention, of statement: Statement) -> Draft {
        var record = statement.base
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
        var draft = statement.draft(record)
        draft.givenName = named.isGivenName
        draft.pronoun = named.isBare && !named.isBody ? named.name.lowercased() : nil
        return draft
    }

    /// A group counted (or not: "các tập thể"): a record of its kinds and count.
    func groupDraft(_ group: RecipientGroup, mentions: [AwardMention], of statement: Statement, chunker: Chunker) -> Draft {
        var record = statement.base
        record.kind = group.kinds
        record.count = group.count
        record.qualifier = Qualifier(rawValue: group.qualifier) ?? .exact
        // "Có 1 tập thể được Chủ tịch nước tặng Huân chương ... (Trường THPT chuyên Lê Quý
        // Đôn)": the one, named in brackets after it or after the statement.
        if group.count == 1, statement.groups.count == 1, let named = chunker.namedInBrackets(at: group.tokens.upperBound)
            ?? chunker.namedInBrackets(at: statement.match.range.upperBound), named.isBody == (group.kinds == ["tap-the"]) {
            record.recipient = named.name
            record.recipientTitle = named.title
        }
        // "01 tập thể, 02 cá nhân được ... tặng Cờ thi đua và Bằng khen": no flag for a person.
        if group.kinds.count == 1, record.award.count > 1 {
            let fitting = record.award.filter { rules.onlyFor[$0].map { $0 == group.kinds[0] } ?? true }
            if !fitting.isEmpty { record.award = fitting }
        }
        var draft = statement.draft(record, mentions: mentions)
        draft.restated = group.isRestated
        return draft
    }

    /// Medals counted and recipients not: "được Chủ tịch nước tặng thưởng 3 Huân chương
    /// Chiến công", "trong đó: 2 Huân chương ..., 15 Bằng khen của Thủ tướng Chính phủ"
    /// (records.md: kind []); "3 Cờ thi đua và 14 Bằng khen cho các tập thể, cá nhân": the
    /// kinds are said. "Công an thành phố được tặng 3 Huân chương": the unit is not one
    /// recipient of three.
    func medalDrafts(_ counted: [AwardMention], of statement: Statement, chunker: Chunker) -> [Draft] {
        counted.map { medalDraft([$0], of: statement, chunker: chunker) }
    }

    /// Medals joined under one count: the first's count covers them all.
    func medalDraft(_ joined: [AwardMention], of statement: Statement, chunker: Chunker) -> Draft {
        let mention = joined[0]
        var own = joined.count == 1 ? mention.granter ?? statement.granter : joined.last?.granter ?? statement.granter
        let awards = resolve(joined, level: own?.level ?? statement.giversLevel, fixed: [])
        if let slug = own?.slug, !mayConfer(slug, awards, as: joined) { own = nil }
        var record = statement.base
        record.award = awards
        record.class = Self.classes(of: joined)
        record.granter = own?.slug ?? namedGranter(of: awards)
        record.granterName = own?.name
        // The kinds of a group named with no count ("cho các tập thể, cá nhân"); counted groups
        // are counts of their own.
        record.kind = statement.groups.first(where: { $0.count == nil })?.kinds
            ?? chunker.kindsGiven(at: statement.match.range.upperBound) ?? []
        // "5 Thầy thuốc Ưu tú": titles of people, counted, count people.
        if record.kind.isEmpty, awards.allSatisfy({ rules.onlyFor[$0] == "ca-nhan" }) { record.kind = ["ca-nhan"] }
        if record.kind.isEmpty, let holders = mention.countsKind { record.kind = [holders] }
        // "tặng 25 Cờ thi đua và 310 Bằng khen cho các tập thể, cá nhân": a flag is only a
        // collective's (`only_for`); of the kinds named, the flags went to that one.
        if record.kind.count > 1, let only = awards.first.flatMap({ rules.onlyFor[$0] }),
           awards.allSatisfy({ rules.onlyFor[$0] == only }), record.kind.contains(only) {
            record.kind = [only]
        }
        record.count = mention.count
        record.qualifier = Qualifier(rawValue: mention.qualifier) ?? .exact
        return statement.draft(record, mentions: joined, granterStated: own != nil)
    }
}
