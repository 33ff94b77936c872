/// What the extractor decides over a whole article, after its sentences: names in capitals
/// spelled as the article spells them elsewhere, people called by the given name or by an
/// honorific alone, counts said again.
extension Extractor {
    /// "Đại tướng Lương Tam Quang trao danh hiệu Anh hùng cho các tập thể" (a caption) under
    /// "... danh hiệu Anh hùng Lực lượng vũ trang nhân dân ...": an award said short is the one
    /// of those it may stand for that the article's other records name in full. With none or
    /// two named, the statement gives no record (no slug says which).
    static func resolveShortAwards(_ records: inout [ExtractedRecord], rules: ExtractionRules) {
        // Asked of every document, and most have no short award: a few short slugs compared
        // in place (a closure over the records copied each record, a dictionary hashed each slug).
        let short = rules.shortAwardSlugs
        guard !short.isEmpty, records.indices.contains(where: { index in
            records[index].record.award.indices.contains { short.contains(records[index].record.award[$0]) }
        }) else { return }
        let named = Set(records.flatMap(\.record.award))
        var dropped: Set<String> = []
        records.removeAll { extracted in
            for slug in extracted.record.award {
                guard let full = rules.shortAwards[slug] else { continue }
                let candidates = full.filter(named.contains)
                if candidates.count != 1 {
                    dropped.insert(extracted.record.id)
                    return true
                }
            }
            return false
        }
        for index in records.indices {
            records[index].record.award = records[index].record.award.map { slug in
                rules.shortAwards[slug].flatMap { $0.first(where: named.contains) } ?? slug
            }
            if let total = records[index].record.partOf, dropped.contains(total) { records[index].record.partOf = nil }
            if let first = records[index].record.repeatOf, dropped.contains(first) { records[index].record.repeatOf = nil }
        }
    }

    /// "đã khen thưởng 1.250 tập thể, cá nhân, trong đó cấp Nhà nước 112, cấp tỉnh 1.138": a
    /// part counted bare, of the total's own award, counts the total's kinds. Not medals
    /// counted ("trong đó: Huân chương Lao động 12", an award of its own: kind [] as
    /// records.md says), nor a part that names its recipient.
    static func inheritTotalsKinds(_ records: inout [ExtractedRecord]) {
        guard records.contains(where: { $0.record.partOf != nil && $0.record.kind.isEmpty }) else { return }
        for index in records.indices where records[index].record.kind.isEmpty && records[index].record.recipient == nil {
            guard let total = records[index].record.partOf,
                  let whole = records.first(where: { $0.record.id == total })?.record,
                  whole.award == records[index].record.award, !whole.kind.isEmpty else { continue }
            records[index].record.kind = whole.kind
        }
    }

    /// A headline in capitals names its recipient in capitals ("CÔNG AN TỈNH HÀ GIANG"): the
    /// article's own spelling of the same name elsewhere, where it has one.
    static func respellCapitals(_ records: inout [ExtractedRecord]) {
        func isCapitals(_ name: String) -> Bool { name == name.uppercased() && name != name.lowercased() }
        guard records.contains(where: { $0.record.recipient.map(isCapitals) ?? false }) else { return }
        var spelled: [String: String] = [:]
        for record in records {
            if let name = record.record.recipient, !isCapitals(name), spelled[name.lowercased()] == nil { spelled[name.lowercased()] = name }
        }
        for index in records.indices {
            if let name = records[index].record.recipient, isCapitals(name), let written = spelled[name.lowercased()] {
                records[index].record.recipient = written
            }
        }
    }

    /// "Trước đó, anh Tài đã được Chủ tịch UBND tỉnh truy tặng Bằng khen": the person the
    /// article names in full with that given name, the last before the sentence (else the
    /// first after it); the name as written ("anh Tài") when the article gives none. A person
    /// called by an honorific alone ("Ông được ..."), the one the article named with it before.
    static func resolveGivenNames(_ records: inout [ExtractedRecord], in document: TokenizedDocument) {
        guard records.contains(where: { $0.givenName || $0.pronoun != nil }) else { return }
        var people: [(start: Int, name: String, honorific: String?)] = []
        for (sentence, clause) in zip(document.sentences, document.clauses) where clause.present.contains(.person) {
            people += Chunker(clause: clause).people().map { person in
                let start = person.tokens.lowerBound
                let honorific = clause.longest(.givenNameHonorific, at: start).map { clause.text(start..<start + $0.length).lowercased() }
                return (sentence.start, person.name, honorific)
            }
        }
        // "Thầy Lò Văn Pánh, giáo viên ... Năm 2019, thầy được Bộ trưởng ... tặng Bằng khen": the
        // one person the article named before with that honorific; with none or several, nobody.
        for index in records.indices {
            guard let pronoun = records[index].pronoun else { continue }
            let start = records[index].record.evidence.start
            let named = Set(people.filter { $0.honorific == pronoun && $0.start < start }.map(\.name))
            if named.count == 1 { records[index].record.recipient = named.first }
        }
        for index in records.indices {
            guard records[index].givenName, let written = records[index].record.recipient,
                  let given = written.split(separator: " ").last else { continue }
            let start = records[index].record.evidence.start
            let named = people.filter { $0.name.hasSuffix(" " + given) }
            if let person = named.last(where: { $0.start <= start }) ?? named.first {
                records[index].record.recipient = person.name
            }
        }
    }

    /// "Chị Mai Anh là một trong 120 gương mặt được tuyên dương": one of a count the article
    /// stated before repeats that statement (the last record before it of the same awards,
    /// kinds and count), so statistics count it once; with none, it is the statement.
    static func linkRestatedCounts(_ records: inout [ExtractedRecord]) {
        for index in records.indices where records[index].restated {
            let record = records[index].record
            if let stated = records[..<index].last(where: { !$0.restated && $0.record.count == record.count
                && $0.record.kind == record.kind && Set($0.record.award) == Set(record.award) }) {
                records[index].record.repeatOf = stated.record.repeatOf ?? stated.record.id
            }
        }
    }

    /// Whether the token at `index` is inside the name of a body right after "cho" (a
    /// recipient's), the name starting a few words before it, or of one listed after it with
    /// "và" or a comma ("cho Cục Cảnh sát điều tra tội phạm về ma túy và Phòng Cảnh sát cơ động
    /// Công an tỉnh Sơn La").
    static func isInsideRecipientsName(_ index: Int, in clause: Clause) -> Bool {
        guard clause.present.contains(.to) else { return false }
        let chunker = Chunker(clause: clause)
        for start in stride(from: index, through: max(1, index - 24), by: -1) where clause.has(.to, at: start - 1) {
            var next = start
            while next <= index, let named = chunker.named(at: next), named.isBody {
                if named.nameTokens.contains(index) { return true }
                let end = named.nameTokens.upperBound
                guard end < clause.count, clause.folds[end] == "va" || clause.tokens[end].is(",") else { break }
                next = end + 1
            }
        }
        return false
    }

    /// Whether the token at `index` is inside the name of a body that a passive award's
    /// sentence opens with: "Lữ đoàn Công binh 25 và Bộ Chỉ huy Quân sự tỉnh Cà Mau được Bộ
    /// Quốc phòng tặng Cờ thi đua" (the name right before "được", "đã được", "vinh dự được").
    static func isInsidePassiveRecipientsName(_ index: Int, in clause: Clause) -> Bool {
        guard clause.present.contains(.by) else { return false }
        let chunker = Chunker(clause: clause)
        for start in stride(from: index, through: max(0, index - 10), by: -1) {
            guard let named = chunker.named(at: start), named.isBody, named.nameTokens.contains(index) else { continue }
            var next = named.nameTokens.upperBound
            while next < clause.count, ["da", "vinh", "du"].contains(clause.folds[next]) { next += 1 }
            return next < clause.count && clause.has(.by, at: next)
        }
        return false
    }
}
