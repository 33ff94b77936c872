import Dispatch
import Foundation
import Store

/// A file a run has to look at: new, or changed in size or time since the store saw it.
struct FileCandidate: Sendable {
    let path: String
    let stat: FileStat?
    let knownSHA256: String?

    /// The file's bytes. A small file is read into memory: mapping it would cost a `munmap`
    /// afterwards, and with threads on both cores every `munmap` interrupts the other core
    /// to flush its TLB. A large one is mapped, so that a file over the size limit is
    /// rejected without being read.
    func contents() throws -> Data {
        let url = URL(fileURLWithPath: path)
        guard let size = stat?.size, size <= Self.readLimit else { return try Data(contentsOf: url, options: .alwaysMapped) }
        return try Data(contentsOf: url)
    }

    static let readLimit = 1 << 20

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
        Self.onWorkers(min(jobs, candidates.count)) { _ in
            while let index = next.take(below: candidates.count) {
                let candidate = candidates[index]
                var results: [Result<SourceText, Rejection>] = []
                guard let data = try? candidate.contents() else {
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
        Self.onWorkers(min(jobs, sources.count)) { worker in
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

extension Runner {
    /// Runs `body` on `count` workers and waits for them. One worker runs on the caller's
    /// thread (`--jobs 1`, where the store is written on that thread too). More run on pool
    /// threads below the priority of the store's writer, which then has a thread of its own;
    /// never on the caller's thread, whose priority could not be raised again. The writer is
    /// the slowest stage at scale: sharing two cores equally with two text workers, it was
    /// busy 90 % of a run of 100,000 articles with half a core, and the text stages waited
    /// for it (--jobs 2: 38.4–38.9 s; 31.3–31.6 s below it).
    static func onWorkers(_ count: Int, _ body: @escaping @Sendable (Int) -> Void) {
        guard count > 1 else { return body(0) }
        let group = DispatchGroup()
        for worker in 0..<count {
            DispatchQueue.global().async(group: group) {
                yieldToWriter()
                body(worker)
            }
        }
        group.wait()
    }

    /// The niceness of text workers: with the writer at 0, its thread gets about nine
    /// tenths of a core it shares with one of them whenever it has work.
    static let workerNiceness: Int32 = 10

    /// Lowers the calling thread's priority: on Linux niceness belongs to a thread, and
    /// "process 0" is the calling one. Unprivileged, a thread cannot raise it again; a
    /// pool thread keeps it, which only matters to this process's own later work on it.
    static func yieldToWriter() {
        #if os(Linux)
        let which = __priority_which_t(PRIO_PROCESS.rawValue)
        errno = 0
        let current = getpriority(which, 0)
        if errno == 0, current < workerNiceness { _ = setpriority(which, 0, workerNiceness) }
        #endif
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
