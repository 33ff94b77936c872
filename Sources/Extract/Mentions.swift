/// What the composite classes find in a clause; captures carry these as their values.

/// "hơn 5.000 tập thể, cá nhân": a count (nil for "các tập thể") and the kinds it covers.
struct RecipientGroup: Sendable, Equatable {
    var count: Int?
    var qualifier: String
    var kinds: [String]
    var tokens: Range<Int>
    /// Said after "một trong" (one of): see `Extractor.linkRestatedCounts`.
    var isRestated = false
}

/// "Huân chương Lao động hạng Nhất, Nhì, Ba": an award (a slug, or a generic award whose
/// level the granter decides) and its classes. "3 Huân chương Chiến công", "15 Bằng khen của
/// Thủ tướng Chính phủ": awards counted (the medals, not who got them) with whose they are.
struct AwardMention: Sendable, Equatable {
    var slug: String
    var isGeneric: Bool
    var classes: [String]
    var count: Int? = nil
    var qualifier = "exact"
    /// "của X" right after this award in a list.
    var granter: GranterMention? = nil
    /// "của A, B, C" to the clause's end: several givers, none alone (`granter` is nil).
    var ownersListed = false
    /// "hạng Ba (năm 2004)": the year in brackets after it.
    var year: Int? = nil
    /// "Huân chương Lao động (1 hạng Nhì, 2 hạng Ba)": how many of each class.
    var classCounts: [ClassCount] = []
    /// The office that alone confers the award as named (`conferred_only_by_name`), where its
    /// slug does not say so: "Huy chương Quân kỳ quyết thắng" is the President's.
    var onlyBy: String? = nil
    /// "16 Tập thể lao động xuất sắc", "21 chiến sĩ thi đua cơ sở": a title counted whose first
    /// words are the kind of all who hold it (`only_for`), so the count is of that kind.
    var countsKind: String? = nil
}

/// "2 hạng Ba": a count of one class of an order.
struct ClassCount: Sendable, Equatable {
    var count: Int
    var value: String
}

/// "của Chủ tịch UBND tỉnh Lai Châu": who confers, at which level, under which name.
struct GranterMention: Sendable, Equatable {
    var slug: String
    var level: String
    var name: String?
    var tokens: Range<Int>
    /// "UBND thành phố", a city's with no name said. A city governed as a province gives as
    /// its province does; a city of a province, as a district (`RecordBuilder.cityOfProvince`,
    /// which knows the document's province). A flag, not the text: mentions are copied often.
    var isUnnamedCity = false
}

/// A named recipient or presenter: a person with a title, or a body.
struct NamedMention: Sendable, Equatable {
    var name: String
    var title: String?
    /// The tokens of `title`.
    var titleTokens: Range<Int>?
    var isBody: Bool
    var tokens: Range<Int>
    /// The tokens of the name alone, without the title before or after it.
    var nameTokens: Range<Int>
    /// A body named by the word for its kind alone ("cho nhà trường", "Công ty vinh dự ..."):
    /// the article's subject, named elsewhere if at all.
    var isBare = false
    /// A household named by its head: "gia đình ông Nguyễn Văn Bé".
    var isHousehold = false
    /// A person called by the given name alone ("anh Tài"), the name's last word: the full
    /// name is the one the article gives elsewhere (`Extractor.resolveGivenNames`). A flag,
    /// not the name: mentions are copied at every span a class matched.
    var isGivenName = false
    /// A person named by the position alone ("Giám đốc Sở Y tế được ... tặng Bằng khen"): one
    /// individual, the position the title, no name.
    var isPosition = false
}

/// The value of one span a class matched.
enum MentionValue: Sendable, Equatable {
    case word(String)
    case recipients([RecipientGroup])
    case awards([AwardMention])
    case granter(GranterMention)
    case named(NamedMention)
}

/// A span of tokens a class matched, with what it means.
struct ClassSpan: Sendable {
    let end: Int
    let value: MentionValue
}
