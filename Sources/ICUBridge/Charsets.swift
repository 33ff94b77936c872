import CICU

/// ICU's charset conversion and detection.
public enum Charsets {
    /// `text` in `charset` (an ICU converter name); fails when a character has no place in it.
    public static func encode(_ text: String, charset: String) throws(ICUError) -> [UInt8] {
        var source = Array(text.utf8)
        var output = [UInt8](repeating: 0, count: source.count * 4 + 16)
        var error: Int32 = 0
        let capacity = Int32(output.count)
        let written = source.withUnsafeMutableBytes { source in
            output.withUnsafeMutableBytes { target in
                thidua_convert_from_utf8(charset, source.baseAddress?.assumingMemoryBound(to: CChar.self), Int32(source.count),
                                         target.baseAddress?.assumingMemoryBound(to: CChar.self), capacity, &error)
            }
        }
        try ICUError.check(error, "ucnv_convertEx(UTF-8 → \(charset))")
        return Array(output[0..<Int(written)])
    }

    /// `bytes` in `charset` (an ICU converter name) as a String, and how many bytes or
    /// sequences could not be converted (each became U+FFFD).
    public static func decode(_ bytes: UnsafeBufferPointer<UInt8>, charset: String) throws(ICUError) -> (text: String, substitutions: Int) {
        var output = [UInt8](repeating: 0, count: bytes.count * 3 + 16)
        var error: Int32 = 0, substitutions: Int32 = 0
        let capacity = Int32(output.count)
        let written = bytes.withMemoryRebound(to: CChar.self) { source in
            output.withUnsafeMutableBufferPointer { target in
                target.withMemoryRebound(to: CChar.self) { target in
                    thidua_convert_to_utf8(charset, source.baseAddress, Int32(source.count), target.baseAddress, capacity,
                                           &substitutions, &error)
                }
            }
        }
        try ICUError.check(error, "ucnv_convertEx(\(charset) → UTF-8)")
        return (String(decoding: output[0..<Int(written)], as: UTF8.self), Int(substitutions))
    }

    /// ICU's guesses for the charset of `bytes`, best first, with confidences (0-100).
    public static func detect(_ bytes: UnsafeBufferPointer<UInt8>, max: Int = 8) throws(ICUError) -> [(name: String, confidence: Int)] {
        var names = [CChar](repeating: 0, count: max * 32)
        var confidences = [Int32](repeating: 0, count: max)
        var error: Int32 = 0
        let count = bytes.withMemoryRebound(to: CChar.self) { source in
            thidua_detect_charsets(source.baseAddress, Int32(source.count), &names, &confidences, Int32(max), &error)
        }
        try ICUError.check(error, "ucsdet_detectAll")
        return (0..<Int(count)).map { index in
            let slot = names[(index * 32)..<(index * 32 + 32)].prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }
            return (String(decoding: slot, as: UTF8.self), Int(confidences[index]))
        }
    }
}
