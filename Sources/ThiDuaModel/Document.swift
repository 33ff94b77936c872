/// Where a paragraph stands in an article; travels with its sentences to extraction.
public enum Zone: String, Sendable, Codable, CaseIterable {
    case title, body, caption
}

/// What is known about an article besides its text. Every field may be unknown.
public struct DocumentMetadata: Sendable, Equatable, Codable {
    public var title: String?
    /// ISO date-time ("2024-04-27T16:43") or date ("2024-04-27").
    public var published: String?
    /// "baotintuc.vn", "Báo Lào Cai điện tử", "PLVN".
    public var outlet: String?
    public var author: String?
    public var url: String?

    public init(title: String? = nil, published: String? = nil, outlet: String? = nil, author: String? = nil,
                url: String? = nil) {
        self.title = title
        self.published = published
        self.outlet = outlet
        self.author = author
        self.url = url
    }

    /// Fields of `self`, completed by those of `other` where `self` has none.
    public func filled(from other: DocumentMetadata) -> DocumentMetadata {
        DocumentMetadata(title: title ?? other.title, published: published ?? other.published,
                         outlet: outlet ?? other.outlet, author: author ?? other.author, url: url ?? other.url)
    }
}

/// A paragraph of the normalized text that cleaning kept, with its zone. A paragraph whose
/// lines were wrapped by hand ("... tặng Bằng khen cho 25" / "tập thể và 40 cá nhân ...")
/// runs on over the normalized paragraphs after it, to `through`.
public struct ZonedParagraph: Sendable, Equatable {
    /// Index into `NormalizedText.paragraphs`.
    public let index: Int
    public let zone: Zone
    /// The last of the normalized paragraphs it spans (`index` itself unless lines were joined).
    public let through: Int

    public init(index: Int, zone: Zone, through: Int? = nil) {
        self.index = index
        self.zone = zone
        self.through = through ?? index
    }

    /// The normalized paragraphs it spans.
    public var indices: ClosedRange<Int> { index...through }
}

/// A paragraph cleaning took out, and why (shown by `thidua inspect`).
public struct Removal: Sendable, Equatable {
    public enum Reason: Sendable, Equatable, CustomStringConvertible {
        case navigation
        case imageFile
        /// From a related-articles marker ("Đọc thêm") on.
        case relatedTail(marker: String)
        /// Other articles' headlines listed above the text under no heading, as bullets.
        case relatedHeadlines
        /// A link to another article inside the text ("Xem thêm: ...").
        case relatedLink
        /// The site's footer, from its first line ("Copyright © ...") on.
        case footer(start: String)
        /// A line that only carries metadata (date line, author, outlet).
        case metadata(field: String)

        public var description: String {
            switch self {
            case .navigation: return "navigation or widget"
            case .imageFile: return "image file name"
            case .relatedTail(let marker): return "related articles (after \"\(marker)\")"
            case .relatedHeadlines: return "related articles' headlines (bullets above the text)"
            case .relatedLink: return "link to another article"
            case .footer(let start): return "site footer (from \"\(start)\")"
            case .metadata(let field): return "metadata line (\(field))"
            }
        }
    }

    public let paragraph: Int
    public let text: String
    public let reason: Reason

    public init(paragraph: Int, text: String, reason: Reason) {
        self.paragraph = paragraph
        self.text = text
        self.reason = reason
    }
}

/// The cleaning stage's view of an article: which paragraphs are text, in which zone.
public struct CleanedDocument: Sendable, Equatable {
    public let paragraphs: [ZonedParagraph]
    public let removed: [Removal]
    public let metadata: DocumentMetadata

    public init(paragraphs: [ZonedParagraph], removed: [Removal], metadata: DocumentMetadata) {
        self.paragraphs = paragraphs
        self.removed = removed
        self.metadata = metadata
    }

    /// The kept text, one normalized paragraph a line (lines joined by cleaning stay lines of
    /// their own): what a document's content id is taken of.
    public func keptText(of normalized: NormalizedText) -> String {
        var texts: [Substring] = []
        texts.reserveCapacity(paragraphs.count)
        for paragraph in paragraphs {
            for index in paragraph.indices { texts.append(normalized.text(ofParagraph: index)) }
        }
        return texts.joined(separator: "\n")
    }
}
