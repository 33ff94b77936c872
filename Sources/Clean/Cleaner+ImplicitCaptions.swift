/// Captions whose photo the scrape lost: a line of its own that names what a photo shows
/// (rules/cleaning.yaml, `captions.implicit`).
extension Cleaner {
    func looksLikeCaption(_ line: String, folded: String, words: Int) -> Bool {
        guard words <= rules.implicitCaptionMaxWords, !line.hasSuffix(":"), !line.hasByte(0x3B) else { return false }
        if Self.commaInFirstWords(line, rules.openerWords), !opensWithName(line, folded: folded) { return false }
        if line.hasByte(0x2C), rules.openers.contains(where: { folded.hasPrefix($0) && folded.utf8.dropFirst($0.utf8.count).first == 0x20 }) {
            return false
        }
        // Without diacritics first: bytes of the fold key rule most paragraphs out.
        guard hasCueFold(folded), !countsRecipients(folded) else { return false }
        // "Dự buổi lễ có ...": who attended, a statement (asked of the few lines with a cue).
        if rules.statementOpeners.contains(where: { line.utf8.starts(with: $0.utf8) }) { return false }
        return hasCueAndOneSentence(line)
    }

    /// Whether the line counts recipients ("tặng Cờ thi đua cho 10 đơn vị"): a report of what
    /// was given, where a photo shows a moment. A number right after one of `counted_after`
    /// ("cho", "cho hơn"), in digits or in words (`counting_words`); other numbers ("trao tặng 10 căn nhà", "Cụm thi đua 7 tỉnh") say nothing.
    private func countsRecipients(_ folded: String) -> Bool {
        guard !rules.countedAfter.isEmpty else { return false }
        var folded = folded
        return folded.withUTF8 { bytes in
            var words: [Range<Int>] = []
            var start = -1
            for index in 0...bytes.count {
                let byte = index < bytes.count ? bytes[index] : 0x20
                if byte >= 0x80 || (0x61...0x7A).contains(byte) || (0x30...0x39).contains(byte) {
                    if start < 0 { start = index }
                } else if start >= 0, byte != 0x2E || index + 1 >= bytes.count || !(0x30...0x39).contains(bytes[index + 1]) {
                    words.append(start..<index) // "1.520" is one word
                    start = -1
                }
            }
            for (number, word) in words.enumerated() where number > 0 {
                // "... cho Đồn Biên phòng Cửa Tùng và 5 cá nhân": after "và", digits and a
                // recipients' kind (`counted_kinds`; "và 200 suất học bổng" counts no one).
                let before = words[number - 1]
                if before.count == 2, bytes[before.lowerBound] == 0x76, bytes[before.lowerBound + 1] == 0x61,
                   (0x30...0x39).contains(bytes[word.lowerBound]), countsKind(after: number, words: words, bytes: bytes) {
                    return true
                }
                // A number word only right after a phrase's last word ("cho"): most words are
                // none, and looking each up cost more than the rest of the test.
                guard (0x30...0x39).contains(bytes[word.lowerBound])
                        || rules.countedAfterEnds.contains(where: { bytes[words[number - 1]].elementsEqual($0) })
                        && rules.countingWords.contains(where: { bytes[word].elementsEqual($0) }) else { continue }
                for phrase in rules.countedAfter where phrase.count <= number {
                    if zip(words[(number - phrase.count)..<number], phrase).allSatisfy({ bytes[$0].elementsEqual($1) }) { return true }
                }
            }
            return false
        }
    }

    /// Whether the words after `number` are one of `counted_kinds` ("cá nhân").
    private func countsKind(after number: Int, words: [Range<Int>], bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        kinds: for kind in rules.countedKinds where number + kind.count < words.count {
            for (offset, word) in kind.enumerated() where !bytes[words[number + 1 + offset]].elementsEqual(word) { continue kinds }
            return true
        }
        return false
    }

    /// Per scalar below U+2000: its lower case (when that is one scalar) in the low bits, and
    /// whether it is part of a word or upper case. The exact cue test reads most short
    /// paragraphs; lower-casing and splitting each into strings cost more than the rest
    /// of cleaning.
    private static let scalarTable: [UInt32] = (0..<0x2000).map { value in
        guard let scalar = Unicode.Scalar(UInt32(value)) else { return UInt32(value) }
        let properties = scalar.properties
        let lower = properties.lowercaseMapping.unicodeScalars
        var entry = lower.count == 1 ? lower.first!.value : UInt32(value)
        if properties.isAlphabetic || properties.numericType != nil { entry |= wordBit }
        if properties.isUppercase { entry |= upperBit }
        return entry
    }
    private static let wordBit: UInt32 = 1 << 30, upperBit: UInt32 = 1 << 29, scalarBits: UInt32 = (1 << 21) - 1

    private static func lookUp(_ scalar: Unicode.Scalar) -> UInt32 {
        if scalar.value < 0x2000 { return scalarTable[Int(scalar.value)] }
        let properties = scalar.properties
        let lower = properties.lowercaseMapping.unicodeScalars
        return (lower.count == 1 ? lower.first!.value : scalar.value)
            | (properties.isAlphabetic || properties.numericType != nil ? wordBit : 0) | (properties.isUppercase ? upperBit : 0)
    }

    /// Whether the line, in lower case and cut into words of letters and digits, has one of
    /// the cues as words in a row and no narrative word, and is one sentence (no ". ", "! "
    /// or "? " followed by a capital inside). On scalars, not Characters: the text is NFC, so
    /// a letter is one scalar.
    private func hasCueAndOneSentence(_ line: String) -> Bool {
        var lowered: [UInt32] = [], words: [Range<Int>] = []
        lowered.reserveCapacity(line.utf8.count)
        words.reserveCapacity(64)
        var start = -1, previous: Unicode.Scalar = " ", beforePrevious: Unicode.Scalar = " "
        for scalar in line.unicodeScalars {
            let entry = Self.lookUp(scalar)
            if entry & Self.upperBit != 0, previous == " ", beforePrevious == "." || beforePrevious == "!" || beforePrevious == "?" {
                return false
            }
            if entry & Self.wordBit != 0 {
                if start < 0 { start = lowered.count }
                lowered.append(entry & Self.scalarBits)
            } else if start >= 0 {
                words.append(start..<lowered.count)
                start = -1
            }
            beforePrevious = previous
            previous = scalar
        }
        if start >= 0 { words.append(start..<lowered.count) }
        // The story's words first: most short lines of an article's body have one.
        // A conferral reported ("Bộ trưởng Bộ Công an tặng Bằng khen cho ..."), unless after
        // "trao" ("trao tặng Bằng khen" shows the moment): `reported`, `reported_not_after`; the
        // phrases of more than a word, "trao Quyết định truy", read only where a conferral is.
        return !Self.hasCue(rules.narrativeWords, words: words, of: lowered)
            && Self.hasCue(rules.captionCues, words: words, of: lowered)
            && !(Self.hasCue(rules.reportedConferrals, words: words, of: lowered, notAfter: rules.reportedNotAfterWords)
                && reportsConferral(words, of: lowered))
            && !handsTwoAwards(words, of: lowered)
    }

    /// "... trao Huân chương Lao động hạng Nhì cho Tập đoàn Hòa Phát và Huân chương Lao động
    /// hạng Ba cho ông Trần Đình Long": an award handed to some, then another to others, reports
    /// two conferrals where a photo shows one (`second_award_to`, `second_award`).
    private func handsTwoAwards(_ words: [Range<Int>], of text: [UInt32]) -> Bool {
        func isOne(of phrases: [[[UInt32]]], at index: Int) -> Bool {
            phrases.contains { index + $0.count <= words.count && Self.spells($0, words, from: index, of: text) }
        }
        guard let to = words.indices.first(where: { isOne(of: rules.secondAwardTo, at: $0) }),
              let award = (to + 1..<words.count).first(where: { isOne(of: rules.secondAwards, at: $0) }) else { return false }
        return (award + 1..<words.count).contains { isOne(of: rules.secondAwardTo, at: $0) }
    }

    /// Whether the words (ranges of `text`) have one of `cues` as words in a row, not right
    /// after one of the words `notAfter`.
    private static func hasCue<Text: RandomAccessCollection>(_ cues: [[[Text.Element]]], words: [Range<Int>], of text: Text,
                                                             notAfter: [[Text.Element]] = []) -> Bool
        where Text.Index == Int, Text.Element: Equatable {
        // Lengths first: most words are of another length than the cue's word.
        let checksBefore = !notAfter.isEmpty
        return cues.contains { cue in
            cue.count <= words.count && (0...(words.count - cue.count)).contains { first in
                zip(words[first...], cue).allSatisfy { range, word in range.count == word.count && text[range].elementsEqual(word) }
                    && !(checksBefore && first > 0 && notAfter.contains { text[words[first - 1]].elementsEqual($0) })
            }
        }
    }

    /// Whether the words report a conferral (`reported`: "tặng Bằng khen"), not right after one
    /// of the phrases `reported_not_after` ("trao tặng Bằng khen", "trao Quyết định truy tặng
    /// danh hiệu" show the moment).
    private func reportsConferral(_ words: [Range<Int>], of text: [UInt32]) -> Bool {
        for cue in rules.reportedConferrals where cue.count <= words.count {
            for first in 0...(words.count - cue.count) where Self.spells(cue, words, from: first, of: text) {
                if !rules.reportedNotAfter.contains(where: { $0.count <= first && Self.spells($0, words, from: first - $0.count, of: text) }) {
                    return true
                }
            }
        }
        return false
    }

    /// Whether the words from `first` are `phrase`'s.
    private static func spells(_ phrase: [[UInt32]], _ words: [Range<Int>], from first: Int, of text: [UInt32]) -> Bool {
        for (offset, word) in phrase.enumerated() {
            let range = words[first + offset]
            if range.count != word.count || !text[range].elementsEqual(word) { return false }
        }
        return true
    }

    /// "Đồng chí Hoàng Gia Long, Phó Chủ tịch UBND tỉnh trao ...": an honorific (`name_openers`),
    /// then two to four capitalized words up to the first comma.
    private func opensWithName(_ line: String, folded: String) -> Bool {
        // (On the bytes, the space stored with each: many lines have a comma early, few a name.)
        guard let opener = rules.nameOpeners.first(where: { folded.utf8.starts(with: $0.utf8) }),
              let comma = line.firstIndex(of: ",") else { return false }
        let name = line[..<comma].split(separator: " ").dropFirst(opener.split(separator: " ").count)
        return (2...4).contains(name.count) && name.allSatisfy { $0.first?.isUppercase == true }
    }

    /// Whether one of the first `count` words ends with a comma ("Ông A, Chủ tịch ...").
    static func commaInFirstWords(_ line: String, _ count: Int) -> Bool {
        var words = 0, previous: UInt8 = 0x20
        for byte in line.utf8 {
            if byte == 0x20, previous != 0x20 {
                if previous == 0x2C { return true }
                words += 1
                if words == count { return false }
            }
            previous = byte
        }
        return previous == 0x2C
    }

    /// Whether `folded` holds the fold keys of one of the cues as whole words in a row: the
    /// exact test decodes and looks up every scalar of the line, this one reads bytes. It
    /// never rules out a line the exact test would accept: equal words have equal fold
    /// keys, and a fold key with anything but ASCII is left to the exact test.
    private func hasCueFold(_ folded: String) -> Bool {
        var folded = folded
        return folded.withUTF8 { bytes in
            var words: [Range<Int>] = []
            words.reserveCapacity(64)
            var start = -1
            for index in 0...bytes.count {
                let byte = index < bytes.count ? bytes[index] : 0x20
                if byte >= 0x80 { return true }
                if (0x61...0x7A).contains(byte) || (0x30...0x39).contains(byte) {
                    if start < 0 { start = index }
                } else if start >= 0 {
                    words.append(start..<index)
                    start = -1
                }
            }
            return Self.hasCue(rules.captionCueFolds, words: words, of: bytes)
        }
    }
}
