import ThiDuaModel

extension Extractor {
    /// "... trao Huân chương Lao động hạng Ba cho các ông, bà:" and then, a paragraph each,
    /// "1. Ông Nguyễn Đăng Quang, nguyên Bí thư Tỉnh ủy;", "2. Ông Hoàng Đức Chính, ...": each
    /// name listed is a recipient of its own (records.md: names without a count give a record
    /// each), as when the names follow the colon in the sentence itself; the record of the
    /// group named by a determiner alone ("các ông, bà") gives way to them.
    struct NamesList {
        /// The group's record the names are recipients of, and where it stands among the records.
        private var lead: (record: ExtractedRecord, index: Int, zone: Zone)?
        private var named = 0
        /// Records of groups that names listed after them replace.
        private(set) var replaced: [Int] = []

        /// After the extractor read a sentence: the records of the names it lists, if it is an
        /// item of an open list; opens a list after a group and a colon, closes it otherwise.
        mutating func read(_ made: inout [ExtractedRecord], clause: Clause, sentence: Sentence, doc: String, recordsBefore: Int) {
            // "... trao Huân chương Lao động của Chủ tịch nước cho các tập thể, cá nhân sau:" and then
            // "- Huân chương Lao động hạng Nhì: Sở Giáo dục và Đào tạo.": items that state the
            // group's awards themselves are its recipients, given by its giver.
            if let open = lead, !made.isEmpty, sentence.zone == open.zone, Self.isItem(clause),
               made.allSatisfy({ Set($0.record.award).isSubset(of: Set(open.record.record.award)) }) {
                for index in made.indices where made[index].record.granter == nil && made[index].record.presenter == nil {
                    made[index].record.granter = open.record.record.granter
                    made[index].record.granterName = open.record.record.granterName
                    made[index].record.presenter = open.record.record.presenter
                }
                if named == 0 { replaced.append(open.index) }
                named += made.count
                return
            }
            if let open = lead, made.isEmpty, sentence.zone == open.zone {
                if Self.isMarkAlone(clause) { return }
                if let record = Self.record(of: clause, sentence: sentence, doc: doc, lead: open.record) {
                    made.append(record)
                    if named == 0 { replaced.append(open.index) }
                    named += 1
                    return
                }
            }
            lead = nil
            named = 0
            guard clause.count > 1, clause.tokens[clause.count - 1].is(":"),
                  let last = made.last, last.record.count == nil, last.record.recipient == nil,
                  made.allSatisfy({ $0.record.count == nil }) else { return }
            lead = (last, recordsBefore + made.count - 1, sentence.zone)
        }

        /// An item of a list: after a mark ("-", "1.") or an award and a colon.
        private static func isItem(_ clause: Clause) -> Bool {
            ListBreakdown.isItem(clause) || clause.count > 2 && opensWithNumber(clause)
        }

        /// "1.", "2)", "a)": an item's mark cut into a sentence of its own.
        private static func isMarkAlone(_ clause: Clause) -> Bool {
            clause.count == 2 && opensWithNumber(clause)
        }

        /// Whether the clause opens with an item's number or letter: "1.", "2)", "a)".
        private static func opensWithNumber(_ clause: Clause) -> Bool {
            clause.count >= 2 && (clause.tokens[0].isNumber || clause.tokens[0].text.count == 1)
                && (clause.tokens[1].is(".") || clause.tokens[1].is(")"))
        }

        /// The record of the one name an item holds, with its title, and nothing else after it.
        private static func record(of clause: Clause, sentence: Sentence, doc: String, lead: ExtractedRecord) -> ExtractedRecord? {
            var start = 0
            if clause.count > 2, opensWithNumber(clause) {
                start = 2
            } else if clause.count > 1, ["-", "–", "+", "•", "*"].contains(clause.tokens[0].text) {
                start = 1
            }
            let chunker = Chunker(clause: clause)
            guard let name = chunker.named(at: start), !name.isBare else { return nil }
            var end = name.tokens.upperBound
            while end < clause.count, clause.tokens[end].is(";") || clause.tokens[end].is(".") || clause.tokens[end].is(",") { end += 1 }
            guard end == clause.count else { return nil }
            var made = lead
            made.record.kind = [name.isHousehold ? "ho-gia-dinh" : name.isBody ? "tap-the" : "ca-nhan"]
            made.record.count = 1
            made.record.recipient = name.name
            made.record.recipientTitle = name.title
            for index in name.tokens {
                if let place = clause.province(at: index) { made.record.province = clause.value(place); break }
            }
            made.record.partOf = nil
            made.record.evidence = Evidence(sentence: sentence.text, start: sentence.start, end: sentence.end,
                                            rule: lead.record.evidence.rule)
            made.record.id = RecordBuilder.identifier(doc: doc, sentence: sentence, number: 0, record: made.record)
            return made
        }
    }
}
