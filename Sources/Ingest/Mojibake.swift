import Foundation
import ThiDuaModel

/// UTF-8 text that a scraper read as windows-1252 or Latin-1 and wrote out again as UTF-8:
/// "Chá»§ tá»‹ch UBND tá»‰nh táº·ng Báº±ng khen" for "Chủ tịch UBND tỉnh tặng Bằng khen" (a
/// page whose charset was misread). Every letter with a diacritic is then two to four
/// characters of windows-1252, so nothing downstream recognizes a word; the bytes are all
/// there, and reading them as UTF-8 again gives the text back.
///
/// Repaired line by line, in runs of characters windows-1252 (or Latin-1, whose C1 controls
/// stand for the bytes windows-1252 leaves undefined) can write: a line of proper Vietnamese
/// has letters no single-byte charset has ("ạ", "ủ"), which end a run, and a run of proper
/// text seldom reads as UTF-8 (a letter such as "à" must be followed by a symbol such as
/// "º"). A run is taken as repaired when its bytes form at least one multi-byte sequence and
/// no more broken ones (a scraper that replaced windows-1252's undefined bytes with U+FFFD
/// lost them: guessed where the syllable tells, else the letter is one U+FFFD; counted).
enum Mojibake {
    struct Repair: Sendable {
        let text: String
        /// Line starts (scalar offsets) before and after, for each line the repair changed
        /// or moved, in order.
        let lineStarts: [(old: Int, new: Int)]
        /// Broken sequences replaced with U+FFFD.
        let lost: Int
        /// Bytes the text had lost (U+FFFD) that were guessed from the letter they ended.
        let guessed: Int
        let lines: Int
    }

    /// The repaired text, or nil when `text` shows no sign of it.
    static func repair(_ text: String) -> Repair? {
        guard mayBeMisread(text) else { return nil }
        var output = String()
        output.reserveCapacity(text.utf8.count)
        var lineStarts: [(old: Int, new: Int)] = []
        var lost = 0, guessed = 0, repairedLines = 0, oldOffset = 0, newOffset = 0
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if number > 0 {
                output.append("\n")
                oldOffset += 1
                newOffset += 1
            }
            let oldLength = line.unicodeScalars.count
            if oldOffset != newOffset { lineStarts.append((oldOffset, newOffset)) }
            if let fixed = repairLine(line) {
                output.append(fixed.text)
                lost += fixed.lost
                guessed += fixed.guessed
                repairedLines += 1
                newOffset += fixed.text.unicodeScalars.count
            } else {
                output.append(contentsOf: line)
                newOffset += oldLength
            }
            oldOffset += oldLength
        }
        guard repairedLines > 0 else { return nil }
        return Repair(text: output, lineStarts: lineStarts, lost: lost, guessed: guessed, lines: repairedLines)
    }

    /// A zone hint's offset (a line's start) in the repaired text.
    static func moved(_ offset: Int, in repair: Repair) -> Int {
        guard let last = repair.lineStarts.last(where: { $0.old <= offset }) else { return offset }
        return last.new + (offset - last.old)
    }

    /// The lead byte of a Vietnamese letter in UTF-8 read as windows-1252 ("Ã", "Ä", "Å",
    /// "Æ", "á", "Ì": C3 83, C3 84, C3 85, C3 86, C3 A1, C3 8C once written as UTF-8 again),
    /// then a continuation byte read as a character of U+0080-U+00BF (C2 xx). Other
    /// continuation bytes turn into windows-1252's symbols (E2 80 xx "‘", C6 92 "ƒ"), but a text
    /// of a few Vietnamese words holds C2 xx too ("ạ" is "áº¡"). Every document is asked:
    /// the C2 bytes, rare in proper text (a no-break space), are found with memchr.
    private static func mayBeMisread(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            guard let base = bytes.baseAddress, bytes.count > 3 else { return false }
            var index = 2
            while index < bytes.count, let found = memchr(base + index, 0xC2, bytes.count - index) {
                let at = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                if bytes[at - 2] == 0xC3, [0x83, 0x84, 0x85, 0x86, 0xA1, 0x8C].contains(bytes[at - 1]) { return true }
                index = at + 1
            }
            return false
        }
    }

    private static func repairLine(_ line: Substring) -> (text: String, lost: Int, guessed: Int)? {
        var result = String(), lost = 0, guessed = 0, changed = false
        var run: [UInt8] = [], runStart = line.unicodeScalars.startIndex
        var runHasHighBytes = false, runGuessed = 0
        func flush(upTo end: String.UnicodeScalarView.Index) {
            defer {
                run.removeAll(keepingCapacity: true)
                runHasHighBytes = false
                runGuessed = 0
            }
            let original = line.unicodeScalars[runStart..<end]
            guard runHasHighBytes, let decoded = decode(run) else {
                result.unicodeScalars.append(contentsOf: original)
                return
            }
            result.append(decoded.text)
            lost += decoded.lost
            guessed += runGuessed
            changed = true
        }
        let scalars = line.unicodeScalars
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            if let byte = byte(for: scalar) {
                if run.isEmpty { runStart = index }
                run.append(byte)
                if byte >= 0x80 { runHasHighBytes = true }
            } else if scalar == "\u{FFFD}", !run.isEmpty {
                // A byte the scraper lost: guessed from its letter, else marked (0xFF is never UTF-8)
                // so that the letter it ended is one U+FFFD and the run goes on.
                if let byte = lostByte(after: run, followedBy: scalars[scalars.index(after: index)...].prefix(4)) {
                    run.append(byte)
                    runGuessed += 1
                } else {
                    run.append(Self.lostMarker)
                }
            } else {
                if !run.isEmpty { flush(upTo: index) }
                result.unicodeScalars.append(scalar)
            }
            index = scalars.index(after: index)
        }
        if !run.isEmpty { flush(upTo: scalars.endIndex) }
        return changed ? (result, lost, guessed) : nil
    }

    /// The byte a scraper replaced with U+FFFD (windows-1252 leaves 0x81, 0x8D, 0x8F, 0x90 and
    /// 0x9D undefined), guessed from the letters around it, else nil (the letter stays lost):
    /// after C4 only "Đ" (90) is Vietnamese; after E2 80, "”" (9D); after C3, "Ð" (90, which some
    /// sources write for "Đ") before a vowel, "Ý" (9D) as a word ("Ý kiến"), else "Á" (81).
    /// After E1 BB one of "ề" (81), "ọ" (8D), "ỏ" (8F), "ờ" (9D), by the syllable: "ườ"
    /// ("người"), "iề"/"yề" ("nhiều", "quyền"; not "gi": "giờ", "giỏi"), "ọ" before "c", "ng",
    /// "p", "t" ("học", "trọng", "họp"), "ề" before "u", "m" ("đều", "thềm") and in "về", "đề",
    /// "nghề", "ờ" in "thời", "đời", "lời", "trời", "Ngời" and "Cờ", "ỏ" in "nhỏ".
    private static func lostByte(after run: [UInt8], followedBy next: Substring.UnicodeScalarView.SubSequence) -> UInt8? {
        // The letters after it, ASCII in lower case (0 for any other character).
        let after = next.map { $0.isASCII ? UInt8($0.value) | 0x20 : 0 }
        let nextIsLetter = next.first.map { $0.properties.isAlphabetic } ?? false
        func nextStarts(_ text: String) -> Bool { after.starts(with: Array(text.utf8)) }
        if run.last == 0xC4 { return 0x90 }
        if run.suffix(2).elementsEqual([0xE2, 0x80]) { return 0x9D }
        if run.last == 0xC3 {
            // A vowel: ASCII, or the lead character of a letter with diacritics read as windows-1252.
            if let first = next.first, "aeiouy".utf8.contains(after[0]) || ["\u{E1}", "\u{C3}", "\u{C5}", "\u{C6}"].contains(first) {
                return 0x90
            }
            return nextIsLetter ? 0x81 : 0x9D
        }
        guard run.count >= 2, run[run.count - 2] == 0xE1, run[run.count - 1] == 0xBB else { return nil }
        // The letters before it, ASCII in lower case; "đ" is C4 91, "ư" C6 B0.
        let before = Array(run.dropLast(2).suffix(5).map { $0 < 0x80 ? $0 | 0x20 : $0 })
        func endsWith(_ bytes: [UInt8]) -> Bool { before.count >= bytes.count && before.suffix(bytes.count).elementsEqual(bytes) }
        func endsWith(_ text: String) -> Bool { endsWith(Array(text.utf8)) }
        let d: [UInt8] = [0xC4, 0x91], capitalD: [UInt8] = [0xC4, 0x90]
        let initial = endsWith(d) || endsWith(capitalD) ? Array(before.suffix(2))
            : Array(before.reversed().prefix { (0x61...0x7A).contains($0) }.reversed())
        if endsWith([0xC6, 0xB0]) || endsWith([0xC6, 0xAF]) { return 0x9D }
        if (endsWith("i") && !endsWith("gi")) || endsWith("y") { return 0x81 }
        if nextStarts("c") || nextStarts("ng") || nextStarts("p") || nextStarts("t") { return 0x8D }
        if nextStarts("u") || nextStarts("m") { return 0x81 }
        let wordEnds = !nextIsLetter
        if nextStarts("i"), ["th", "l", "tr", "ng"].map({ Array($0.utf8) }).contains(initial) || initial == d || initial == capitalD {
            return 0x9D
        }
        guard wordEnds else { return nil }
        if initial == Array("c".utf8) { return 0x9D }
        if initial == Array("v".utf8) || initial == Array("ngh".utf8) || initial == d || initial == capitalD { return 0x81 }
        if initial == Array("nh".utf8) { return 0x8F }
        return nil
    }

    /// Where a byte was lost and not guessed.
    private static let lostMarker: UInt8 = 0xFF

    /// A run's bytes as UTF-8, when they read as it: a multi-byte sequence at least, and no
    /// more broken sequences than whole ones (the document shows the misreading already). A broken sequence (with the lost byte's
    /// marker after it) is one U+FFFD.
    private static func decode(_ bytes: [UInt8]) -> (text: String, lost: Int)? {
        var scalars = String.UnicodeScalarView(), sequences = 0, broken = 0, index = 0
        bytes.withUnsafeBufferPointer { buffer in
            while index < buffer.count {
                if buffer[index] < 0x80 {
                    scalars.append(Unicode.Scalar(buffer[index]))
                    index += 1
                    continue
                }
                let rest = UnsafeBufferPointer(rebasing: buffer[index..<min(buffer.count, index + 4)])
                if let length = UTF8Validation.sequenceLength(rest) {
                    scalars.append(contentsOf: String(decoding: rest.prefix(length), as: UTF8.self).unicodeScalars)
                    sequences += 1
                    index += length
                } else {
                    broken += 1
                    scalars.append("\u{FFFD}")
                    index += 1
                    while index < buffer.count, buffer[index] & 0xC0 == 0x80 { index += 1 }
                    if index < buffer.count, buffer[index] == lostMarker { index += 1 }
                }
            }
        }
        guard sequences > 0, broken <= sequences else { return nil }
        return (String(scalars), broken)
    }

    /// The byte windows-1252 (or Latin-1, for its C1 controls) writes `scalar` as.
    private static func byte(for scalar: Unicode.Scalar) -> UInt8? {
        let value = scalar.value
        if value < 0x100 { return UInt8(value) }
        return windows1252Symbols[value]
    }

    /// The characters windows-1252 puts at 0x80-0x9F.
    private static let windows1252Symbols: [UInt32: UInt8] = [
        0x20AC: 0x80, 0x201A: 0x82, 0x0192: 0x83, 0x201E: 0x84, 0x2026: 0x85, 0x2020: 0x86, 0x2021: 0x87,
        0x02C6: 0x88, 0x2030: 0x89, 0x0160: 0x8A, 0x2039: 0x8B, 0x0152: 0x8C, 0x017D: 0x8E, 0x2018: 0x91,
        0x2019: 0x92, 0x201C: 0x93, 0x201D: 0x94, 0x2022: 0x95, 0x2013: 0x96, 0x2014: 0x97, 0x02DC: 0x98,
        0x2122: 0x99, 0x0161: 0x9A, 0x203A: 0x9B, 0x0153: 0x9C, 0x017E: 0x9E, 0x0178: 0x9F,
    ]
}

extension SourceText {
    /// The text (and a stated title) with mojibake repaired, noted in its encoding and
    /// warnings; itself when there is none.
    func repairingMojibake() -> SourceText {
        let repair = Mojibake.repair(text)
        let title = metadata.title.flatMap { Mojibake.repair($0)?.text }
        guard repair != nil || title != nil else { return self }
        var metadata = self.metadata
        if let title { metadata.title = title }
        var warnings = self.warnings
        if let repair {
            let guessed = repair.guessed > 0 ? "; \(repair.guessed) lost byte(s) guessed from their letters" : ""
            let lost = repair.lost > 0 ? "; \(repair.lost) broken byte(s) replaced with U+FFFD" : ""
            warnings.append("UTF-8 that was read as windows-1252 (mojibake) repaired on \(repair.lines) line(s)\(guessed)\(lost)")
        }
        return SourceText(name: name, source: source, text: repair?.text ?? text, encoding: encoding + " (mojibake repaired)",
                          warnings: warnings, metadata: metadata,
                          zoneHints: repair.map { repair in
                              zoneHints.map { ZoneHint(start: Mojibake.moved($0.start, in: repair), zone: $0.zone) }
                          } ?? zoneHints)
    }
}
