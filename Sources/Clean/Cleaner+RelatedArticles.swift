/// Other articles a page lists around this one: under a heading above the text, as bullets
/// above it, or as doubled headlines after it. None may give this article records.
extension Cleaner {
    /// A list of other articles above the text, under a related-articles or widget heading
    /// ("TIN LIÊN QUAN", "Tin mới nhất" in a sidebar the scrape put first): from the heading to
    /// the first date line or the text's start. (With no paragraph that ends a sentence, a
    /// heading is the tail's start as it always was.)
    func sidebarAbove(textStart: Int, keys: [String], texts: [String]) -> Range<Int> {
        guard textStart < keys.count,
              let heading = (0..<textStart).first(where: { isTailMarker(keys[$0]) || isWidgetMarker(keys[$0]) }) else { return 0..<0 }
        let end = (heading + 1..<textStart).first { DateLine.read(texts[$0]) != nil } ?? textStart
        return heading..<end
    }

    /// Other articles' headlines above the text: two or more bulleted paragraphs in a row ("- ",
    /// "• "), each a headline (no sentence's end, no ":" or ";" of a list's item, at most
    /// `doubledHeadlineMaxWords` words), before the first paragraph that ends a sentence.
    func bulletedHeadlines(texts: [String], before end: Int) -> Range<Int> {
        func isHeadline(_ index: Int) -> Bool {
            let text = texts[index]
            var bytes = text.utf8.makeIterator()
            // "- ", "• ", "– ": the first bytes, before anything else is asked.
            switch (bytes.next(), bytes.next(), bytes.next()) {
            case (UInt8(ascii: "-"), UInt8(ascii: " "), _), (0xE2, 0x80, 0xA2), (0xE2, 0x80, 0x93): break
            default: return false
            }
            return !Self.endsSentence(text) && !text.hasByte(UInt8(ascii: ":")) && !text.hasByte(UInt8(ascii: ";"))
                && Self.wordCount(text) <= rules.doubledHeadlineMaxWords
        }
        var index = 1
        while index < end {
            guard isHeadline(index) else { index += 1; continue }
            var last = index
            while last + 1 < end, isHeadline(last + 1) { last += 1 }
            if last > index { return index..<(last + 1) }
            index = last + 1
        }
        return 0..<0
    }

    /// Where a list of other articles starts that no heading announces: a headline (no
    /// sentence's end, at most `doubledHeadlineMaxWords` words) said twice in a row, as pages
    /// give each item's link and its image's title, after the article's text has begun (a
    /// paragraph that ends a sentence), and not the article's own title again.
    func firstDoubledHeadline(keys: [String], texts: [String], after textStart: Int, before end: Int) -> Int? {
        guard rules.doubledHeadlineMaxWords > 0, textStart + 2 < end else { return nil }
        for index in (textStart + 1)..<(end - 1) {
            // Lengths first: most neighbours differ in length and need no comparison.
            guard keys[index].utf8.count == keys[index + 1].utf8.count, !keys[index].isEmpty, keys[index] == keys[index + 1],
                  keys[index] != keys[0], !Self.endsSentence(texts[index]),
                  Self.wordCount(texts[index]) <= rules.doubledHeadlineMaxWords else { continue }
            return index
        }
        return nil
    }
}
