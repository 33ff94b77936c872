import CICU

/// ICU's NFC, with the per-code-point facts a streaming caller needs for a fast path.
public enum NFC {
    /// NFC of a short run of text (typically one base letter and its combining marks).
    public static func normalize(_ scalars: [Unicode.Scalar]) throws(ICUError) -> [Unicode.Scalar] {
        var units: [UInt16] = []
        units.reserveCapacity(scalars.count * 2)
        for scalar in scalars { units.append(contentsOf: UTF16.encode(scalar)!) }
        let normalized = try normalize(utf16: units)
        return Array(String(decoding: normalized, as: UTF16.self).unicodeScalars)
    }

    /// NFC of UTF-16 text.
    public static func normalize(utf16 units: [UInt16]) throws(ICUError) -> [UInt16] {
        var capacity = max(16, units.count * 2)
        while true {
            var error: Int32 = 0
            var output = [UInt16](repeating: 0, count: capacity)
            let written = thidua_nfc(units, Int32(units.count), &output, Int32(capacity), &error)
            if error == ICUError.bufferOverflow {
                capacity = Int(written)
                continue
            }
            try ICUError.check(error, "unorm2_normalize (NFC)")
            output.removeSubrange(Int(written)...)
            return output
        }
    }

    /// NFC of `units` into `output` (grown as needed); returns the length written. For hot
    /// paths: no allocation once `output` is large enough.
    public static func normalize(_ units: UnsafeBufferPointer<UInt16>, into output: inout [UInt16]) throws(ICUError) -> Int {
        if output.count < units.count * 3 + 8 { output = [UInt16](repeating: 0, count: units.count * 3 + 8) }
        while true {
            var error: Int32 = 0
            let capacity = Int32(output.count)
            let written = output.withUnsafeMutableBufferPointer { buffer in
                thidua_nfc(units.baseAddress, Int32(units.count), buffer.baseAddress, capacity, &error)
            }
            if error == ICUError.bufferOverflow {
                output = [UInt16](repeating: 0, count: Int(written) + 8)
                continue
            }
            try ICUError.check(error, "unorm2_normalize (NFC)")
            return Int(written)
        }
    }

    /// NFD (canonical decomposition) of a scalar: what the composition fast path inverts.
    public static func decomposition(of scalar: Unicode.Scalar) throws(ICUError) -> [Unicode.Scalar] {
        let units = Array(String(scalar).utf16)
        var output = [UInt16](repeating: 0, count: 16)
        var error: Int32 = 0
        let written = thidua_nfd(units, Int32(units.count), &output, Int32(output.count), &error)
        try ICUError.check(error, "unorm2_normalize (NFD)")
        return Array(String(decoding: output[0..<Int(written)], as: UTF16.self).unicodeScalars)
    }

    /// `flags[c]` for every BMP code point; see `noBoundaryBefore` and `changesAlone`.
    public static let bmpFlags: [UInt8] = {
        var table = [UInt8](repeating: 0, count: 0x10000)
        var error: Int32 = 0
        thidua_nfc_fill_bmp_flags(&table, &error)
        // ICU's NFC data is compiled into libicudata: failing here means a broken install,
        // which no later call could recover from either.
        precondition(error <= 0, "ICU NFC data unavailable: \(ICUError(operation: "unorm2_getNFCInstance", code: error))")
        return table
    }()

    public static let noBoundaryBefore: UInt8 = UInt8(THIDUA_NFC_NO_BOUNDARY_BEFORE)
    public static let changesAlone: UInt8 = UInt8(THIDUA_NFC_CHANGES_ALONE)

    /// The flags of any code point (supplementary ones are asked of ICU directly).
    public static func flags(_ scalar: Unicode.Scalar) -> UInt8 {
        if scalar.value < 0x10000 { return bmpFlags[Int(scalar.value)] }
        var error: Int32 = 0
        let flags = thidua_nfc_flags(scalar.value, &error)
        return error > 0 ? changesAlone : UInt8(flags)
    }
}
