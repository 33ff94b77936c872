import Foundation
import ThiDuaModel

/// Tables in plain text, their cells split by tabs or "|" (a scraper's copy of a page's
/// table, a report pasted from a spreadsheet, Markdown): a row of counts under labelled
/// columns reads as the sentence a page's table gives (`HTMLReader`, html.c): "Bằng khen của
/// Chủ tịch UBND tỉnh | 420 | 1.100" under "Hình thức | Tập thể | Cá nhân" is "Bằng khen của
/// Chủ tịch UBND tỉnh: 420 Tập thể, 1.100 Cá nhân." Every other line is left as it is.
enum TextTables {
    /// The text with its tables' rows of counts rewritten, or nil when it has none.
    static func rewrite(_ text: String) -> String? {
        guard holdsCellMarks(text) else { return nil }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var changed = false, index = 0
        while index < lines.count {
            guard let header = cells(of: lines[index]), isHeader(header) else {
                index += 1
                continue
            }
            // Markdown's "|---|---|" under the header goes with the table's rows read.
            let rule = index + 1 < lines.count && isRule(lines[index + 1])
            var row = rule ? index + 2 : index + 1, read = false
            while row < lines.count, let cells = cells(of: lines[row]), cells.count == header.count {
                if let sentence = sentence(header: header, row: cells) {
                    lines[row] = sentence
                    read = true
                }
                row += 1
            }
            if read, rule {
                lines.remove(at: index + 1)
                row -= 1
            }
            changed = changed || read
            index = max(row, index + 1)
        }
        return changed ? lines.joined(separator: "\n") : nil
    }

    /// Whether the text holds a tab or a bar, looked for with memchr: every document is asked,
    /// and a loop over its bytes cost 0.9 % of a run's instructions.
    private static func holdsCellMarks(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return false }
            return memchr(base, 0x09, bytes.count) != nil || memchr(base, 0x7C, bytes.count) != nil
        }
    }

    /// A line's cells: split by tabs, else by "|" (not counting the bars that open and close
    /// a Markdown row); nil for fewer than two.
    static func cells(of line: String) -> [String]? {
        var parts: [Substring]
        if line.contains("\t") {
            // Not trimmed first: an empty first or last cell is a column still.
            parts = line.split(separator: "\t", omittingEmptySubsequences: false)
        } else if line.contains("|") {
            let trimmed = line.trimmingWhitespace()
            parts = trimmed.split(separator: "|", omittingEmptySubsequences: false)
            if trimmed.hasPrefix("|") { parts.removeFirst() }
            if trimmed.hasSuffix("|"), !parts.isEmpty { parts.removeLast() }
        } else {
            return nil
        }
        return parts.count >= 2 ? parts.map { String($0).trimmingWhitespace() } : nil
    }

    /// Labels of columns: two cells or more, none a count after the first, one at least named.
    private static func isHeader(_ cells: [String]) -> Bool {
        cells.dropFirst().allSatisfy { !isCount($0) } && cells.dropFirst().contains { !$0.isEmpty }
    }

    private static func isRule(_ line: String) -> Bool {
        let trimmed = line.trimmingWhitespace()
        return !trimmed.isEmpty && trimmed.contains("-") && trimmed.allSatisfy { "|-: \t".contains($0) }
    }

    /// "Label: 3 Tập thể, 5 Cá nhân." The label is the first cell that is no count (a numbering
    /// column before it labels nothing); noughts and empty cells state nothing.
    private static func sentence(header: [String], row: [String]) -> String? {
        guard let label = row.firstIndex(where: { !$0.isEmpty && !isCount($0) }), label < row.count - 1 else { return nil }
        let counts = (label + 1..<row.count).filter { isCount(row[$0]) && !row[$0].allSatisfy { "0.,".contains($0) } }
        guard !counts.isEmpty else { return nil }
        let stated = counts.map { header[$0].isEmpty ? row[$0] : row[$0] + " " + header[$0] }
        return row[label] + ": " + stated.joined(separator: ", ") + "."
    }

    /// Digits, with "." or "," between thousands.
    private static func isCount(_ text: String) -> Bool {
        text.contains(where: \.isNumber) && text.allSatisfy { $0.isASCII && ($0.isNumber || $0 == "." || $0 == ",") }
    }
}

private extension String {
    func trimmingWhitespace() -> String {
        String(drop { $0 == " " || $0 == "\t" || $0 == "\r" || $0 == "\u{00A0}" }.reversed()
            .drop { $0 == " " || $0 == "\t" || $0 == "\r" || $0 == "\u{00A0}" }.reversed())
    }
}

extension SourceText {
    /// The text with its plain-text tables read (`TextTables`); a page's tables are its
    /// reader's, and its zones hold to its lines as written.
    func readingTextTables() -> SourceText {
        guard zoneHints.isEmpty, let text = TextTables.rewrite(text) else { return self }
        return SourceText(name: name, source: source, text: text, encoding: encoding, warnings: warnings, metadata: metadata,
                          zoneHints: zoneHints)
    }
}
