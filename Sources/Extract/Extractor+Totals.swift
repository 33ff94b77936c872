import ThiDuaModel

extension Extractor {
    /// A counted record that later counts may be parts of.
    struct Total {
        let id: String
        let kind: [String]
        let count: Int
        let award: [String]
        let granter: String?
        let granterName: String?

        init?(_ record: AwardRecord) {
            guard let count = record.count else { return nil }
            (id, kind, self.count, award) = (record.id, record.kind, count, record.award)
            (granter, granterName) = (record.granter, record.granterName)
        }
    }

    /// "Thủ tướng tặng Bằng khen cho 31 thành viên đội tuyển, trong đó ...; 10 cán bộ được tặng
    /// Bằng khen ...": a part that states no giver is given by its total's, the same award at
    /// the level that giver's decides ("Bằng khen" alone read a province's).
    func inheritGiver(_ part: inout AwardRecord, from total: Total) {
        guard part.granter == nil, let granter = total.granter else { return }
        if part.award != total.award {
            guard part.award.count == 1, total.award.count == 1,
                  rules.generic.values.contains(where: { $0.fallback == part.award[0] && $0.national == total.award[0] }) else { return }
            part.award = total.award
        }
        part.granter = granter
        part.granterName = total.granterName
    }
}

extension [Extractor.Total] {
    /// The total a counted record is a part of: the only one, else the one of its kind;
    /// `noLarger`: a part of another sentence's total is no larger than it.
    func total(of record: AwardRecord, noLarger: Bool) -> Extractor.Total? {
        guard let part = record.count, let total = count == 1 ? self[0] : first(where: { $0.kind == record.kind }),
              !noLarger || part <= total.count else { return nil }
        return total
    }
}
