/// Which awards a statement names, and whose they may be: generic awards resolved by the
/// granter's level, awards only some offices confer; a statement's awards split by year or
/// by giver.
extension RecordBuilder {
    /// The granter the awards' names say, when they all say the same one ("Bằng khen Thủ
    /// tướng Chính phủ").
    func namedGranter(of awards: [String]) -> String? {
        guard let first = awards.first, let granter = rules.namedGranters[first],
              awards.allSatisfy({ rules.namedGranters[$0] == granter }) else { return nil }
        return granter
    }

    /// Whether `granter` may confer `awards` (named by `mentions`): not when every one of them
    /// is an award only other offices confer (`conferred_only_by`, `conferred_only_by_name`).
    func mayConfer(_ granter: String, _ awards: [String], as mentions: [AwardMention] = []) -> Bool {
        rules.mayConfer(granter, awards, as: mentions)
    }

    /// A state's office or a ministry, right before a country's name: "Nhà nước Lào", "Chủ tịch
    /// nước CHDCND Lào", "Chính phủ Vương quốc Campuchia", "Bộ Quốc phòng Lào" (Viet Nam's are
    /// named without one).
    func isForeignState(_ granter: GranterMention) -> Bool {
        granter.tokens.upperBound < clause.count && clause.has(.country, at: granter.tokens.upperBound)
    }

    /// "Huân chương Lao động hạng Nhất của Lào", "Lào trao Huân chương ... cho ...": a
    /// country named alone, after the awards' "của" or as the subject right before the verb,
    /// confers them (a foreign state's, as `isForeignState`).
    func isForeignConferral(_ match: Extractor.Match) -> Bool {
        guard clause.present.contains(.country) else { return false }
        if let awards = match.captures.tokens(of: "awards"), awards.upperBound + 1 < clause.count,
           clause.has(.ofGiver, at: awards.upperBound), clause.has(.country, at: awards.upperBound + 1) {
            return true
        }
        let start = match.range.lowerBound
        return clause.phraseStart(.country, endingAt: start).map { $0 == 0 || clause.tokens[$0 - 1].is(",") } ?? false
    }

    /// "UBND thành phố trao Giấy khen ..." in an article about a province (Nghệ An's city of
    /// Vinh): a city of a province gives as a district does, named "UBND thành phố" (or
    /// "Chủ tịch UBND thành phố"); in one about a city governed as a province
    /// (`central_cities`), or of no known province, as the province.
    func cityOfProvince(_ granter: GranterMention) -> GranterMention {
        guard granter.isUnnamedCity, let province, !rules.centralCities.contains(province),
              let body = rules.granters["to-chuc"] else { return granter }
        let name = granter.slug == "chu-tich-ubnd-tinh" ? "Chủ tịch UBND thành phố" : "UBND thành phố"
        return GranterMention(slug: body.slug, level: body.level, name: name, tokens: granter.tokens)
    }

    func level(of granter: String?) -> String? {
        granter.flatMap { rules.granters[$0]?.level }
    }

    /// The level a report's heading states before its colon, for awards after it:
    /// "Khen thưởng cấp Nhà nước: 3 Huân chương Lao động hạng Ba, 24 Bằng khen" (the Prime
    /// Minister's). Only a heading's, "cấp" then a giver's name then ":", before `end`.
    func headingLevel(before end: Int) -> String? {
        var index = 0
        while index < min(end, clause.count) - 1 {
            defer { index += 1 }
            guard clause.has(.awardLevel, at: index),
                  let office = clause.longest(.granterAlias, at: index + 1),
                  index + 1 + office.length < end, clause.tokens[index + 1 + office.length].is(":") else { continue }
            return level(of: clause.value(office))
        }
        return nil
    }

    /// Award slugs: generic ones ("Bằng khen") by the granter's level; a rule's own awards
    /// when the match names none.
    func resolve(_ mentions: [AwardMention], level: String?, fixed: [String]) -> [String] {
        mentions.isEmpty ? fixed : rules.slugs(of: mentions, level: level)
    }

    /// "Trường đã được tặng Huân chương Lao động hạng Ba (năm 2004), hạng Nhì (năm 2014)": each
    /// award in a year of its own is a conferral of its own.
    func splitByYear(_ draft: Draft) -> [Draft] {
        guard draft.mentions.count > 1, draft.mentions.allSatisfy({ $0.year != nil }) else { return [draft] }
        return draft.mentions.map { mention in
            var own = draft
            own.mentions = [mention]
            if let granter = mention.granter {
                own.record.granter = granter.slug
                own.record.granterName = granter.name
            }
            own.record.award = resolve([mention], level: level(of: own.record.granter), fixed: [])
            own.record.class = Self.classes(of: [mention])
            own.record.year = mention.year
            return own
        }
    }

    /// "nhiều tập thể, cá nhân được nhận Bằng khen của Thủ tướng Chính phủ, Bằng khen của Bộ
    /// trưởng Bộ Giao thông vận tải": the awards of a list whose givers differ are records of
    /// their own (a record has one granter). An award with no giver of its own has the
    /// statement's. Counted, they stay one record (records.md: one count covering several
    /// awards; two would count the recipients twice), each award of its own giver's level, and
    /// several givers name none. A body or person named is no count to sum twice: "Công an
    /// tỉnh được Chủ tịch nước tặng thưởng Huân chương Chiến công hạng Nhất và Cờ thi đua của Bộ
    /// Công an" is two conferrals, each of its giver.
    func splitByGranter(_ draft: Draft) -> [Draft] {
        guard draft.mentions.allSatisfy({ $0.count == nil }), draft.mentions.contains(where: { $0.granter != nil }) else {
            return [draft]
        }
        var groups: [(slug: String?, name: String?, mentions: [AwardMention])] = []
        for mention in draft.mentions {
            let slug = mention.granter?.slug ?? draft.record.granter
            let name = mention.granter.map(\.name) ?? draft.record.granterName
            if let index = groups.firstIndex(where: { $0.slug == slug && $0.name == name }) {
                groups[index].mentions.append(mention)
            } else {
                groups.append((slug, name, [mention]))
            }
        }
        guard groups.count > 1 else { return [draft] }
        guard draft.record.count == nil || draft.record.recipient != nil else {
            var one = draft
            one.record.award = groups.flatMap { resolve($0.mentions, level: level(of: $0.slug), fixed: []) }
                .reduce(into: []) { if !$0.contains($1) { $0.append($1) } }
            one.record.granter = namedGranter(of: one.record.award)
            one.record.granterName = nil
            return [one]
        }
        return groups.map { group in
            var own = draft
            own.mentions = group.mentions
            own.record.award = resolve(group.mentions, level: level(of: group.slug), fixed: [])
            own.record.class = Self.classes(of: group.mentions)
            let confers = group.slug.map { mayConfer($0, own.record.award, as: group.mentions) } ?? false
            own.record.granter = confers ? group.slug : namedGranter(of: own.record.award)
            own.record.granterName = confers ? group.name : nil
            return own
        }
    }

    /// The same recipients' reward in money, said with the award: "tặng Giấy khen và thưởng 50
    /// triệu đồng cho 15 cán bộ, chiến sĩ" (records.md: the recipients of money are a
    /// khen-thuong record; the money is no count).
    func rewardInMoney(_ draft: Draft) -> Draft {
        var reward = draft
        reward.record.award = ["khen-thuong"]
        reward.record.class = nil
        reward.mentions = []
        return reward
    }
}

/// What awards and givers the rules allow, asked by the record builder and by the checks on
/// a match before it is taken.
extension ExtractionRules {
    /// Whether `granter` may confer `awards`: not when every one of them is an award only
    /// other offices confer (`conferred_only_by`), nor when every one of their `mentions` is
    /// named as such an award (`conferred_only_by_name`: "Huy chương Quân kỳ quyết thắng" is
    /// the President's, where `huy-chuong` is also organisations' own).
    func mayConfer(_ granter: String, _ awards: [String], as mentions: [AwardMention] = []) -> Bool {
        !awards.allSatisfy { conferrers[$0].map { !$0.contains(granter) } ?? false }
            && (mentions.isEmpty || !mentions.allSatisfy { $0.onlyBy.map { $0 != granter } ?? false })
    }

    /// Award slugs, each once: generic ones ("Bằng khen") by the granter's level.
    func slugs(of mentions: [AwardMention], level: String?) -> [String] {
        var slugs: [String] = []
        for mention in mentions {
            var slug = mention.slug
            if mention.isGeneric, let generic = generic[mention.slug] {
                slug = level == "national" ? generic.national : generic.fallback
            }
            if !slugs.contains(slug) { slugs.append(slug) }
        }
        return slugs
    }
}
