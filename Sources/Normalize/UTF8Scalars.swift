/// A String's own UTF-8, which is valid by construction, decoded scalar by scalar: folding
/// and the tokenizer read every token this way, where a substring's scalar view validated
/// its indices at every step.
public enum UTF8Scalars {
    /// The scalar whose UTF-8 starts at `index`, and `index` moved past it.
    @inlinable @inline(__always)
    public static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: inout Int) -> UInt32 {
        let lead = UInt32(bytes[index])
        switch lead {
        case 0..<0x80:
            index += 1
            return lead
        case 0..<0xE0:
            defer { index += 2 }
            return (lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
        case 0..<0xF0:
            defer { index += 3 }
            return (lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
        default:
            defer { index += 4 }
            return (lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12 | UInt32(bytes[index + 2] & 0x3F) << 6
                | UInt32(bytes[index + 3] & 0x3F)
        }
    }
}
