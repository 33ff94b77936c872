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
        // or the members named later can repeat. A group may say again a breakdown's part too:
        // "trong đó: ... Cờ thi đua của Chính phủ 5" in the report, then "trao Cờ thi đua của
        // Chính phủ cho 5 tập thể" at the ceremony; the members named later are of no part.
        let unnamedGroups = records.indices.filter { index in
            records[index].zone == .body && records[index].recipient == nil && (records[index].count ?? 0) > 1
                && !totals.contains(records[index].id)
        }
        let counted = unnamedGroups.filter { records[$0].partOf == nil }
        // The records before each one, indexed by what a repeat must share with them: a long
        // document (a list of thousands of names) compared every pair, and its store took
        // minutes. Each list is in the records' order, so the first found is the first before.
        var statements = [StatementKey: [Int]](minimumCapacity: records.count)
        var conferrals = [ConferralKey: [Int]](minimumCapacity: records.count)
        // Built when first asked for: most documents have a few records, and no repeat.
        lazy var countedByCount = Dictionary(grouping: counted) { records[$0].count ?? 0 }
        lazy var groupsByCount = Dictionary(grouping: unnamedGroups) { records[$0].count ?? 0 }
        var groupsAt: [Int: Set<String>] = [:]
        lazy var sentences = Dictionary(grouping: records.indices) { records[$0].evidence.start }
        func groups(at start: Int) -> Set<String> {
            if let known = groupsAt[start] { return known }
            let found = Self.groups(of: sentences[start] ?? [], in: records)
            groupsAt[start] = found
            return found
        }
        var bodyNames: [Int: BodyName] = [:]
        func bodyName(_ index: Int) -> BodyName {
            if let known = bodyNames[index] { return known }
            let name = BodyName(records[index].recipient ?? "", province: records[index].province)
            bodyNames[index] = name
            return name
        }
        // Medals counted are the recipients of another sentence only where those are all it
        // says of that award: not the 20 of "50 tập thể, 20 cá nhân được tặng Bằng khen".
        func soleGroup(of index: Int) -> Bool {
            let record = records[index]
            return (sentences[record.evidence.start] ?? []).allSatisfy { $0 == index || Set(records[$0].award) != Set(record.award) }
        }
        func repeated(_ index: Int) -> String? {
            let record = records[index]
            // The same sentence again (a lead repeated in the body, identical captions).
            if let first = statements[StatementKey(record)]?.first(where: { records[$0].evidence.start != record.evidence.start }) {
                return records[first].id
            }
            // One body's award said twice: "Trường X long trọng tổ chức ... và đón nhận Huân chương
            // Lao động hạng Nhì" in the lead, "trao Huân chương Lao động hạng Nhì cho Trường X"
            // below it. One conferral.
            if record.zone == .body, record.count == 1, let name = record.recipient,
               let first = conferrals[ConferralKey(record)]?.first(where: { earlier in
                   let other = records[earlier]
                   return other.evidence.start != record.evidence.start
                       && (other.recipient == name || record.kind == ["tap-the"] && bodyName(earlier).names(bodyName(index)))
               }) {
                return records[first].id
            }
            // A group's award said twice: a table's row "Cờ thi đua của UBND tỉnh: 25 Tập thể" and
            // "Chủ tịch UBND tỉnh trao Cờ thi đua cho 25 tập thể" below it. The repeat is no part,
            // nor a total with parts (statistics count the parts); what it repeats may be a part
            // (the ceremony's "trao Huân chương ... cho 2 tập thể và 3 cá nhân" after the report's
            // breakdown), and may count medals where it counts recipients. Its sentence says
            // nothing the other's does not (a group of medals: nothing else of that award).
            if record.zone == .body, record.partOf == nil, record.recipient == nil, let count = record.count, count > 1,
               !totals.contains(record.id),
               let first = groupsByCount[count]?.first(where: { $0 < index && sameGroup(records[$0], record)
                   && (records[$0].kind == record.kind ? groups(at: record.evidence.start).isSubset(of: groups(at: records[$0].evidence.start))
                       : soleGroup(of: records[$0].kind.isEmpty ? index : $0)) }) {
                return records[first].id
            }
            guard record.zone != .body else { return nil }
            if let target = body.first(where: { restates(record, records[$0]) })
                ?? body.first(where: { restates(record, records[$0], inOtherWords: true) }) {
                return records[target].id
            }
            // "trao Huân chương ... cho các tập thể, cá nhân" over "5 tập thể, 4 cá nhân ...".
            if record.count == nil, let first = coveringGroup(record, among: body, in: records) { return records[first].id }
            // "Thủ tướng tặng Bằng khen cho 21 tập thể, cá nhân" over "... cho 12 tập thể và 9 cá nhân".
            if let first = summedGroups(record, among: body, in: records) { return records[first].id }
            return nil
        }
        for index in records.indices {
            // A repeat the extractor found ("là một trong 120 gương mặt được tuyên dương") stays one.
            linked[index].repeatOf = records[index].repeatOf ?? repeated(index)
            let record = records[index]
            statements[StatementKey(record), default: []].append(index)
            if record.zone == .body, record.partOf == nil, record.count == 1, record.recipient != nil {
                conferrals[ConferralKey(record), default: []].append(index)
            }
        }
        // "2 tập thể được Bộ Công an tặng Cờ thi đua", then "trao Cờ thi đua của Bộ Công an cho
        // Phòng Cảnh sát hình sự và Công an huyện Tĩnh Gia": as many named in one later sentence
        // as the group counted (two or more), with its award, are its members.
        let named = counted.isEmpty ? [] : body.filter { linked[$0].repeatOf == nil && records[$0].recipient != nil && records[$0].count == 1 }
        for members in Dictionary(grouping: named, by: { records[$0].evidence.start }).values where members.count >= 2 {
            let first = records[members[0]]
            guard members.allSatisfy({ records[$0].award == first.award && records[$0].kind == first.kind }),
                  let group = countedByCount[members.count]?.first(where: { isGroup(records[$0], of: first, counting: members.count)
                      && linked[$0].repeatOf == nil })
            else { continue }
            for member in members { linked[member].repeatOf = records[group].id }
        }
        // "trao danh hiệu Anh hùng Lao động cho nhà trường": the body named by its kind alone is
        // the one named with the same award elsewhere in the article.
        let namedBodies = Dictionary(grouping: body.filter { records[$0].recipient != nil && records[$0].count == 1
            && records[$0].kind == ["tap-the"] }) { records[$0].award }
        for index in records.indices where linked[index].repeatOf == nil && isUnnamedUnit(records[index]) {
            if let named = namedBodies[records[index].award]?.first(where: { $0 != index && namesTheUnit(records[$0], of: records[index]) }) {
                linked[index].repeatOf = linked[named].id
            }
        }
        return rooted(linked)
    }

    /// Each repeat linked to the record that is none: a caption may restate the report's "1
    /// tập thể được tặng ..." that the last pass found to repeat the named body's record.
    private static func rooted(_ records: [AwardRecord]) -> [AwardRecord] {
        guard records.contains(where: { $0.repeatOf != nil }) else { return records }
        let position = Dictionary(records.indices.map { (records[$0].id, $0) }, uniquingKeysWith: { first, _ in first })
        var rooted = records
        for index in rooted.indices {
            var target = rooted[index].repeatOf
            var steps = 0
            while let id = target, let next = position[id], let further = records[next].repeatOf, steps < records.count {
                target = further
                steps += 1
            }
            rooted[index].repeatOf = target == rooted[index].id ? nil : target
        }
        return rooted
    }

    /// The same statement in another occurrence of the same sentence: what must be equal
    /// (the occurrences' places differ).
    /// The sentence is compared by its UTF-8 bytes (it is normalized text): a `String` hashes
    /// by its canonical form, which normalized every sentence again (3 % of a run's instructions).
    private struct StatementKey: Hashable {
        let sentence: String, award: [String], kind: [String], count: Int?, recipient: String?, classes: [String]?
        init(_ record: AwardRecord) {
            (sentence, award, kind, count, recipient, classes)
                = (record.evidence.sentence, record.award, record.kind, record.count, record.recipient, record.class)
        }

        /// Lengths and the count only: cheap, and few records of a document share them.
        func hash(into hasher: inout Hasher) {
            hasher.combine(sentence.utf8.count)
            hasher.combine(count)
            hasher.combine(award.count)
        }

        static func == (first: StatementKey, second: StatementKey) -> Bool {
            guard first.count == second.count, first.award == second.award, first.kind == second.kind,
                  first.recipient == second.recipient, first.classes == second.classes else { return false }
            var (one, other) = (first.sentence, second.sentence)
            return one.withUTF8 { one in other.withUTF8 { other in one.elementsEqual(other) } }
        }
    }

    /// The same award and class to a named recipient of the same kind, said in two sentences:
    /// what must be equal. Names must be too, but for a body's abbreviations ("Hội LHPN tỉnh
    /// X", `BodyName`): "Công an tỉnh X" and "Phòng Cảnh sát hình sự Công an tỉnh X" are two
    /// units that may each get the same order.
    private struct ConferralKey: Hashable {
        let award: [String], classes: [String]?, kind: [String]
        init(_ record: AwardRecord) { (award, classes, kind) = (record.award, record.class, record.kind) }

        func hash(into hasher: inout Hasher) {
            hasher.combine(award.first?.utf8.count ?? 0)
            hasher.combine(classes?.first?.utf8.count ?? 0)
            hasher.combine(kind.first?.utf8.count ?? 0)
        }
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

    /// The same award and class to the same count (two or more) of one kind, unnamed, of the
    /// same year (or one says none: the report's "tặng Cờ thi đua cho 28 tập thể" under "Năm
    /// 2024, ...", then the ceremony's "... cho 28 tập thể dẫn đầu ... năm 2024"), province and
    /// qualifier, by compatible givers, said in two sentences.
    static func sameGroup(_ first: AwardRecord, _ second: AwardRecord) -> Bool {
        guard let count = first.count, count > 1, second.count == count, first.recipient == nil, second.recipient == nil,
              first.evidence.start != second.evidence.start,
              // Medals counted (no kind) and the same number of recipients of a kind: the same.
              first.kind == second.kind ? !first.kind.isEmpty : first.kind.isEmpty != second.kind.isEmpty,
              Set(first.award) == Set(second.award), first.class == second.class,
              first.year == second.year || first.year == nil || second.year == nil,
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

    /// All that a sentence states (its records, by index): "tặng Cờ thi đua cho 4 đơn vị, tặng
    /// Bằng khen cho 43 tập thể" and "tặng Cờ thi đua cho 4 đơn vị, tặng Bằng khen cho 55 tập
    /// thể" are two statements, though both give 4 flags.
    static func groups(of sentence: [Int], in records: [AwardRecord]) -> Set<String> {
        Set(sentence.map { index in
            let record = records[index]
            return "\(record.award) \(record.kind) \(record.count.map(String.init) ?? "-") \(record.recipient ?? "-")"
        })
    }

    /// Body records (by index) of the same awards whose kinds together cover an uncounted
    /// statement: the first of them.
    static func coveringGroup(_ repeated: AwardRecord, among body: [Int], in records: [AwardRecord]) -> Int? {
        let candidates = body.filter { Set(records[$0].award) == Set(repeated.award) }
        let kinds = candidates.reduce(into: Set<String>()) { $0.formUnion(records[$1].kind) }
        guard !repeated.kind.isEmpty, Set(repeated.kind).isSubset(of: kinds) else { return nil }
        return candidates.first
    }

    /// Body records (by index) of one sentence, counted groups of the same awards, whose counts
    /// add up to a caption's or title's count of their kinds together ("21 tập thể, cá nhân"
    /// over "12 tập thể và 9 cá nhân"; "hơn 20" over as many or more): the first of them. A
    /// praise of no kind ("Khen thưởng 38 tập thể, cá nhân") sums the groups of any one award.
    static func summedGroups(_ repeated: AwardRecord, among body: [Int], in records: [AwardRecord]) -> Int? {
        guard let count = repeated.count, repeated.kind.count > 1 else { return nil }
        let anyAward = repeated.award == ["khen-thuong"]
        let candidates = body.filter { index in
            let record = records[index]
            if let granter = repeated.granter, let other = record.granter, !compatible(granter, other) { return false }
            return record.count != nil && record.recipient == nil && (anyAward || Set(record.award) == Set(repeated.award))
                && (repeated.class == nil || record.class == repeated.class)
        }
        // By sentence and award, in the records' order (a dictionary: a list of thousands of
        // names is thousands of records).
        var order: [SentenceAward] = []
        var sentences: [SentenceAward: [Int]] = [:]
        for index in candidates {
            let key = SentenceAward(start: records[index].evidence.start, award: records[index].award)
            if sentences[key] == nil { order.append(key) }
            sentences[key, default: []].append(index)
        }
        for key in order {
            guard let indices = sentences[key], indices.count > 1 else { continue }
            let kinds = indices.reduce(into: Set<String>()) { $0.formUnion(records[$1].kind) }
            let sum = indices.reduce(0) { $0 + (records[$1].count ?? 0) }
            guard kinds == Set(repeated.kind) else { continue }
            let adds = switch repeated.qualifier {
            case .exact: sum == count
            case .moreThan: sum > count
            case .atLeast: sum >= count
            default: false
            }
            if adds { return indices[0] }
        }
        return nil
    }

    private struct SentenceAward: Hashable {
        let start: Int, award: [String]
    }

    /// A caption or title record says no more than a body record: the same awards, kinds
    /// among the body's, no larger count, compatible classes and granter.
    /// `inOtherWords`: a headline's or caption's praise of no kind ("Bộ GD&ĐT tuyên dương 100 nhà
    /// giáo tiêu biểu", `khen-thuong`) restates the body's award to as many ("tặng Bằng khen cho
    /// 100 nhà giáo"), asked where no record of its own award does.
    static func restates(_ repeated: AwardRecord, _ body: AwardRecord, inOtherWords: Bool = false) -> Bool {
        let awards = inOtherWords
            ? repeated.award == ["khen-thuong"] && repeated.count != nil && repeated.count == body.count
            : Set(repeated.award) == Set(body.award)
        // No kinds stated ("28 điển hình tiên tiến") fits any kinds.
        guard awards, Set(repeated.kind).isSubset(of: Set(body.kind)) else { return false }
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
