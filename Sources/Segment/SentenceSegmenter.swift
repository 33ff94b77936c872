import Foundation
import ICUBridge
import RuleFiles
import ThiDuaModel

public enum SegmentError: Error, Sendable, CustomStringConvertible {
    case icu(ICUError)
    case rules(RuleLoadError)

    public var description: String {
        switch self {
        case .icu(let error): return "\(error)"
        case .rules(let error): return "invalid segmentation rules:\n\(error)"
        }
    }
}

/// The segmentation stage: ICU sentence breaks within each paragraph, corrected by the
/// Vietnamese abbreviation list, with each sentence's offsets in the original document.
///
/// A value that can be shared between threads: each call works on its own copy of the
/// ICU iterator.
public struct SentenceSegmenter: Sendable {
    public let rules: SegmentationRules
    private let prototype: BreakerPrototype
    private let abbreviations: [[UInt8]]
    private let terminators: [[UInt8]]

    public init(rules: SegmentationRules) throws(SegmentError) {
        self.rules = rules
        do {
            prototype = BreakerPrototype(try SentenceBreaker(locale: rules.locale))
        } catch {
            throw .icu(error)
        }
        abbreviations = rules.abbreviations.map { Array($0.utf8) }
        terminators = rules.terminatorsBeforeCapital.map { Array($0.utf8) }
    }

    public static func load(from directory: RuleDirectory) throws(SegmentError) -> SentenceSegmenter {
        do {
            return try SentenceSegmenter(rules: try SegmentationRules.load(from: directory))
        } catch let error as RuleLoadError {
            throw .rules(error)
        } catch let error as SegmentError {
            throw error
        } catch {
            preconditionFailure("unexpected error \(error)")
        }
    }

    /// The sentences of a normalized document, in order: of `paragraphs` only when given
    /// (the ones cleaning kept, with their zones), else of every paragraph as body text.
    public func segment(_ document: NormalizedText, paragraphs: [ZonedParagraph]? = nil) throws(SegmentError) -> [Sentence] {
        let selected = paragraphs ?? document.paragraphs.indices.map { ZonedParagraph(index: $0, zone: .body) }
        let breaker: SentenceBreaker
        do {
            breaker = try prototype.checkOut()
        } catch {
            throw .icu(error)
        }
        defer { prototype.checkIn(breaker) }
        var text = document.text
        var sentences: [Sentence] = []
        let failure = text.withUTF8 { utf8 -> ICUError? in
            do throws(ICUError) {
                for paragraph in selected {
                    try segment(paragraph: paragraph, utf8: utf8, breaker: breaker, document: document, into: &sentences)
                }
                return nil
            } catch {
                return error
            }
        }
        if let failure { throw .icu(failure) }
        return sentences
    }

    private func segment(paragraph zoned: ZonedParagraph, utf8: UnsafeBufferPointer<UInt8>,
                         breaker: SentenceBreaker, document: NormalizedText,
                         into sentences: inout [Sentence]) throws(ICUError) {
        let first = document.paragraphs[zoned.index]
        // Lines joined by cleaning (`ZonedParagraph.through`) are read as one paragraph, the
        // line breaks between them as spaces (one byte for one: offsets stay as they are).
        let span = first.utf8.lowerBound..<document.paragraphs[zoned.through].utf8.upperBound
        guard zoned.through > zoned.index else {
            return try segment(UnsafeBufferPointer(rebasing: utf8[span]), from: span.lowerBound, firstScalar: first.scalars.lowerBound,
                               paragraph: zoned, breaker: breaker, document: document, into: &sentences)
        }
        let spaced = utf8[span].map { $0 == 0x0A ? 0x20 : $0 }
        try spaced.withUnsafeBufferPointer { bytes throws(ICUError) in
            try segment(bytes, from: span.lowerBound, firstScalar: first.scalars.lowerBound, paragraph: zoned,
                        breaker: breaker, document: document, into: &sentences)
        }
    }

    private func segment(_ bytes: UnsafeBufferPointer<UInt8>, from byteStart: Int, firstScalar: Int, paragraph zoned: ZonedParagraph,
                         breaker: SentenceBreaker, document: NormalizedText,
                         into sentences: inout [Sentence]) throws(ICUError) {
        let cuts = corrected(try breaker.boundaries(utf8: bytes), in: bytes)
        let text = document.text, textUTF8 = document.text.utf8
        var scalarIndex = firstScalar
        var scanned = 0 // bytes of the paragraph whose scalars are counted into scalarIndex
        func scalarOffset(_ byte: Int) -> Int {
            while scanned < byte {
                if bytes[scanned] & 0xC0 != 0x80 { scalarIndex += 1 }
                scanned += 1
            }
            return scalarIndex
        }
        for (from, to) in zip(cuts, cuts.dropFirst()) {
            var lower = Int(from), upper = Int(to)
            while lower < upper, bytes[lower] == 0x20 { lower += 1 }
            while upper > lower, bytes[upper - 1] == 0x20 { upper -= 1 }
            guard lower < upper else { continue }
            let first = scalarOffset(lower), last = scalarOffset(upper)
            let original = document.originalRange(ofScalars: first..<last)
            // A slice of the (valid) normalized text: copied, not re-validated; joined lines'
            // breaks read as spaces.
            let start = textUTF8.index(textUTF8.startIndex, offsetBy: byteStart + lower)
            let end = textUTF8.index(start, offsetBy: upper - lower)
            var sentence = String(text[start..<end])
            if zoned.through > zoned.index { sentence = String(sentence.map { $0 == "\n" ? " " : $0 }) }
            sentences.append(Sentence(paragraph: zoned.index, start: original.lowerBound, end: original.upperBound,
                                      text: sentence, zone: zoned.zone))
        }
    }

    /// ICU's boundaries minus those after an abbreviation or inside a number, plus those
    /// after a listed terminator that precedes a capital letter.
    func corrected(_ cuts: ArraySlice<Int32>, in bytes: UnsafeBufferPointer<UInt8>) -> [Int32] {
        var kept: [Int32] = []
        kept.reserveCapacity(cuts.count + 2)
        for (position, cut) in zip(0..., cuts) {
            let isEdge = position == 0 || position == cuts.count - 1
            if isEdge || !isFalseBreak(at: Int(cut), in: bytes) {
                addExtraBreaks(before: Int(cut), after: kept.last.map(Int.init) ?? 0, in: bytes, into: &kept)
                kept.append(cut)
            }
        }
        return kept
    }

    private func isFalseBreak(at cut: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var end = cut
        while end > 0, bytes[end - 1] == 0x20 { end -= 1 }
        // Inside a number: "5. 000" never, but a digit on both sides of a dot or comma.
        if end > 0, end < bytes.count, cut == end, isDigit(bytes[end - 1]), isDigit(bytes[cut]) { return true }
        for abbreviation in abbreviations where end >= abbreviation.count {
            let start = end - abbreviation.count
            guard bytes[start..<end].elementsEqual(abbreviation) else { continue }
            if start == 0 || startsWord(before: start, in: bytes) { return true }
        }
        return false
    }

    private func addExtraBreaks(before cut: Int, after previous: Int, in bytes: UnsafeBufferPointer<UInt8>,
                                into kept: inout [Int32]) {
        guard cut > previous else { return }
        for terminator in terminators {
            var index = previous
            // Jump from one occurrence of the terminator's first byte to the next.
            while let found = bytes[index..<cut].firstIndex(of: terminator[0]) {
                index = found + 1
                let end = found + terminator.count
                guard end < cut, bytes[found..<end].elementsEqual(terminator), bytes[end] == 0x20 else { continue }
                var next = end
                while next < cut, bytes[next] == 0x20 { next += 1 }
                if next < cut, startsWithCapital(bytes, at: next) { kept.append(Int32(next)) }
            }
        }
    }

    private func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    /// An abbreviation counts only at the start of a word: after anything but a letter or
    /// a digit (a space, a bracket, a quote, the dot of another abbreviation in "PGS.TS.").
    private func startsWord(before index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var start = index - 1
        while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
        guard let scalar = text.unicodeScalars.first else { return true }
        return !scalar.properties.isAlphabetic && scalar.properties.numericType == nil
    }

    private func startsWithCapital(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<min(bytes.count, index + 4)]), as: UTF8.self)
        guard let first = text.unicodeScalars.first else { return false }
        return first.properties.isUppercase
    }
}

/// An ICU iterator that is only ever copied, never run, and a pool of copies: each call
/// takes one for itself, so the segmenter can be shared between threads without opening
/// an iterator per document.
final class BreakerPrototype: @unchecked Sendable { // the lock guards `pool`
    private let breaker: SentenceBreaker
    private let lock = NSLock()
    private var pool: [SentenceBreaker] = []

    init(_ breaker: SentenceBreaker) { self.breaker = breaker }

    func checkOut() throws(ICUError) -> SentenceBreaker {
        lock.lock()
        let pooled = pool.popLast()
        lock.unlock()
        if let pooled { return pooled }
        return try breaker.copy()
    }

    func checkIn(_ copy: SentenceBreaker) {
        lock.lock()
        if pool.count < 64 { pool.append(copy) }
        lock.unlock()
    }
}
