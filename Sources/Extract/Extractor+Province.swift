import Normalize
import ThiDuaModel

/// The province a document is about, from the provinces (and districts) its head names.
extension Extractor {
    /// The province a document is about: its province names weighted by where they stand
    /// (title and outlet count most), e.g. "Báo Lào Cai điện tử" or "vinhlong.gov.vn"; the
    /// confidence is the winner's share of the weight (1.0: no other province is named).
    public func documentProvince(sentences: [Sentence], outlet: String?) -> ProvinceGuess? {
        documentProvince(tokenize(sentences), outlet: outlet)
    }

    /// Only a province of the title, the lead or the outlet can be the document's (records.md:
    /// "title, lead, organizer, outlet"); later mentions weigh in for those. A province named
    /// once deep in the body (a recipient's name, "tặng Bộ Chỉ huy Quân sự tỉnh Cà Mau") would
    /// give a national body's article a province. Nor does where it was held ("tại Hà Nội").
    /// Of two that weigh the same, the one named first ("Phó Giám đốc Trung tâm Y tế huyện Mường
    /// Nhé, tỉnh Điện Biên" in the lead, then "tốt nghiệp Trường Đại học Y Hà Nội").
    public func documentProvince(_ document: TokenizedDocument, outlet: String?) -> ProvinceGuess? {
        var scores: [String: Int] = [:]
        var order: [String: Int] = [:]
        var head: Set<String> = []
        var bodySeen = 0
        for (sentence, clause) in zip(document.sentences, document.clauses) {
            let inHead = sentence.zone == .title || bodySeen < 3
            let weight = sentence.zone == .title ? 3 : (inHead ? 2 : 1)
            if sentence.zone == .body { bodySeen += 1 }
            guard clause.present.contains(.province) || clause.present.contains(.district) else { continue }
            for index in clause.tokens.indices {
                if Self.startsNamesListed(at: index, in: clause) { break }
                guard let match = clause.province(at: index), !clause.isVenue(at: index) else { continue }
                scores[clause.value(match), default: 0] += weight
                if order[clause.value(match)] == nil { order[clause.value(match)] = order.count }
                // Not a recipient's after "cho" in the lead ("trao Huân chương ... cho Ngân hàng Nhà
                // nước chi nhánh tỉnh Nghệ An" in a national article): it weighs, but makes no
                // province of the document unless said elsewhere in the head.
                // Nor one a later sentence of the head gives an award to ("Dịp này, ... Bộ Chỉ huy
                // Quân sự tỉnh Cà Mau được Bộ Quốc phòng tặng Cờ thi đua" in a military region's).
                if inHead, !Self.isInsideRecipientsName(index, in: clause),
                   sentence.zone != .body || bodySeen == 1 || !Self.isInsidePassiveRecipientsName(index, in: clause) {
                    head.insert(clause.value(match))
                }
            }
        }
        if let outlet {
            let squeezed = Array(String(rules.tokenizer.fold.fold(outlet).unicodeScalars.filter { $0.properties.isAlphabetic }).utf8)
            for (name, key) in rules.provinceKeys where key.count > 3 && ByteSearch.contains(squeezed, key) {
                scores[name, default: 0] += 4
                if order[name] == nil { order[name] = order.count }
                head.insert(name)
            }
        }
        guard let best = scores.filter({ head.contains($0.key) }).max(by: { ($0.value, order[$1.key]!) < ($1.value, order[$0.key]!) })
        else { return nil }
        let total = scores.values.reduce(0, +)
        return ProvinceGuess(name: best.key, confidence: (Double(best.value) / Double(total) * 100).rounded() / 100)
    }

    /// The province a paragraph is about, from its first sentence: one named in the subject of
    /// an occasion held or reviewed ("* Cùng ngày, Hội Nông dân tỉnh Bắc Giang tổng kết năm
    /// 2024. Dịp này, ... tặng Bằng khen cho 3 tập thể" in a digest of several provinces' news),
    /// before the verb; the paragraph's sentences that name none are about it, not about the
    /// document's. Not where it was held, nor a recipient's ("Bộ Công an tổ chức lễ trao Huân
    /// chương cho Công an tỉnh Nghệ An").
    static func paragraphProvince(of clause: Clause) -> String? {
        guard clause.present.contains(.province) || clause.present.contains(.district),
              clause.present.contains(.organize) || clause.present.contains(.eventType),
              let event = (0..<clause.count).first(where: { clause.has(.organize, at: $0) || clause.has(.eventType, at: $0) })
        else { return nil }
        guard let mention = firstProvinceMention(in: clause, before: event),
              !isInsideRecipientsName(mention.index, in: clause), !isInsidePassiveRecipientsName(mention.index, in: clause)
        else { return nil }
        return clause.value(mention.match)
    }
}

/// The province of a document and how sure the guess is: the share, from 0 to 1, of its
/// weighted province mentions that name this province.
public struct ProvinceGuess: Sendable, Equatable {
    public let name: String
    public let confidence: Double
}
