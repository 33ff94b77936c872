import Normalize
import RuleFiles

/// `rules/cleaning.yaml`, validated; phrases are kept as fold keys.
public struct CleaningRules: Sendable {
    public let navigation: Set<String>
    public let navigationPrefixes: [String]
    /// The comparison keys of `navigationPrefixes` (see `Cleaner.key`).
    public let navigationPrefixKeys: [[UInt8]]
    public let navigationPrefixMaxWords: Int
    /// Prefixes of marks alone ("#" of a tag line), which have no comparison key: compared
    /// with the paragraph's fold as written.
    public let navigationMarkPrefixes: [String]
    /// Marks between the items of a menu or breadcrumb ("Trang chủ | Thời sự | Kinh tế").
    public let menuSeparators: [Character]
    public let menuItemMaxWords: Int
    /// What a menu scraped into one line with its marks lost opens with ("trang chu"), as
    /// comparison keys.
    public let menuStarts: [String]
    /// Marks of a header's widgets ("°C" of the weather), in short paragraphs.
    public let widgetMarks: [String]
    public let widgetMarkMaxWords: Int
    public let tailMarkers: Set<String>
    /// Headings of a page's widgets ("Tin mới nhất"): dropped where they stand, and the tail's
    /// start once the article's text has begun.
    public let widgetMarkers: Set<String>
    /// What opens a link to another article inside the text ("Xem thêm: <headline>"), folded,
    /// compared with a paragraph's key (leading bullets gone); such a paragraph, at most
    /// `relatedLinkMaxWords` long, is dropped alone.
    public let relatedLinkKeys: [[UInt8]]
    public let relatedLinkMaxWords: Int
    /// What opens a site's footer ("Copyright", "Cơ quan chủ quản:"), folded with their marks.
    public let footerPrefixes: [[UInt8]]
    /// Longest doubled headline that starts an unmarked list of other articles (0: off).
    public let doubledHeadlineMaxWords: Int
    public let imageExtensions: Set<String>
    public let captionPrefixes: [String]
    /// Each caption prefix's words and a space ("anh "), as bytes: where a photo's number may follow.
    public let captionPrefixWords: [[UInt8]]
    public let numberedPhotoWord: String
    public let captionMaxWords: Int
    public let implicitCaptions: Bool
    public let implicitCaptionMaxWords: Int
    public let openerWords: Int
    public let openers: [String]
    /// Words that open a statement whether a comma follows or not ("Dự buổi lễ có ...": who
    /// attended), as written (with diacritics: "Du khách" is no "Dự") and the space after them:
    /// such a line is no caption.
    public let statementOpeners: [String]
    /// Honorifics before a name whose comma opens no fronted phrase ("Đồng chí A, Phó Chủ tịch
    /// ... trao"), as folds with the space after them.
    public let nameOpeners: [String]
    /// Each cue as the scalars of its lower-case words ("phát biểu" → "phát", "biểu").
    public let captionCues: [[[UInt32]]]
    /// Words that tell a story, not a photo ("cũng", "đã"), as `captionCues` keeps cues.
    public let narrativeWords: [[[UInt32]]]
    /// A conferral reported, not shown ("tặng Bằng khen"), as `captionCues` keeps cues.
    public let reportedConferrals: [[[UInt32]]]
    /// Phrases right before which such a phrase shows the moment after all ("trao tặng Bằng
    /// khen", "trao Quyết định truy tặng danh hiệu").
    public let reportedNotAfter: [[[UInt32]]]
    /// Those of one word ("trao"), looked for with the conferral.
    public var reportedNotAfterWords: [[UInt32]] { reportedNotAfter.compactMap { $0.count == 1 ? $0[0] : nil } }
    /// Phrases after which a number counts recipients ("cho 10 đơn vị"): the fold key of each
    /// of their words.
    public let countedAfter: [[[UInt8]]]
    /// The last word of each of `countedAfter` ("cho", "hơn"), once each.
    public let countedAfterEnds: [[UInt8]]
    /// Number words that count as a number does after `countedAfter` ("cho hai mươi tập thể"):
    /// the fold key of each.
    public let countingWords: [[UInt8]]
    /// Recipients' kinds that a number after "và" counts ("cho Đồn Biên phòng Cửa Tùng và 5 cá
    /// nhân"), as the fold keys of their words.
    public let countedKinds: [[[UInt8]]]
    /// "trao A cho X và B cho Y": the words before recipients, and the awards that a second
    /// conferral names between them, as `captionCues` keeps cues.
    public let secondAwardTo: [[[UInt32]]]
    public let secondAwards: [[[UInt32]]]
    /// Each cue as the UTF-8 of its words' fold keys ("phát biểu" → "phat", "bieu"): a line
    /// without one of them, compared without diacritics, has no cue.
    public let captionCueFolds: [[[UInt8]]]
    public let sourcePrefixes: [String]
    /// The longest source prefix, in bytes: a paragraph with no colon within as many bytes has none.
    public let sourcePrefixBytes: Int
    public let outletWords: [String]
    /// How the site's name above a headline ends ("dien tu"), and its most words otherwise.
    public let siteNameEndings: [String]
    public let siteNameMaxWords: Int
    /// Words a portal's name opens with ("Cổng thông tin điện tử tỉnh Bình Phước"): a page's
    /// stated title that opens with one and that no paragraph says is the outlet.
    public let portalWords: [String]
    public let domains: Set<String>
    public let authorWords: ClosedRange<Int>
    /// Credits that close an article with no name ("Nhóm phóng viên"), as fold keys.
    public let creditWords: Set<String>

    public static let fileName = "cleaning.yaml"

    public static func load(from directory: RuleDirectory, fold: FoldKey) throws(RuleLoadError) -> CleaningRules {
        try directory.read(fileName) { parse($0, fold: fold) }
    }

    static func parse(_ root: RuleValue, fold: FoldKey) -> CleaningRules {
        root.rejectUnknownKeys(["navigation", "navigation_prefixes", "menus", "tail_markers", "widget_markers", "doubled_headlines",
                                "image_extensions", "captions", "metadata", "widget_marks", "related_links", "footer_prefixes"])
        let relatedLinks = root.field("related_links", required: false)
        relatedLinks?.rejectUnknownKeys(["max_words", "prefixes"])
        let widgetMarks = root.field("widget_marks", required: false)
        let doubled = root.field("doubled_headlines", required: false)
        doubled?.rejectUnknownKeys(["enabled", "max_words"])
        func keys(_ value: RuleValue?) -> [String] { (value?.strings ?? []).map { Cleaner.key(fold.fold($0)) } }
        func prefixes(_ value: RuleValue?) -> [String] { (value?.strings ?? []).map { fold.fold($0) } }
        let navigationPrefixes = root.field("navigation_prefixes")
        navigationPrefixes?.rejectUnknownKeys(["max_words", "prefixes"])
        let menus = root.field("menus", required: false)
        menus?.rejectUnknownKeys(["separators", "max_item_words", "starts"])
        let separators = menus?.field("separators")?.strings ?? []
        for separator in separators where separator.count != 1 {
            menus?.field("separators")?.report("a menu separator is one character, found '\(separator)'")
        }
        let captions = root.field("captions")
        captions?.rejectUnknownKeys(["prefixes", "numbered_photo_word", "max_words", "implicit"])
        let implicit = captions?.field("implicit")
        implicit?.rejectUnknownKeys(["enabled", "max_words", "opener_words", "openers", "statement_openers", "name_openers", "cues", "narrative",
                                     "reported", "reported_not_after", "counted_after", "counting_words", "counted_kinds",
                                     "second_award_to", "second_award"])
        func words(_ value: RuleValue?) -> [[[UInt32]]] {
            (value?.strings ?? []).map { $0.lowercased().split(separator: " ").map { $0.unicodeScalars.map(\.value) } }
                .filter { !$0.isEmpty }
        }
        let countedAfter = (implicit?.field("counted_after", required: false)?.strings ?? [])
            .map { fold.fold($0).split(separator: " ").map { Array($0.utf8) } }.filter { !$0.isEmpty }
        let metadata = root.field("metadata")
        metadata?.rejectUnknownKeys(["source_prefixes", "outlet_words", "domains", "author_words", "credit_words", "site_name", "portal_words"])
        let siteName = metadata?.field("site_name", required: false)
        siteName?.rejectUnknownKeys(["endings", "max_words"])
        var authorWords = 2...4
        if let range = metadata?.field("author_words") {
            let bounds = range.items.compactMap(\.int)
            if bounds.count == 2, bounds[0] >= 1, bounds[0] <= bounds[1] {
                authorWords = bounds[0]...bounds[1]
            } else {
                range.report("author_words is [fewest, most], e.g. [2, 4]")
            }
        }
        return CleaningRules(
            navigation: Set(keys(root.field("navigation"))),
            navigationPrefixes: prefixes(navigationPrefixes?.field("prefixes")),
            // A prefix of marks alone ("#", tag lines) has an empty key: it is compared as written.
            navigationPrefixKeys: prefixes(navigationPrefixes?.field("prefixes")).map(Cleaner.key).filter { !$0.isEmpty }.map { Array($0.utf8) },
            navigationPrefixMaxWords: navigationPrefixes?.field("max_words")?.int ?? 12,
            navigationMarkPrefixes: prefixes(navigationPrefixes?.field("prefixes")).filter { Cleaner.key($0).isEmpty && !$0.isEmpty },
            menuSeparators: separators.compactMap { $0.count == 1 ? $0.first : nil },
            menuItemMaxWords: menus?.field("max_item_words")?.int ?? 4,
            menuStarts: keys(menus?.field("starts", required: false)),
            widgetMarks: (widgetMarks?.field("marks")?.strings ?? []).filter { !$0.isEmpty },
            widgetMarkMaxWords: widgetMarks?.field("max_words")?.int ?? 8,
            tailMarkers: Set(keys(root.field("tail_markers"))),
            widgetMarkers: Set(keys(root.field("widget_markers", required: false))),
            // Folded as written, their ":" kept: "Xem thêm:" opens a link, "Xem thêm" alone a tail.
            relatedLinkKeys: prefixes(relatedLinks?.field("prefixes")).filter { !$0.isEmpty }.map { Array($0.utf8) },
            relatedLinkMaxWords: relatedLinks?.field("max_words")?.int ?? 30,
            footerPrefixes: prefixes(root.field("footer_prefixes", required: false)).filter { !$0.isEmpty }.map { Array($0.utf8) },
            doubledHeadlineMaxWords: doubled?.field("enabled")?.bool == true ? doubled?.field("max_words")?.int ?? 30 : 0,
            imageExtensions: Set((root.field("image_extensions")?.strings ?? []).map { $0.lowercased() }),
            captionPrefixes: prefixes(captions?.field("prefixes")),
            captionPrefixWords: prefixes(captions?.field("prefixes")).filter { $0.hasSuffix(":") }.map { Array(($0.dropLast() + " ").utf8) },
            numberedPhotoWord: fold.fold(captions?.field("numbered_photo_word")?.string ?? "Ảnh"),
            captionMaxWords: captions?.field("max_words")?.int ?? 60,
            implicitCaptions: implicit?.field("enabled")?.bool ?? false,
            implicitCaptionMaxWords: implicit?.field("max_words")?.int ?? 45,
            openerWords: implicit?.field("opener_words")?.int ?? 5,
            openers: prefixes(implicit?.field("openers", required: false)),
            statementOpeners: (implicit?.field("statement_openers", required: false)?.strings ?? []).map { $0 + " " },
            nameOpeners: prefixes(implicit?.field("name_openers", required: false)).map { $0 + " " },
            captionCues: words(implicit?.field("cues", required: false)),
            narrativeWords: words(implicit?.field("narrative", required: false)),
            reportedConferrals: words(implicit?.field("reported", required: false)),
            reportedNotAfter: words(implicit?.field("reported_not_after", required: false)),
            countedAfter: countedAfter,
            countedAfterEnds: Array(Set(countedAfter.compactMap(\.last))),
            countingWords: (implicit?.field("counting_words", required: false)?.strings ?? []).map { Array(fold.fold($0).utf8) },
            countedKinds: (implicit?.field("counted_kinds", required: false)?.strings ?? [])
                .map { fold.fold($0).split(separator: " ").map { Array($0.utf8) } }.filter { !$0.isEmpty },
            secondAwardTo: words(implicit?.field("second_award_to", required: false)),
            secondAwards: words(implicit?.field("second_award", required: false)),
            captionCueFolds: (implicit?.field("cues", required: false)?.strings ?? [])
                .map { fold.fold($0).split(separator: " ").map { Array($0.utf8) } }.filter { !$0.isEmpty },
            sourcePrefixes: prefixes(metadata?.field("source_prefixes")),
            sourcePrefixBytes: prefixes(metadata?.field("source_prefixes")).map(\.utf8.count).max() ?? 0,
            outletWords: prefixes(metadata?.field("outlet_words")),
            siteNameEndings: prefixes(siteName?.field("endings")),
            siteNameMaxWords: siteName?.field("max_words")?.int ?? 4,
            portalWords: prefixes(metadata?.field("portal_words", required: false)),
            domains: Set((metadata?.field("domains")?.strings ?? []).map { $0.lowercased() }),
            authorWords: authorWords,
            creditWords: Set((metadata?.field("credit_words", required: false)?.strings ?? []).map(fold.fold))
        )
    }
}
