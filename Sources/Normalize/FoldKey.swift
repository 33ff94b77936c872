import ICUBridge
import RuleFiles

/// The matching key of text: lower case, no diacritics, "đ" as "d".
///
/// The mapping comes from ICU transliteration (rules in `normalization.yaml`), applied once
/// to every letter of the Latin, Greek and Cyrillic blocks and Vietnamese's Latin Extended
/// Additional, and the rules' dashes fold to "-"; folding is then a table lookup, safe to
/// share between threads and fast enough for every token of every sentence. Characters
/// outside those blocks fold to themselves.
public struct FoldKey: Sendable {
    /// The letters whose fold the ICU rules decide (each costs a transliteration when the
    /// rules load); the rules' dashes are tabled too, folding to "-".
    static let tabledRanges: [ClosedRange<UInt32>] = [0x0000...0x052F, 0x1E00...0x1EFF]

    /// Whether the rules decide `value`'s fold; any other scalar folds to itself.
    static func isTabled(_ value: UInt32) -> Bool { tabledRanges.contains { $0.contains(value) } }

    /// For a scalar below its count (the letters' blocks and the dashes): its one-scalar fold, 0 for "folds to nothing", or
    /// `multiple` when the fold is longer (then `longer` has it).
    private let single: [UInt32]
    private let longer: [UInt32: String]
    private static let multiple: UInt32 = 0xFFFF_FFFF
    /// The most UTF-8 bytes a fold writes per byte it reads: the output buffer's size.
    private let expansion: Int

    /// `dashes`: the rules' dashes (normalization.yaml), which fold to "-": "Ban Thi đua –
    /// Khen thưởng" is the giver "Ban Thi đua - Khen thưởng".
    public init(rules: String, dashes: Set<Unicode.Scalar> = []) throws(ICUError) {
        let transliterator = try Transliterator(id: "ThiDua-Fold", rules: rules)
        let tableSize = max(0x1F00, Int(dashes.map(\.value).max() ?? 0) + 1)
        var single = (0..<UInt32(tableSize)).map { $0 }
        var longer: [UInt32: String] = [:]
        for range in Self.tabledRanges {
            for value in range {
                guard let scalar = Unicode.Scalar(value) else { continue }
                let folded = Array(try transliterator.apply(String(scalar)).unicodeScalars)
                switch folded.count {
                case 0: single[Int(value)] = 0
                case 1: single[Int(value)] = folded[0].value
                default:
                    single[Int(value)] = Self.multiple
                    longer[value] = String(String.UnicodeScalarView(folded))
                }
            }
        }
        for dash in dashes { single[Int(dash.value)] = 0x2D }
        self.single = single
        self.longer = longer
        var expansion = 1
        for (value, folded) in longer {
            let source = String(Unicode.Scalar(value)!).utf8.count
            expansion = max(expansion, (folded.utf8.count + source - 1) / source)
        }
        for (value, folded) in single.enumerated() where folded != 0 && folded != Self.multiple {
            guard let source = Unicode.Scalar(UInt32(value)), let target = Unicode.Scalar(folded) else { continue }
            let bytes = String(source).utf8.count
            expansion = max(expansion, (String(target).utf8.count + bytes - 1) / bytes)
        }
        self.expansion = expansion
    }

    /// The fold key of `text`. Written as UTF-8 into one buffer: this runs on every token
    /// and paragraph, and appending scalar by scalar to a String cost more than the lookups.
    public func fold(_ text: String) -> String { foldScalars(text) }

    /// The fold key of part of a string (a token, a paragraph).
    public func fold(_ text: Substring) -> String { foldScalars(text) }

    /// Other string types; the concrete overloads above get a specialized copy (a generic
    /// call across modules would iterate through protocol witnesses).
    public func fold<S: StringProtocol>(_ text: S) -> String { foldScalars(text) }

    private func foldScalars<S: StringProtocol>(_ text: S) -> String {
        let capacity = text.utf8.count * expansion
        guard capacity > 0 else { return "" }
        return String(unsafeUninitializedCapacity: capacity) { buffer in
            // No closure captures `count`: a captured variable is boxed and checked for
            // exclusive access at every write, which cost as much as the folding.
            var count = 0
            single.withUnsafeBufferPointer { single in
                // The string's own bytes (`UTF8Scalars`): its scalar view validated its
                // indices at every token (callgrind: a sixth of folding's instructions).
                let decoded: Void? = text.utf8.withContiguousStorageIfAvailable { bytes in
                    var index = 0
                    while index < bytes.count {
                        let value = UTF8Scalars.decode(bytes, at: &index)
                        fold(value, single: single, into: buffer, at: &count)
                    }
                }
                if decoded == nil {
                    for scalar in text.unicodeScalars { fold(scalar.value, single: single, into: buffer, at: &count) }
                }
            }
            return count
        }
    }

    @inline(__always)
    private func fold(_ value: UInt32, single: UnsafeBufferPointer<UInt32>, into buffer: UnsafeMutableBufferPointer<UInt8>,
                      at count: inout Int) {
        guard Int(value) < single.count else { return Self.put(value, into: buffer, at: &count) }
        let folded = single[Int(value)]
        if folded == Self.multiple {
            for part in longer[value]!.unicodeScalars { Self.put(part.value, into: buffer, at: &count) }
        } else if folded != 0 {
            Self.put(folded, into: buffer, at: &count)
        }
    }

    /// Writes scalar `value` as UTF-8 at `count`, and moves `count` past it.
    @inline(__always)
    private static func put(_ value: UInt32, into buffer: UnsafeMutableBufferPointer<UInt8>, at count: inout Int) {
        switch value {
        case 0..<0x80:
            buffer[count] = UInt8(value)
            count += 1
        case 0x80..<0x800:
            buffer[count] = UInt8(0xC0 | (value >> 6))
            buffer[count + 1] = UInt8(0x80 | (value & 0x3F))
            count += 2
        case 0x800..<0x10000:
            buffer[count] = UInt8(0xE0 | (value >> 12))
            buffer[count + 1] = UInt8(0x80 | ((value >> 6) & 0x3F))
            buffer[count + 2] = UInt8(0x80 | (value & 0x3F))
            count += 3
        default:
            buffer[count] = UInt8(0xF0 | (value >> 18))
            buffer[count + 1] = UInt8(0x80 | ((value >> 12) & 0x3F))
            buffer[count + 2] = UInt8(0x80 | ((value >> 6) & 0x3F))
            buffer[count + 3] = UInt8(0x80 | (value & 0x3F))
            count += 4
        }
    }

    /// The fold key of one scalar.
    public func fold(_ scalar: Unicode.Scalar) -> String {
        fold(String(scalar))
    }
}
