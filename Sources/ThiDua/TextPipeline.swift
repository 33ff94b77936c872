@_exported import Ingest
@_exported import Normalize
@_exported import RuleFiles
@_exported import Segment
@_exported import ThiDuaModel

/// A normalized, segmented document.
public struct SegmentedDocument: Sendable {
    public let source: SourceText
    public let normalized: NormalizedText
    public let sentences: [Sentence]
}

/// Errors of the pipeline as a whole, each naming the stage that failed.
public enum PipelineError: Error, Sendable, CustomStringConvertible {
    case normalize(NormalizeError)
    case segment(SegmentError)

    public var description: String {
        switch self {
        case .normalize(let error): return "normalize: \(error)"
        case .segment(let error): return "segment: \(error)"
        }
    }
}

/// The stages so far, loaded once from a rules directory and shared between threads.
public struct TextPipeline: Sendable {
    public let normalizer: Normalizer
    public let segmenter: SentenceSegmenter

    public init(normalizer: Normalizer, segmenter: SentenceSegmenter) {
        self.normalizer = normalizer
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
        do {
            return TextPipeline(normalizer: normalizer, segmenter: try SentenceSegmenter.load(from: rules))
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

    public func segment(_ source: SourceText) throws(PipelineError) -> SegmentedDocument {
        let normalized = try normalize(source)
        do {
            return SegmentedDocument(source: source, normalized: normalized, sentences: try segmenter.segment(normalized))
        } catch {
            throw .segment(error)
        }
    }
}
