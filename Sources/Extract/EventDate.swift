import Foundation
import Normalize
import ThiDuaModel

/// Dates of events: "Chiều 28/2", "Ngày 5/3", "ngày 30/5/2023", "ngày 15 tháng 1 năm 2024",
/// "sáng nay"; without a year, the publication's (never after it), else the planned year.
enum EventDate {
    static func day(_ iso: String) -> DateComponents? {
        let parts = iso.prefix(10).split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return nil }
        return DateComponents(year: parts[0], month: parts[1], day: parts[2])
    }

    /// The day a clause names, if any: "sáng nay" is the publication day (nil fields), "hôm
    /// qua" the day before it (`daysBefore` 1).
    static func mention(in clause: Clause) -> (day: Int?, month: Int?, year: Int?, daysBefore: Int)? {
        for index in 0..<clause.count {
            // "Sáng nay (15/1)": the day in brackets says which.
            let yesterday = clause.present.contains(.yesterday) ? clause.longest(.yesterday, at: index) : nil
            let relative = clause.longest(.relativeDay, at: index) ?? yesterday
            guard let part = relative ?? clause.longest(.dayPart, at: index) else { continue }
            // "nhân Ngày 20/11", "chào mừng Ngày Quốc tế Phụ nữ 8/3": a holiday named by its day, not when.
            if index > 0, clause.folds[index - 1] == "nhan" && ["nhân", "Nhân"].contains(clause.tokens[index - 1].text)
                || clause.hasPhrase(.occasion, endingAt: index) { continue }
            var next = index + part.length
            // "Sáng nay 7/6/2023, ...": or the date right after it.
            if relative != nil, !(next..<max(next, min(clause.count - 1, next + 2))).contains(where: {
                clause.tokens[$0].is("(") && clause.tokens[$0 + 1].isNumber
            }), !(next < clause.count && clause.tokens[next].isNumber && clause.tokens[next].text.contains("/")) {
                return (nil, nil, nil, yesterday == nil ? 0 : 1)
            }
            guard next < clause.count else { continue }
            // "Sáng qua (14/3)", "Sáng thứ Sáu (15/3)": the day in brackets a word or two on.
            if !clause.tokens[next].isNumber,
               let open = (next..<min(clause.count - 1, next + 3)).first(where: { clause.tokens[$0].is("(") }),
               clause.tokens[open + 1].isNumber {
                next = open + 1
            }
            var day: Int?, month: Int?, year: Int?
            // "28/2", "28/2/2024", and with dots as some papers write them: "28.2", "28.2.2024"
            // (a count's thousands have three digits after the dot: "ngày 1.000" is no date).
            let fields = clause.tokens[next].text.split(whereSeparator: { $0 == "/" || $0 == "." }).compactMap { Int($0) }
            if clause.tokens[next].isNumber, fields.count >= 2 {
                (day, month) = (fields[0], fields[1])
                if fields.count == 3 { year = fields[2] }
            } else if let days = dayRange(at: next, in: clause) {
                (day, month, year) = days
            } else if let dashed = dashedDate(at: next, in: clause) {
                (day, month, year) = dashed
            } else if clause.tokens[next].isNumber, next + 2 < clause.count, clause.folds[next + 1] == "thang",
                      let value = Int(clause.tokens[next].text), let monthValue = Int(clause.tokens[next + 2].text) {
                (day, month) = (value, monthValue)
                if next + 4 < clause.count, clause.folds[next + 3] == "nam" { year = Int(clause.tokens[next + 4].text) }
            }
            guard let day, let month, (1...12).contains(month), (1...31).contains(day) else { continue }
            return (day, month, year, 0)
        }
        return nil
    }

    /// "Trong 2 ngày 10 và 11/9", "ngày 10-11/9/2025": days of one month, the first is the
    /// event's.
    private static func dayRange(at index: Int, in clause: Clause) -> (Int, Int, Int?)? {
        guard index + 2 < clause.count, clause.tokens[index].isNumber, let first = Int(clause.tokens[index].text),
              clause.folds[index + 1] == "va" || clause.tokens[index + 1].is("-") || clause.tokens[index + 1].is(",") else { return nil }
        let fields = clause.tokens[index + 2].text.split(separator: "/").compactMap { Int($0) }
        guard fields.count >= 2, (1...31).contains(first), first < fields[0] else { return nil }
        return (first, fields[1], fields.count == 3 ? fields[2] : nil)
    }

    /// "Ngày 12-1", "sáng 28-2-2024" (the army's and the Party's papers write dates with
    /// dashes, which the tokenizer keeps apart: "12", "-", "1").
    private static func dashedDate(at index: Int, in clause: Clause) -> (Int, Int, Int?)? {
        func number(at index: Int) -> Int? {
            index < clause.count && clause.tokens[index].isNumber ? Int(clause.tokens[index].text) : nil
        }
        func dash(at index: Int) -> Bool { index < clause.count && clause.tokens[index].is("-") }
        guard let day = number(at: index), dash(at: index + 1), let month = number(at: index + 2) else { return nil }
        let year = dash(at: index + 3) ? number(at: index + 4).flatMap { (1945...2100).contains($0) ? $0 : nil } : nil
        return (day, month, year)
    }

    /// Without a day and month: the publication day. Without a year: the publication's
    /// (never after it), else the years the article reviews and plans. A year-end review
    /// ("tổng kết năm 2025") held from June on is in that year, before June in the next; a
    /// plan's year is its own but from October on ("triển khai nhiệm vụ năm 2026" on 20/12).
    /// Else the year the event's name holds ("Lễ tuyên dương ... năm 2025", `nameYear`): it is
    /// held that year.
    static func resolve(day: Int?, month: Int?, year: Int?, published: DateComponents?, years: EventYears,
                        nameYear: Int? = nil, daysBefore: Int = 0) -> String? {
        guard let day, let month else { return published.flatMap { before($0, days: daysBefore) }.map(iso) }
        if let year { return iso(DateComponents(year: year, month: month, day: day)) }
        if let published, let publishedYear = published.year {
            var candidate = DateComponents(year: publishedYear, month: month, day: day)
            // A December conference reported in January: the year before.
            if (month, day) > (published.month ?? 12, published.day ?? 31) { candidate.year = publishedYear - 1 }
            return iso(candidate)
        }
        let late = month >= 10, secondHalf = month >= 6
        if let review = years.review {
            return iso(DateComponents(year: secondHalf ? review : review + 1, month: month, day: day))
        }
        if let plan = years.plan {
            return iso(DateComponents(year: late ? plan - 1 : plan, month: month, day: day))
        }
        return nameYear.map { iso(DateComponents(year: $0, month: month, day: day)) }
    }

    /// The year that ends an event's name from its phrase at `start` ("Lễ tuyên dương Thanh niên
    /// tiên tiến năm 2025"), unless it starts or ends a period ("từ năm 2019", `not_award_year`).
    static func nameYear(in clause: Clause, from start: Int) -> Int? {
        guard let index = (start..<clause.count).first(where: { clause.statedYear(at: $0) != nil }),
              !clause.hasPhrase(.notAwardYear, endingAt: index) else { return nil }
        return clause.statedYear(at: index)
    }

    /// The day `days` before `date`, by the Gregorian calendar in UTC (no time of day is known).
    private static func before(_ date: DateComponents, days: Int) -> DateComponents? {
        guard days > 0 else { return date }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        guard let day = calendar.date(from: DateComponents(year: date.year, month: date.month, day: date.day)),
              let earlier = calendar.date(byAdding: .day, value: -days, to: day) else { return nil }
        return calendar.dateComponents([.year, .month, .day], from: earlier)
    }

    static func iso(_ date: DateComponents) -> String {
        String(format: "%04d-%02d-%02d", date.year ?? 0, date.month ?? 0, date.day ?? 0)
    }
}
