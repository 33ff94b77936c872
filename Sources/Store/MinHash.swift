import CMinHash

/// MinHash signatures of word shingles, and the LSH bands that find candidate pairs of
/// near-duplicate documents without comparing every pair.
public struct MinHash: Sendable {
    public let hashes: Int
    public let bands: Int
    public let shingleWords: Int
    private let multipliers: [UInt64]
    private let addends: [UInt64]

    public init(hashes: Int = 128, bands: Int = 16, shingleWords: Int = 4) {
        precondition(hashes % bands == 0, "bands must divide the number of hashes")
        self.hashes = hashes
        self.bands = bands
        self.shingleWords = shingleWords
        var state: UInt64 = 0x7468_6964_7561 // fixed: signatures must agree across runs
        func next() -> UInt64 {
            state = Self.mix(state &+ 0x9E37_79B9_7F4A_7C15)
            return state
        }
        multipliers = (0..<hashes).map { _ in next() | 1 }
        addends = (0..<hashes).map { _ in next() }
    }

    @inline(__always)
    static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// The signature of a text: for each hash function, the least hash of its shingles.
    /// Words are runs of letters and digits (ASCII folded to lower case); each hash function
    /// is a multiply-add of one mixed shingle hash, which is cheap and spreads well.
    public func signature(of text: String) -> [UInt32] {
        var words: [UInt64] = []
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325, inWord = false
        for var byte in text.utf8 {
            let isWordByte = byte >= 0x80 || (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A)
            if isWordByte {
                if byte < 0x80 { byte |= 0x20 }
                hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
                inWord = true
            } else if inWord {
                words.append(hash)
                hash = 0xcbf2_9ce4_8422_2325
                inWord = false
            }
        }
        if inWord { words.append(hash) }
        var minimums = [UInt32](repeating: .max, count: hashes)
        let width = min(shingleWords, max(words.count, 1))
        guard words.count >= width, !words.isEmpty else { return minimums }
        var shingles: [UInt64] = []
        shingles.reserveCapacity(words.count - width + 1)
        for start in 0...(words.count - width) {
            var shingle: UInt64 = 0
            for offset in 0..<width { shingle = Self.mix(shingle ^ words[start + offset]) }
            shingles.append(shingle)
        }
        Self.update(&minimums, shingles: shingles, multipliers: multipliers, addends: addends)
        return minimums
    }

    /// Lowers each hash function's minimum to its least value over `shingles`: 128
    /// multiply-adds per shingle, in C with AVX-512 where the machine has it (x86-64's
    /// baseline has no 64-bit lane multiply; a tenth of a run's instructions in Swift).
    /// `portable` keeps to the loop any machine runs, for tests.
    static func update(_ minimums: inout [UInt32], shingles: [UInt64], multipliers: [UInt64], addends: [UInt64],
                       portable: Bool = false) {
        precondition(multipliers.count >= minimums.count && addends.count >= minimums.count)
        minimums.withUnsafeMutableBufferPointer { minimums in
            multipliers.withUnsafeBufferPointer { multipliers in
                addends.withUnsafeBufferPointer { addends in
                    shingles.withUnsafeBufferPointer { shingles in
                        guard let start = shingles.baseAddress, let multiplier = multipliers.baseAddress,
                              let addend = addends.baseAddress, let minimum = minimums.baseAddress else { return }
                        if portable {
                            thidua_minhash_update_portable(start, shingles.count, multiplier, addend, minimum, minimums.count)
                        } else {
                            thidua_minhash_update(start, shingles.count, multiplier, addend, minimum, minimums.count)
                        }
                    }
                }
            }
        }
    }

    /// Whether signatures are computed with AVX-512 on this machine.
    public static var usesAVX512: Bool { thidua_minhash_uses_avx512() != 0 }

    /// The LSH bucket of each band: documents sharing one are compared.
    public func buckets(_ signature: [UInt32]) -> [Int64] {
        let rows = hashes / bands
        return (0..<bands).map { band in
            var hash: UInt64 = UInt64(band)
            for value in signature[(band * rows)..<((band + 1) * rows)] { hash = Self.mix(hash ^ UInt64(value)) }
            return Int64(bitPattern: hash)
        }
    }

    /// The estimated Jaccard similarity of two documents' shingles.
    public static func similarity(_ first: [UInt32], _ second: [UInt32]) -> Double {
        guard first.count == second.count, !first.isEmpty else { return 0 }
        let same = zip(first, second).filter { $0 == $1 }.count
        return Double(same) / Double(first.count)
    }

    /// The low four bits of each value, two to a byte: a sketch that compares in a few
    /// instructions and is an eighth of the signature's size. Two values that are equal
    /// have equal sketches, so the sketch's count of equal values is never below the
    /// signature's: a pair the sketch rejects is rejected without reading its signature.
    public static func sketch(_ signature: [UInt32]) -> [UInt8] {
        stride(from: 0, to: signature.count, by: 2).map { index in
            let high = index + 1 < signature.count ? UInt8(signature[index + 1] & 0x0F) << 4 : 0
            return UInt8(signature[index] & 0x0F) | high
        }
    }

    /// The length of the sketch of one of this hasher's signatures.
    public var sketchWidth: Int { (hashes + 1) / 2 }

    /// How many of the values two sketches of the same length agree on.
    public static func sketchAgreements(_ first: UnsafeRawBufferPointer, _ second: UnsafeRawBufferPointer) -> Int {
        let count = min(first.count, second.count)
        var different = 0, offset = 0
        while offset + 8 <= count {
            let word = first.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
                ^ second.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            // A nibble is nonzero when any of its bits is: fold each onto its low bit.
            var folded = word | (word >> 1)
            folded |= folded >> 2
            different += (folded & 0x1111_1111_1111_1111).nonzeroBitCount
            offset += 8
        }
        while offset < count {
            let byte = first[offset] ^ second[offset]
            different += (byte & 0x0F != 0 ? 1 : 0) + (byte & 0xF0 != 0 ? 1 : 0)
            offset += 1
        }
        return 2 * count - different
    }

    /// A signature as stored: each value's four bytes, least significant first.
    static func encode(_ signature: [UInt32]) -> [UInt8] {
        withEncoded(signature) { Array($0) }
    }

    /// The stored bytes of a signature, handed to `body`: on a little-endian machine the
    /// array's own memory, without the two copies `encode` makes for every stored document.
    static func withEncoded<Result>(_ signature: [UInt32], _ body: (UnsafeRawBufferPointer) -> Result) -> Result {
        #if _endian(little)
        signature.withUnsafeBytes(body)
        #else
        signature.map(\.littleEndian).withUnsafeBytes(body)
        #endif
    }

    static func decode(_ bytes: [UInt8]) -> [UInt32] {
        bytes.withUnsafeBytes { raw in
            (0..<(raw.count / 4)).map { UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: 4 * $0, as: UInt32.self)) }
        }
    }
}
