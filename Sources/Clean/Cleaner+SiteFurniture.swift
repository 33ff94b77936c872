/// What a site prints around an article that is none of it, told by its form: an embedded
/// player's clock, a menu run together under its first entry, the site's own name above the
/// headline (the rules' words in `rules/cleaning.yaml`).
extension Cleaner {
    /// "00:00 / 03:25": an embedded player's clock, two times around a slash (no date:
    /// "16:43 27/04/2024" is a date line).
    func isPlayerClock(_ line: String) -> Bool {
        let parts = line.split(separator: " ")
        return parts.count == 3 && parts[1] == "/" && [parts[0], parts[2]].allSatisfy { part in
            part.contains(":") && part.utf8.allSatisfy { $0 &- 0x30 < 10 || $0 == 0x3A }
        }
    }

    /// "Trang chủ Giáo dục Tuyển sinh Du học": a menu scraped into one line, its marks lost,
    /// that opens with one of the rules' `menus.starts`.
    func opensMenu(_ key: String, words: Int) -> Bool {
        words > 2 && words <= Self.menuRunMaxWords && !Self.endsSentence(key)
            && rules.menuStarts.contains { key.utf8.starts(with: $0.utf8) && key.utf8.dropFirst($0.utf8.count).first == 0x20 }
    }

    /// "Báo Thanh Hóa điện tử", "Báo Nhân Dân": the site's name above the headline, an outlet's
    /// word and a capitalized name (see `metadata.site_name`).
    func isSiteName(_ line: String, folded: String, words: Int) -> Bool {
        guard words >= 2, words <= Self.outletMaxWords + 2, !Self.endsSentence(line),
              let word = rules.outletWords.first(where: { folded.hasPrefix($0 + " ") }) else { return false }
        let name = line.unicodeScalars.dropFirst(word.unicodeScalars.count + 1)
        guard name.first?.properties.isUppercase == true else { return false }
        return words <= rules.siteNameMaxWords || rules.siteNameEndings.contains { folded.hasSuffix(" " + $0) }
    }

    /// "Chủ nhật, 22/09/2024 08:15 Chia sẻ Facebook Zalo": a date line the share buttons
    /// after it were scraped into (a page's meta line of spans): the date line, read without
    /// them. Asked of a short line that `DateLine` does not read whole.
    func dateLineBeforeButtons(_ line: String, key: String) -> (published: String, author: String?)? {
        // Most lines with a digit are text that ends in at most one word a button has: the
        // words are looked up from the end, packed, before any is split off (splitting every
        // such line cost 2 % of a run).
        let bytes = key.utf8
        var end = bytes.endIndex, trailing = 0
        while trailing < 6, end > bytes.startIndex {
            let start = bytes[..<end].lastIndex(of: 0x20).map { bytes.index(after: $0) } ?? bytes.startIndex
            guard navigationWords.contains(Self.packedWord(bytes[start..<end])) else { break }
            trailing += 1
            guard start > bytes.startIndex else { break }
            end = bytes.index(before: start)
        }
        guard trailing >= 2 else { return nil }
        let keyWords = key.split(separator: " "), lineWords = line.split(separator: " ")
        guard keyWords.count == lineWords.count, keyWords.count >= 3 else { return nil }
        // No run of buttons is longer than the words looked up as theirs from the end.
        for buttons in stride(from: min(trailing, keyWords.count - 1), through: 2, by: -1)
        where isRunOfNavigation(keyWords.suffix(buttons).joined(separator: " "), words: buttons) {
            return DateLine.read(lineWords.dropLast(buttons).joined(separator: " "))
        }
        return nil
    }

    /// "Cổng thông tin điện tử tỉnh Bình Phước", "Báo Thanh Hóa điện tử": a page's stated title
    /// that is its site's name (`metadata.portal_words`, `metadata.site_name`), short, no sentence.
    func isPortalName(_ title: String) -> Bool {
        isPortalName(title, folded: fold.fold(title), words: Self.wordCount(title))
    }

    func isPortalName(_ title: String, folded: String, words: Int) -> Bool {
        guard words <= Self.outletMaxWords + 4, !Self.endsSentence(title) else { return false }
        return rules.portalWords.contains { folded.hasPrefix($0 + " ") } || isSiteName(title, folded: folded, words: words)
    }

    /// "Thời sự", "Chính trị", "Dân sinh" on lines of their own above the date line, the
    /// headline right under it (a breadcrumb scraped line by line): each line short and no
    /// sentence, the line after the date a headline. Their range, or an empty one.
    func breadcrumbAbove(texts: [String]) -> Range<Int> {
        // Line by line from the first, which is most pages' headline: no date line is read
        // past a line that is no section's name.
        for index in 0..<max(0, min(texts.count - 1, Self.breadcrumbMaxLines + 1)) {
            let words = Self.wordCount(texts[index])
            if index > 0, words <= Self.metadataMaxWords, DateLine.read(texts[index]) != nil {
                return Self.isHeadline(texts[index + 1]) ? 0..<index : 0..<0
            }
            guard words <= Self.breadcrumbMaxWords, !Self.endsSentence(texts[index]) else { return 0..<0 }
        }
        return 0..<0
    }

    /// A headline's form: a few words to a long line, no sentence's end, no date line.
    static func isHeadline(_ line: String) -> Bool {
        let words = wordCount(line)
        return words >= 6 && words <= 40 && !endsSentence(line) && DateLine.read(line) == nil
    }
}
