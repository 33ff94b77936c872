import Foundation
import Store

/// The store's writer on a thread of its own, so that documents are written while the next
/// ones are read and processed. Each chunk is written as it comes, in a transaction left
/// open until `transactionSize` documents are in: the store's random keys (LSH buckets,
/// content ids) cost a page write per key per commit, so fewer, larger commits write far
/// less. One chunk may wait while another is written: memory stays bounded, and the same
/// at 10,000 and 100,000 articles (a longer queue fills only when commits get slower).
///
/// The thread is the writer's alone and keeps the default priority, while the text
/// workers run below it (`Runner.workerNiceness`): at 100,000 articles the writer is the
/// slowest stage, and sharing two cores equally with two text workers it was busy 90 % of
/// a run with half a core, the text stages waiting for it.
final class BatchWriter: @unchecked Sendable { // every `var` only under `condition`, `uncommitted` only on the writer's thread
    private struct Chunk {
        let documents: [DocumentInput]
        let files: [FileState]
        let rejections: [Rejection]
        let commitNow: Bool
    }

    private let store: Store
    private let run: Int64
    private let transactionSize: Int
    /// Writes on the caller's thread (`--jobs 1`: one thread does everything).
    private let inline: Bool
    private let condition = NSCondition()
    private var waiting: [Chunk] = []
    private var writing = false
    private var noMoreChunks = false
    /// The run failed before `finish`: the thread ends without the final commit.
    private var abandoned = false
    private var stopped = false
    private var counts = BatchCounts()
    private var failure: (any Error)?
    /// Documents and rejections written since the last commit.
    private var uncommitted = 0
    /// The log was checkpointed when the last files began (`commitNow`).
    private var checkpointed = false

    /// A chunk being written and one waiting: more would only fill memory.
    private static let capacity = 2

    init(store: Store, run: Int64, transactionSize: Int, inline: Bool = false) {
        self.store = store
        self.run = run
        self.transactionSize = transactionSize
        self.inline = inline
        if !inline {
            let thread = Thread { [self] in
                ThreadIdentity.name("thidua-writer")
                writeUntilFinished()
            }
            thread.start()
        }
    }

    /// Hands a chunk to the writer once there is room; throws the first error of an earlier
    /// transaction. `commitNow` ends the transaction with this chunk: near the end of the
    /// inputs, so that the run does not end waiting for one large commit.
    func submit(documents: [DocumentInput], files: [FileState], rejections: [Rejection], commitNow: Bool = false) throws {
        let chunk = Chunk(documents: documents, files: files, rejections: rejections, commitNow: commitNow)
        if inline { return try write(chunk) }
        condition.lock()
        defer { condition.unlock() }
        while failure == nil, waiting.count + (writing ? 1 : 0) >= Self.capacity { condition.wait() }
        if let failure { throw failure }
        waiting.append(chunk)
        condition.broadcast()
    }

    /// Commits what is left; the counts of every transaction, or the first error.
    func finish() throws -> BatchCounts {
        if inline {
            try write(Chunk(documents: [], files: [], rejections: [], commitNow: true))
            return condition.withLock { counts }
        }
        condition.lock()
        defer { condition.unlock() }
        noMoreChunks = true
        condition.broadcast()
        while !stopped { condition.wait() }
        if let failure { throw failure }
        return counts
    }

    /// Ends the writer's thread without committing what is still open, for a run that
    /// throws before `finish` (otherwise the thread would wait for chunks forever). After
    /// `finish`, nothing.
    func abandon() {
        condition.withLock {
            abandoned = true
            noMoreChunks = true
            condition.broadcast()
        }
    }

    private func writeUntilFinished() {
        condition.lock()
        while true {
            while waiting.isEmpty, !noMoreChunks { condition.wait() }
            if abandoned { break }
            let last = waiting.isEmpty // and no more chunks: the final commit
            let chunk = last ? Chunk(documents: [], files: [], rejections: [], commitNow: true) : waiting.removeFirst()
            writing = true
            condition.unlock()
            var error: (any Error)?
            do { try write(chunk) } catch let caught { error = caught }
            condition.lock()
            writing = false
            if let error { failure = failure ?? error }
            condition.broadcast()
            if last || failure != nil { break } // nothing more after a failed transaction
        }
        stopped = true
        condition.broadcast()
        condition.unlock()
    }

    private func write(_ chunk: Chunk) throws {
        uncommitted += chunk.documents.count + chunk.rejections.count
        let commit = chunk.commitNow || uncommitted >= transactionSize
        let written = try store.write(documents: chunk.documents, files: chunk.files, rejections: chunk.rejections,
                                      run: run, commit: commit)
        if commit { uncommitted = 0 }
        if chunk.commitNow, !checkpointed, !chunk.documents.isEmpty {
            try store.checkpoint()
            checkpointed = true
        }
        condition.withLock { counts.add(written) }
    }
}
