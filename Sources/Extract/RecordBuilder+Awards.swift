/// Which awards a statement names, and whose they may be: generic awards resolved by the
/// granter's level, awards only some offices confer.
extension RecordBuilder {
    /// The granter the awards' names say, when they all say the same one ("Bằng khen Thủ
    /// tướng Chính phủ").
    func namedGranter(of awards: [String]) -> String? {
        guard let first = awards.first, let granter = rules.namedGranters[first],
              awards.allSatisfy({ rules.namedGranters[$0] == granter }) else { return nil }
        return granter
    }

    /// Whether `granter` may confer `awards`: not when every one of them is an award only
    /// other offices confer (`conferred_only_by`).
    func mayConfer(_ granter: String, _ awards: [String]) -> Bool {
        !awards.allSatisfy { rules.conferrers[$0].map { !$0.contains(granter) } ?? false }
    }

    func level(of granter: String?) -> String? {
        granter.flatMap { rules.granters[$0]?.level }
    }

    /// Award slugs: generic ones ("Bằng khen") by the granter's level; a rule's own awards
    /// when the match names none.
    func resolve(_ mentions: [AwardMention], level: String?, fixed: [String]) -> [String] {
        guard !mentions.isEmpty else { return fixed }
        var slugs: [String] = []
        for mention in mentions {
            var slug = mention.slug
            if mention.isGeneric, let generic = rules.generic[mention.slug] {
                slug = level == "national" ? generic.national : generic.fallback
            }
            if !slugs.contains(slug) { slugs.append(slug) }
        }
        return slugs
    }
}
