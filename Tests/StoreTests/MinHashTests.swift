@testable import Store
import Testing

/// Sketches rule candidates out only when their signatures could not be similar enough.
struct MinHashTests {
    /// Signatures of `count` values where about `share` of them agree with `base`.
    static func variant(of base: [UInt32], agreeing share: Double, using generator: inout some RandomNumberGenerator) -> [UInt32] {
        base.map { Double.random(in: 0..<1, using: &generator) < share ? $0 : UInt32.random(in: 0...UInt32.max, using: &generator) }
    }

    @Test func aSketchNeverAgreesOnFewerValuesThanItsSignature() {
        var generator = SystemRandomNumberGenerator()
        for hashes in [128, 7, 1] {
            let base = (0..<hashes).map { _ in UInt32.random(in: 0...UInt32.max, using: &generator) }
            for share in [0.0, 0.3, 0.8, 0.95, 1.0] {
                for _ in 0..<50 {
                    let other = Self.variant(of: base, agreeing: share, using: &generator)
                    let agreements = zip(base, other).filter { $0 == $1 }.count
                    let sketched = MinHash.sketch(base).withUnsafeBytes { mine in
                        MinHash.sketch(other).withUnsafeBytes { MinHash.sketchAgreements(mine, $0) }
                    }
                    #expect(sketched >= agreements)
                    #expect(sketched <= agreements + (hashes - agreements) / 4 + 12, "a 4-bit sketch agrees by chance about 1 in 16")
                }
            }
        }
    }

    @Test func aSketchCountsEachDifferingValueOnce() {
        let base: [UInt32] = Array(0..<16)
        var other = base
        other[3] = 0x13 // same low four bits as 3: the sketch cannot tell
        other[4] = 0x05 // differs in the low four bits
        other[15] = 0x0E
        let sketched = MinHash.sketch(base).withUnsafeBytes { mine in
            MinHash.sketch(other).withUnsafeBytes { MinHash.sketchAgreements(mine, $0) }
        }
        #expect(sketched == 14)
        #expect(MinHash.sketch(base).count == 8)
    }

    @Test func theCacheKeepsTheNewestRootsAndForgetsOnRequest() {
        let cache = SketchCache(capacity: 4, width: 2)
        for root in Int64(0)..<6 {
            [UInt8(root), UInt8(root + 100)].withUnsafeBytes { cache.store($0, of: root) }
        }
        #expect(cache.withSketch(of: 1) { Array($0) } == nil, "slot 1 now holds root 5")
        #expect(cache.withSketch(of: 5) { Array($0) } == [5, 105])
        #expect(cache.withSketch(of: 3) { Array($0) } == [3, 103])
        #expect(cache.withSketch(of: -1) { Array($0) } == nil)
        cache.removeAll()
        #expect(cache.withSketch(of: 5) { Array($0) } == nil)
    }

    /// Stores written by earlier versions keep their signatures: the layout must not change.
    @Test func aStoredSignatureIsEachValueLeastSignificantByteFirst() {
        let signature: [UInt32] = [0x0403_0201, .max, 0, 0x8000_0001]
        let bytes = MinHash.encode(signature)
        #expect(bytes == [1, 2, 3, 4, 255, 255, 255, 255, 0, 0, 0, 0, 1, 0, 0, 128])
        #expect(MinHash.decode(bytes) == signature)
        #expect(MinHash.decode(Array(bytes.prefix(6))) == Array(signature.prefix(1)))
        #expect(MinHash.decode([]) == [])
    }
}
