import Dispatch
import Foundation
import Store

/// A file a run has to look at: new, or changed in size or time since the store saw it.
struct FileCandidate: Sendable {
    let path: String
    let stat: (size: Int, mtime: Double)?
    let knownSHA256: String?

    func state(hashing hash: (String) -> String) -> FileState? {
        stat.map { FileState(path: path, size: $0.size, mtime: $0.mtime, sha256: hash(path)) }
    }
}

/// What reading a file gave: its documents and rejections, or that only its time changed.
struct FileRead: Sendable {
    var touched: FileState?
    var state: FileState?
    var results: [Result<SourceText, Rejection>] = []
}

extension Runner {
    /// Hashes and reads single-document files on `jobs` threads, each file mapped once for
    /// both; results keep the input order.
    func readAll(_ candidates: [FileCandidate]) -> [FileRead] {
        guard !candidates.isEmpty else { return [] }
        let slots = ResultSlots<FileRead>(count: candidates.count)
        let next = WorkCounter()
        DispatchQueue.concurrentPerform(iterations: max(1, min(jobs, candidates.count))) { _ in
            while let index = next.take(below: candidates.count) {
                let candidate = candidates[index]
                var results: [Result<SourceText, Rejection>] = []
                guard let data = try? Data(contentsOf: URL(fileURLWithPath: candidate.path), options: .alwaysMapped) else {
                    reader.read(candidate.path) { results.append($0) } // says why it cannot be read
                    slots[index] = FileRead(touched: nil, state: nil, results: results)
                    continue
                }
                let sha256 = Store.sha256(data)
                let state = candidate.state { _ in sha256 }
                if let state, sha256 == candidate.knownSHA256 {
                    slots[index] = FileRead(touched: state, state: state)
                    continue
                }
                reader.read(data, source: candidate.path, format: InputReader.format(ofName: candidate.path)) { results.append($0) }
                slots[index] = FileRead(touched: nil, state: state, results: results)
            }
        }
        return slots.values
    }

    /// The text stages for a batch on `jobs` threads, each taking the next document when it
    /// is done (articles differ in length); results keep the input order.
    func processAll(_ sources: [SourceText]) -> [Result<DocumentInput, Rejection>] {
        guard !sources.isEmpty else { return [] }
        let results = ResultSlots<Result<DocumentInput, Rejection>>(count: sources.count)
        let next = WorkCounter()
        DispatchQueue.concurrentPerform(iterations: max(1, min(jobs, sources.count))) { worker in
            let pipeline = workerPipelines.isEmpty ? pipeline : workerPipelines[worker % workerPipelines.count]
            while let index = next.take(below: sources.count) {
                let source = sources[index]
                do {
                    results[index] = .success(try process(source, with: pipeline))
                } catch {
                    results[index] = .failure(Rejection(source: source.source, reason: .unreadable(message: "\(error)")))
                }
            }
        }
        return results.values
    }
}

/// The store's writer on a thread of its own, so that documents are written while the next
/// ones are read and processed. Each chunk is written as it comes, in a transaction left
/// open until `transactionSize` documents are in: the store's random keys (LSH buckets,
/// content ids) cost a page write per key per commit, so fewer, larger commits write far
/// less. One chunk may wait while another is written: memory stays bounded, and the same
/// at 10,000 and 100,000 articles (a longer queue fills only when commits get slower).
final class BatchWriter: @unchecked Sendable { // `counts` and `failure` only under `lock`; `uncommitted` only on `queue`
    private let store: Store
    private let run: Int64
    private let transactionSize: Int
    private let queue = DispatchQueue(label: "thidua.store-writer")
    private let slots: DispatchSemaphore
    private let lock = NSLock()
    private var counts = BatchCounts()
    private var failure: (any Error)?
    /// Documents and rejections written since the last commit.
    private var uncommitted = 0

    /// Writes on the caller's thread (`--jobs 1`: one thread does everything).
    private let inline: Bool

    init(store: Store, run: Int64, transactionSize: Int, inline: Bool = false) {
        self.store = store
        self.run = run
        self.transactionSize = transactionSize
        self.slots = DispatchSemaphore(value: 2) // a chunk being written, one waiting: more only fills memory
        self.inline = inline
    }

    /// Hands a chunk to the writer once there is room; throws the first error of an earlier
    /// transaction. `commitNow` ends the transaction with this chunk: near the end of the
    /// inputs, so that the run does not end waiting for one large commit.
    func submit(documents: [DocumentInput], files: [FileState], rejections: [Rejection], commitNow: Bool = false) throws {
        if inline {
            try add(documents: documents, files: files, rejections: rejections, commitAnyway: commitNow)
            return
        }
        slots.wait()
        if let failure = lock.withLock({ failure }) {
            slots.signal()
            throw failure
        }
        queue.async { [self] in
            defer { slots.signal() }
            guard lock.withLock({ failure == nil }) else { return } // nothing more after a failed transaction
            do {
                try add(documents: documents, files: files, rejections: rejections, commitAnyway: commitNow)
            } catch {
                lock.withLock { failure = error }
            }
        }
    }

    private func add(documents: [DocumentInput], files: [FileState], rejections: [Rejection], commitAnyway: Bool) throws {
        uncommitted += documents.count + rejections.count
        let commit = commitAnyway || uncommitted >= transactionSize
        let written = try store.write(documents: documents, files: files, rejections: rejections, run: run, commit: commit)
        if commit { uncommitted = 0 }
        lock.withLock { counts.add(written) }
    }

    /// Commits what is left; the counts of every transaction, or the first error.
    func finish() throws -> BatchCounts {
        if inline {
            try add(documents: [], files: [], rejections: [], commitAnyway: true)
            return lock.withLock { counts }
        }
        queue.sync { [self] in // after every chunk handed over before
            if lock.withLock({ failure == nil }) {
                do {
                    try add(documents: [], files: [], rejections: [], commitAnyway: true)
                } catch {
                    lock.withLock { failure = error }
                }
            }
        }
        return try lock.withLock {
            if let failure { throw failure }
            return counts
        }
    }
}

/// Hands out indices 0, 1, 2, ... to concurrent workers, each once.
final class WorkCounter: @unchecked Sendable { // `value` only under `lock`
    private let lock = NSLock()
    private var value = 0

    func take(below limit: Int) -> Int? {
        lock.withLock {
            guard value < limit else { return nil }
            defer { value += 1 }
            return value
        }
    }
}

/// Slots written by concurrent workers, each slot by one worker only: a fixed buffer, so
/// that no write can move another's.
final class ResultSlots<Value>: @unchecked Sendable { // disjoint indices: no two writers share a slot
    private let slots: UnsafeMutableBufferPointer<Value?>
    init(count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil)
    }
    deinit {
        _ = slots.deinitialize()
        slots.deallocate()
    }
    subscript(index: Int) -> Value? {
        get { slots[index] }
        set { slots[index] = newValue }
    }
    var values: [Value] { slots.map { $0! } }
}
