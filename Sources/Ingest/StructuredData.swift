import Foundation

/// A page's schema.org article (`<script type="application/ld+json">`): the headline, date,
/// authors and publisher many news sites state there and nowhere else in their markup.
struct StructuredArticle: Equatable {
    var headline: String?
    var published: String?
    var author: String?
    var publisher: String?

    private static let articleTypes: Set<String> = ["NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle",
                                                    "BlogPosting"]

    /// The first article among the scripts' JSON (an object, a list of them, or a `@graph`);
    /// nil where none parses or none is an article. A script that is no JSON is passed over:
    /// the page is read all the same.
    init?(scripts: [String]) {
        for script in scripts {
            guard let data = script.data(using: .utf8),
                  let json = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) else { continue }
            if let found = Self.article(in: json) {
                self = found
                return
            }
        }
        return nil
    }

    private init(object: [String: Any]) {
        headline = Self.text(object["headline"])
        published = Self.text(object["datePublished"])
        author = Self.names(object["author"])
        publisher = Self.names(object["publisher"])
    }

    private static func article(in json: Any) -> StructuredArticle? {
        if let list = json as? [Any] {
            // An article before a page: "WebPage" names the page, "NewsArticle" the story.
            let found = list.compactMap { article(in: $0) }
            return found.first { $0.published != nil } ?? found.first
        }
        guard let object = json as? [String: Any] else { return nil }
        if let graph = object["@graph"] { return article(in: graph) }
        let types = (object["@type"] as? String).map { [$0] } ?? (object["@type"] as? [String]) ?? []
        return types.contains(where: articleTypes.contains) ? StructuredArticle(object: object) : nil
    }

    private static func text(_ value: Any?) -> String? {
        guard let string = value as? String else { return nil }
        let trimmed = string.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }

    /// "Thu Hà", {"name": "Thu Hà"} or a list of either: the names joined by ", ".
    private static func names(_ value: Any?) -> String? {
        if let list = value as? [Any] {
            let found = list.compactMap { names($0) }
            return found.isEmpty ? nil : found.joined(separator: ", ")
        }
        if let object = value as? [String: Any] { return text(object["name"]) }
        return text(value)
    }
}
