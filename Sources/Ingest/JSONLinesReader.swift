import Foundation
import ThiDuaModel

/// JSON Lines: one article per line, an object with its text (`text`, or `html` to be
/// read as a page) and optional `url`, `title`, `published`, `author`, `outlet`. Other
/// field names are mapped by `InputReader.Options.fields`. A bad line is a rejection
/// that names its line number; the other lines go on.
struct JSONLinesReader {
    let fields: [String: String]

    func field(_ name: String) -> String { fields[name] ?? name }

    func read(_ data: Data, path: String, name: String, htmlReader: (String, String, String) -> Result<SourceText, Rejection>,
              emit: (Result<SourceText, Rejection>) throws -> Void) rethrows {
        var lineNumber = 0
        var start = data.startIndex
        while start < data.endIndex {
            let end = data[start...].firstIndex(of: 0x0A) ?? data.endIndex
            lineNumber += 1
            let line = data[start..<end]
            start = end < data.endIndex ? end + 1 : end
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            try emit(document(line, path: path, name: name, line: lineNumber, htmlReader: htmlReader))
        }
    }

    private func document(_ line: Data, path: String, name: String, line number: Int,
                          htmlReader: (String, String, String) -> Result<SourceText, Rejection>) -> Result<SourceText, Rejection> {
        let source = "\(path):\(number)", documentName = "\(name):\(number)"
        func reject(_ reason: InputError) -> Result<SourceText, Rejection> { .failure(Rejection(source: source, reason: reason)) }
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: line)
        } catch {
            return reject(.malformedJSON(line: number, message: Self.reason(error)))
        }
        guard let record = object as? [String: Any] else {
            return reject(.malformedJSON(line: number, message: "expected an object"))
        }
        func string(_ key: String) -> String? {
            (record[field(key)] as? String).flatMap { $0.isEmpty ? nil : $0 }
        }
        let stated = DocumentMetadata(title: string("title"), published: string("published").map(HTMLReader.isoMinute),
                                      outlet: string("outlet"), author: string("author"), url: string("url"))
        if let text = string("text") {
            return .success(SourceText(name: documentName, source: source, text: Self.withTitle(stated.title, text),
                                       encoding: "UTF-8 (JSON)", metadata: stated))
        }
        if let html = string("html") {
            return htmlReader(html, source, documentName).map { page in
                SourceText(name: page.name, source: page.source, text: page.text, encoding: "UTF-8 (JSON, HTML)",
                           metadata: stated.filled(from: page.metadata), zoneHints: page.zoneHints)
            }
        }
        let longest = record.compactMap { key, value in (value as? String).map { (key, $0.utf8.count) } }
            .max { ($0.1, $1.0) < ($1.1, $0.0) }
        return reject(.missingText(line: number, fields: [field("text"), field("html")], longest: longest.map(\.0)))
    }

    /// A record's text with its title first: scrapers keep the title in a field of its own, and
    /// the text's first paragraph is its lead, not its headline. A text that already starts
    /// with its title (within its first lines: a menu may stand above it) is kept as it is.
    static func withTitle(_ title: String?, _ text: String) -> String {
        guard let title = title?.trimmingCharacters(in: .whitespacesAndNewlines), !title.isEmpty else { return text }
        func key(_ line: Substring) -> String {
            line.trimmingCharacters(in: .whitespaces).precomposedStringWithCanonicalMapping.lowercased()
        }
        let wanted = key(Substring(title))
        let head = text.split(separator: "\n", maxSplits: 8, omittingEmptySubsequences: true).prefix(8)
        if head.contains(where: { key($0) == wanted }) { return text }
        return title + "\n" + text
    }

    private static func reason(_ error: Error) -> String {
        let description = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String
        return description ?? "not valid JSON"
    }
}
