import CICU

/// An ICU rule-based transliterator. Not thread-safe; build tables from it, or give each
/// worker its own.
public final class Transliterator {
    private let handle: OpaquePointer

    /// Compiles ICU transform rules (`::NFD; ::[:Mn:] Remove; ...`).
    public init(id: String, rules: String) throws(ICUError) {
        let id16 = Array(id.utf16), rules16 = Array(rules.utf16)
        var error: Int32 = 0, line: Int32 = 0, offset: Int32 = 0
        let handle = thidua_transliterator_open_rules(id16, Int32(id16.count), rules16, Int32(rules16.count), &line, &offset, &error)
        try ICUError.check(error, "utrans_openU(\(id)) at rule line \(line), offset \(offset)")
        guard let handle else { throw ICUError(operation: "utrans_openU(\(id))", code: 7) }
        self.handle = handle
    }

    deinit { thidua_transliterator_close(handle) }

    public func apply(_ text: String) throws(ICUError) -> String {
        var units = Array(text.utf16)
        var capacity = max(16, units.count * 2)
        while true {
            var buffer = units + [UInt16](repeating: 0, count: capacity - units.count)
            var error: Int32 = 0
            let length = thidua_transliterate(handle, &buffer, Int32(units.count), Int32(capacity), &error)
            if error == ICUError.bufferOverflow {
                capacity *= 2
                continue
            }
            try ICUError.check(error, "utrans_transUChars")
            units = Array(buffer[0..<Int(length)])
            return String(decoding: units, as: UTF16.self)
        }
    }
}

/// UTF-8 to UTF-16 with ICU, for the benchmark references.
public enum ICUReference {
    public static func utf16(_ utf8: [UInt8]) throws(ICUError) -> [UInt16] {
        var output = [UInt16](repeating: 0, count: utf8.count + 1)
        var error: Int32 = 0
        let written = utf8.withUnsafeBufferPointer { bytes in
            bytes.withMemoryRebound(to: CChar.self) { chars in
                thidua_utf8_to_utf16(chars.baseAddress, Int32(chars.count), &output, Int32(output.count), &error)
            }
        }
        try ICUError.check(error, "u_strFromUTF8")
        output.removeSubrange(Int(written)...)
        return output
    }

    /// UTF-8 bytes to NFC UTF-16, the way a C program would do it with ICU. Returns the
    /// length, so that the optimizer cannot drop the work.
    public static func nfc(utf8: UnsafeBufferPointer<UInt8>, scratch: inout [UInt16], output: inout [UInt16]) throws(ICUError) -> Int {
        if scratch.count < utf8.count + 1 { scratch = [UInt16](repeating: 0, count: utf8.count + 1) }
        if output.count < utf8.count * 2 + 1 { output = [UInt16](repeating: 0, count: utf8.count * 2 + 1) }
        var error: Int32 = 0
        let capacity = Int32(output.count)
        let written = utf8.withMemoryRebound(to: CChar.self) { chars in
            thidua_reference_nfc_utf8(chars.baseAddress, Int32(chars.count), &scratch, &output, capacity, &error)
        }
        try ICUError.check(error, "u_strFromUTF8 + unorm2_normalize")
        return Int(written)
    }

    /// UTF-8 bytes to NFC UTF-8 through ICU's C API (which normalizes UTF-16 only).
    public static func nfcToUTF8(utf8: UnsafeBufferPointer<UInt8>, scratch: inout [UInt16], output: inout [UInt16],
                                 bytes: inout [CChar]) throws(ICUError) -> Int {
        if scratch.count < utf8.count + 1 { scratch = [UInt16](repeating: 0, count: utf8.count + 1) }
        if output.count < utf8.count * 2 + 1 { output = [UInt16](repeating: 0, count: utf8.count * 2 + 1) }
        if bytes.count < utf8.count * 3 + 1 { bytes = [CChar](repeating: 0, count: utf8.count * 3 + 1) }
        var error: Int32 = 0
        let capacity = Int32(output.count)
        let written = utf8.withMemoryRebound(to: CChar.self) { chars in
            thidua_reference_nfc_utf8_to_utf8(chars.baseAddress, Int32(chars.count), &scratch, &output, capacity, &bytes, &error)
        }
        try ICUError.check(error, "u_strFromUTF8 + unorm2_normalize + u_strToUTF8")
        return Int(written)
    }
}
