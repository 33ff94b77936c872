import ThiDuaModel

extension Extractor {
    /// A counted record that later counts may be parts of (the whole record: parts read in a
    /// clause of their own copy it, `continuedParts`).
    struct Total {
        let record: AwardRecord
        let count: Int

        init?(_ record: AwardRecord) {
            guard let count = record.count else { return nil }
            (self.record, self.count) = (record, count)
        }

        var id: String { record.id }
        var kind: [String] { record.kind }
        var award: [String] { record.award }
        var granter: String? { record.granter }
        var granterName: String? { record.granterName }
    }

    /// "..., trong đó 30 tập thể, 40 cá nhân thuộc khối sở, ban, ngành; 20 tập thể, 30 cá nhân
    /// thuộc các huyện": a clause of a breakdown going on that names no award, only counted
    /// recipients (after a few words that say which: "khối huyện có"), states more parts of the
    /// totals: each group the part of the total of its kind, with its awards, class and giver.
    /// So does an item of a list after the total ("- Khối sở, ban, ngành: 30 tập thể, 40 cá
    /// nhân;"). None where a group fits no total.
    /// `before`: the records made so far, whose parts of the same totals count too: the parts
    /// together are no larger than their total ("...; toàn tỉnh có 45 tập thể đăng ký thi đua"
    /// after 30 of 50 is no part).
    func continuedParts(in clause: Clause, of totals: [Total], doc: String, sentence: Sentence, tokenOffset: Int,
                        before: [ExtractedRecord]) -> [ExtractedRecord] {
        guard !totals.isEmpty, clause.present.contains(.kind) else { return [] }
        let chunker = Chunker(clause: clause)
        var start = 0
        if clause.count > 0, clause.tokens[0].isDash { start = 1 }
        guard let found = (start..<min(clause.count, start + 12)).lazy.compactMap({ chunker.countedRecipients(at: $0) }).first,
              !(0..<found.end).contains(where: { clause.hasAny(Self.statementVerbs, at: $0) || clause.has(.proposal, at: $0) }),
              Self.describesPart(clause, after: found.end)
        else { return [] }
        var parts: [ExtractedRecord] = []
        var counted: [String: Int] = [:]
        for group in found.groups {
            var probe = totals[0].record
            (probe.kind, probe.count) = (group.kinds, group.count)
            guard let total = totals.total(of: probe, noLarger: true) else { return [] }
            if counted[total.id] == nil {
                counted[total.id] = before.reduce(0) { $0 + ($1.record.partOf == total.id ? $1.record.count ?? 0 : 0) }
            }
            counted[total.id, default: 0] += group.count ?? 0
            guard counted[total.id, default: 0] <= total.count else { return [] }
            var part = total.record
            (part.kind, part.count) = (group.kinds, group.count)
            part.qualifier = Qualifier(rawValue: group.qualifier) ?? .exact
            part.recipient = nil
            part.recipientTitle = nil
            part.partOf = total.id
            // An item of a list is a sentence of its own: the evidence is the item.
            part.evidence = Evidence(sentence: sentence.text, start: sentence.start, end: sentence.end, rule: total.record.evidence.rule)
            part.zone = sentence.zone
            part.id = RecordBuilder.identifier(doc: doc, sentence: sentence, number: parts.count, record: part, clause: tokenOffset)
            parts.append(ExtractedRecord(record: part, captures: [(name: "recipients", text: clause.text(group.tokens))]))
        }
        return parts
    }

    /// What may follow a part's counted recipients: nothing, a mark, or where they are from
    /// (lexicon class `part_origin`: "thuộc các huyện", "của ngành Y tế"); not what they did or
    /// did not (class `negation`: "12 tập thể không hoàn thành nhiệm vụ").
    private static func describesPart(_ clause: Clause, after end: Int) -> Bool {
        guard end < clause.count, !clause.tokens[end].isPunctuation else { return true }
        return clause.has(.partOrigin, at: end) && !(end..<clause.count).contains { clause.has(.negation, at: $0) }
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
