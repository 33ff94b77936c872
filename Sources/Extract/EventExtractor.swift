import Foundation
import Normalize
import ThiDuaModel

/// Events of an article: the main occasion from the title and lead (type, name, date,
/// years reviewed and planned, organizer, officials), and secondary events of the body.
extension Extractor {
    /// `honorees`: the recipients the article's award records name; one named with a former
    /// position ("ông A, nguyên Bí thư Tỉnh ủy") is there to be honoured, no official.
    public func events(doc: String, document: TokenizedDocument, metadata: DocumentMetadata, province: String?,
                       honorees: [String] = []) -> [EventRecord] {
        guard !document.sentences.isEmpty else { return [] }
        let clauses = zip(document.sentences, document.clauses).map { (sentence: $0, clause: $1) }
        let head = Array(clauses.filter { $0.sentence.zone == .title }.prefix(2)
            + clauses.filter { $0.sentence.zone == .body }.prefix(3))
        let years = EventYears(head.map(\.clause), everything: clauses.map(\.clause))
        let published = metadata.published.flatMap(EventDate.day)

        // The main event: a typed phrase in the title, else in the lead, else a conference. A
        // ceremony said only as a handing over yields to a conference or congress after it; a
        // headline's phrase that names no occasion ("Lai Châu: Tổng kết phong trào thi đua ...")
        // to the lead's name of the same ("tổ chức Hội nghị tổng kết phong trào thi đua ...").
        var type = "khac", phraseSentence = head.first ?? clauses[0], phraseStart: Int?
        var handingOver = false, phraseEnd = 0
        search: for entry in head {
            for index in 0..<entry.clause.count {
                guard let match = Self.eventType(in: entry.clause, at: index) else { continue }
                let value = entry.clause.value(match)
                // A shorter phrase inside the one found ("tổng kết" of "hội nghị tổng kết") is it.
                if let start = phraseStart, entry.sentence.start == phraseSentence.sentence.start, index < phraseEnd, index > start {
                    continue
                }
                if phraseStart == nil {
                    (type, phraseSentence, phraseStart) = (value, entry, index)
                    phraseEnd = index + match.length
                    handingOver = entry.clause.longest(.handingOver, at: index) != nil
                    // Not a bare phrase ("... được khen thưởng tại hội nghị tổng kết"): the lead's
                    // name of the same type says which.
                    if !handingOver, Self.namesOccasion(entry.clause, at: index),
                       eventName(in: entry.clause, at: index).split(separator: " ").count > match.length + 2 {
                        break search
                    }
                } else if handingOver, value == "hoi-nghi-tong-ket" || value == "dai-hoi-thi-dua"
                            // "Trao tặng Huân chương" in the headline, "tổ chức Lễ trao tặng danh hiệu
                            // ..." in the lead: the ceremony the lead names; so "tổ chức Lễ kỷ niệm
                            // ... và trao tặng danh hiệu ...", the occasion it is joined to.
                            || value == type && (Self.namesOccasion(entry.clause, at: index)
                                || entry.sentence.zone != .title && joinedOccasionStart(before: index, in: entry.clause) != nil) {
                    (type, phraseSentence, phraseStart) = (value, entry, index)
                    break search
                } else if !handingOver, value == "hoi-nghi-tong-ket", type == "le-trao-tang" || type == "phat-dong-thi-dua",
                          phraseSentence.sentence.zone == .title, entry.sentence.zone != .title, Self.isOrganized(entry.clause, at: index),
                          type == "phat-dong-thi-dua"
                            || !(index + 1..<entry.clause.count).contains(where: { Self.eventType(in: entry.clause, at: $0).map(entry.clause.value) == type }) {
                    // A receipt or a launch in the headline over the lead's organized review: the
                    // review's name. "Bưu điện tỉnh Hòa Bình đón nhận Cờ thi đua ..." over "tổ chức
                    // hội nghị tổng kết ... năm 2024" stays a ceremony (a receipt the lead joins by
                    // "và" is named below, "... và đón nhận ..."); "LĐLĐ tỉnh Bình Dương phát động
                    // thi đua năm 2025" over "... hội nghị tổng kết ... và phát động ..." yields to the
                    // review, the launch an event of its own (as under a headline that names the review).
                    if type == "phat-dong-thi-dua" { type = value }
                    (phraseSentence, phraseStart) = (entry, index)
                    break search
                } else if !handingOver, value == type,
                          Self.namesOccasion(entry.clause, at: index) || joinedOccasionStart(before: index, in: entry.clause) != nil
                            || entry.sentence.zone != .title && Self.organizedConferenceStart(before: index, in: entry.clause) != nil
                            || phraseStart.map({ extends(eventName(in: entry.clause, at: index), phraseSentence.clause, at: $0) }) == true {
                    // "Trường Đại học Vinh đón nhận Huân chương ..." in the headline, "tổ chức Lễ kỷ
                    // niệm 65 năm thành lập và đón nhận Huân chương ..." (or "tổ chức Hội nghị tổng kết
                    // ... và đón nhận ...") in the lead: the lead's name, the receipt's type.
                    // So is one that says more of the same: "ký kết giao ước" in the headline,
                    // "ký kết giao ước thi đua năm 2025" in the lead; and one the lead names by
                    // the conference organized for it ("tổ chức hội nghị người lao động và tổng
                    // kết ...").
                    (phraseSentence, phraseStart) = (entry, index)
                    break search
                }
            }
        }
        // A conference not typed otherwise is named as the head names it ("tổ chức Lễ kỷ niệm 78
        // năm Ngày Thương binh - Liệt sĩ"), not by the headline.
        var conferenceStart: Int?
        // One the head says was organized first ("Gặp mặt" in the headline, "tổ chức Lễ kỷ niệm
        // 42 năm Ngày Nhà giáo Việt Nam ..." in the lead: the lead's).
        func firstConference(organized: Bool) -> ((sentence: Sentence, clause: Clause), Int)? {
            for entry in head {
                if let index = (0..<entry.clause.count).first(where: { entry.clause.has(.conference, at: $0)
                    && (!organized || Self.isOrganized(entry.clause, at: $0)) }) {
                    return (entry, index)
                }
            }
            return nil
        }
        if phraseStart == nil, let conference = firstConference(organized: true) ?? firstConference(organized: false) {
            type = Self.honoursJoined(conference.0.clause, at: conference.1) ? "le-trao-tang"
                : years.review != nil && !conference.0.clause.has(.contest, at: conference.1) ? "hoi-nghi-tong-ket" : "khac"
            phraseSentence = conference.0
            // Only as the object of its organizing ("Dự hội nghị có ..." names none).
            if Self.isOrganized(conference.0.clause, at: conference.1) { conferenceStart = conference.1 }
        }
        let title = (phraseStart ?? conferenceStart).map { eventName(in: phraseSentence.clause, at: $0) } ?? metadata.title
        // The first day the head names is the event's ("Ngày 5/9, ... tổ chức Lễ đón nhận"), even
        // when its year is unknown: a later full date ("Trước đó, ngày 11/6/2023, ...") is
        // another day's.
        let date = head.lazy.compactMap { EventDate.mention(in: $0.clause) }.first
            .flatMap { EventDate.resolve(day: $0.day, month: $0.month, year: $0.year, published: published, years: years,
                                         nameYear: phraseStart.flatMap { EventDate.nameYear(in: phraseSentence.clause, from: $0) },
                                         daysBefore: $0.daysBefore) }
        let main = EventRecord(
            doc: doc, type: type, title: title, date: date, reviewYear: years.review, planYear: years.plan,
            province: province, province2025: province.flatMap { rules.provinces2025[$0] },
            organizer: organizer(head.map(\.clause), titles: head.count(where: { $0.sentence.zone == .title }), province: province),
            officials: officials(clauses.map(\.clause), honorees: honorees),
            evidence: Evidence(sentence: phraseSentence.sentence.text, start: phraseSentence.sentence.start,
                               end: phraseSentence.sentence.end, rule: "event-main"),
            isMain: true)
        return [main] + secondaryEvents(clauses, main: main)
    }

    /// Officials: people named with a position of a provincial or national body, once each;
    /// not a recipient named with a position held before (`former`: "ông A, nguyên Bí thư Tỉnh
    /// ủy" is there to be honoured).
    private func officials(_ clauses: [Clause], honorees: [String]) -> [Official] {
        var found: [Official] = []
        // A person's name starts with a surname, or an honorific before a capitalized word:
        // most clauses have neither and are passed over.
        for clause in clauses where clause.present.contains(.person) {
            for person in Chunker(clause: clause).people() {
                if let title = officialTitle(of: person, in: clause), !found.contains(where: { $0.name == person.name }),
                   !(clause.has(.former, at: title.lowerBound) && (honorees.contains(person.name) || isListedRecipient(person, in: clause))),
                   !onlySends(after: max(person.tokens.upperBound, title.upperBound), in: clause),
                   !onlyConfers(person, after: max(person.tokens.upperBound, title.upperBound), in: clause) {
                    found.append(Official(name: person.name, title: canonicalTitle(clause.text(title))))
                }
            }
        }
        return found
    }

    /// Whether a person is named after "cho" in a clause that confers an award: "trao Huân chương
    /// ... cho 3 cá nhân, gồm: ông Nguyễn Văn Hải, nguyên Giám đốc Sở Tài chính; ..." (members of
    /// a counted group, no records of their own, honoured all the same).
    private func isListedRecipient(_ person: NamedMention, in clause: Clause) -> Bool {
        clause.present.contains(.awards) && (0..<person.tokens.lowerBound).contains { clause.has(.to, at: $0) }
    }

    /// Whether who is named right before `index` only sends something ("... đã gửi Thư khen",
    /// "..., Tổng Bí thư gửi lẵng hoa chúc mừng"): not there, no official of the event.
    private func onlySends(after index: Int, in clause: Clause) -> Bool {
        guard clause.present.contains(.sends) else { return false }
        let next = index < clause.count && clause.tokens[index].is(",") ? index + 1 : index
        return clause.has(.sends, at: next)
    }

    /// Whether who is named between "được" and a verb of giving only confers: "... được Thủ
    /// tướng Phạm Minh Chính tặng bằng khen" (the decision theirs; not there). Not who hands
    /// over ("được Phó Chủ tịch UBND tỉnh ... trao Bằng khen": there).
    private func onlyConfers(_ person: NamedMention, after index: Int, in clause: Clause) -> Bool {
        let start = person.tokens.lowerBound
        guard start > 0, index < clause.count, clause.folds[start - 1] == "duoc", clause.tokens[start - 1].text == "được",
              clause.has(.give, at: index) else { return false }
        return clause.folds[index] != "trao"
    }

    /// The tokens of a person's title when it is an official's: the title said after the
    /// name following "-", "–" or "," up to the end of the clause part (";", a verb of
    /// speech), else the one the mention found.
    private func officialTitle(of person: NamedMention, in clause: Clause) -> Range<Int>? {
        let afterName = person.nameTokens.upperBound
        if afterName + 1 < clause.count, ["-", "–", "—", ","].contains(String(clause.tokens[afterName].text)) {
            var end = afterName + 1
            let chunker = Chunker(clause: clause)
            while end < clause.count, end - afterName < 24 {
                let token = clause.tokens[end]
                if token.is("."), let cityEnd = chunker.cityNameEnd(at: end, after: afterName) {
                    end = cityEnd // "Chủ tịch UBND TP. Hồ Chí Minh": the mark is the city's
                    continue
                }
                // So does "được", "đã": "Nguyễn Văn A, Hiệu trưởng ..., được Thủ tướng tặng"
                // (not a verb of praise: "Ban Thi đua khen thưởng Trung ương" is a body).
                // A verb of speech is in lower case: "Sở Văn hóa, Thể thao và Du lịch" ("Du" folds like "dự").
                if token.is(";") || token.is(".") || token.is("(") || token.is(":") || (clause.has(.speech, at: end) || clause.has(.sends, at: end)) && !token.isCapitalized
                    || chunker.isStopWord(at: end) { break }
                // The next person; not a position that folds like a surname ("Chủ nhiệm", "Trưởng Ban").
                if token.is(","), end + 1 < clause.count, clause.has(.surname, at: end + 1), clause.tokens[end + 1].isCapitalized,
                   clause.rules.isSurname(clause.tokens[end + 1].text) {
                    break
                }
                // The next person named after their title, no comma between: "Lê Văn Anh, Bí thư
                // Tỉnh ủy, Phó Chủ tịch UBND tỉnh Nguyễn Minh Lâm" (after "tỉnh", "nước" or a
                // province, a name is a person's; after "huyện" it may be the district's).
                if end > afterName + 2, token.isCapitalized,
                   ["tinh", "nuoc"].contains(clause.folds[end - 1]) || clause.hasPhrase(.province, endingAt: end),
                   chunker.startsName(at: end) {
                    // That last position is the next person's.
                    if let comma = (afterName + 2..<end).last(where: { clause.tokens[$0].is(",") }) { end = comma }
                    break
                }
                // "... Sở Văn hóa, Thể thao và Du lịch và ông Ksor Phước Hà, Trưởng Ban ...".
                if token.is(",") || clause.folds[end] == "va", end + 1 < clause.count, !clause.tokens[end + 1].isCapitalized,
                   clause.has(.honorific, at: end + 1) {
                    break
                }
                end += 1
            }
            // "Đồng chí Lê Văn A, Bí thư Huyện ủy, phát biểu ...": not the comma before the verb.
            while end > afterName + 2, clause.tokens[end - 1].is(",") || clause.tokens[end - 1].isDash { end -= 1 }
            if isOfficial((afterName + 1)..<end, in: clause) { return (afterName + 1)..<end }
            // "Đại tá Nông Văn Tuyên, Chính ủy chủ trì hội nghị": a position alone before the verb
            // of presiding is the organizing body's.
            if clause.has(.preside, at: end), clause.tokens[afterName + 1].isCapitalized,
               let position = clause.longest(.officialPosition, at: afterName + 1), afterName + 1 + position.length == end {
                return (afterName + 1)..<end
            }
        }
        if let title = person.titleTokens, isOfficial(title, in: clause) { return positionsBefore(title, in: clause) }
        // "Phó Chủ tịch UBND tỉnh Đắk Lắk Nguyễn Thiên Văn, Trưởng Cụm thi đua": the title after
        // the name is no official's, the one before it is.
        let before = person.tokens.lowerBound..<person.nameTokens.lowerBound
        return !before.isEmpty && isOfficial(before, in: clause) ? before : nil
    }

    /// A title before a name with the positions said before it, joined by commas: "Ủy viên
    /// Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh Nguyễn Minh Lâm" (each an official's,
    /// opening with a position in capitals).
    private func positionsBefore(_ title: Range<Int>, in clause: Clause) -> Range<Int> {
        var start = title.lowerBound
        while start >= 2, clause.tokens[start - 1].is(",") {
            let comma = start - 1
            var back = comma
            while back > 0, comma - back < 10, !clause.tokens[back - 1].isPunctuation { back -= 1 }
            // The first position in capitals from there ("Dự lễ có Ủy viên Ban Thường vụ ...").
            guard let from = (back..<comma).first(where: { clause.tokens[$0].isCapitalized && clause.has(.officialPosition, at: $0) }),
                  isOfficial(from..<comma, in: clause) else { break }
            // Not another person's title: "đồng chí Lê Văn A, Bí thư Tỉnh ủy, Phó Chủ tịch UBND
            // tỉnh Nguyễn Văn B" (a name right before the comma that opens the part).
            if from == back, back >= 3, clause.tokens[back - 1].is(","), case let chunker = Chunker(clause: clause),
               (max(0, back - 5)..<back - 2).contains(where: { chunker.startsName(at: $0)
                   && ($0..<back - 1).allSatisfy { clause.tokens[$0].isCapitalized } }) {
                break
            }
            start = from
        }
        return start..<title.upperBound
    }

    /// A position word followed within four words by a body of the state or the Party,
    /// both inside `title` (tokens of `clause`): read from the clause's own lexicon matches,
    /// where looking the title's text up again cost a tokenizer pass and a clause per person.
    func isOfficial(_ title: Range<Int>, in clause: Clause) -> Bool {
        for index in title {
            if clause.tokens[index].isCapitalized, clause.longest(.officialAlone, at: index, within: title.upperBound) != nil {
                return true
            }
            guard let position = clause.longest(.officialPosition, at: index, within: title.upperBound) else { continue }
            // "Chủ tịch Hội đồng quản trị Tập đoàn": the position is on a company's board.
            if index + position.length < title.upperBound, clause.has(.companyBoard, at: index + position.length) { continue }
            // The body may begin inside the position: "Phó Trưởng Ban" + "Ban Thi đua - Khen thưởng".
            let from = index + 1
            // A body is capitalized ("Bộ Công an"; "Chi bộ" is a Party cell), but for "nước".
            for offset in from..<min(title.upperBound, index + position.length + 5)
            where clause.longest(.officialBody, at: offset, within: title.upperBound) != nil
                && (clause.tokens[offset].isCapitalized || clause.folds[offset] == "nuoc") {
                return true
            }
        }
        return false
    }

    /// Pledges signed, a movement launched, a leader elected: one record per kind, from the
    /// sentence that dates it ("phát động thi đua năm 2024") when there is one.
    private func secondaryEvents(_ clauses: [(sentence: Sentence, clause: Clause)], main: EventRecord) -> [EventRecord] {
        var found: [String: (sentence: Sentence, clause: Clause, at: Int, dated: Bool)] = [:]
        var order: [String] = []
        for entry in clauses where entry.sentence.zone != .title
            && (entry.clause.present.contains(.eventType) || entry.clause.present.contains(.leaderElection)) {
            for index in 0..<entry.clause.count {
                var type: String?, length = 1
                if let match = Self.eventType(in: entry.clause, at: index),
                   ["ky-ket-giao-uoc", "phat-dong-thi-dua"].contains(entry.clause.value(match)) {
                    (type, length) = (entry.clause.value(match), match.length)
                } else if let match = entry.clause.longest(.leaderElection, at: index) {
                    (type, length) = ("khac", match.length)
                }
                guard let type, type != main.type else { continue }
                let after = index + length
                let dated = (after..<min(entry.clause.count, after + 4)).contains { entry.clause.folds[$0] == "nam" }
                if found[type] == nil { order.append(type) }
                if found[type] == nil || (dated && !found[type]!.dated) { found[type] = (entry.sentence, entry.clause, index, dated) }
            }
        }
        return order.map { type in
            let (sentence, clause, index, _) = found[type]!
            var record = main
            record.type = type
            // Named as the main event is: "phát động phong trào thi đua năm 2025", not the sentence.
            record.title = eventName(in: clause, at: index)
            record.officials = []
            // A launch or a pledge looks ahead: the year the head reviews is not theirs.
            if type != "khac" { record.reviewYear = nil }
            record.evidence = Evidence(sentence: sentence.text, start: sentence.start, end: sentence.end, rule: "event-secondary")
            record.isMain = false
            return record
        }
    }
}

/// The years an article reviews and plans: "tổng kết ... năm 2023, triển khai nhiệm vụ
/// năm 2024". A year counts for the nearest keyword before it.
struct EventYears {
    var review: Int?
    var plan: Int?

    /// Whether a plan word that starts before `index` runs over it.
    private func isInsidePlanPhrase(_ index: Int, in clause: Clause) -> Bool {
        (max(0, index - 4)..<index).contains { start in
            clause.longest(.planWord, at: start).map { start + $0.length > index } ?? false
        }
    }

    /// "triển khai công tác thi đua, khen thưởng năm 2025": a review's word in the work a plan
    /// word opens (within eight words, no event's word nor mark but a comma between) is the plan's.
    private func isPlannedWork(reviewAt index: Int, in clause: Clause) -> Bool {
        for at in stride(from: index - 1, through: max(0, index - 8), by: -1) {
            if clause.tokens[at].isPunctuation && !clause.tokens[at].is(",") { return false }
            if clause.has(.planWord, at: at) { return true }
            if clause.has(.eventType, at: at) { return false }
        }
        return false
    }

    /// Whether a review's word stands right before the plan word at `index`: "tổng kết đợt
    /// cao điểm", "sơ kết đợt thi đua" (the event types of a review conference).
    private func isReviewed(planAt index: Int, in clause: Clause) -> Bool {
        guard index > 0, let start = clause.phraseStart(.eventType, endingAt: index),
              let type = clause.longest(.eventType, at: start), start + type.length == index else { return false }
        return clause.value(type) == "hoi-nghi-tong-ket"
    }

    /// Whether a giver's alias that starts before `index` runs over it.
    /// ("Hội đồng Thi đua - Khen thưởng tỉnh": its "thưởng" six words on.)
    private func isInsideGiversName(_ index: Int, in clause: Clause) -> Bool {
        (max(0, index - 8)..<index).contains { start in
            clause.longest(.granterAlias, at: start).map { start + $0.length > index } ?? false
        }
    }

    init(_ head: [Clause], everything: [Clause]) {
        for clause in head {
            for index in 0..<clause.count {
                // Nor a period's ends: "thành tích trong công tác từ năm 2019 đến năm 2023".
                guard let year = clause.statedYear(at: index), !clause.hasPhrase(.notAwardYear, endingAt: index) else { continue }
                // "ký kết giao ước thi đua năm 2026", "phát động thi đua năm 2026": a year planned,
                // though "thi đua" alone is said of a year reviewed.
                var kind: String? = clause.hasPhrase(.planWord, endingAt: index) ? "plan" : nil
                // Within twenty words: "tổng kết công tác công đoàn và phong trào công nhân viên
                // chức, lao động năm 2024".
                for back in stride(from: index - 1, through: max(0, index - 20), by: -1) where kind == nil {
                    if clause.has(.planWord, at: back) {
                        // "tổng kết đợt cao điểm tấn công, trấn áp tội phạm ... năm 2024": a period
                        // planned before, reviewed now.
                        kind = isReviewed(planAt: back, in: clause) ? "review" : "plan"
                        break
                    }
                    // "Trưởng Cụm thi đua năm 2024": a word inside a giver's name ("Cụm thi đua",
                    // granters.yaml) reviews no year.
                    if clause.has(.reviewWord, at: back), !isInsideGiversName(back, in: clause) {
                        // "phát động phong trào thi đua yêu nước năm 2025": "thi đua" inside a phrase
                        // that plans is the plan's.
                        kind = isInsidePlanPhrase(back, in: clause)
                            || clause.present.contains(.planWord) && isPlannedWork(reviewAt: back, in: clause) ? "plan" : "review"
                        break
                    }
                }
                if kind == "plan", plan == nil { plan = year }
                if kind == "review", review == nil { review = year }
            }
        }
        // A review whose next year the article speaks of plans that year.
        // Not a date's year: "Ngày 5 tháng 3 năm 2024, ... tổng kết ... năm 2023".
        if let review, plan == nil,
           everything.contains(where: { clause in clause.tokens.indices.contains { clause.statedYear(at: $0) == review + 1 } }) {
            plan = review + 1
        }
    }
}

extension Clause {
    /// The year of "năm 2024" whose "năm" is at `index`; not a date's ("ngày 5 tháng 3 năm
    /// 2024": a day, no year reviewed, planned or named).
    func statedYear(at index: Int) -> Int? {
        guard folds[index] == "nam", index + 1 < count, tokens[index + 1].text.count == 4, let year = Int(tokens[index + 1].text),
              (1945...2100).contains(year), !(index >= 2 && folds[index - 2] == "thang" && tokens[index - 1].isNumber) else { return nil }
        return year
    }
}
