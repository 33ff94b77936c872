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

    private let table: [UInt32: String]

    public init(rules: String) throws(ICUError) {
        let transliterator = try Transliterator(id: "ThiDua-Fold", rules: rules)
        var table: [UInt32: String] = [:]
        for range in Self.tabledRanges {
            for value in range {
                guard let scalar = Unicode.Scalar(value) else { continue }
                let original = String(scalar)
                let folded = try transliterator.apply(original)
                if folded != original { table[value] = folded }
            }
        }
        self.table = table
    }

    /// The fold key of `text`.
    public func fold(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if let folded = table[scalar.value] {
                result.append(contentsOf: folded.unicodeScalars)
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// The fold key of one scalar.
    public func fold(_ scalar: Unicode.Scalar) -> String {
        table[scalar.value] ?? String(scalar)
    }
}
