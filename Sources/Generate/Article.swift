import Foundation
import ThiDuaModel

/// A generated article and the gold of what it states.
struct Article: Sendable {
    var title: String
    var published: String
    var lead: String
    var paragraphs: [String]
    var caption: String
    var tail: [String]
    /// Whether the tail has its heading ("Tin liên quan"); without one, as some pages are
    /// scraped, each item is its headline twice and a lead.
    var tailHeading = true
    var awards: [GoldStatement]
    var event: GoldEventLine

    /// As a scrape saves it: a line per block, the caption after the second paragraph.
    var text: String {
        var lines = [title, "", published, lead, ""]
        for (index, paragraph) in paragraphs.enumerated() {
            lines += [paragraph, ""]
            if index == 1 { lines += [caption, ""] }
        }
        if tailHeading {
            lines += ["Tin liên quan"] + tail
        } else {
            for headline in tail { lines += [headline, "", headline, "", "Sáng nay, " + headline + " trong năm qua.", ""] }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    var html: String {
        func escaped(_ text: String) -> String {
            text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
                .replacingOccurrences(of: ">", with: "&gt;")
        }
        var body = ["<h1>\(escaped(title))</h1>", "<p class=\"date\">\(escaped(published))</p>", "<p>\(escaped(lead))</p>"]
        for (index, paragraph) in paragraphs.enumerated() {
            body.append("<p>\(escaped(paragraph))</p>")
            if index == 1 { body.append("<figure><img src=\"hoi-nghi.jpg\"><figcaption>\(escaped(caption))</figcaption></figure>") }
        }
        body.append("<div class=\"related\"><h3>Tin liên quan</h3><ul>"
                    + tail.map { "<li><a href=\"#\">\(escaped($0))</a></li>" }.joined() + "</ul></div>")
        return "<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\"><title>\(escaped(title))</title></head>\n<body>\n"
            + body.joined(separator: "\n") + "\n</body></html>\n"
    }

    /// The same article as another outlet ran it: its own source line and one sentence edited.
    func nearCopy(outlet: String) -> Article {
        var copy = self
        if let close = lead.firstIndex(of: ")") {
            copy.lead = "(\(outlet)" + lead[close...]
        }
        copy.paragraphs[0] += " Nội dung được cập nhật."
        return copy
    }
}

/// The gold of a generated article's main event (the format of `seeds.events.jsonl`).
struct GoldEventLine: Sendable {
    var type: String
    var titleCue: String
    var date: String
    var reviewYear: Int
    var planYear: Int
    var province: String
    var organizer: String
    var official: (name: String, title: String)

    func jsonLine(doc: String) -> String {
        var line = JSONLine()
        line.add("doc", doc)
        line.add("type", type)
        line.add("title_cue", titleCue)
        line.add("date", date)
        line.add("review_year", reviewYear)
        line.add("plan_year", planYear)
        line.add("province", province)
        line.add("organizer", organizer)
        line.addRaw("officials", Official.jsonArray([Official(name: official.name, title: official.title)]))
        return line.line()
    }
}

extension GoldStatement {
    /// `province`: the article's (every statement the generator writes is about it).
    func jsonLine(doc: String, province: String) -> String {
        var line = JSONLine()
        line.add("doc", doc)
        line.add("award", award)
        line.add("class", `class`)
        line.add("granter", granter)
        line.add("kind", kind)
        line.add("count", count)
        line.add("qualifier", qualifier)
        line.add("recipient", recipient)
        line.add("presenter", presenter)
        line.add("year", year)
        line.add("province", province)
        return line.line()
    }
}

/// A gold file written line by line.
final class GoldWriter {
    private let handle: FileHandle
    private var buffer = ""

    init(_ url: URL) throws {
        guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
            throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: url.path])
        }
        handle = try FileHandle(forWritingTo: url)
    }

    func write(_ line: String) throws {
        buffer += line
        if buffer.utf8.count > 1 << 16 { try flush() }
    }

    func close() throws {
        try flush()
        try handle.close()
    }

    private func flush() throws {
        try handle.write(contentsOf: Data(buffer.utf8))
        buffer = ""
    }
}

/// A small seeded generator (SplitMix64): the same seed gives the same corpus everywhere.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE5_E9B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in [0, 1).
    mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }
}
