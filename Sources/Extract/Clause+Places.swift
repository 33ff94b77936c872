/// Places a clause names: a province, a district after its word (which names its province),
/// where something was held.
extension Clause {
    /// The province a capitalized token names, unless a word before it makes it the name
    /// of something local: "Trường THCS Điện Biên", "phường Điện Biên" are not the province.
    /// A city's is ("thành phố Cần Thơ", "thành phố Lào Cai": the city or its province's
    /// capital), though its "phố" is also a street's.
    /// A district's name after its word ("huyện Quỳnh Lưu", "thành phố Vinh") names its province
    /// (the match's value); never alone ("Thanh Chương" may be a person's given names).
    func province(at index: Int) -> LexicalMatch? {
        // Its last word capitalized too: "Trường Đại học Vinh long trọng tổ chức" is no Vĩnh Long.
        // Its first may be a city's word in lower case: "thành phố Hồ Chí Minh" is a name of the
        // city where "Hồ Chí Minh" alone is not ("Huân chương Hồ Chí Minh").
        guard index < count, tokens[index].isCapitalized || has(.city, at: index) else { return nil }
        guard let match = longest(.province, at: index) else { return district(at: index) }
        guard tokens[index + match.length - 1].isCapitalized else { return nil }
        return hasPhrase(.localPlace, endingAt: index) && !hasPhrase(.city, endingAt: index) ? nil : match
    }

    /// A district's name (`districts`) at `index`, after its word ("huyện", "thành phố", "TP",
    /// "đặc khu"): its value is its province.
    func district(at index: Int) -> LexicalMatch? {
        guard present.contains(.district), index > 0, tokens[index].isCapitalized, let match = longest(.district, at: index),
              tokens[index + match.length - 1].isCapitalized,
              hasPhrase(.districtUnit, endingAt: index) || hasPhrase(.city, endingAt: index) else { return nil }
        return match
    }

    /// Whether a district's name after its word takes in `index` (from its start): "huyện Lê
    /// Chân", "thành phố Buôn Ma Thuột" read like a person's name from "Lê", "Ma".
    func isInsideDistrictName(at index: Int) -> Bool {
        present.contains(.district) && takesIn(index, from: max(0, index - 3)...index, district(at:))
    }

    /// Whether a province's name begun before `index` takes it in: the "Phòng" of "tại Hải
    /// Phòng, Lữ đoàn 147 ..." starts no body, the "HCM" of "TP.HCM khen thưởng ..." is no
    /// body's initials.
    func isInsideProvinceName(at index: Int) -> Bool {
        index > 0 && present.contains(.province) && takesIn(index, from: max(0, index - 3)...(index - 1)) { longest(.province, at: $0) }
    }

    /// Whether a place's name (`place`) that starts in `starts` runs over `index`.
    private func takesIn(_ index: Int, from starts: ClosedRange<Int>, _ place: (Int) -> LexicalMatch?) -> Bool {
        starts.contains { start in place(start).map { start + $0.length > index } ?? false }
    }

    /// Whether a place name at `index` says where something was held: "tại Hà Nội", "tại Nhà
    /// hát lớn Hà Nội" (a venue word, then a name of a few words that runs to the place).
    func isVenue(at index: Int) -> Bool {
        var start = index
        while start > 0, index - start < 5, !tokens[start - 1].isPunctuation { start -= 1 }
        return (start...index).contains { tokens[$0].isCapitalized && hasPhrase(.venue, endingAt: $0) }
    }
}
