/// Publication date lines as outlets print them: "16:43 27/04/2024",
/// "Thứ Sáu, 22/12/2023 - 19:15", "Cập nhật: 27/04/2024 16:43 (GMT+7)", "27/04/2024".
enum DateLine {
    /// Words of a label or a weekday around the date and time where the forms above do not
    /// strip them: "Cập nhật lúc 10:20, Thứ Sáu, 10/01/2025". Only these: a short paragraph
    /// with other words ("Hội nghị diễn ra ngày 12/3") is no date line.
    /// ("A A", "Aa": the buttons that size the text, printed after the date on some pages.)
    private static let labelWords: Set<String> = ["cập", "nhật", "lúc", "đăng", "ngày", "thứ", "hai", "ba", "tư", "năm",
                                                   "sáu", "bảy", "chủ", "cn", "giờ", "xuất", "bản", "a", "aa"]

    /// The most words a date line has, separators included.
    static let maxWords = 14

    /// The ISO date-time ("2024-04-27T16:43") or date of a paragraph that is only a date
    /// line; nil for anything else.
    static func parse(_ line: String) -> String? { read(line)?.published }

    /// A date line's date, and the author a byline before it names ("Hoàng Quỳnh 03/03/2025
    /// 10:15"), read once.
    static func read(_ line: String) -> (published: String, author: String?)? {
        guard mayBeOne(line) else { return nil }
        // A list's bullet before it: "• 21/12/2020 09:43".
        var text = Substring(line).drop { $0 == "•" || $0 == " " }
        let byline = byline(in: text)
        if let byline { text = byline.rest }
        // An optional label ("Cập nhật:", "Ngày đăng:") and weekday ("Thứ Sáu,", "Chủ nhật,").
        if let colon = text.firstIndex(of: ":"), text[..<colon].split(separator: " ").count <= 4,
           !text[..<colon].contains(where: \.isNumber) {
            text = text[text.index(after: colon)...]
        }
        text = text.drop(while: { $0 == " " })
        if let comma = text.firstIndex(of: ","), !text[..<comma].contains(where: \.isNumber) || isNumberedWeekday(text[..<comma]),
           text[..<comma].split(separator: " ").count <= 3 {
            text = text[text.index(after: comma)...]
        }
        // A counter after a bar: "14/12/2018 | 10:05 | cms-view-count: 7892", "... | Lượt xem: 98",
        // "14:00 | 20/12/2020 | 4.639 lượt xem".
        // (On the bytes: most lines here have no bar, and are read once.)
        if let bar = text.utf8.lastIndex(of: 0x7C) {
            let segment = text.utf8[text.utf8.index(after: bar)...]
            func isCount(_ bytes: Substring.UTF8View.SubSequence) -> Bool {
                !bytes.isEmpty && bytes.allSatisfy { $0 &- 0x30 < 10 || $0 == 0x2E }
            }
            // (A counter's label has a letter: "| 15:20" is the time.)
            if let colon = segment.firstIndex(of: 0x3A), segment[..<colon].count(where: { $0 == 0x20 }) <= 4,
               segment[..<colon].contains(where: { $0 >= 0x41 }),
               isCount(segment[segment.index(after: colon)...].drop(while: { $0 == 0x20 })) {
                text = text[..<bar]
            } else if case let words = Substring(segment).split(separator: " "), words.count == 3, isCount(words[0].utf8[...]),
                      words[1].lowercased() == "lượt", words[2].lowercased() == "xem" {
                text = text[..<bar]
            }
        }
        // "15-01-2024": a date some papers print with dashes, read as with slashes (a dash between
        // spaces separates, as below).
        if !line.hasByte(0x2F), line.hasByte(0x2D) { text = Substring(Self.slashingDashedDates(text)) }
        // The time zone, however written: "(GMT+7)", "(GMT +7)", "[GMT +7]", "GMT+07:00".
        if let zone = text.range(of: "GMT") {
            let open = text[..<zone.lowerBound].lastIndex(where: { $0 == "(" || $0 == "[" })
            let cut = open.flatMap { text[$0..<zone.lowerBound].allSatisfy { $0 == "(" || $0 == "[" || $0 == " " } ? $0 : nil }
            let close = text[zone.upperBound...].firstIndex(where: { $0 == ")" || $0 == "]" })
            let end = close.map { text.index(after: $0) } ?? text[zone.upperBound...].firstIndex(of: " ") ?? text.endIndex
            text = text[..<(cut ?? zone.lowerBound)] + text[end...]
        }
        let parts = text.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "|" || $0 == "," })
        var date: (Int, Int, Int)?, time: (Int, Int)?
        for part in parts {
            if let parsed = parseDate(part), date == nil {
                date = parsed
            } else if let parsed = parseTime(part), time == nil {
                time = parsed
            } else if !labelWords.contains(part.lowercased()) {
                return nil
            }
        }
        guard let (day, month, year) = date else { return nil }
        let iso = "\(year)-\(pad(month))-\(pad(day))"
        guard let (hour, minute) = time else { return (iso, byline?.name) }
        return ("\(iso)T\(pad(hour)):\(pad(minute))", byline?.name)
    }

    /// A byline before the date: "Nguyễn Hoa - 28/12/2024 10:15", "Hoàng Quỳnh 03/03/2025 10:15"
    /// (two to four capitalized words, then a dash or the date's first digit): the name, and
    /// the text after it. A weekday is no name ("Thứ Sáu 22/12/2023").
    static func byline(in text: Substring) -> (name: String, rest: Substring)? {
        // Most date lines open with a digit or a label's word in lower case after its capital;
        // the bytes are read before any character is.
        guard let first = text.unicodeScalars.first, first.properties.isUppercase else { return nil }
        let utf8 = text.utf8
        guard let end = utf8.firstIndex(where: { $0 == 0x2D || $0 &- 0x30 < 10 }), end > utf8.startIndex else { return nil }
        let before = utf8[utf8.index(before: end)]
        guard before == 0x20 else { return nil } // "Nguyễn Hoa - ...", "Hoàng Quỳnh 03/03/..."
        let words = text[..<end].split(separator: " ")
        guard (2...4).contains(words.count),
              words.allSatisfy({ $0.first?.isUppercase == true && $0.allSatisfy(\.isLetter) && !labelWords.contains($0.lowercased()) })
        else { return nil }
        return (words.joined(separator: " "), text[end...].drop { $0 == "-" })
    }

    /// Whether the line has a digit before a slash (every form has a day/month; most
    /// paragraphs have none), or a dash between digits ("15-01-2024"), and fewer than
    /// `maxWords` words (a label of up to 4 words, a weekday of up to 3, a date, a time,
    /// separators and "(GMT+7)": a lead paragraph such as "Chiều 28/2, UBND tỉnh ..." is longer). One loop over the bytes: this runs
    /// on every short paragraph, and zipping the UTF-8 view with itself was most of
    /// cleaning's time in it.
    static func mayBeOne(_ line: String) -> Bool {
        var line = line
        return line.withUTF8 { bytes in
            var spaces = 0, previousIsDigit = false, digitSlash = false, sawDash = false
            for byte in bytes {
                if byte == 0x20 {
                    spaces += 1
                    if spaces >= maxWords { return false } // spaces: words - 1
                } else if byte == 0x2F, previousIsDigit {
                    digitSlash = true
                } else if byte == 0x2D {
                    sawDash = true
                }
                previousIsDigit = byte &- 0x30 < 10
            }
            // "15-01-2024": asked only of the few short lines with a dash and no slash.
            guard !digitSlash, sawDash else { return digitSlash }
            return isDashedDate(bytes)
        }
    }

    /// Whether a dash stands between two digits.
    private static func isDashedDate(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.indices.dropFirst().dropLast().contains { isDashBetweenDigits(bytes, at: $0) }
    }

    /// The text with each dash between two digits made a slash: "15-01-2024" → "15/01/2024".
    static func slashingDashedDates(_ text: Substring) -> String {
        var bytes = Array(text.utf8)
        for index in bytes.indices.dropFirst().dropLast() where isDashBetweenDigits(bytes, at: index) { bytes[index] = 0x2F }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The byte at `index` (neither the first nor the last) a dash, digits on both sides.
    private static func isDashBetweenDigits<Bytes: RandomAccessCollection>(_ bytes: Bytes, at index: Int) -> Bool
        where Bytes.Element == UInt8, Bytes.Index == Int {
        bytes[index] == 0x2D && bytes[index - 1] &- 0x30 < 10 && bytes[index + 1] &- 0x30 < 10
    }

    /// "27/04/2024" as (day, month, year), when it is a real calendar date.
    static func parseDate(_ text: Substring) -> (Int, Int, Int)? {
        let fields = text.split(separator: "/", omittingEmptySubsequences: false)
        guard fields.count == 3, let day = Int(fields[0]), let month = Int(fields[1]), let year = Int(fields[2]),
              fields[2].count == 4, (1...12).contains(month), (1...daysIn(month: month, year: year)).contains(day)
        else { return nil }
        return (day, month, year)
    }

    /// "16:43", and with seconds "11:33:16" (kept to the minute).
    static func parseTime(_ text: Substring) -> (Int, Int)? {
        let fields = text.split(separator: ":", omittingEmptySubsequences: false)
        guard fields.count == 2 || fields.count == 3 && fields[2].count == 2 && Int(fields[2]).map({ (0...59).contains($0) }) == true,
              fields[1].count == 2, let hour = Int(fields[0]), let minute = Int(fields[1]),
              (0...23).contains(hour), (0...59).contains(minute) else { return nil }
        return (hour, minute)
    }

    /// "Thứ 6", "thứ 2": a weekday by its number.
    private static func isNumberedWeekday(_ text: Substring) -> Bool {
        let words = text.split(separator: " ")
        return words.count == 2 && words[0].lowercased() == "thứ" && words[1].count == 1 && ("2"..."7").contains(words[1])
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    private static func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}
