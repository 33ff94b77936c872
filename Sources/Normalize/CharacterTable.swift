import ICUBridge

/// What the normalizer needs to know about a code point, packed into 16 bits so that the
/// common case (an ordinary letter, digit, punctuation mark or single space) costs one
/// table lookup.
struct CharacterTable: Sendable {
    // From ICU's NFC data.
    static let noBoundaryBefore: UInt16 = 1 << 0
    static let changesAlone: UInt16 = 1 << 1
    // From the rules: at most one of these.
    static let space: UInt16 = 1 << 2
    static let lineBreak: UInt16 = 1 << 3
    static let removed: UInt16 = 1 << 4
    static let lookalike: UInt16 = 1 << 5
    /// Anything the fast path cannot copy as it is.
    static let special: UInt16 = noBoundaryBefore | changesAlone | space | lineBreak | removed | lookalike
    // Word structure.
    static let letter: UInt16 = 1 << 6
    static let vowel: UInt16 = 1 << 7
    /// Can start / end a nucleus written in the placement the rules replace.
    static let toneFirst: UInt16 = 1 << 8
    static let toneSecond: UInt16 = 1 << 9
    /// U+0020: copied as it is unless it is leading, trailing or repeated.
    static let plainSpace: UInt16 = 1 << 10
    /// Not a letter: ends a word. Two places above `toneSecond`, which the normalizer's
    /// loop relies on.
    static let nonLetter: UInt16 = 1 << 11

    /// Flags of every BMP code point, in memory that lives as long as the table: the hot
    /// loop reads it through a plain pointer.
    var bmp: UnsafeBufferPointer<UInt16> { UnsafeBufferPointer(storage.pointer) }
    private let storage: Storage
    let lookalikes: [UInt32: Unicode.Scalar]

    init(rules: NormalizationRules, fold: FoldKey, tone: ToneRewriter) {
        var table = ContiguousArray(NFC.bmpFlags.map(UInt16.init))
        // Outside FoldKey's tables a scalar folds to itself, so only its own spelling can be
        // a vowel: folding all 65,536 (two Strings each) was 150 M instructions a pipeline.
        let vowelScalars = Set(rules.vowels.compactMap { $0.unicodeScalars.count == 1 ? $0.unicodeScalars.first?.value : nil })
        for value in 0..<UInt32(table.count) {
            guard let scalar = Unicode.Scalar(value) else { continue }
            table[Int(value)] |= scalar.properties.isAlphabetic ? Self.letter : Self.nonLetter
            let isVowel = FoldKey.isTabled(value) ? rules.vowels.contains(fold.fold(scalar)) : vowelScalars.contains(value)
            if isVowel { table[Int(value)] |= Self.vowel }
            let isControl = value < 0x20 || (0x7F...0x9F).contains(value)
            if isControl { table[Int(value)] |= Self.removed }
        }
        func mark(_ scalars: Set<Unicode.Scalar>, _ bit: UInt16) {
            for scalar in scalars where scalar.value < 0x10000 {
                let index = Int(scalar.value)
                table[index] &= ~(Self.space | Self.lineBreak | Self.removed)
                table[index] |= bit
            }
        }
        mark(rules.removed, Self.removed)
        mark(rules.spaces, Self.space)
        mark(rules.lineBreaks, Self.lineBreak)
        if rules.spaces.contains(" ") { table[0x20] = table[0x20] & ~Self.space | Self.plainSpace }
        var lookalikes: [UInt32: Unicode.Scalar] = [:]
        for (from, to) in rules.lookalikes {
            lookalikes[from.value] = to
            if from.value < 0x10000 { table[Int(from.value)] |= Self.lookalike }
        }
        for value in tone.firstLetters where value < 0x10000 { table[Int(value)] |= Self.toneFirst }
        for value in tone.lastLetters where value < 0x10000 { table[Int(value)] |= Self.toneSecond }
        storage = Storage(table)
        self.lookalikes = lookalikes
    }

    final class Storage: @unchecked Sendable { // immutable after init
        let pointer: UnsafeMutableBufferPointer<UInt16>
        init(_ values: ContiguousArray<UInt16>) {
            pointer = .allocate(capacity: values.count)
            _ = pointer.initialize(from: values)
        }
        deinit { pointer.deallocate() }
    }

    /// Flags of any code point; the hot path reads `bmp` directly.
    func flags(_ value: UInt32) -> UInt16 {
        if value < 0x10000 { return bmp[Int(value)] }
        guard let scalar = Unicode.Scalar(value) else { return Self.removed }
        var flags = UInt16(NFC.flags(scalar))
        flags |= scalar.properties.isAlphabetic ? Self.letter : Self.nonLetter
        return flags
    }
}
