import Foundation

/// Runs `transform` over items on threads of their own and hands the outputs back in the
/// items' order. Workers take the next item as soon as they finish one, across what used
/// to be batch boundaries: a run that waited for every batch's slowest document left a core
/// idle at each of them. At most `window` items are in flight, so memory stays bounded; a
/// caller that gets that far ahead waits for the oldest.
///
/// With one worker (`--jobs 1`) every item is transformed on the caller's thread, at once.
/// More run on threads of their own at `niceness` (see `Runner.workerNiceness`).
final class OrderedWorkers<Item: Sendable, Output: Sendable>: @unchecked Sendable { // every `var` only under `condition`
    private enum Slot {
        case empty
        case waiting(Item)
        case running
        case done(Output)
    }

    typealias Transform = @Sendable (_ item: Item, _ worker: Int) -> Output

    private let transform: Transform
    private let inline: Bool
    private let condition = NSCondition()
    private var slots: [Slot]
    /// Sequence numbers: items submitted, taken by a worker, handed back; the first not done.
    private var submitted = 0, taken = 0, delivered = 0, firstNotDone = 0
    private var closed = false
    private var running = 0
    /// The caller sleeps until this many outputs are ready in sequence (0: it is awake).
    /// Waking it for each output made two wake-ups per item.
    private var callerNeeds = 0

    init(workers: Int, window: Int, niceness: Int32, name: String, transform: @escaping Transform) {
        self.transform = transform
        inline = workers <= 1
        slots = Array(repeating: .empty, count: inline ? 0 : max(window, workers))
        guard !inline else { return }
        running = workers
        for worker in 0..<workers {
            let thread = Thread { [self] in
                ThreadIdentity.name("\(name)-\(worker)")
                ThreadIdentity.lowerPriority(to: niceness)
                work(as: worker)
            }
            thread.start()
        }
    }

    /// Queues `item`; returns the outputs that are ready, oldest first (with one worker,
    /// `item`'s own). Waits while the window is full. Not after `close`.
    func submit(_ item: Item) -> [Output] {
        if inline { return [transform(item, 0)] }
        condition.lock()
        defer { condition.unlock() }
        precondition(!closed, "an item submitted to closed workers would never be done")
        var ready = takeReady()
        if submitted - delivered == slots.count {
            wait(for: max(slots.count / 2, 1))
            ready += takeReady()
        }
        slots[submitted % slots.count] = .waiting(item)
        submitted += 1
        condition.signal() // only workers wait here: the caller is this thread
        return ready
    }

    /// Every output not handed back yet, oldest first, once all are done.
    func finish() -> [Output] {
        if inline { return [] }
        condition.lock()
        defer { condition.unlock() }
        var ready = takeReady()
        if delivered < submitted {
            wait(for: submitted - delivered)
            ready += takeReady()
        }
        return ready
    }

    /// Ends the workers after the items they are transforming; the rest are dropped. Waits
    /// for the threads, so that none outlives the run that started it. A worker's thread
    /// holds the pool until then: call it once the pool is done with, or on an error.
    func close() {
        guard !inline else { return }
        condition.lock()
        defer { condition.unlock() }
        closed = true
        condition.broadcast()
        while running > 0 { condition.wait() }
    }

    /// Sleeps until `count` outputs from the oldest are done. Under `condition`.
    private func wait(for count: Int) {
        callerNeeds = count
        while firstNotDone - delivered < count { condition.wait() }
        callerNeeds = 0
    }

    /// The outputs done in sequence from the oldest. Under `condition`.
    private func takeReady() -> [Output] {
        var ready: [Output] = []
        ready.reserveCapacity(firstNotDone - delivered)
        while delivered < firstNotDone {
            guard case .done(let output) = slots[delivered % slots.count] else { preconditionFailure("slot \(delivered) not done") }
            slots[delivered % slots.count] = .empty
            delivered += 1
            ready.append(output)
        }
        return ready
    }

    private func work(as worker: Int) {
        condition.lock()
        while true {
            while taken == submitted, !closed { condition.wait() }
            if closed { break }
            let sequence = taken
            taken += 1
            guard case .waiting(let item) = slots[sequence % slots.count] else { preconditionFailure("slot \(sequence) not waiting") }
            slots[sequence % slots.count] = .running
            condition.unlock()
            let output = transform(item, worker)
            condition.lock()
            slots[sequence % slots.count] = .done(output)
            while firstNotDone < submitted, case .done = slots[firstNotDone % slots.count] { firstNotDone += 1 }
            if callerNeeds > 0, firstNotDone - delivered >= callerNeeds { condition.broadcast() }
        }
        running -= 1
        condition.broadcast()
        condition.unlock()
    }
}
