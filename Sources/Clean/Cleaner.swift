import Normalize
import RuleFiles
import ThiDuaModel

/// The cleaning stage: decides, for each paragraph of a normalized article, whether it is
/// text (and in which zone: title, body, caption) or furniture to drop, cuts the related-
/// articles tail, and reads the metadata lines (date, outlet, author).
///
/// Works on normalized paragraphs so that its rules match on fold keys: one spelling in
/// `rules/cleaning.yaml` covers every case, diacritic and tone placement.
public struct Cleaner: Sendable {
    public let rules: CleaningRules
    let fold: FoldKey
    /// The longest key of a navigation line, of a tail marker and of a widget's heading, in
    /// bytes: a longer paragraph (most are) is none of them without hashing its key. One bound
    /// each: a long comment form's sentence among the tail markers had every paragraph up to its
    /// length hashed into all three sets (0.5 % of a run's instructions).
    private let longestNavigation: Int, longestTailMarker: Int, longestWidgetMarker: Int
    /// The words of navigation lines, their bytes packed (`packedWord`): a paragraph with a
    /// word that is none of them is no run of navigation lines, found with integer lookups
    /// and no string made (the title is asked every time).
    let navigationWords: Set<UInt64>
    /// The source prefixes with a space for their colon ("theo "): "Theo Báo Lạng Sơn".
    let creditPrefixes: [String]

    public init(rules: CleaningRules, fold: FoldKey) {
        self.rules = rules
        self.fold = fold
        self.longestNavigation = rules.navigation.map(\.utf8.count).max() ?? 0
        self.longestTailMarker = rules.tailMarkers.map(\.utf8.count).max() ?? 0
        self.longestWidgetMarker = rules.widgetMarkers.map(\.utf8.count).max() ?? 0
        self.navigationWords = Set(rules.navigation.flatMap { $0.utf8.split(separator: 0x20).map(Self.packedWord) })
        // One word's ("Theo Báo Lạng Sơn"): "Tin, ảnh" always has its colon.
        self.creditPrefixes = rules.sourcePrefixes.filter { $0.hasSuffix(":") && !$0.contains(" ") }.map { $0.dropLast() + " " }
    }

    private func isNavigation(_ key: String) -> Bool { key.utf8.count <= longestNavigation && rules.navigation.contains(key) }
    func isTailMarker(_ key: String) -> Bool { key.utf8.count <= longestTailMarker && rules.tailMarkers.contains(key) }
    func isWidgetMarker(_ key: String) -> Bool { key.utf8.count <= longestWidgetMarker && rules.widgetMarkers.contains(key) }

    public static func load(from directory: RuleDirectory, fold: FoldKey) throws(RuleLoadError) -> Cleaner {
        Cleaner(rules: try CleaningRules.load(from: directory, fold: fold), fold: fold)
    }

    /// The comparison key of a phrase or paragraph: its fold key without leading bullets
    /// and without trailing ":" or spaces.
    static func key(_ folded: String) -> String {
        // The end is found on the bytes (":", " " and "." are ASCII): stepping back through
        // a substring's scalar view cost 6000 instructions a paragraph.
        guard let start = folded.unicodeScalars.firstIndex(where: { $0.properties.isAlphabetic || $0.properties.numericType != nil })
        else { return "" }
        let utf8 = folded.utf8
        var end = utf8.endIndex
        while end > start {
            let before = utf8.index(before: end)
            guard utf8[before] == 0x3A || utf8[before] == 0x20 || utf8[before] == 0x2E else { break }
            end = before
        }
        return String(folded[start..<end])
    }

    /// Cleans `text`; `known` is metadata the container already gave (HTML, JSON Lines),
    /// which wins over what the text suggests.
    /// `hints` are zones the container stated (an HTML figcaption), by original offset.
    public func clean(_ text: NormalizedText, known: DocumentMetadata = DocumentMetadata(),
                      hints: [ZoneHint] = []) -> CleanedDocument {
        let stated = Dictionary(hints.map { ($0.start, $0.zone) }, uniquingKeysWith: { first, _ in first })
        let count = text.paragraphs.count
        let texts = (0..<count).map { String(text.text(ofParagraph: $0)) }
        let folded = texts.map(fold.fold)
        let keys = folded.map(Self.key)

        var removed: [Removal] = []
        var cut = count
        // The article's text begins with its first paragraph (after the first) that ends a
        // sentence. A widget's heading ("Tin mới nhất") starts the tail only after it: a sidebar
        // may also stand above the article.
        let textStart = (1..<max(count, 1)).first { Self.endsSentence(texts[$0]) } ?? count
        let sidebar = sidebarAbove(textStart: textStart, keys: keys, texts: texts)
        if let marker = (max(1, sidebar.upperBound)..<max(count, 1)).first(where: { isTailMarker(keys[$0]) || $0 > textStart && isWidgetMarker(keys[$0]) }) {
            cut = marker
            for index in marker..<count {
                removed.append(Removal(paragraph: index, text: texts[index], reason: .relatedTail(marker: texts[marker])))
            }
        }
        // The site's footer ("Copyright © ...", "Cơ quan chủ quản: ..."), after the text has begun.
        if !rules.footerPrefixes.isEmpty, textStart < cut,
           let footer = (textStart + 1..<cut).first(where: { index in keys[index].opens(withAnyOf: rules.footerPrefixes) }) {
            for index in footer..<cut {
                removed.append(Removal(paragraph: index, text: texts[index], reason: .footer(start: texts[footer])))
            }
            cut = footer
        }

        // Other articles listed under no heading the scrape kept: from the first doubled headline.
        if let first = firstDoubledHeadline(keys: keys, texts: texts, after: textStart, before: cut) {
            for index in first..<cut {
                removed.append(Removal(paragraph: index, text: texts[index], reason: .relatedTail(marker: texts[first])))
            }
            cut = first
        }

        // Other articles' headlines listed as bullets above the text ("- Tuyên dương 29 tập thể, 72
        // cá nhân trong Phong trào ..."): they must give this article no records.
        let linked = bulletedHeadlines(texts: texts, before: min(textStart, cut))
        let breadcrumb = breadcrumbAbove(texts: texts)
        // "TTO - Chiều 20-12, ..." scraped above its headline: the lead, the headline under it.
        var titleAfterLead = false

        var found = DocumentMetadata()
        var kept: [ZonedParagraph] = []
        var captionNext = false
        var bodyParagraphs = 0
        var headerDate: String?
        // The outlet the lead opens with ("(QNO) - Sáng 11/1, ..."), often initials: a name a
        // metadata line gives ("Nguồn: Báo Quảng Ninh") wins over it.
        var leadOutletName: String?
        // The container named the title (HTML's h1 or og:title, a JSON Lines field): what stands
        // above the paragraph that says it is the page's furniture (a breadcrumb, a menu).
        let statedTitle = known.title.map { Self.key(fold.fold($0)) }
        let titleIndex = statedTitle.flatMap { title in (0..<min(cut, 12)).first { keys[$0] == title } }
        for index in 0..<cut {
            let line = texts[index], key = keys[index], words = Self.wordCount(line)
            if let titleIndex, index < titleIndex {
                removed.append(Removal(paragraph: index, text: line, reason: .navigation))
                continue
            }
            if breadcrumb.contains(index) {
                removed.append(Removal(paragraph: index, text: line, reason: .navigation))
                continue
            }
            if linked.contains(index) {
                removed.append(Removal(paragraph: index, text: line, reason: .relatedHeadlines))
                continue
            }
            // Other articles listed under a heading above this one: the last headline before the
            // date line or the text is this article's own, when none came before the heading.
            if sidebar.contains(index),
               !(index == sidebar.upperBound - 1 && index > sidebar.lowerBound && kept.isEmpty && !Self.endsSentence(line)) {
                removed.append(Removal(paragraph: index, text: line, reason: .relatedTail(marker: texts[sidebar.lowerBound])))
                continue
            }
            if let reason = furniture(line, folded: folded[index], key: key, words: words, beforeTitle: kept.isEmpty,
                                      beforeText: bodyParagraphs == 0,
                                      metadata: &found, headerDate: &headerDate) {
                removed.append(Removal(paragraph: index, text: line, reason: reason))
                if reason == .imageFile { captionNext = true }
                continue
            }
            // "Hoài Sơn" under the headline, its date line next: the byline, before the text.
            if bodyParagraphs == 0, !kept.isEmpty, rules.authorWords.contains(words), index + 1 < cut, isAuthorName(line),
               DateLine.read(texts[index + 1]) != nil {
                removed.append(Removal(paragraph: index, text: line, reason: .metadata(field: "author")))
                found.author = found.author ?? line
                continue
            }
            let zone: Zone
            let hint = stated.isEmpty ? nil : stated[text.map.start(ofScalar: text.paragraphs[index].scalars.lowerBound)]
            if hint == .caption {
                zone = .caption
            } else if kept.isEmpty, index + 1 < cut, Self.endsSentence(line), Self.isHeadline(texts[index + 1]),
                      let outlet = leadOutlet(line) {
                zone = .body
                leadOutletName = outlet
                bodyParagraphs += 1
                titleAfterLead = true
            } else if kept.isEmpty || titleAfterLead && kept.count == 1 {
                zone = .title
                found.title = found.title ?? line
            } else if rules.captionPrefixes.contains(where: { folded[index].hasPrefix($0) }) || opensNumberedCaption(folded[index])
                        || endsWithPhotoCredit(folded[index]) {
                zone = .caption
            } else if isNumberedPhotoLine(key) {
                zone = .caption
                captionNext = true
                kept.append(ZonedParagraph(index: index, zone: zone))
                continue
            } else if isPhotoNumber(key, words: words) {
                zone = .caption
            } else if captionNext, words <= rules.captionMaxWords {
                zone = .caption
            } else if rules.implicitCaptions, bodyParagraphs > 0, leadOutlet(line) == nil,
                      looksLikeCaption(line, folded: folded[index], words: words) {
                // ("(Báo Thái Bình) - Sáng 10/1, ..." opens an article's text: never a caption)
                zone = .caption
            } else {
                zone = .body
                if bodyParagraphs == 0 { leadOutletName = leadOutlet(line) }
                bodyParagraphs += 1
            }
            captionNext = false
            kept.append(ZonedParagraph(index: index, zone: zone))
        }
        found.published = found.published ?? headerDate
        found.outlet = found.outlet ?? leadOutletName
        // A bare name closing the article is its author ("Ngọc Hân"), or a credit ("P.V").
        if let last = kept.last, last.zone != .title, isClosingCredit(texts[last.index]) {
            kept.removeLast()
            removed.append(Removal(paragraph: last.index, text: texts[last.index], reason: .metadata(field: "author")))
            found.author = found.author ?? texts[last.index]
        }
        removed.sort { $0.paragraph < $1.paragraph }
        var known = known
        // A page titled with its site's name ("Cổng thông tin điện tử tỉnh Bình Phước"), which no
        // paragraph says: the outlet; the headline is the title paragraph's.
        if titleIndex == nil, let stated = known.title, isPortalName(stated) {
            known.outlet = known.outlet ?? stated
            known.title = nil
        }
        return CleanedDocument(paragraphs: Self.joiningWrappedLines(kept, texts: texts), removed: removed,
                               metadata: known.filled(from: found))
    }

    /// Whether a paragraph ends as a sentence does: ".", "!", "?" or "…", before closing quotes or brackets.
    static func endsSentence(_ text: String) -> Bool {
        for scalar in text.unicodeScalars.reversed() {
            switch scalar {
            case "\"", "”", "’", "'", ")", "»", " ": continue
            case ".", "!", "?", "…": return true
            default: return false
            }
        }
        return false
    }

    /// Words separated by spaces, counted on the bytes: paragraphs are normalized, so a
    /// space is always U+0020 and never doubled at either end.
    static func wordCount(_ line: String) -> Int {
        var line = line
        return line.withUTF8 { bytes in
            // A word starts at a byte that is not a space after one that is.
            var words = 0, previousIsSpace = true
            for byte in bytes {
                let isSpace = byte == 0x20
                words &+= !isSpace && previousIsSpace ? 1 : 0
                previousIsSpace = isSpace
            }
            return words
        }
    }

    // MARK: Furniture and metadata lines

    /// `beforeText`: no paragraph of the article's text yet (the headline and what a page prints
    /// under it: date, byline, buttons).
    private func furniture(_ line: String, folded: String, key: String, words: Int, beforeTitle: Bool, beforeText: Bool,
                           metadata: inout DocumentMetadata, headerDate: inout String?) -> Removal.Reason? {
        if isNavigation(key) || isWidgetMarker(key) { return .navigation }
        if words <= rules.navigationPrefixMaxWords,
           key.opens(withAnyOf: rules.navigationPrefixKeys)
            || rules.navigationMarkPrefixes.contains(where: { folded.hasPrefix($0) }) {
            return .navigation
        }
        if words <= rules.relatedLinkMaxWords, key.opens(withAnyOf: rules.relatedLinkKeys) { return .relatedLink }
        // A menu above the title would take its place; one below it is harmless text. Buttons
        // run together under the headline, before the text, are furniture too ("In trang Gửi
        // email" under the date); in the text, words that name sections stay.
        // (Not a date line whose parts a bar separates: "Thứ Năm, 12/12/2024 | 15:20".)
        if beforeTitle, isMenu(line) || opensMenu(key, words: words), DateLine.read(line) == nil { return .navigation }
        if beforeText, isRunOfNavigation(key, words: words) { return .navigation }
        // The site's name, or a portal's ("CỔNG THÔNG TIN ĐIỆN TỬ TỈNH YÊN BÁI"), above the headline.
        if beforeTitle, isPortalName(line, folded: folded, words: words) {
            metadata.outlet = metadata.outlet ?? line
            return .metadata(field: "outlet")
        }
        // (On the bytes: `String.contains` went through Foundation, 4 % of cleaning.)
        if words <= rules.widgetMarkMaxWords, rules.widgetMarks.contains(where: { line.containsBytes(of: $0) }) { return .navigation }
        if isImageFileName(line) { return .imageFile }
        if words == 3, isPlayerClock(line) { return .navigation }
        // Metadata lines are short; a paragraph of text is none of them, and most lines are text.
        guard words <= Self.metadataMaxWords else { return nil }
        if let (published, byline) = DateLine.read(line) ?? dateLineBeforeButtons(line, key: key) ?? outletDateLine(line) {
            // "Hoàng Quỳnh 03/03/2025 10:15": the author, with the date; "Báo Nghệ An | 15/08/2025
            // 09:12": the outlet.
            if !beforeTitle, let byline {
                if isOutlet(byline) {
                    metadata.outlet = metadata.outlet ?? byline
                } else {
                    metadata.author = metadata.author ?? byline
                }
            }
            // Above the headline, the site's clock ("Chủ Nhật, 24/11/2024 08:34") may stand
            // where the article's date is printed under it: a date after the title wins.
            if beforeTitle {
                headerDate = headerDate ?? published
            } else {
                metadata.published = metadata.published ?? published
            }
            return .metadata(field: "published")
        }
        if let (author, outlet) = sourceLine(line, folded: folded) {
            metadata.author = metadata.author ?? author
            metadata.outlet = metadata.outlet ?? outlet
            return .metadata(field: "source")
        }
        if isDomain(line) {
            metadata.outlet = metadata.outlet ?? line
            return .metadata(field: "outlet")
        }
        // "Nguyễn Chanh/laichau.gov.vn"
        if line.hasByte(0x2F), let slash = line.firstIndex(of: "/"), isDomain(String(line[line.index(after: slash)...])),
           (1...5).contains(line[..<slash].split(separator: " ").count) {
            metadata.author = metadata.author ?? String(line[..<slash])
            metadata.outlet = metadata.outlet ?? String(line[line.index(after: slash)...])
            return .metadata(field: "author/outlet")
        }
        return nil
    }

    private func isImageFileName(_ line: String) -> Bool {
        guard !line.hasByte(0x20), let dot = line.lastIndex(of: "."), dot > line.startIndex else { return false }
        return rules.imageExtensions.contains(line[line.index(after: dot)...].lowercased())
    }

    /// "Đồng chí ... trao Cờ thi đua cho ... . Ảnh: Minh Đức", "... (Ảnh: TL)": a photo's
    /// credit closes its caption: a caption prefix (each ends with ":") after a sentence's
    /// end, a bracket or a dash, then a few words. Only the last ":" of the paragraph's last
    /// 80 bytes is looked at: most paragraphs have none there.
    private func endsWithPhotoCredit(_ folded: String) -> Bool {
        guard folded.utf8.suffix(80).contains(0x3A) else { return false }
        let tail = Array(folded.utf8.suffix(80))
        guard let colon = tail.lastIndex(of: 0x3A), tail[(colon + 1)...].split(separator: 0x20).count <= 6 else { return false }
        return rules.captionPrefixes.contains { prefix in
            let key = Array(prefix.utf8), start = colon + 1 - key.count
            guard start > 0, Array(tail[start...colon]) == key else { return false }
            guard let mark = tail[..<start].last(where: { $0 != 0x20 }) else { return false }
            return mark == 0x2E || mark == 0x28 || mark == 0x2D
        }
    }

    /// "Trang chủ | Thời sự | Kinh tế", "Trang chủ › Xã hội": two or more short items
    /// between menu marks. A title with its site's name ("Hội nghị tổng kết ... | Báo Lào
    /// Cai") has a long item and stays.
    private func isMenu(_ line: String) -> Bool {
        guard rules.menuSeparators.contains(where: { line.containsBytes(of: String($0)) }) else { return false }
        let items = line.split(whereSeparator: rules.menuSeparators.contains)
        // One item that a mark ends is a section's name ("Long An|").
        let ended = line.last.map { rules.menuSeparators.contains($0) } ?? false
        // A dash inside an item is no word of it: "Tin tức - Sự kiện".
        return (items.count >= 2 || ended && items.count == 1) && items.allSatisfy { item in
            let words = item.split(separator: " ").count { $0 != "-" && $0 != "–" }
            return words >= 1 && words <= rules.menuItemMaxWords
        }
    }

    /// "Đăng nhập Đăng ký", "Thời sự Xã hội Kinh tế Văn hóa Thể thao": a menu scraped into one
    /// line with no marks, two navigation lines or more one after another.
    func isRunOfNavigation(_ key: String, words count: Int) -> Bool {
        // The first word first, on the bytes: most lines open with a word no entry has.
        guard count >= 2, count <= Self.menuRunMaxWords,
              navigationWords.contains(Self.packedWord(key.utf8.prefix { $0 != 0x20 })),
              key.utf8.split(separator: 0x20).allSatisfy({ navigationWords.contains(Self.packedWord($0)) }) else { return false }
        let words = key.split(separator: " ")
        // Where a run of entries can end, and with how many entries at most.
        var entries = [Int](repeating: -1, count: words.count + 1)
        entries[0] = 0
        for start in words.indices where entries[start] >= 0 {
            for end in (start + 1)...min(words.count, start + 4) where rules.navigation.contains(words[start..<end].joined(separator: " ")) {
                entries[end] = max(entries[end], entries[start] + 1)
            }
        }
        return entries[words.count] >= 2
    }

    /// A word's first seven bytes and its length in one integer (longer words that share
    /// them and their length share it: a filter, not a key).
    static func packedWord<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> UInt64 {
        var packed = UInt64(bytes.count) << 56
        for (index, byte) in bytes.prefix(7).enumerated() { packed |= UInt64(byte) << (UInt64(index) * 8) }
        return packed
    }

    /// The longest menu scraped into one line.
    static let menuRunMaxWords = 24
    /// A breadcrumb's lines above the date line: how many, and how long each.
    static let breadcrumbMaxLines = 6, breadcrumbMaxWords = 5

    private func isNumberedPhotoLine(_ key: String) -> Bool {
        // "... lich su- anh 6"
        guard let last = key.utf8.last, (0x30...0x39).contains(last), key.hasByte(0x2D) else { return false }
        var words = key.split(whereSeparator: { $0 == " " || $0 == "-" })
        guard let number = words.popLast(), Int(number) != nil, let word = words.popLast() else { return false }
        return word == rules.numberedPhotoWord
    }

    /// "Ảnh 2: Đồng chí ... trao ...": a caption prefix with the photo's number before its colon.
    private func opensNumberedCaption(_ folded: String) -> Bool {
        // (Asked of every paragraph: the prefix's word first, compared on the bytes.)
        guard folded.opens(withAnyOf: rules.captionPrefixWords), let colon = folded.utf8.prefix(16).firstIndex(of: 0x3A),
              let space = folded.utf8[..<colon].lastIndex(of: 0x20), // "hình ảnh 2:"
              case let number = folded.utf8[folded.utf8.index(after: space)..<colon], !number.isEmpty,
              number.allSatisfy({ $0 &- 0x30 < 10 }) else { return false }
        let prefix = String(folded[..<space]) + ":"
        return rules.captionPrefixes.contains(prefix)
    }

    /// A photo's number alone, "Ảnh 1": part of its caption, which may stand before or after it.
    private func isPhotoNumber(_ key: String, words: Int) -> Bool {
        guard words == 2, let last = key.utf8.last, (0x30...0x39).contains(last), let space = key.firstIndex(of: " ") else { return false }
        return key[..<space] == rules.numberedPhotoWord && Int(key[key.index(after: space)...]) != nil
    }
}

extension String {
    /// Whether the UTF-8 holds `byte`, read from the string's own buffer: `utf8.contains`
    /// went through a generic iterator, a few instructions a byte of every paragraph.
    func hasByte(_ byte: UInt8) -> Bool {
        var text = self
        return text.withUTF8 { $0.contains(byte) }
    }
}

extension StringProtocol {
    func trimmingSpaces() -> String {
        String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}
