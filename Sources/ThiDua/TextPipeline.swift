@_exported import Clean
@_exported import Evaluate
@_exported import Extract
@_exported import Export
@_exported import Generate
@_exported import Store
@_exported import Ingest
@_exported import Normalize
@_exported import RuleFiles
@_exported import Segment
@_exported import ThiDuaModel
import Foundation

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
    case extract(RuleLoadError)

    public var description: String {
        switch self {
        case .normalize(let error): return "normalize: \(error)"
        case .clean(let error): return "clean: invalid cleaning rules:\n\(error)"
        case .segment(let error): return "segment: \(error)"
        case .extract(let error): return "extract: invalid extraction rules:\n\(error)"
        }
    }
}

/// The stages so far, loaded once from a rules directory and shared between threads.
public struct TextPipeline: Sendable {
    public let normalizer: Normalizer
    public let cleaner: Cleaner
    public let segmenter: SentenceSegmenter
    public let extractor: Extractor

    public init(normalizer: Normalizer, cleaner: Cleaner, segmenter: SentenceSegmenter, extractor: Extractor) {
        self.normalizer = normalizer
        self.cleaner = cleaner
        self.segmenter = segmenter
        self.extractor = extractor
    }

    /// `count` pipelines from `rules`, each loaded on its own (one per text worker of a run:
    /// see `Runner.workerPipelines`), all at once: loading builds the normalizer's tables
    /// through ICU, most of a rerun's start. Throws the first failure.
    public static func load(rules: RuleDirectory, count: Int) throws(PipelineError) -> [TextPipeline] {
        let loaded = ResultSlots<Result<TextPipeline, PipelineError>>(count: max(count, 1))
        DispatchQueue.concurrentPerform(iterations: max(count, 1)) { index in
            loaded[index] = Result { () throws(PipelineError) in try load(rules: rules) }
        }
        return try loaded.values.map { result throws(PipelineError) in try result.get() }
    }

    /// Loads every stage's rules from `rules`; all rule problems are reported together.
    public static func load(rules: RuleDirectory, extraRules: [URL] = []) throws(PipelineError) -> TextPipeline {
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
        let extractor: Extractor
        do {
            extractor = try Extractor.load(from: rules, fold: normalizer.fold, extra: extraRules)
        } catch {
            throw .extract(error)
        }
        do {
            return TextPipeline(normalizer: normalizer, cleaner: cleaner, segmenter: try SentenceSegmenter.load(from: rules),
                                extractor: extractor)
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

    /// Every problem of every rule file in `rules` (for `thidua rules check`).
    public static func check(rules: RuleDirectory) -> [RuleProblem] {
        var problems: [RuleProblem] = []
        func collect(_ body: () throws -> Void) {
            do {
                try body()
            } catch let error as RuleLoadError {
                problems.append(contentsOf: error.problems)
            } catch let error as NormalizeError {
                if case .rules(let load) = error { problems.append(contentsOf: load.problems) }
            } catch {
                problems.append(RuleProblem(file: rules.url.path, line: 0, message: "\(error)"))
            }
        }
        var fold: FoldKey?
        collect { fold = try Normalizer.load(from: rules).fold }
        collect { _ = try SegmentationRules.load(from: rules) }
        collect { _ = try LegacyEncodings.load(from: rules) }
        if let fold {
            collect { _ = try CleaningRules.load(from: rules, fold: fold) }
            collect { _ = try ExtractionRules.load(from: rules, fold: fold) }
        }
        return problems
    }

    /// The award records of a segmented document; `doc` names it in the records.
    public func extract(_ document: SegmentedDocument, doc: String? = nil) -> [ExtractedRecord] {
        extractAll(document, doc: doc).records
    }

    /// The events of a segmented document: the main one first.
    public func events(_ document: SegmentedDocument, doc: String? = nil) -> [EventRecord] {
        extractAll(document, doc: doc).events
    }

    /// The province, award records and events of a segmented document, from one
    /// tokenization; `doc` names it in the records.
    public func extractAll(_ document: SegmentedDocument, doc: String? = nil) -> Extraction {
        let doc = doc ?? document.source.name
        let tokenized = extractor.tokenize(document.sentences)
        let guess = extractor.documentProvince(tokenized, outlet: document.cleaned.metadata.outlet)
        let records = extractor.extract(doc: doc, document: tokenized, province: guess?.name)
        return Extraction(province: guess, records: records,
                          events: extractor.events(doc: doc, document: tokenized, metadata: document.cleaned.metadata,
                                                   province: guess?.name, honorees: records.compactMap(\.record.recipient)))
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

/// What extraction makes of one document.
public struct Extraction: Sendable {
    public let province: ProvinceGuess?
    public let records: [ExtractedRecord]
    public let events: [EventRecord]
}
