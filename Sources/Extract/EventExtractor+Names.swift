import Normalize

/// How an event is named: its type's phrase, where its name starts and ends, and which of
/// the head's phrases names it.
extension Extractor {
    /// Whether `name` says more than the event's name at `index` of `clause`, and all of it.
    func extends(_ name: String, _ clause: Clause, at index: Int) -> Bool {
        let shorter = eventName(in: clause, at: index)
        return name.count > shorter.count && name.lowercased().contains(shorter.lowercased())
    }

    /// Whether the event's phrase at `index` is its name: "Hội nghị tổng kết ...", "Lễ phát
    /// động ...", "Đại hội thi đua ...", "Hội nghị ký kết giao ước ..." (not "Tổng kết ...",
    /// "Ký kết giao ước ...": what was done, as headlines say it).
    static func namesOccasion(_ clause: Clause, at index: Int) -> Bool {
        clause.hasPhrase(.conference, endingAt: index) || clause.has(.conference, at: index)
            || ["le", "dai"].contains(clause.folds[index])
    }

    /// Whether the conference at `index` is the object of its organizing ("tổ chức Lễ kỷ niệm
    /// ...", "long trọng tổ chức hội nghị"; "Dự hội nghị có ..." is not).
    static func isOrganized(_ clause: Clause, at index: Int) -> Bool {
        (max(0, index - 2)..<index).contains { clause.has(.organize, at: $0) }
    }

    /// Whether the conference named at `index` honours people too, a verb of praise or of
    /// giving joined to it by "và", then who is honoured or an award: "lễ kỷ niệm 42 năm Ngày
    /// Nhà giáo Việt Nam và tuyên dương nhà giáo tiêu biểu năm 2024" (an award ceremony, though
    /// it names a year of those honoured). Not "... và khen thưởng thành tích phá chuyên án" (a
    /// deed), nor "... và trao Giải Báo chí" (a contest's prizes).
    static func honoursJoined(_ clause: Clause, at index: Int) -> Bool {
        for at in index..<min(clause.count - 1, index + 30) {
            if clause.tokens[at].is(".") || clause.tokens[at].is(";") { break }
            guard clause.folds[at] == "va", let verb = clause.longest(.praise, at: at + 1) ?? clause.longest(.give, at: at + 1)
            else { continue }
            var next = at + 1 + verb.length
            if next < clause.count, clause.has(.determiner, at: next) || clause.tokens[next].isNumber { next += 1 }
            return next < clause.count && (clause.has(.kind, at: next) || clause.has(.award, at: next))
        }
        return false
    }

    /// The event type that starts at `index`, unless a `not_event` phrase holds it: the "lệ
    /// khen thưởng" of "Tỷ lệ khen thưởng" (a share) is no ceremony.
    static func eventType(in clause: Clause, at index: Int) -> LexicalMatch? {
        guard let match = clause.longest(.eventType, at: index) else { return nil }
        let held = (max(0, index - 3)..<index).contains { start in
            clause.longest(.notEvent, at: start).map { start + $0.length > index } ?? false
        }
        return held ? nil : match
    }

    /// "Hội nghị tổng kết công tác thi đua, khen thưởng năm 2023": from the phrase (and a
    /// "Hội nghị" just before it) to its first year, a word of `event_name_ends` or the end
    /// of its clause.
    func eventName(in clause: Clause, at start: Int) -> String {
        // "Hội nghị" before "ký kết giao ước thi đua": the occasion's name begins with it.
        var begin = clause.phraseStart(.conference, endingAt: start) ?? start
        if begin == start, let conference = Self.organizedConferenceStart(before: start, in: clause) {
            begin = conference
        }
        // "Lễ tổng kết năm học 2023-2024": a ceremony's word before the phrase names it too
        // (on its text: "Lê" folds the same).
        if begin == start, start > 0, clause.folds[start - 1] == "le", clause.tokens[start - 1].text.lowercased() == "lễ" {
            begin = start - 1
        }
        var end = begin + 1
        // Long enough for a campaign's whole name in quotes ("Cả nước chung tay vì người nghèo -
        // Không để ai bị bỏ lại phía sau"), short enough to stop where no mark ends a name.
        while end < clause.count, end - begin < 40 {
            let token = clause.tokens[end]
            // Marks on the token's byte, words on the fold key first (equal words have equal
            // keys): lower-casing every token of every event name cost more than the rest.
            if token.is(";") || token.is(".") || token.is("(") || token.is(":") { break }
            if rules.eventNameEndFolds.contains(clause.folds[end]), rules.eventNameEnds.contains(token.text.lowercased()) { break }
            if clause.folds[end] == "nam", end + 1 < clause.count, clause.tokens[end + 1].isNumber {
                end += 2
                break
            }
            end += 1
        }
        // "giai đoạn 2021-2025" where the words ran out: the years' range whole, not "2021-".
        if end < clause.count, end - begin >= 40, clause.tokens[end - 1].isNumber || clause.tokens[end - 1].isDash {
            if clause.tokens[end - 1].isDash, clause.tokens[end].isNumber {
                end += 1
            } else if clause.tokens[end].isDash, end + 1 < clause.count, clause.tokens[end + 1].isNumber {
                end += 2
            }
        }
        return clause.text((joinedOccasionStart(before: begin, in: clause) ?? begin)..<end)
    }

    /// "tổ chức Hội nghị xét khen thưởng thành tích tổng kết năm 2024", "tổ chức hội nghị người
    /// lao động và tổng kết hoạt động ... năm 2024": a conference organized a few words before
    /// the phrase, no mark between, names it (not one that does something: "Hội nghị cũng đã ký
    /// kết giao ước ...").
    static func organizedConferenceStart(before start: Int, in clause: Clause) -> Int? {
        guard let conference = (max(0, start - 8)..<start).last(where: { clause.has(.conference, at: $0) }),
              isOrganized(clause, at: conference),
              !(conference..<start).contains(where: { clause.tokens[$0].isPunctuation }) else { return nil }
        return conference
    }

    /// "Lễ kỷ niệm 20 năm thành lập huyện (2004-2024) và đón nhận Huân chương ...", "Hội nghị
    /// tổng kết phong trào Thi đua Quyết thắng năm 2024 và đón nhận Huân chương ...", "Lễ kỷ
    /// niệm 78 năm ..., đón nhận Huân chương ...": where the anniversary, or the conference, that
    /// a ceremony is joined to by "và" or a comma starts (its "Lễ" included).
    func joinedOccasionStart(before begin: Int, in clause: Clause) -> Int? {
        guard begin > 2, clause.folds[begin - 1] == "va" || clause.tokens[begin - 1].is(",") else { return nil }
        for index in stride(from: begin - 3, through: max(0, begin - 16), by: -1) {
            if clause.tokens[index].is(";") || clause.tokens[index].is(".") || clause.tokens[index].is(":") { return nil }
            if clause.folds[index] == "ki", clause.folds[index + 1] == "niem" { // "kỷ" (Tokenizer.key)
                if index > 0, clause.folds[index - 1] == "le" { return index - 1 }
                // "Lễ mít tinh kỷ niệm ...": the ceremony's own words before it.
                for back in 2...3 where index >= back && clause.longest(.conference, at: index - back)?.length == back {
                    return index - back
                }
                return index
            }
            // A conference only before a ceremony: "Hội nghị tổng kết ... và phát động phong trào
            // thi đua năm 2025" launches a movement of its own.
            if clause.has(.conference, at: index) {
                return Self.eventType(in: clause, at: begin).map { clause.value($0) } == "le-trao-tang" ? index : nil
            }
        }
        return nil
    }

    /// An event's or organizer's name with the long forms of `title_forms` written short.
    func canonicalTitle(_ title: String) -> String {
        // Most titles hold no long form: looking for it (on the bytes) is cheaper than a
        // replacement.
        rules.titleForms.reduce(title) { $0.containsBytes(of: $1.long) ? $0.replacingOccurrences(of: $1.long, with: $1.short) : $0 }
    }
}
