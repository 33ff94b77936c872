import CHTML
import Foundation
import ThiDuaModel

/// HTML pages: text blocks in document order (scripts, styles, navigation, headers,
/// footers, asides and forms left out), figure captions and the headline marked, and the
/// page's metadata (`<title>`, `og:title`, `article:published_time`, `author`,
/// `og:site_name`, `og:url` or the canonical link; a schema.org article's where those are missing).
struct HTMLReader {
    struct Page {
        var text: String
        var hints: [ZoneHint]
        var metadata: DocumentMetadata
    }

    /// Collects what libxml2's walk reports; C calls back into it through an opaque pointer.
    private final class Collector {
        var lines: [String] = []
        var kinds: [Int32] = []
        var meta: [String: String] = [:]
        var structured: [String] = []
    }

    static func read(utf8 html: String) -> Page? {
        let collector = Collector()
        var source = html
        let status = source.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { chars in
                thidua_html_extract(chars.baseAddress, Int32(chars.count), Unmanaged.passUnretained(collector).toOpaque(),
                                    { context, kind, text, length in
                    let collector = Unmanaged<Collector>.fromOpaque(context!).takeUnretainedValue()
                    let bytes = UnsafeRawBufferPointer(start: text, count: Int(length))
                    collector.lines.append(String(decoding: bytes, as: UTF8.self))
                    collector.kinds.append(kind)
                }, { context, name, content in
                    let collector = Unmanaged<Collector>.fromOpaque(context!).takeUnretainedValue()
                    let key = String(cString: name!).lowercased()
                    if key == "ld+json" {
                        collector.structured.append(String(cString: content!))
                    } else if collector.meta[key] == nil { collector.meta[key] = String(cString: content!) }
                })
            }
        }
        guard status == 0 else { return nil }

        var text = "", hints: [ZoneHint] = [], offset = 0
        for (line, kind) in zip(collector.lines, collector.kinds) {
            if kind == Int32(THIDUA_HTML_CAPTION) { hints.append(ZoneHint(start: offset, zone: .caption)) }
            if kind == Int32(THIDUA_HTML_H1) { hints.append(ZoneHint(start: offset, zone: .title)) }
            text += line + "\n"
            offset += line.unicodeScalars.count + 1
        }
        let meta = collector.meta
        let headline = zip(collector.lines, collector.kinds).first { $0.1 == Int32(THIDUA_HTML_H1) }?.0
        // Structured data fills what the meta tags leave out (a `<time>` may be any date on the page).
        let article = collector.structured.isEmpty ? nil : StructuredArticle(scripts: collector.structured)
        let title = meta["og:title"] ?? headline ?? article?.headline ?? meta["title"]
        let published = meta["article:published_time"] ?? meta["datepublished"] ?? meta["pubdate"] ?? article?.published ?? meta["time"]
        let metadata = DocumentMetadata(
            title: title,
            published: published.map(isoMinute),
            outlet: meta["og:site_name"] ?? article?.publisher ?? title.flatMap { siteName(in: meta["title"], after: $0) },
            author: meta["author"] ?? meta["article:author"] ?? article?.author,
            url: meta["og:url"] ?? meta["canonical"]
        )
        return Page(text: text, hints: hints, metadata: metadata)
    }

    /// "Lâm Đồng khen thưởng 68 tập thể, cá nhân - Báo Lâm Đồng điện tử": a `<title>` that is
    /// the headline, a dash or a bar, and the site's name gives the name.
    static func siteName(in pageTitle: String?, after headline: String) -> String? {
        // On the bytes: Foundation's search bridged each title (a page's few fields, but every page).
        guard let pageTitle, pageTitle.utf8.count > headline.utf8.count, pageTitle.utf8.starts(with: headline.utf8) else { return nil }
        let rest = Array(pageTitle.utf8.dropFirst(headline.utf8.count))
        for separator in [" - ", " | ", " – "].map({ Array($0.utf8) }) where rest.starts(with: separator) {
            let name = String(decoding: rest.dropFirst(separator.count), as: UTF8.self).trimmingCharacters(in: .whitespaces)
            return name.isEmpty ? nil : name
        }
        return nil
    }

    /// "2024-04-27T16:43:00+07:00" as "2024-04-27T16:43": the local time the outlet printed.
    static func isoMinute(_ value: String) -> String {
        let trimmed = value.trimmingCharacters(in: .whitespaces)
        guard trimmed.count >= 16, trimmed.dropFirst(10).first == "T" || trimmed.dropFirst(10).first == " " else {
            return String(trimmed.prefix(10))
        }
        return String(trimmed.prefix(10)) + "T" + String(trimmed.dropFirst(11).prefix(5))
    }

    /// The charset a page declares in its first kilobytes (`<meta charset=...>` or
    /// `content="text/html; charset=..."`), if any.
    static func declaredCharset(_ data: Data) -> String? {
        let head = String(decoding: data.prefix(2048), as: UTF8.self).lowercased()
        guard let range = head.range(of: "charset=") else { return nil }
        let value = head[range.upperBound...].drop { $0 == "\"" || $0 == "'" }
            .prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
        return value.isEmpty ? nil : String(value)
    }
}
