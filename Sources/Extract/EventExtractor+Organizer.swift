/// Who organized the main event: the subject of "tổ chức" (a giver or a body), else one named
/// after "do" in the passive, a giver after "của" in the event's name, or a Khối or Cụm thi
/// đua named in the head.
extension Extractor {
    /// Whether a list of members begins at `start`: right after "gồm" (and its colon).
    private static func isMemberList(at start: Int, in clause: Clause) -> Bool {
        var marker = start - 1
        if marker > 0, clause.tokens[marker].is(":") { marker -= 1 }
        return marker >= 0 && (max(0, marker - 1)...marker).contains { at in
            clause.longest(.comprising, at: at).map { at + $0.length == marker + 1 } ?? false
        }
    }

    /// Where a list of two givers or more that starts at `start` ends (`Chunker.giversListed`):
    /// at the clause's start or after a comma ("Chiều 14/1, Tỉnh ủy, HĐND, ..."; not "tại Bộ Chỉ
    /// huy ..., Cụm thi đua ...", where it was held).
    private static func listedGiversEnd(from start: Int, chunker: Chunker) -> Int? {
        let tokens = chunker.clause.tokens
        guard start == 0 || tokens[start - 1].is(","), let first = chunker.listedGiverEnd(at: start),
              !(start..<first).contains(where: { tokens[$0].isPunctuation && !tokens[$0].isDash && !tokens[$0].is(",") })
        else { return nil }
        return chunker.giversListed(after: first)?.end
    }

    /// Who held it: the subject of "tổ chức", else one named after "do" or "của", the subject
    /// of a launch's or a pledge's own verb, or a Khối or Cụm thi đua named in the head. The
    /// lead's subject of "tổ chức" comes before the headline's (its first `titles` clauses): a
    /// headline shortens the body ("Xã Hùng Châu tổ chức ..." over "UBND xã Hùng Châu tổ chức ...").
    func organizer(_ head: [Clause], titles: Int, province: String?) -> String? {
        for offset in head.indices {
            let clause = head[(titles + offset) % head.count]
            if let found = subjectOrganizer(in: clause, byEventVerb: false, province: province) { return found }
        }
        // "Hội nghị ... do Ngân hàng Nhà nước Việt Nam tổ chức": the organizer after "do", in
        // the passive, right before the verb.
        for clause in head where clause.present.contains(.organize) {
            let chunker = Chunker(clause: clause)
            for index in 1..<max(1, clause.count - 1) where clause.folds[index] == "do" && clause.tokens[index].text == "do" {
                let start = index + 1
                let end = chunker.granter(at: start)?.tokens.upperBound
                    ?? chunker.named(at: start).flatMap { $0.isBody ? $0.tokens.upperBound : nil }
                guard let end, end < clause.count, clause.has(.organize, at: end),
                      (0..<index).contains(where: { clause.has(.conference, at: $0) || clause.has(.eventType, at: $0) }) else { continue }
                if let granter = chunker.granter(at: start), granter.tokens.upperBound == end {
                    return canonicalOrganizer(granter, in: clause, province: province)
                }
                return canonicalTitle(clause.text(start..<end))
            }
        }
        // "Hội nghị tổng kết công tác thi đua, khen thưởng năm 2024 của UBND tỉnh Phú Yên đã diễn
        // ra ...": a giver after "của" in the event's name (not an award's: "Lễ trao Huân chương
        // ... của Chủ tịch nước cho ...").
        for clause in head {
            guard let start = (0..<clause.count).first(where: { clause.has(.conference, at: $0) || clause.has(.eventType, at: $0) })
            else { continue }
            for index in start + 1..<min(clause.count - 1, start + 24) {
                let token = clause.tokens[index]
                if token.is(".") || token.is(";") || token.is(":") || clause.hasAny(Chunker.awardStarts, at: index) { break }
                guard clause.folds[index] == "cua" else { continue }
                if let granter = Chunker(clause: clause).granter(at: index + 1) {
                    return canonicalOrganizer(granter, in: clause, province: province)
                }
                break
            }
        }
        // A launch's or a pledge's own verb, after "tổ chức" in any clause of the head ("Quân
        // khu 4 phát động ..." in the headline, "Bộ Tư lệnh Quân khu 4 tổ chức Lễ phát động ..."
        // in the lead: the lead's).
        for clause in head {
            if let found = subjectOrganizer(in: clause, byEventVerb: true, province: province) { return found }
        }
        for clause in head {
            let chunker = Chunker(clause: clause)
            for index in 0..<clause.count {
                if let granter = chunker.granter(at: index), granter.slug == "to-chuc",
                   ["khoi thi dua", "cum thi dua"].contains(where: { clause.text(granter.tokens).lowercased().hasPrefix($0) || clause.folds[index...].prefix(3).joined(separator: " ").hasPrefix($0) }) {
                    return canonicalOrganizer(granter, in: clause, province: province)
                }
            }
        }
        return nil
    }

    /// The subject of the verb that holds the event in `clause`: "tổ chức" (governing the
    /// event), or with `byEventVerb` a launch's or a pledge's own verb.
    private func subjectOrganizer(in clause: Clause, byEventVerb: Bool, province: String?) -> String? {
        let chunker = Chunker(clause: clause)
        // "UBND tỉnh Vĩnh Long đã tổ chức Hội nghị ...": the verb must govern the event.
        for index in 0..<clause.count {
            if byEventVerb {
                guard Self.launchesOrPledges(clause, at: index) else { continue }
            } else {
                // Or the praise it holds: "UBND TP Huế tổ chức khen thưởng đột xuất các tập thể ...".
                guard let verb = clause.longest(.organize, at: index),
                      (index + verb.length..<min(clause.count, index + verb.length + 3))
                        .contains(where: { clause.has(.conference, at: $0) || clause.has(.eventType, at: $0) })
                        || index + verb.length < clause.count && clause.has(.praise, at: index + verb.length) else { continue }
            }
            // The subject: the giver or body that starts first and reaches the verb (a giver
            // may end a word or two before it: "UBND tỉnh đã tổ chức"). A body that is no
            // giver: "Bệnh viện Đa khoa tỉnh Phú Thọ tổ chức Lễ đón nhận ...", "Trường THPT
            // chuyên Lê Quý Đôn (Đà Nẵng) long trọng tổ chức ...", and a giver's
            // name inside a body's: "Trường Đại học Vinh", "Bộ Chỉ huy Bộ đội Biên phòng (BĐBP) tỉnh".
            // "Cụm thi đua số 4, thuộc Sở ... gồm: Trường THPT A, THPT B tổ chức ...": the
            // members listed after "gồm" are the group's, the group organizes.
            var group: NamedMention?
            for start in max(0, index - 32)..<index {
                // "Tỉnh ủy, HĐND, UBND, Ủy ban MTTQ tỉnh tổ chức ...": givers listed, all of them.
                if let end = Self.listedGiversEnd(from: start, chunker: chunker), end <= index,
                   index - Self.pastBrackets(end, in: clause) <= 2 {
                    return canonicalTitle(clause.text(start..<end))
                }
                if let granter = chunker.granter(at: start), granter.tokens.upperBound <= index,
                   index - Self.pastBrackets(granter.tokens.upperBound, in: clause) <= 2 {
                    return canonicalOrganizer(granter, in: clause, province: province)
                }
                if let body = chunker.named(at: start), body.isBody {
                    let end = Self.pastBrackets(Self.pastPlace(body.tokens.upperBound, in: clause), in: clause)
                    if end == index || Self.coOrganizer(after: end, in: clause, chunker: chunker) == index {
                        if let group, Self.isMemberList(at: start, in: clause) { return canonicalTitle(group.name) }
                        return canonicalTitle(body.name)
                    }
                    if group == nil { group = body }
                }
            }
        }
        return nil
    }

    /// "Ban Thường vụ Tỉnh ủy Quảng Trị phát động đợt thi đua ...", "... ký kết giao ước thi
    /// đua": a launch or a pledge said by its verb, in the text (not a headline's first word,
    /// nor "Lễ phát động"), is organized by its subject as "tổ chức" is.
    private static func launchesOrPledges(_ clause: Clause, at index: Int) -> Bool {
        guard index > 0, !clause.tokens[index].isCapitalized, clause.has(.eventType, at: index),
              let match = clause.longest(.eventType, at: index) else { return false }
        return ["phat-dong-thi-dua", "ky-ket-giao-uoc"].contains(clause.value(match))
            && !clause.has(.conference, at: index) && clause.folds[index] != "le" && !clause.isInsidePhrase(at: index)
    }

    /// Where a body that organizes with the one before `index` ends: "... phối hợp với Đài
    /// Truyền hình Việt Nam tổ chức".
    static func coOrganizer(after index: Int, in clause: Clause, chunker: Chunker) -> Int? {
        guard index < clause.count, let word = clause.longest(.coOrganize, at: index),
              let other = chunker.granter(at: index + word.length)?.tokens
                ?? chunker.named(at: index + word.length).flatMap({ $0.isBody ? $0.tokens : nil }) else { return nil }
        return pastBrackets(other.upperBound, in: clause)
    }

    /// Past where a body is, said after commas from `index`: "Trường THCS Lê Lợi, quận Hà Đông
    /// (Hà Nội) long trọng tổ chức ...", "Ban Công tác Mặt trận thôn Tân Lập, xã Đồng Tâm, huyện
    /// Đồng Phú tổ chức ..." (a unit's word in lower case, then its name in capitals).
    static func pastPlace(_ index: Int, in clause: Clause) -> Int {
        var end = index
        while end + 2 < clause.count, clause.tokens[end].is(","), !clause.tokens[end + 1].isCapitalized,
              let unit = clause.longest(.districtUnit, at: end + 1) ?? clause.longest(.localUnit, at: end + 1) {
            var next = end + 1 + unit.length
            while next < clause.count, clause.tokens[next].isCapitalized, !clause.tokens[next].isPunctuation, next - end < 8 { next += 1 }
            guard next > end + 1 + unit.length else { break }
            end = next
        }
        return end
    }

    /// Past a short aside in brackets at `index` ("UBND huyện Đông Anh (Hà Nội) tổ chức").
    static func pastBrackets(_ index: Int, in clause: Clause) -> Int {
        guard index < clause.count, clause.tokens[index].is("(") else { return index }
        for end in (index + 1)..<min(clause.count, index + 6) where clause.tokens[end].is(")") { return end + 1 }
        return index
    }

    /// The giver's name as the organizer's (its text where it has none: "UBND tỉnh").
    private func canonicalOrganizer(_ granter: GranterMention, in clause: Clause, province: String?) -> String {
        var name = canonicalTitle(granter.name ?? clause.text(granter.tokens))
        // "UBND tỉnh" names its province: the article's.
        if ["ubnd-tinh", "chu-tich-ubnd-tinh"].contains(granter.slug), granter.name == nil, let province { name += " " + province }
        return name
    }
}
