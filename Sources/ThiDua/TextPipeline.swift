@_exported import Clean
@_exported import Ingest
@_exported import Normalize
@_exported import RuleFiles
@_exported import Segment
@_exported import ThiDuaModel

/// A document through every text stage: decoded, normalized, cleaned, segmented.
public struct SegmentedDocument: Sendable {
    public let source: SourceText
    public let normalized: NormalizedText
    public let cleaned: CleanedDocument
    /// The sentences of the paragraphs cleaning kept, with their zones.
    public let sentences: [Sentence]
}

/// Errors of the pipeline as a whole, each naming the stage that failed.
public enum PipelineError: Error, Sendable, CustomStringConvertible {
    case normalize(NormalizeError)
    case clean(RuleLoadError)
    case segment(SegmentError)

    public var description: String {
        switch self {
        case .normalize(let error): return "normalize: \(error)"
        case .clean(let error): return "clean: invalid cleaning rules:\n\(error)"
        case .segment(let error): return "segment: \(error)"
        }
    }
}

/// The stages so far, loaded once from a rules directory and shared between threads.
public struct TextPipeline: Sendable {
    public let normalizer: Normalizer
    public let cleaner: Cleaner
    public let segmenter: SentenceSegmenter

    public init(normalizer: Normalizer, cleaner: Cleaner, segmenter: SentenceSegmenter) {
        self.normalizer = normalizer
        self.cleaner = cleaner
        self.segmenter = segmenter
    }

    /// Loads every stage's rules from `rules`; all rule problems are reported together.
    public static func load(rules: RuleDirectory) throws(PipelineError) -> TextPipeline {
        let normalizer: Normalizer
        do {
            normalizer = try Normalizer.load(from: rules)
        } catch {
            throw .normalize(error)
        }
        let cleaner: Cleaner
        do {
            cleaner = try Cleaner.load(from: rules, fold: normalizer.fold)
        } catch {
            throw .clean(error)
        }
        do {
            return TextPipeline(normalizer: normalizer, cleaner: cleaner, segmenter: try SentenceSegmenter.load(from: rules))
        } catch {
            throw .segment(error)
        }
    }

    public func normalize(_ source: SourceText) throws(PipelineError) -> NormalizedText {
        do {
            return try normalizer.normalize(source.text)
        } catch {
            throw .normalize(error)
        }
    }

    /// Normalizes, cleans and segments `source`.
    public func segment(_ source: SourceText) throws(PipelineError) -> SegmentedDocument {
        let normalized = try normalize(source)
        let cleaned = cleaner.clean(normalized, known: source.metadata, hints: source.zoneHints)
        do {
            let sentences = try segmenter.segment(normalized, paragraphs: cleaned.paragraphs)
            return SegmentedDocument(source: source, normalized: normalized, cleaned: cleaned, sentences: sentences)
        } catch {
            throw .segment(error)
        }
    }
}
