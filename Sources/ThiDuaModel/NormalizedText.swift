/// Text after normalization, with the way back to the original.
///
/// Offsets into the original are counted in Unicode scalars, as everywhere in the record
/// contract. Every scalar of `text` (the "\n" between paragraphs included) knows the
/// original range it came from; several original scalars that became one (a letter and
/// its combining marks) map as a whole.
public struct NormalizedText: Sendable, Equatable {
    /// Paragraphs joined by "\n": no blank lines, no leading or trailing spaces.
    public let text: String
    public let map: OffsetMap
    public let paragraphs: [Paragraph]

    public init(text: String, map: OffsetMap, paragraphs: [Paragraph]) {
        self.text = text
        self.map = map
        self.paragraphs = paragraphs
    }

    /// The original range, in scalars, that produced the scalars `range` of `text`.
    public func originalRange(ofScalars range: Range<Int>) -> Range<Int> {
        guard !range.isEmpty else {
            let at = range.lowerBound < map.count ? map.start(ofScalar: range.lowerBound)
                : (map.count > 0 ? map.end(ofScalar: map.count - 1) : 0)
            return at..<at
        }
        return map.start(ofScalar: range.lowerBound)..<map.end(ofScalar: range.upperBound - 1)
    }

    /// The text of paragraph `index`.
    public func text(ofParagraph index: Int) -> Substring {
        let utf8 = text.utf8, range = paragraphs[index].utf8
        let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
        return text[start..<utf8.index(start, offsetBy: range.count)]
    }

    /// For each scalar of `text`, where it starts in the original (for tests and tools).
    public var originStarts: [Int] { (0..<map.count).map(map.start(ofScalar:)) }
    /// For each scalar of `text`, where it ends in the original.
    public var originEnds: [Int] { (0..<map.count).map(map.end(ofScalar:)) }
}

/// A paragraph of normalized text: a line of the source.
public struct Paragraph: Sendable, Equatable {
    /// Byte range in the UTF-8 of `NormalizedText.text`.
    public let utf8: Range<Int>
    /// Scalar range in `NormalizedText.text`.
    public let scalars: Range<Int>

    public init(utf8: Range<Int>, scalars: Range<Int>) {
        self.utf8 = utf8
        self.scalars = scalars
    }
}

/// A sentence, with its place in the document.
public struct Sentence: Sendable, Equatable, Codable {
    /// Index of the paragraph (0-based) in the normalized document.
    public let paragraph: Int
    /// Offsets of the sentence in the original document, in Unicode scalars.
    public let start: Int
    public let end: Int
    /// The normalized text of the sentence.
    public let text: String
    public let zone: Zone

    public init(paragraph: Int, start: Int, end: Int, text: String, zone: Zone = .body) {
        self.paragraph = paragraph
        self.start = start
        self.end = end
        self.text = text
        self.zone = zone
    }
}
