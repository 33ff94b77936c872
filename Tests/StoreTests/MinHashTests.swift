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
    /// The AVX-512 loop (where the machine has it) and the portable one give the same
    /// minimums, also for a number of hash functions that is no multiple of 8, and both
    /// give what the formula says.
    @Test func everyWayOfUpdatingMinimumsAgrees() {
        var generator = SystemRandomNumberGenerator()
        for (hashes, count) in [(128, 500), (13, 37), (8, 1), (1, 3), (16, 0)] {
            let multipliers = (0..<hashes).map { _ in UInt64.random(in: 0...UInt64.max, using: &generator) | 1 }
            let addends = (0..<hashes).map { _ in UInt64.random(in: 0...UInt64.max, using: &generator) }
            let shingles = (0..<count).map { _ in UInt64.random(in: 0...UInt64.max, using: &generator) }
            var fast = [UInt32](repeating: .max, count: hashes), portable = fast
            MinHash.update(&fast, shingles: shingles, multipliers: multipliers, addends: addends)
            MinHash.update(&portable, shingles: shingles, multipliers: multipliers, addends: addends, portable: true)
            let expected = (0..<hashes).map { index in
                shingles.map { UInt32(truncatingIfNeeded: ($0 &* multipliers[index] &+ addends[index]) >> 32) }.min() ?? .max
            }
            #expect(fast == expected, "hashes \(hashes), shingles \(count), AVX-512 \(MinHash.usesAVX512)")
            #expect(portable == expected)
        }
    }

    /// Signatures do not depend on the machine: these values were computed before the
    /// loop moved to C (a stored signature is compared with new ones across runs).
    @Test func aSignatureIsTheSameAsEver() {
        let signature = MinHash().signature(of: "Chiều 28/2, UBND tỉnh tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm 2023.")
        #expect(Array(signature.prefix(4)) == Self.knownPrefix)
    }

    /// Computed apart from this code (a Python transcription of the first Swift loop).
    static let knownPrefix: [UInt32] = [11_673_392, 149_820_469, 252_276_553, 121_866_944]

    @Test func aStoredSignatureIsEachValueLeastSignificantByteFirst() {
        let signature: [UInt32] = [0x0403_0201, .max, 0, 0x8000_0001]
        let bytes = MinHash.encode(signature)
        #expect(bytes == [1, 2, 3, 4, 255, 255, 255, 255, 0, 0, 0, 0, 1, 0, 0, 128])
        #expect(MinHash.decode(bytes) == signature)
        #expect(MinHash.decode(Array(bytes.prefix(6))) == Array(signature.prefix(1)))
        #expect(MinHash.decode([]) == [])
    }
}
