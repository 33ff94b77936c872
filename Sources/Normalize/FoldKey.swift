import ICUBridge
import RuleFiles

/// The matching key of text: lower case, no diacritics, "đ" as "d".
///
/// The mapping comes from ICU transliteration (rules in `normalization.yaml`), applied once
/// to every letter of the Latin, Greek and Cyrillic blocks and Vietnamese's Latin Extended
/// Additional; folding is then a table lookup, safe to share between threads and fast
/// enough for every token of every sentence. Characters outside those blocks fold to
/// themselves.
public struct FoldKey: Sendable {
    static let tabledRanges: [ClosedRange<UInt32>] = [0x0000...0x052F, 0x1E00...0x1EFF]
    static let tableSize = 0x1F00

    /// For a scalar below `tableSize`: its one-scalar fold, 0 for "folds to nothing", or
    /// `multiple` when the fold is longer (then `longer` has it).
    private let single: [UInt32]
    private let longer: [UInt32: String]
    private static let multiple: UInt32 = 0xFFFF_FFFF

    public init(rules: String) throws(ICUError) {
        let transliterator = try Transliterator(id: "ThiDua-Fold", rules: rules)
        var single = (0..<UInt32(Self.tableSize)).map { $0 }
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
        self.single = single
        self.longer = longer
    }

    /// The fold key of `text`.
    public func fold<S: StringProtocol>(_ text: S) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { append(scalar, to: &result) }
        return String(result)
    }

    /// The fold key of one scalar.
    public func fold(_ scalar: Unicode.Scalar) -> String {
        var result = String.UnicodeScalarView()
        append(scalar, to: &result)
        return String(result)
    }

    @inline(__always)
    private func append(_ scalar: Unicode.Scalar, to result: inout String.UnicodeScalarView) {
        let value = scalar.value
        guard value < Self.tableSize else {
            result.append(scalar)
            return
        }
        let folded = single[Int(value)]
        if folded == Self.multiple {
            result.append(contentsOf: longer[value]!.unicodeScalars)
        } else if folded != 0 {
            result.append(Unicode.Scalar(folded)!)
        }
    }
}
