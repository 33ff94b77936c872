/// UTF-8 checks that report where the bytes go wrong.
enum UTF8Validation {
    /// The length of the valid UTF-8 sequence that starts `bytes`, or nil.
    static func sequenceLength(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let lead = bytes.first else { return nil }
        if lead < 0x80 { return 1 }
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        guard bytes.count >= length else { return nil }
        return firstInvalidOffset(UnsafeBufferPointer(rebasing: bytes[0..<length])) == nil ? length : nil
    }

    /// Byte offset of the first invalid sequence, or nil when all of `bytes` is UTF-8.
    static func firstInvalidOffset(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var index = 0
        let count = bytes.count
        while index < count {
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            let length: Int
            var lower: UInt8 = 0x80, upper: UInt8 = 0xBF // allowed range of the second byte
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; lower = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; upper = 0x9F // no surrogates
            case 0xF0: length = 4; lower = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; upper = 0x8F
            default: return index
            }
            guard index + length <= count else { return index }
            let second = bytes[index + 1]
            guard second >= lower, second <= upper else { return index }
            for offset in 2..<length where bytes[index + offset] & 0xC0 != 0x80 { return index }
            index += length
        }
        return nil
    }
}

/// Recognizes data that is not text, so that it is refused instead of decoded as noise.
enum BinarySniffer {
    private static let signatures: [(bytes: [UInt8], what: String)] = [
        ([0x89, 0x50, 0x4E, 0x47], "PNG image"),
        ([0xFF, 0xD8, 0xFF], "JPEG image"),
        ([0x47, 0x49, 0x46, 0x38], "GIF image"),
        ([0x25, 0x50, 0x44, 0x46], "PDF document"),
        ([0x50, 0x4B, 0x03, 0x04], "ZIP archive"),
        ([0x1F, 0x8B], "gzip data"),
        ([0x7F, 0x45, 0x4C, 0x46], "ELF executable"),
        ([0x53, 0x51, 0x4C, 0x69, 0x74, 0x65], "SQLite database"),
    ]

    /// What the data looks like and where, when it is not text.
    static func binaryEvidence(_ bytes: UnsafeBufferPointer<UInt8>) -> (offset: Int, what: String)? {
        for signature in signatures where bytes.count >= signature.bytes.count {
            if bytes.prefix(signature.bytes.count).elementsEqual(signature.bytes) {
                return (0, signature.what)
            }
        }
        // Text has no NUL bytes in UTF-8, and few control characters anywhere.
        let window = bytes.prefix(8192)
        var controls = 0
        for (offset, byte) in window.enumerated() {
            if byte == 0 { return (offset, "NUL byte") }
            if byte < 0x20, byte != 0x09, byte != 0x0A, byte != 0x0D, byte != 0x0C { controls += 1 }
        }
        if window.count >= 64, controls * 10 > window.count { return (0, "\(controls) control bytes in the first \(window.count)") }
        return nil
    }
}
