import Dispatch
import Foundation
import Ingest
import Store

/// What a run did, for the summary a cron job logs.
public struct RunReport: Sendable, Codable {
    public var run: Int64 = 0
    public var files = 0
    public var unchanged = 0
    public var documents = 0
    public var stored = 0
    public var exactDuplicates = 0
    public var nearDuplicates = 0
    public var alreadyKnown = 0
    public var awards = 0
    /// Documents read with a warning: a lossy decoding, mojibake repaired (the store's
    /// `document.encoding` says which).
    public var warned = 0
    public var rejected: [String: Int] = [:]
    public var seconds = 0.0

    public var rejectedTotal: Int { rejected.values.reduce(0, +) }
    /// Nothing new: the run was a rerun over known inputs.
    public var addedNothing: Bool { stored == 0 && exactDuplicates == 0 && rejectedTotal == 0 }

    public var counts: [String: Int] {
        ["files": files, "unchanged": unchanged, "documents": documents, "stored": stored,
         "exact_duplicates": exactDuplicates, "near_duplicates": nearDuplicates, "already_known": alreadyKnown,
         "awards": awards, "warned": warned, "rejected": rejectedTotal]
    }

    public var line: String {
        var text = "run \(run): \(files) files (\(unchanged) unchanged), \(documents) documents read: \(stored) new"
        text += " (\(nearDuplicates) near duplicates), \(exactDuplicates) exact duplicates, \(alreadyKnown) already stored, "
        text += "\(awards) award records"
        if warned > 0 { text += ", \(warned) read with warnings (see their encoding in the store)" }
        if rejectedTotal > 0 {
            text += ", \(rejectedTotal) rejected (" + rejected.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }
                .joined(separator: ", ") + ")"
        }
        if addedNothing { text += "; nothing new" }
        return text + String(format: " in %.1f s", seconds)
    }
}

/// Progress of a run, reported as it goes.
public struct RunProgress: Sendable {
    public let filesDone: Int
    public let filesTotal: Int
    public let documents: Int
    public let elapsed: Double
}

/// The nightly job: inputs through every stage into the store, in batches. Unchanged files
/// (same size and time, or same content) are skipped; documents are processed on all cores,
/// stored by one writer, one transaction per batch, so memory stays flat and a killed run
/// leaves whole batches.
public struct Runner: Sendable {
    public let pipeline: TextPipeline
    public let reader: InputReader
    public let store: Store
    /// Documents per transaction.
    public var batchSize = 2048
    /// Documents handed to the writer together, and items in the text workers' hands at
    /// most: small enough that the writer is never long without work, never more than a
    /// transaction.
    var chunkSize: Int { min(256, batchSize) }
    /// Text-stage workers; above 1 the store's writer has a thread of its own, at 1 the
    /// whole run is on the calling thread.
    public var jobs = ProcessInfo.processInfo.activeProcessorCount
    public var rulesVersion = ""
    /// One pipeline per text-stage worker, each loaded on its own (empty: all share
    /// `pipeline`). Threads that share the rules' objects retain and release the same
    /// reference counts at every token, and the cores then wait on each other's caches.
    public var workerPipelines: [TextPipeline] = []

    public init(pipeline: TextPipeline, reader: InputReader, store: Store) {
        self.pipeline = pipeline
        self.reader = reader
        self.store = store
    }

    /// A document through the text stages, named by its content.
    public func process(_ source: SourceText) throws(PipelineError) -> DocumentInput {
        try process(source, with: pipeline)
    }

    func process(_ source: SourceText, with pipeline: TextPipeline) throws(PipelineError) -> DocumentInput {
        let document = try pipeline.segment(source)
        let body = document.cleaned.keptText(of: document.normalized)
        let (doc, sha256) = DocumentInput.contentID(of: body)
        let extraction = pipeline.extractAll(document, doc: doc)
        var metadata = document.cleaned.metadata
        if metadata.url == nil { metadata.url = source.metadata.url }
        var input = DocumentInput(doc: doc, source: source.source, metadata: metadata, encoding: source.encoding,
                                  province: extraction.province?.name, body: body,
                                  awards: extraction.records.map(\.record), signature: store.minHash.signature(of: body))
        input.provinceConfidence = extraction.province?.confidence
        input.contentSHA256 = sha256
        input.events = extraction.events
        return input
    }

    public func run(_ inputs: [String], progress: (RunProgress) -> Void = { _ in }) throws -> RunReport {
        let start = Date()
        var report = RunReport()
        report.run = try store.beginRun(inputs: inputs, rulesVersion: rulesVersion)
        let paths = reader.expand(inputs, threads: jobs)
        let writer = BatchWriter(store: store, run: report.run, transactionSize: batchSize, inline: jobs <= 1)
        defer { writer.abandon() } // after `finish`, nothing; before, a thrown error must not leave its thread waiting
        let workers = textWorkers()
        defer { workers.close() }
        var documents: [DocumentInput] = [], files: [FileState] = [], rejections: [Rejection] = []
        var pathsAfter: Int? // of the last output taken

        func flush() throws {
            for rejection in rejections { report.rejected[rejection.reason.kind, default: 0] += 1 }
            report.documents += documents.count
            // The last transaction's worth of files is committed a chunk at a time: the
            // run does not end waiting for one large commit.
            try writer.submit(documents: documents, files: files, rejections: rejections,
                              commitNow: pathsAfter.map { $0 < batchSize } ?? false)
            documents = []
            files = []
            rejections = []
        }
        func take(_ outputs: [WorkOutput]) throws {
            for output in outputs {
                documents += output.documents
                rejections += output.rejections
                if let file = output.file { files.append(file) } // with its documents, or after them
                if output.unchanged { report.unchanged += 1 }
                report.warned += output.warned
                pathsAfter = output.pathsAfter
                if documents.count >= chunkSize || rejections.count >= chunkSize || files.count >= 16 * chunkSize { try flush() }
            }
        }
        func submit(_ item: WorkItem, pathsAfter: Int?) throws {
            try take(workers.submit((item, pathsAfter)))
        }

        var known: [String: FileState] = [:] // what the store remembers of the next paths
        var chunk: [Result<String, Rejection>] = [] // the next paths, made Strings once
        for number in paths.indices {
            report.files += 1
            let after = paths.count - number - 1
            if number % Self.lookupChunk == 0 {
                chunk = Array(paths[number..<min(number + Self.lookupChunk, paths.count)])
                known = try store.fileStates(chunk.compactMap { try? $0.get() }.filter { $0 != "-" })
            }
            switch chunk[number % Self.lookupChunk] {
            case .failure(let rejection):
                try submit(.rejection(rejection), pathsAfter: after)
            case .success(let path):
                let stat = paths.stat(at: number) ?? FileStat(path: path)
                let remembered = known[path]
                if let remembered, let stat, remembered.size == stat.size, remembered.mtime == stat.mtime {
                    report.unchanged += 1
                    continue
                }
                let candidate = FileCandidate(path: path, stat: stat, knownSHA256: remembered?.sha256)
                if path != "-", InputReader.format(ofName: path) != .jsonLines {
                    try submit(.file(candidate), pathsAfter: after)
                } else {
                    // Many documents in one input, read here and processed by the workers.
                    let state = candidate.state(hashing: fileHash)
                    if let state, state.sha256 == candidate.knownSHA256 {
                        try store.touch(state, run: report.run)
                        report.unchanged += 1
                        continue
                    }
                    try reader.read(path) { result in
                        switch result {
                        case .success(let source): try submit(.document(source), pathsAfter: nil)
                        case .failure(let rejection): try submit(.rejection(rejection), pathsAfter: nil)
                        }
                    }
                    if let state { try submit(.streamed(state), pathsAfter: after) }
                }
            }
            progress(RunProgress(filesDone: number + 1, filesTotal: paths.count, documents: report.documents,
                                 elapsed: Date().timeIntervalSince(start)))
        }
        try take(workers.finish())
        if !documents.isEmpty || !rejections.isEmpty || !files.isEmpty { try flush() }
        let counts = try writer.finish()
        report.stored = counts.stored
        report.exactDuplicates = counts.exactDuplicates
        report.nearDuplicates = counts.nearDuplicates
        report.alreadyKnown = counts.alreadyKnown
        report.awards = counts.awards
        report.seconds = Date().timeIntervalSince(start)
        try store.finishRun(report.run, counts: report.counts)
        return report
    }

    /// Files looked up in the store together: one query's worth.
    static let lookupChunk = Store.pathsPerQuery

    func fileHash(_ path: String) -> String {
        Store.sha256((try? Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped)) ?? Data())
    }
}
