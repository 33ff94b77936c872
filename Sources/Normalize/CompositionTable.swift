import ICUBridge

/// Precomposed letters by their decomposition: a starter and one or two combining marks,
/// in either order of the marks when ICU would reorder them. Built from ICU's own NFD of
/// the Latin blocks, so that composing "e" + U+0323 + U+0302 into "ệ" (text typed or
/// converted as NFD) is a table lookup instead of a call into ICU.
struct CompositionTable: Sendable {
    static let ranges: [ClosedRange<UInt32>] = [0x00C0...0x024F, 0x1E00...0x1EFF]

    private let composed: [UInt64: UInt32]

    init() throws(ICUError) {
        var composed: [UInt64: UInt32] = [:]
        for range in Self.ranges {
            for value in range {
                guard let scalar = Unicode.Scalar(value), NFC.flags(scalar) == 0 else { continue }
                let parts = try NFC.decomposition(of: scalar)
                switch parts.count {
                case 2:
                    composed[Self.key(parts[0].value, parts[1].value, 0)] = value
                case 3:
                    composed[Self.key(parts[0].value, parts[1].value, parts[2].value)] = value
                    let first = parts[1].properties.canonicalCombiningClass
                    let second = parts[2].properties.canonicalCombiningClass
                    if first != second { // ICU reorders these: the other order composes too
                        composed[Self.key(parts[0].value, parts[2].value, parts[1].value)] = value
                    }
                default:
                    break
                }
            }
        }
        // A letter that already carries one mark plus the other ("ê" + acute, "ẹ" + circumflex).
        for (key, value) in composed where key & 0x1F_FFFF != 0 {
            let starter = UInt32(key >> 42), mark = UInt32(key >> 21 & 0x1F_FFFF), second = UInt32(key & 0x1F_FFFF)
            if let middle = composed[Self.key(starter, mark, 0)], composed[Self.key(middle, second, 0)] == nil {
                composed[Self.key(middle, second, 0)] = value
            }
        }
        self.composed = composed
    }

    @inline(__always)
    private static func key(_ starter: UInt32, _ mark: UInt32, _ second: UInt32) -> UInt64 {
        UInt64(starter) << 42 | UInt64(mark) << 21 | UInt64(second)
    }

    /// The precomposed letter for a starter and one or two marks, if there is one.
    func compose(_ starter: UInt32, _ mark: UInt32, _ second: UInt32 = 0) -> UInt32? {
        composed[Self.key(starter, mark, second)]
    }
}
