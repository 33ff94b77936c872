import Foundation
import Testing
@testable import ThiDua

/// The text workers of a run: outputs in input order, a bounded window, threads below the writer.
struct OrderedWorkersTests {
    /// Items that take longer the earlier they come, so that later ones finish first.
    @Test(arguments: [(1, 4), (2, 1), (2, 3), (3, 8), (4, 2)])
    func outputsComeBackInTheOrderOfTheItems(workers: Int, window: Int) {
        let pool = OrderedWorkers<Int, String>(workers: workers, window: window, niceness: 0, name: "test") { item, _ in
            usleep(UInt32((40 - item % 40) * 20))
            return "item \(item)"
        }
        defer { pool.close() }
        var outputs: [String] = []
        for item in 0..<200 {
            outputs += pool.submit(item)
            #expect(item + 1 - outputs.count <= max(window, workers), "more than the window in flight")
        }
        outputs += pool.finish()
        #expect(outputs == (0..<200).map { "item \($0)" })
        #expect(pool.finish().isEmpty)
    }

    @Test func workersRunOnThreadsOfTheirOwnBelowTheCaller() {
        let callerPriority = Self.priority()
        let caller = Self.threadID()
        let pool = OrderedWorkers<Int, (thread: UInt64, priority: Int32, worker: Int)>(
            workers: 2, window: 4, niceness: Runner.workerNiceness, name: "test") { _, worker in
            usleep(1000)
            return (Self.threadID(), Self.priority(), worker)
        }
        defer { pool.close() }
        var seen: [(thread: UInt64, priority: Int32, worker: Int)] = []
        for item in 0..<40 { seen += pool.submit(item) }
        seen += pool.finish()
        #expect(seen.count == 40)
        #expect(seen.allSatisfy { $0.thread != caller && $0.priority >= Runner.workerNiceness })
        #expect(Set(seen.map(\.worker)).isSubset(of: [0, 1]))
        #expect(Self.priority() == callerPriority)
    }

    /// `--jobs 1`: every item on the caller's thread, at the caller's priority, at once.
    @Test func oneWorkerIsTheCallersThread() {
        let callerPriority = Self.priority()
        let caller = Self.threadID()
        let pool = OrderedWorkers<Int, (thread: UInt64, priority: Int32)>(
            workers: 1, window: 4, niceness: Runner.workerNiceness, name: "test") { _, _ in
            (Self.threadID(), Self.priority())
        }
        defer { pool.close() }
        for item in 0..<3 {
            let outputs = pool.submit(item)
            #expect(outputs.count == 1 && outputs[0].thread == caller && outputs[0].priority == callerPriority)
        }
        #expect(pool.finish().isEmpty)
    }

    /// A run that fails midway closes its workers: what was queued is dropped, and no
    /// thread is left waiting.
    @Test func closingDropsTheQueuedItemsAndEndsTheWorkers() {
        let started = Counter()
        let pool = OrderedWorkers<Int, Int>(workers: 2, window: 64, niceness: 0, name: "test") { item, _ in
            started.add()
            usleep(20_000)
            return item
        }
        for item in 0..<64 { _ = pool.submit(item) }
        pool.close()
        let afterClose = started.value
        usleep(60_000)
        #expect(afterClose < 64, "closing waited for every queued item")
        #expect(started.value == afterClose, "a worker went on after close")
    }

    static func priority() -> Int32 {
        getpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0)
    }

    static func threadID() -> UInt64 {
        UInt64(pthread_self())
    }

    final class Counter: @unchecked Sendable { // only under `lock`
        private let lock = NSLock()
        private var count = 0
        func add() { lock.withLock { count += 1 } }
        var value: Int { lock.withLock { count } }
    }
}
