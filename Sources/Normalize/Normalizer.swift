import ICUBridge
import RuleFiles
import ThiDuaModel

/// Why normalization failed: only ICU itself can make it fail.
public enum NormalizeError: Error, Sendable, CustomStringConvertible {
    case icu(ICUError)
    case rules(RuleLoadError)

    public var description: String {
        switch self {
        case .icu(let error): return "\(error)"
        case .rules(let error): return "invalid normalization rules:\n\(error)"
        }
    }
}

/// The normalization stage: NFC (ICU), one tone-mark placement, look-alike letters,
/// spaces and line breaks, with an exact map back to the original.
///
/// A value: build it once from the rules and share it between threads.
public struct Normalizer: Sendable {
    public let rules: NormalizationRules
    public let fold: FoldKey
    let table: CharacterTable
    let tone: ToneRewriter
    let composition: CompositionTable

    public init(rules: NormalizationRules) throws(NormalizeError) {
        self.rules = rules
        do {
            self.fold = try FoldKey(rules: rules.foldRules, dashes: rules.dashes)
            self.composition = try CompositionTable()
        } catch {
            throw .icu(error)
        }
        self.tone = ToneRewriter(rules: rules)
        self.table = CharacterTable(rules: rules, fold: fold, tone: tone)
    }

    /// The normalizer of the rules in `directory`.
    public static func load(from directory: RuleDirectory) throws(NormalizeError) -> Normalizer {
        let rules: NormalizationRules
        do {
            rules = try NormalizationRules.load(from: directory)
        } catch {
            throw .rules(error)
        }
        return try Normalizer(rules: rules)
    }

    /// Normalizes `text`; see `NormalizedText` for the result's shape.
    public func normalize(_ text: String) throws(NormalizeError) -> NormalizedText {
        var source = text
        var outcome: Result<NormalizedText, ICUError>?
        source.withUTF8 { bytes in
            var run = NormalizationRun(table: table, tone: tone, composition: composition, source: text, input: bytes)
            do throws(ICUError) {
                outcome = .success(try run.normalize())
            } catch {
                outcome = .failure(error)
            }
        }
        switch outcome! {
        case .success(let normalized): return normalized
        case .failure(let error): throw .icu(error)
        }
    }

    public func isQuote(_ scalar: Unicode.Scalar) -> Bool { rules.quotes.contains(scalar) }
    public func isDash(_ scalar: Unicode.Scalar) -> Bool { rules.dashes.contains(scalar) }
}
