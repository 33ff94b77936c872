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

/// One piece of the text workers' work, in input order.
enum WorkItem: Sendable {
    /// A single-document file (text or HTML): read, hashed, decoded and processed.
    case file(FileCandidate)
    /// A document of a streamed input (JSON Lines, standard input).
    case document(SourceText)
    /// A rejection found before the workers (a path, a line), kept in its place.
    case rejection(Rejection)
    /// A streamed input's state, recorded after its documents.
    case streamed(FileState)
}

/// What the workers made of an item: documents for the store, rejections, the file to record.
struct WorkOutput: Sendable {
    var documents: [DocumentInput] = []
    var rejections: [Rejection] = []
    /// Documents read with a warning (`SourceText.warnings`).
    var warned = 0
    var file: FileState?
    /// The file's content is the one the store knows (its time changed, not its bytes).
    var unchanged = false
    /// Input paths after this item's; nil inside a streamed input, whose length is unknown.
    var pathsAfter: Int?

    mutating func add(_ result: Result<DocumentInput, Rejection>) {
        switch result {
        case .success(let document): documents.append(document)
        case .failure(let rejection): rejections.append(rejection)
        }
    }
}

extension Runner {
    /// The niceness of text workers: with the writer at 0, its thread gets about nine
    /// tenths of a core it shares with one of them whenever it has work. At 100,000
    /// articles the writer is the slowest stage: sharing two cores equally with two text
    /// workers, it was busy 90 % of a run with half a core, and the text stages waited for
    /// it (--jobs 2: 38.4–38.9 s; 31.3–31.6 s below it).
    static let workerNiceness: Int32 = 10

    /// The text workers of a run: `jobs` threads (at 1, the caller's), each with its own
    /// pipeline when `workerPipelines` has them, a chunk's worth of items in flight.
    func textWorkers() -> OrderedWorkers<(item: WorkItem, pathsAfter: Int?), WorkOutput> {
        OrderedWorkers(workers: jobs, window: chunkSize, niceness: Self.workerNiceness, name: "thidua-text") { [self] work, worker in
            let pipeline = workerPipelines.isEmpty ? pipeline : workerPipelines[worker % workerPipelines.count]
            var output = self.work(work.item, with: pipeline)
            output.pathsAfter = work.pathsAfter
            return output
        }
    }

    /// An item through the stages it needs. A file is read, hashed and processed by one
    /// worker: its bytes are read once for both, and freed by the thread that read them.
    func work(_ item: WorkItem, with pipeline: TextPipeline) -> WorkOutput {
        var output = WorkOutput()
        switch item {
        case .file(let candidate):
            guard let data = try? candidate.contents() else { // read again, for the reason it cannot be
                reader.read(candidate.path) { result in
                    output.add(result.flatMap { processOrReject($0, with: pipeline, warned: &output.warned) })
                }
                return output
            }
            let sha256 = Store.sha256(data)
            output.file = candidate.state { _ in sha256 }
            if output.file != nil, sha256 == candidate.knownSHA256 {
                output.unchanged = true
                return output
            }
            reader.read(data, source: candidate.path, format: InputReader.format(ofName: candidate.path)) { result in
                output.add(result.flatMap { processOrReject($0, with: pipeline, warned: &output.warned) })
            }
        case .document(let source):
            output.add(processOrReject(source, with: pipeline, warned: &output.warned))
        case .rejection(let rejection):
            output.rejections.append(rejection)
        case .streamed(let state):
            output.file = state
        }
        return output
    }

    private func processOrReject(_ source: SourceText, with pipeline: TextPipeline,
                                 warned: inout Int) -> Result<DocumentInput, Rejection> {
        if !source.warnings.isEmpty { warned += 1 }
        do {
            return .success(try process(source, with: pipeline))
        } catch {
            return .failure(Rejection(source: source.source, reason: .unreadable(message: "\(error)")))
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
