import ThiDuaModel

/// Within one document: a caption or title that restates a body record, a sentence
/// repeated word for word, a named recipient's award said again in another sentence, a
/// counted group's award said again in other words, the members of a counted group named
/// in a later sentence, and a body named by its kind alone ("cho nhà trường") with the award
/// of a named one, are linked to the record they repeat (`repeat_of`), so that statistics
/// count the statement once.
enum RepeatLinker {
    static func link(_ records: [AwardRecord]) -> [AwardRecord] {
        var linked = records
        let body = records.indices.filter { records[$0].zone == .body && records[$0].partOf == nil }
        let totals = Set(records.compactMap(\.partOf))
        // Counted groups of the body, unnamed, no totals with parts: the few a group said again
        // or the members named later can repeat.
        let counted = body.filter { records[$0].recipient == nil && (records[$0].count ?? 0) > 1 && !totals.contains(records[$0].id) }
        for index in records.indices {
            let record = records[index]
            // The same sentence again (a lead repeated in the body, identical captions).
            if let first = records[..<index].firstIndex(where: { sameStatement($0, record) }) {
                linked[index].repeatOf = records[first].repeatOf ?? records[first].id
                continue
            }
            // One body's award said twice: "Trường X long trọng tổ chức ... và đón nhận Huân chương
            // Lao động hạng Nhì" in the lead, "trao Huân chương Lao động hạng Nhì cho Trường X"
            // below it. One conferral.
            if record.zone == .body, let first = body.first(where: { $0 < index && sameConferral(records[$0], record) }) {
                linked[index].repeatOf = records[first].repeatOf ?? records[first].id
                continue
            }
            // A group's award said twice: a table's row "Cờ thi đua của UBND tỉnh: 25 Tập thể" and
            // "Chủ tịch UBND tỉnh trao Cờ thi đua cho 25 tập thể" below it. Not a part, nor a
            // total with parts (statistics count the parts).
            if record.zone == .body, record.partOf == nil, record.recipient == nil, (record.count ?? 0) > 1, !totals.contains(record.id),
               // The count compared first, in place: most groups differ there, and passing a record copies it.
               let first = counted.first(where: { $0 < index && records[$0].count == record.count && sameGroup(records[$0], record)
                   && groups(of: records[$0], in: records) == groups(of: record, in: records) }) {
                linked[index].repeatOf = records[first].repeatOf ?? records[first].id
                continue
            }
            guard record.zone != .body else { continue }
            if let target = body.first(where: { restates(record, records[$0]) }) {
                linked[index].repeatOf = records[target].id
            } else if record.count == nil, let first = coveringGroup(record, among: body.map { records[$0] }) {
                // "trao Huân chương ... cho các tập thể, cá nhân" over "5 tập thể, 4 cá nhân ...".
                linked[index].repeatOf = first.id
            }
        }
        // "2 tập thể được Bộ Công an tặng Cờ thi đua", then "trao Cờ thi đua của Bộ Công an cho
        // Phòng Cảnh sát hình sự và Công an huyện Tĩnh Gia": as many named in one later sentence
        // as the group counted (two or more), with its award, are its members.
        let named = counted.isEmpty ? [] : body.filter { linked[$0].repeatOf == nil && records[$0].recipient != nil && records[$0].count == 1 }
        for members in Dictionary(grouping: named, by: { records[$0].evidence.start }).values where members.count >= 2 {
            let first = records[members[0]]
            guard members.allSatisfy({ records[$0].award == first.award && records[$0].kind == first.kind }),
                  let group = counted.first(where: { records[$0].count == members.count && isGroup(records[$0], of: first, counting: members.count)
                      && linked[$0].repeatOf == nil })
            else { continue }
            for member in members { linked[member].repeatOf = records[group].id }
        }
        // "trao danh hiệu Anh hùng Lao động cho nhà trường": the body named by its kind alone is
        // the one named with the same award elsewhere in the article.
        for index in records.indices where linked[index].repeatOf == nil && isUnnamedUnit(records[index]) {
            if let named = body.first(where: { $0 != index && namesTheUnit(records[$0], of: records[index]) }) {
                linked[index].repeatOf = linked[named].repeatOf ?? linked[named].id
            }
        }
        return linked
    }

    /// One body, unnamed, in the body text: "cho nhà trường", "Công ty vinh dự được ...", and
    /// also "1 tập thể được tặng ...", which the record cannot tell apart (most often the
    /// same body, named elsewhere in the article).
    static func isUnnamedUnit(_ record: AwardRecord) -> Bool {
        record.zone == .body && record.partOf == nil && record.recipient == nil && record.count == 1 && record.kind == ["tap-the"]
    }

    /// A named body's record of the same award as `unit`'s (of the same class, when `unit`
    /// says one).
    static func namesTheUnit(_ named: AwardRecord, of unit: AwardRecord) -> Bool {
        named.recipient != nil && named.count == 1 && named.kind == ["tap-the"] && named.award == unit.award
            && (unit.class == nil || unit.class == named.class)
    }

    /// The same statement in another occurrence of the same sentence.
    static func sameStatement(_ first: AwardRecord, _ second: AwardRecord) -> Bool {
        first.evidence.start != second.evidence.start && first.evidence.sentence == second.evidence.sentence
            && first.award == second.award && first.kind == second.kind && first.count == second.count
            && first.recipient == second.recipient && first.class == second.class
    }

    /// The same award and class to the same named recipient, said in two sentences. Names
    /// must be equal, but for a body's abbreviations ("Hội LHPN tỉnh X", `BodyName`): "Công
    /// an tỉnh X" and "Phòng Cảnh sát hình sự Công an tỉnh X" are two units that may each get
    /// the same order.
    static func sameConferral(_ first: AwardRecord, _ second: AwardRecord) -> Bool {
        guard first.count == 1, second.count == 1, let name = first.recipient, let other = second.recipient,
              first.evidence.start != second.evidence.start, first.award == second.award, first.class == second.class,
              first.kind == second.kind else { return false }
        return name == other || first.kind == ["tap-the"]
            && BodyName(name, province: first.province).names(BodyName(other, province: second.province))
    }

    /// The same award and class to the same count (two or more) of one kind, unnamed, of the
    /// same year, province and qualifier, by compatible givers, said in two sentences.
    static func sameGroup(_ first: AwardRecord, _ second: AwardRecord) -> Bool {
        guard let count = first.count, count > 1, second.count == count, first.recipient == nil, second.recipient == nil,
              first.evidence.start != second.evidence.start, first.kind == second.kind, !first.kind.isEmpty,
              Set(first.award) == Set(second.award), first.class == second.class, first.year == second.year,
              first.province == second.province, first.qualifier == second.qualifier else { return false }
        if let granter = first.granter, let other = second.granter, !compatible(granter, other) { return false }
        return true
    }

    /// An unnamed group said before `member`'s sentence, of `count` of its kind, with its
    /// awards and class, a compatible giver and no other year.
    static func isGroup(_ group: AwardRecord, of member: AwardRecord, counting count: Int) -> Bool {
        guard group.evidence.start < member.evidence.start, group.recipient == nil, group.count == count,
              group.kind == member.kind, Set(group.award) == Set(member.award), group.class == nil || group.class == member.class,
              member.year == nil || group.year == member.year else { return false }
        if let granter = group.granter, let other = member.granter, !compatible(granter, other) { return false }
        return true
    }

    /// All that a record's sentence states: "tặng Cờ thi đua cho 4 đơn vị, tặng Bằng khen cho 43
    /// tập thể" and "tặng Cờ thi đua cho 4 đơn vị, tặng Bằng khen cho 55 tập thể" are two
    /// statements, though both give 4 flags.
    static func groups(of record: AwardRecord, in records: [AwardRecord]) -> Set<String> {
        Set(records.filter { $0.evidence.start == record.evidence.start }
            .map { "\($0.award) \($0.kind) \($0.count.map(String.init) ?? "-") \($0.recipient ?? "-")" })
    }

    /// Body records of the same awards whose kinds together cover an uncounted statement.
    static func coveringGroup(_ repeated: AwardRecord, among body: [AwardRecord]) -> AwardRecord? {
        let candidates = body.filter { Set($0.award) == Set(repeated.award) }
        let kinds = candidates.reduce(into: Set<String>()) { $0.formUnion($1.kind) }
        guard !repeated.kind.isEmpty, Set(repeated.kind).isSubset(of: kinds) else { return nil }
        return candidates.first
    }

    /// A caption or title record says no more than a body record: the same awards, kinds
    /// among the body's, no larger count, compatible classes and granter.
    static func restates(_ repeated: AwardRecord, _ body: AwardRecord) -> Bool {
        // No kinds stated ("28 điển hình tiên tiến") fits any kinds.
        guard Set(repeated.award) == Set(body.award), Set(repeated.kind).isSubset(of: Set(body.kind)) else { return false }
        if let count = repeated.count, let total = body.count, count > total { return false }
        if repeated.count != nil, body.count == nil { return false }
        if let classes = repeated.class, let bodyClasses = body.class, !Set(classes).isSubset(of: Set(bodyClasses)) {
            return false
        }
        if let granter = repeated.granter, let bodyGranter = body.granter, !compatible(granter, bodyGranter) { return false }
        return true
    }

    /// "UBND tỉnh" and "Chủ tịch UBND tỉnh", "Thủ tướng" and "Chính phủ" confer the same awards.
    static func compatible(_ first: String, _ second: String) -> Bool {
        let provincial: Set<String> = ["ubnd-tinh", "chu-tich-ubnd-tinh"], national: Set<String> = ["thu-tuong", "chinh-phu"]
        return first == second || (provincial.contains(first) && provincial.contains(second))
            || (national.contains(first) && national.contains(second))
    }
}
