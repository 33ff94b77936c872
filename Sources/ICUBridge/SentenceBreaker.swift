import CICU

/// An ICU sentence break iterator. Not thread-safe: give each worker its own `copy()`.
public final class SentenceBreaker {
    private let handle: OpaquePointer
    private var boundaries: [Int32] = []

    public init(locale: String = "vi") throws(ICUError) {
        var error: Int32 = 0
        let handle = thidua_sentence_breaker_open(locale, &error)
        try ICUError.check(error, "ubrk_open(sentence, \(locale))")
        guard let handle else { throw ICUError(operation: "ubrk_open(sentence, \(locale))", code: 7) }
        self.handle = handle
    }

    private init(handle: OpaquePointer) { self.handle = handle }

    /// An independent iterator with the same rules.
    public func copy() throws(ICUError) -> SentenceBreaker {
        var error: Int32 = 0
        let clone = thidua_breaker_clone(handle, &error)
        try ICUError.check(error, "ubrk_clone")
        guard let clone else { throw ICUError(operation: "ubrk_clone", code: 7) }
        return SentenceBreaker(handle: clone)
    }

    deinit { thidua_breaker_close(handle) }

    /// Sentence boundaries of UTF-8 text as byte offsets, from 0 to `utf8.count`.
    public func boundaries(utf8 text: UnsafeBufferPointer<UInt8>) throws(ICUError) -> ArraySlice<Int32> {
        if boundaries.count < text.count + 1 {
            boundaries = [Int32](repeating: 0, count: text.count + 1)
        }
        var error: Int32 = 0
        let count = text.withMemoryRebound(to: CChar.self) { chars in
            boundaries.withUnsafeMutableBufferPointer { out in
                thidua_breaker_boundaries_utf8(handle, chars.baseAddress, Int32(chars.count), out.baseAddress, &error)
            }
        }
        try ICUError.check(error, "ubrk_setUText/ubrk_next (sentence)")
        return boundaries[0..<Int(count)]
    }

    /// The benchmark's reference: ICU alone counting sentences in UTF-16 text.
    public func referenceCount(utf16 text: [UInt16]) throws(ICUError) -> Int {
        var error: Int32 = 0
        let count = thidua_reference_count_sentences(handle, text, Int32(text.count), &error)
        try ICUError.check(error, "ubrk_setText/ubrk_next (sentence)")
        return Int(count)
    }
}
