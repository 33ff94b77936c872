import ICUBridge

/// What the normalizer needs to know about a code point, packed into one byte so that the
/// common case (an ordinary letter, digit or punctuation mark) costs one table lookup.
struct CharacterTable: Sendable {
    // From ICU's NFC data.
    static let noBoundaryBefore: UInt8 = 1 << 0
    static let changesAlone: UInt8 = 1 << 1
    // From the rules: at most one of these.
    static let space: UInt8 = 1 << 2
    static let lineBreak: UInt8 = 1 << 3
    static let removed: UInt8 = 1 << 4
    static let lookalike: UInt8 = 1 << 5
    /// Anything but an ordinary, stable starter.
    static let special: UInt8 = noBoundaryBefore | changesAlone | space | lineBreak | removed | lookalike
    // Word structure, used only at word ends.
    static let letter: UInt8 = 1 << 6
    static let vowel: UInt8 = 1 << 7

    private let bmp: [UInt8]
    let lookalikes: [UInt32: Unicode.Scalar]

    init(rules: NormalizationRules, fold: FoldKey) {
        var table = NFC.bmpFlags
        for value in 0..<UInt32(table.count) {
            guard let scalar = Unicode.Scalar(value) else { continue }
            if scalar.properties.isAlphabetic { table[Int(value)] |= Self.letter }
            if rules.vowels.contains(fold.fold(scalar)) { table[Int(value)] |= Self.vowel }
            let isControl = value < 0x20 || (0x7F...0x9F).contains(value)
            if isControl { table[Int(value)] |= Self.removed }
        }
        func mark(_ scalars: Set<Unicode.Scalar>, _ bit: UInt8) {
            for scalar in scalars where scalar.value < 0x10000 {
                let index = Int(scalar.value)
                table[index] &= ~(Self.space | Self.lineBreak | Self.removed)
                table[index] |= bit
            }
        }
        mark(rules.removed, Self.removed)
        mark(rules.spaces, Self.space)
        mark(rules.lineBreaks, Self.lineBreak)
        var lookalikes: [UInt32: Unicode.Scalar] = [:]
        for (from, to) in rules.lookalikes {
            lookalikes[from.value] = to
            if from.value < 0x10000 { table[Int(from.value)] |= Self.lookalike }
        }
        self.bmp = table
        self.lookalikes = lookalikes
    }

    @inline(__always)
    func flags(_ value: UInt32) -> UInt8 {
        if value < 0x10000 { return bmp[Int(value)] }
        guard let scalar = Unicode.Scalar(value) else { return Self.removed }
        var flags = NFC.flags(scalar)
        if scalar.properties.isAlphabetic { flags |= Self.letter }
        return flags
    }
}
