import ThiDuaModel

/// Lines wrapped by hand: a scrape copied from a fixed-width page, a decision's text out of a
/// PDF, a mail. Each line is a paragraph of the normalized text, and a sentence cut across
/// two yields no record ("... tặng Bằng khen cho 25" / "tập thể và 40 cá nhân ..."). A body
/// line that does not end a sentence, followed by a body line that opens in lower case, or
/// with a count after a line that ends in a word, goes on in it.
extension Cleaner {
    /// The kept paragraphs with wrapped lines joined to the line they go on from.
    static func joiningWrappedLines(_ kept: [ZonedParagraph], texts: [String]) -> [ZonedParagraph] {
        func joins(_ last: ZonedParagraph, _ paragraph: ZonedParagraph) -> Bool {
            last.zone == .body && paragraph.zone == .body && paragraph.index == last.through + 1
                && goesOn(texts[last.through], into: texts[paragraph.index])
        }
        // Most articles have none: looked for before anything is copied.
        guard kept.count > 1, (1..<kept.count).contains(where: { joins(kept[$0 - 1], kept[$0]) }) else { return kept }
        var joined: [ZonedParagraph] = []
        joined.reserveCapacity(kept.count)
        for paragraph in kept {
            if let last = joined.last, joins(last, paragraph) {
                joined[joined.count - 1] = ZonedParagraph(index: last.index, zone: .body, through: paragraph.index)
            } else {
                joined.append(paragraph)
            }
        }
        return joined
    }

    /// Whether `next` continues the sentence `line` leaves open: `line` is a wrapped line's
    /// length (6 words or more) and ends in a letter, a digit or a comma; `next` opens with a
    /// lower-case letter, or a digit after a word ("... cho" / "25 tập thể").
    static func goesOn(_ line: String, into next: String) -> Bool {
        // Most paragraphs end a sentence: the mark is asked first, Unicode's properties last.
        guard let last = line.unicodeScalars.last, last != ".", let first = next.unicodeScalars.first else { return false }
        let lowerLast = last.isASCII ? ("a"..."z").contains(last) : last.properties.isLowercase
        let endsInWord = lowerLast || (last.isASCII ? ("A"..."Z").contains(last) : last.properties.isAlphabetic)
        guard endsInWord || last == "," || ("0"..."9").contains(last) else { return false }
        if first.isASCII ? ("a"..."z").contains(first) : first.properties.isLowercase {
            return wordCount(line) >= 6
        }
        return lowerLast && ("0"..."9").contains(first) && wordCount(line) >= 6
    }
}
