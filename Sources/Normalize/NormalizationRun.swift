import ICUBridge
import ThiDuaModel

/// One pass of the normalizer over one text: the state machine behind `Normalizer`.
///
/// Works on UTF-8 bytes and emits UTF-8 bytes plus two offsets per output scalar. The
/// common case, an ordinary stable character, is copied with one table lookup. NFC is
/// delegated to ICU one "chunk" at a time: a chunk runs from a character with an NFC
/// boundary before it to the next such character, so normalizing chunks separately is
/// the same as normalizing the whole text, and each chunk maps to its original range.
struct NormalizationRun {
    private let table: CharacterTable
    private let tone: ToneRewriter

    private var bytes: [UInt8] = []
    private var starts: [Int32] = []
    private var ends: [Int32] = []
    private var paragraphs: [Paragraph] = []

    /// Original offset (scalars) of the scalar being read.
    private var origin: Int32 = 0

    private enum Pending { case nothing, space, lineBreak, paragraphStart }
    private var pending = Pending.paragraphStart
    private var pendingStart: Int32 = 0
    private var pendingEnd: Int32 = 0
    private var paragraphStartByte = 0
    private var paragraphStartScalar = 0

    /// The chunk being built: output positions where it starts, its original range, and
    /// whether it needs ICU (it holds a combining mark or a character NFC would change).
    private var chunkStartByte = -1
    private var chunkStartScalar = 0
    private var chunkOriginStart: Int32 = 0
    private var chunkOriginEnd: Int32 = 0
    private var chunkDirty = false

    /// Output scalar index where the current word (run of letters) starts, or -1.
    private var wordStartScalar = -1

    init(normalizer: Normalizer, expectedBytes: Int) {
        table = normalizer.table
        tone = normalizer.tone
        bytes.reserveCapacity(expectedBytes)
        starts.reserveCapacity(expectedBytes)
        ends.reserveCapacity(expectedBytes)
    }

    mutating func consume(_ input: UnsafeBufferPointer<UInt8>) throws(ICUError) {
        var index = 0
        let count = input.count
        while index < count {
            let lead = input[index]
            var value = UInt32(lead)
            var length = 1
            if lead >= 0x80 {
                // Swift strings hold valid UTF-8, so the sequence is complete and well formed.
                if lead < 0xE0 {
                    length = 2
                    value = (value & 0x1F) << 6 | UInt32(input[index + 1] & 0x3F)
                } else if lead < 0xF0 {
                    length = 3
                    value = (value & 0x0F) << 12 | UInt32(input[index + 1] & 0x3F) << 6 | UInt32(input[index + 2] & 0x3F)
                } else {
                    length = 4
                    value = (value & 0x07) << 18 | UInt32(input[index + 1] & 0x3F) << 12
                        | UInt32(input[index + 2] & 0x3F) << 6 | UInt32(input[index + 3] & 0x3F)
                }
            }
            let flags = table.flags(value)
            if flags & CharacterTable.special == 0 {
                try startChunk(flags: flags)
                for offset in index..<(index + length) { bytes.append(input[offset]) }
                starts.append(origin)
                ends.append(origin + 1)
                chunkOriginEnd = origin + 1
            } else {
                try consumeSpecial(value, flags: flags)
            }
            index += length
            origin += 1
        }
    }

    mutating func finish() throws(ICUError) {
        try endChunk()
        finishWord()
        if pending != .paragraphStart { closeParagraph() }
    }

    func result() -> NormalizedText {
        NormalizedText(text: String(decoding: bytes, as: UTF8.self), originStarts: starts,
                       originEnds: ends, paragraphs: paragraphs)
    }

    // MARK: Characters

    /// Before a visible starter: close the previous chunk and word as needed, emit any
    /// pending separator, and open a chunk at the output's end.
    @inline(__always)
    private mutating func startChunk(flags: UInt8) throws(ICUError) {
        if chunkDirty { try endChunk() }
        if flags & CharacterTable.letter == 0 {
            finishWord()
        } else if wordStartScalar < 0 {
            if pending != .nothing { emitPending() }
            wordStartScalar = starts.count
        }
        if pending != .nothing { emitPending() }
        chunkStartByte = bytes.count
        chunkStartScalar = starts.count
        chunkOriginStart = origin
    }

    private mutating func consumeSpecial(_ value: UInt32, flags: UInt8) throws(ICUError) {
        if flags & CharacterTable.removed != 0 { return }
        if flags & (CharacterTable.space | CharacterTable.lineBreak) != 0 {
            try endChunk()
            finishWord()
            chunkStartByte = -1
            note(separator: flags & CharacterTable.lineBreak != 0 ? .lineBreak : .space)
            return
        }
        if flags & CharacterTable.lookalike != 0, let replacement = table.lookalikes[value] {
            let replacementFlags = table.flags(replacement.value)
            if replacementFlags & CharacterTable.special == 0 {
                try startChunk(flags: replacementFlags)
                append(replacement)
                return
            }
            return try consumeSpecial(replacement.value, flags: replacementFlags & ~CharacterTable.lookalike)
        }
        guard let scalar = Unicode.Scalar(value) else { return }
        if flags & CharacterTable.noBoundaryBefore != 0, chunkStartByte >= 0, pending == .nothing {
            // A combining mark (or the like): it joins the chunk, which ICU will compose.
            chunkDirty = true
            append(scalar)
            return
        }
        try startChunk(flags: flags)
        chunkDirty = true
        append(scalar)
    }

    @inline(__always)
    private mutating func append(_ scalar: Unicode.Scalar) {
        bytes.append(contentsOf: UTF8.encode(scalar)!)
        starts.append(origin)
        ends.append(origin + 1)
        chunkOriginEnd = origin + 1
    }

    /// Replaces a chunk that holds combining marks (or other NFC-unstable text) with ICU's
    /// NFC of it; every resulting scalar maps to the whole chunk's original range.
    private mutating func endChunk() throws(ICUError) {
        guard chunkDirty else { return }
        chunkDirty = false
        let raw = Array(String(decoding: bytes[chunkStartByte...], as: UTF8.self).unicodeScalars)
        let composed = try NFC.normalize(raw)
        bytes.removeSubrange(chunkStartByte...)
        starts.removeSubrange(chunkStartScalar...)
        ends.removeSubrange(chunkStartScalar...)
        for scalar in composed {
            bytes.append(contentsOf: UTF8.encode(scalar)!)
            starts.append(chunkOriginStart)
            ends.append(chunkOriginEnd)
        }
    }

    // MARK: Separators and paragraphs

    private mutating func note(separator: Pending) {
        switch (pending, separator) {
        case (.paragraphStart, _), (.lineBreak, _):
            return // nothing visible yet in this paragraph: leading space or blank line
        case (.space, .lineBreak), (.nothing, .lineBreak):
            pending = .lineBreak // trailing spaces of a line are dropped
            pendingStart = origin
        case (.nothing, .space):
            pending = .space
            pendingStart = origin
        default:
            break
        }
        pendingEnd = origin + 1
    }

    private mutating func emitPending() {
        switch pending {
        case .nothing:
            return
        case .paragraphStart:
            break
        case .space:
            bytes.append(0x20)
            starts.append(pendingStart)
            ends.append(pendingEnd)
        case .lineBreak:
            closeParagraph()
            bytes.append(0x0A)
            starts.append(pendingStart)
            ends.append(pendingEnd)
        }
        if pending != .space {
            paragraphStartByte = bytes.count
            paragraphStartScalar = starts.count
        }
        pending = .nothing
    }

    private mutating func closeParagraph() {
        paragraphs.append(Paragraph(utf8: paragraphStartByte..<bytes.count,
                                    scalars: paragraphStartScalar..<starts.count))
    }

    // MARK: Tone placement

    /// At the end of a word: if it ends in an open oa/oe/uy nucleus written in the other
    /// placement, move the mark. The pair keeps its two scalars and their offsets.
    private mutating func finishWord() {
        let wordStart = wordStartScalar
        wordStartScalar = -1
        guard wordStart >= 0, starts.count - wordStart >= 2 else { return }
        let (second, secondStart) = lastScalar(before: bytes.count)
        guard tone.lastLetters.contains(second) else { return }
        let (first, firstStart) = lastScalar(before: secondStart)
        guard let replacement = tone.replacement(first, second) else { return }
        if starts.count - wordStart >= 3 {
            let (initial, _) = lastScalar(before: firstStart)
            if table.flags(initial) & CharacterTable.vowel != 0 || replacement.notAfter.contains(initial) { return }
        }
        bytes.removeSubrange(firstStart...)
        bytes.append(contentsOf: UTF8.encode(replacement.first)!)
        bytes.append(contentsOf: UTF8.encode(replacement.second)!)
    }

    /// The scalar that ends at byte `end` of the output, and where it starts.
    private func lastScalar(before end: Int) -> (UInt32, Int) {
        var start = end - 1
        while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        var value = UInt32(bytes[start])
        let length = end - start
        if length > 1 {
            value &= UInt32(0xFF >> (length + 1))
            for offset in (start + 1)..<end { value = value << 6 | UInt32(bytes[offset] & 0x3F) }
        }
        return (value, start)
    }
}
