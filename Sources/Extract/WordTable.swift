/// The lexicon's words, numbered, looked up by their UTF-8 bytes. A clause looks up every
/// token's fold key here: through a `[String: Int32]` each lookup hashed the string with
/// SipHash and cost about 340 instructions, 2 % of a run's; a byte hash and a compare cost
/// a fraction of that.
struct WordTable: Sendable {
    /// The words one after another; word n is `bytes[starts[n]..<starts[n + 1]]`.
    private var bytes: [UInt8] = []
    private var starts: [Int] = [0]
    private var hashes: [UInt64] = []
    /// Word numbers by hash, open addressing; -1 is an empty slot. At most half full.
    private var slots = [Int32](repeating: -1, count: 1024)

    var count: Int { hashes.count }

    /// The number of `word`; nil when it is none of the table's words.
    func number(of word: String) -> Int32? {
        var word = word
        return word.withUTF8 { word in
            let slot = slot(of: word, hash: Self.hash(word))
            return slots[slot] < 0 ? nil : slots[slot]
        }
    }

    /// The number of `word`, numbering it if it is new.
    mutating func intern(_ word: String) -> Int32 {
        if let known = number(of: word) { return known }
        if (count + 1) * 2 > slots.count { grow() }
        var word = word
        return word.withUTF8 { word in
            let hash = Self.hash(word), number = Int32(count)
            slots[slot(of: word, hash: hash)] = number
            bytes.append(contentsOf: word)
            starts.append(bytes.count)
            hashes.append(hash)
            return number
        }
    }

    /// FNV-1a over the bytes, then mixed so that the top bits, which pick the slot, depend
    /// on every byte.
    static func hash(_ word: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash = FNV1a()
        for byte in word { hash.add(byte) }
        return (hash.value ^ (hash.value >> 29)) &* 0xBF58_476D_1CE4_E5B9
    }

    /// The slot holding `word`, or the empty slot where it would go.
    private func slot(of word: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash >> 40) & mask
        while case let number = slots[slot], number >= 0 {
            if hashes[Int(number)] == hash, equals(Int(number), word) { return slot }
            slot = (slot + 1) & mask
        }
        return slot
    }

    private func equals(_ number: Int, _ word: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = starts[number]
        guard starts[number + 1] - start == word.count else { return false }
        for offset in 0..<word.count where bytes[start + offset] != word[offset] { return false }
        return true
    }

    private mutating func grow() {
        slots = [Int32](repeating: -1, count: slots.count * 2)
        let mask = slots.count - 1
        for (number, hash) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: hash >> 40) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(number)
        }
    }
}
