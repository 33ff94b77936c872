/// The sketches of recently seen near-duplicate candidates, in a fixed table: slot
/// `id % capacity` holds the sketch of cluster root `id`. Roots are numbered in order, so
/// the newest `capacity` roots never evict each other, and formulaic reports keep asking
/// for the same few thousand. Allocated in full when the store opens: its memory is the
/// same for 10 and 10 million documents.
///
/// Only the writer touches it, inside the pool's writes (which are serial); a rolled-back
/// transaction empties it, since the ids it held may be given again.
final class SketchCache: @unchecked Sendable { // confined to the pool's serial writes
    let capacity: Int
    let width: Int
    private var roots: [Int64]
    private var bits: [UInt8]

    init(capacity: Int = 65_536, width: Int) {
        self.capacity = capacity
        self.width = width
        roots = Array(repeating: -1, count: capacity)
        bits = Array(repeating: 0, count: capacity * width)
    }

    /// Calls `body` with the cached sketch of `root`, or returns nil without calling it.
    func withSketch<T>(of root: Int64, _ body: (UnsafeRawBufferPointer) -> T) -> T? {
        let slot = Int(root % Int64(capacity))
        guard root >= 0, roots[slot] == root else { return nil }
        return bits.withUnsafeBytes { body(UnsafeRawBufferPointer(rebasing: $0[(slot * width)..<((slot + 1) * width)])) }
    }

    func store(_ sketch: UnsafeRawBufferPointer, of root: Int64) {
        guard root >= 0, sketch.count == width else { return }
        let slot = Int(root % Int64(capacity))
        roots[slot] = root
        bits.withUnsafeMutableBytes { target in
            target.baseAddress!.advanced(by: slot * width).copyMemory(from: sketch.baseAddress!, byteCount: width)
        }
    }

    func removeAll() {
        for index in roots.indices { roots[index] = -1 }
    }
}
