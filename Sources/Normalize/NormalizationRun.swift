import ICUBridge
import ThiDuaModel

/// One pass of the normalizer over one text: the state machine behind `Normalizer`.
///
/// Text from the press is nearly always already NFC with single spaces, so the design
/// is a fast path that only *looks* at each character (one table lookup) while the
/// bytes are copied later in runs, and a slow path for everything else. The offset map
/// costs nothing while the output keeps step with the input (see `OffsetMap`).
///
/// NFC is delegated to ICU one "chunk" at a time: a starter and the combining marks that
/// follow it. A character with an NFC boundary before it never interacts with what
/// precedes it, so chunk-wise NFC equals NFC of the whole text.
struct NormalizationRun {
    private let table: CharacterTable
    private let flags: UnsafeBufferPointer<UInt16>
    private let tone: ToneRewriter
    private let input: UnsafeBufferPointer<UInt8>

    private var out: OutputText
    private let source: String
    private var outScalars = 0
    private var map = OffsetMap()
    private var paragraphs: [Paragraph] = []
    private var paragraphStartByte = 0
    private var paragraphStartScalar = 0

    /// Input scalar offset of the character being read, and its byte index.
    private var origin = 0
    private var index = 0
    /// Start of the input run that is still to be copied verbatim to the output.
    private var runStart = 0
    private var runOrigin = 0

    private enum Last: UInt8 { case paragraphStart, space, other }
    private var last = Last.paragraphStart
    /// The previous character may end a nucleus in the other placement: check at word end.
    private var toneCandidate = false

    private let composition: CompositionTable
    private var marks: [UInt32] = []
    private var utf16Scratch: [UInt16] = []
    private var nfcScratch: [UInt16] = []

    init(table: CharacterTable, tone: ToneRewriter, composition: CompositionTable, source: String,
         input: UnsafeBufferPointer<UInt8>) {
        self.table = table
        self.composition = composition
        self.flags = table.bmp
        self.tone = tone
        self.source = source
        self.input = input
        out = OutputText(capacity: input.count + 16)
    }

    mutating func normalize() throws(ICUError) -> NormalizedText {
        map.beginIdentity(out: 0, orig: 0)
        let count = input.count
        let bytes = input.baseAddress, bmp = flags.baseAddress!
        // The loop keeps its state in locals (registers) and hands it back to `self` only
        // around calls that need it. `attention` holds the flag bits that make the next
        // character need more than a look: always the special ones; "not a letter" after
        // a letter that may end a nucleus to rewrite; the plain space after a space or at
        // the start of a paragraph.
        let start = CharacterTable.special | CharacterTable.plainSpace
        var index = 0, origin = 0, attention = start
        while index < count {
            let lead = bytes![index]
            var value = UInt32(lead), length = 1
            if lead >= 0x80 { (value, length) = decode(at: index) }
            let bits = value < 0x10000 ? bmp[Int(value)] : table.flags(value)
            if bits & attention == 0 {
                attention = CharacterTable.special | (bits & CharacterTable.toneSecond) << 2 | (bits & CharacterTable.plainSpace)
                index += length
                origin += 1
                continue
            }
            (self.index, self.origin) = (index, origin)
            if bits & attention & ~CharacterTable.nonLetter == 0 {
                // Only a word end after a candidate letter: check it, then go on as usual.
                endWord()
                attention = CharacterTable.special | (bits & CharacterTable.plainSpace)
                index += length
                origin += 1
                continue
            }
            last = lastKind(attention: attention)
            toneCandidate = attention & CharacterTable.nonLetter != 0
            try slowPath(value, bits: bits, length: length)
            (index, origin) = (self.index, self.origin)
            attention = CharacterTable.special | (toneCandidate ? CharacterTable.nonLetter : 0)
                | (last == .other ? 0 : CharacterTable.plainSpace)
        }
        (self.index, self.origin) = (index, origin)
        last = lastKind(attention: attention)
        toneCandidate = attention & CharacterTable.nonLetter != 0
        flushRun()
        if toneCandidate { endWord() }
        switch last {
        case .space:
            removeLastScalar() // trailing space
            closeParagraph()
        case .other:
            closeParagraph()
        case .paragraphStart:
            if out.lastByte == 0x0A { removeLastScalar() } // the break before nothing
        }
        map.finish(count: outScalars)
        return NormalizedText(text: out.text, map: map, paragraphs: paragraphs)
    }

    /// What the output ends with, for the slow path: the fast path only tracks whether a
    /// plain space would be dropped.
    private func lastKind(attention: UInt16) -> Last {
        if outScalars + (origin - runOrigin) == paragraphStartScalar { return .paragraphStart }
        return attention & CharacterTable.plainSpace != 0 ? .space : .other
    }

    @inline(__always)
    private func decode(at index: Int) -> (UInt32, Int) {
        let lead = input[index]
        if lead < 0x80 { return (UInt32(lead), 1) }
        // Swift strings hold valid UTF-8: the sequence is complete and well formed.
        if lead < 0xE0 { return ((UInt32(lead) & 0x1F) << 6 | UInt32(input[index + 1] & 0x3F), 2) }
        if lead < 0xF0 {
            return ((UInt32(lead) & 0x0F) << 12 | UInt32(input[index + 1] & 0x3F) << 6 | UInt32(input[index + 2] & 0x3F), 3)
        }
        return ((UInt32(lead) & 0x07) << 18 | UInt32(input[index + 1] & 0x3F) << 12
            | UInt32(input[index + 2] & 0x3F) << 6 | UInt32(input[index + 3] & 0x3F), 4)
    }

    /// Copies the pending verbatim run to the output.
    private mutating func flushRun() {
        if index > runStart {
            out.appendSlice(of: source, bytes: runStart..<index)
            outScalars += origin - runOrigin
        }
        runStart = index
        runOrigin = origin
    }

    // MARK: Slow path

    private mutating func slowPath(_ value: UInt32, bits: UInt16, length: Int) throws(ICUError) {
        flushRun()
        if bits & (CharacterTable.noBoundaryBefore | CharacterTable.changesAlone) != 0,
           bits & (CharacterTable.space | CharacterTable.lineBreak | CharacterTable.removed) == 0 {
            try composeChunk(startingWith: value, bits: bits)
        } else {
            if bits & (CharacterTable.space | CharacterTable.plainSpace) != 0 {
                space()
            } else if bits & CharacterTable.lineBreak != 0 {
                lineBreak()
            } else if bits & CharacterTable.lookalike != 0, let replacement = table.lookalikes[value] {
                visible(replacement)
            }
            // Anything else is removed: zero-width characters, controls.
            index += length
            origin += 1
        }
        runStart = index
        runOrigin = origin
        map.beginIdentity(out: outScalars, orig: origin)
    }

    private mutating func space() {
        if toneCandidate { endWord() }
        toneCandidate = false
        guard last == .other else { return } // leading or repeated
        emit(" ", orig: origin)
        last = .space
    }

    private mutating func lineBreak() {
        if toneCandidate { endWord() }
        toneCandidate = false
        switch last {
        case .paragraphStart:
            return // a blank line
        case .space:
            removeLastScalar()
        case .other:
            break
        }
        closeParagraph()
        emit("\n", orig: origin)
        paragraphStartByte = out.byteCount
        paragraphStartScalar = outScalars
        last = .paragraphStart
    }

    private mutating func visible(_ scalar: Unicode.Scalar) {
        let bits = table.flags(scalar.value)
        if toneCandidate, bits & CharacterTable.letter == 0 { endWord() }
        emit(scalar, orig: origin)
        last = .other
        toneCandidate = bits & CharacterTable.toneSecond != 0
    }

    private mutating func emit(_ scalar: Unicode.Scalar, orig: Int) {
        map.beginIdentity(out: outScalars, orig: orig)
        out.append(scalar)
        outScalars += 1
    }

    private mutating func removeLastScalar() {
        let (_, start) = out.lastScalar(before: out.byteCount)
        out.removeTail(fromByte: start)
        outScalars -= 1
    }

    private mutating func closeParagraph() {
        paragraphs.append(Paragraph(utf8: paragraphStartByte..<out.byteCount, scalars: paragraphStartScalar..<outScalars))
    }

    /// A combining mark (or a character NFC changes): gathers the starter before it from
    /// the output and the marks after it from the input, and replaces them with ICU's NFC,
    /// mapped as one block to their original range.
    private mutating func composeChunk(startingWith value: UInt32, bits: UInt16) throws(ICUError) {
        var chunkByte = out.byteCount, chunkScalar = outScalars
        if bits & CharacterTable.noBoundaryBefore != 0, last == .other {
            // Walk back to the starter: it may carry marks that did not compose.
            while chunkScalar > paragraphStartScalar {
                let (previous, start) = out.lastScalar(before: chunkByte)
                chunkByte = start
                chunkScalar -= 1
                if table.flags(previous) & CharacterTable.noBoundaryBefore == 0 { break }
            }
        } else if toneCandidate, bits & CharacterTable.letter == 0 {
            endWord()
        }
        let chunkOrigin = chunkScalar < outScalars ? map.start(ofScalar: chunkScalar) : origin

        // This character and every following one that attaches to what precedes it.
        marks.removeAll(keepingCapacity: true)
        var next = value
        repeat {
            marks.append(next)
            index += decode(at: index).1
            origin += 1
            guard index < input.count else { break }
            next = decode(at: index).0
        } while table.flags(next) & (CharacterTable.noBoundaryBefore | CharacterTable.special & ~CharacterTable.changesAlone)
            == CharacterTable.noBoundaryBefore

        // The common case (NFD text): one letter and its marks, composed without ICU.
        var single: Unicode.Scalar?
        if outScalars - chunkScalar == 1, marks.count <= 2, bits & CharacterTable.changesAlone == 0,
           let letter = composition.compose(out.lastScalar(before: out.byteCount).0, marks[0], marks.count == 2 ? marks[1] : 0) {
            single = Unicode.Scalar(letter)
        }
        let composed = single == nil ? try icuNFC(outputFrom: chunkByte) : []
        out.removeTail(fromByte: chunkByte)
        outScalars = chunkScalar
        map.beginBlock(out: chunkScalar, orig: chunkOrigin..<origin)
        var lastBits: UInt16 = 0
        if let single {
            out.append(single)
            outScalars += 1
            lastBits = table.flags(single.value)
        }
        for scalar in composed {
            out.append(scalar)
            outScalars += 1
            lastBits = table.flags(scalar.value)
        }
        last = .other
        toneCandidate = lastBits & CharacterTable.toneSecond != 0
    }

    /// The input scalar that ends at byte `end`, and where it starts.
    private func inputScalar(before end: Int) -> (UInt32, Int) {
        var start = end - 1
        while start > 0, input[start] & 0xC0 == 0x80 { start -= 1 }
        return (decode(at: start).0, start)
    }

    /// ICU's NFC of the output from `byte` on followed by `marks`.
    private mutating func icuNFC(outputFrom byte: Int) throws(ICUError) -> [Unicode.Scalar] {
        utf16Scratch.removeAll(keepingCapacity: true)
        for scalar in out.scalars(fromByte: byte) { utf16Scratch.append(contentsOf: UTF16.encode(scalar)!) }
        for mark in marks { utf16Scratch.append(contentsOf: UTF16.encode(Unicode.Scalar(mark)!)!) }
        let written = try utf16Scratch.withUnsafeBufferPointer { units throws(ICUError) in
            try NFC.normalize(units, into: &nfcScratch)
        }
        return Array(String(decoding: nfcScratch[0..<written], as: UTF16.self).unicodeScalars)
    }

    // MARK: Tone placement

    /// At the end of a word whose last letter may close an oa/oe/uy nucleus written in the
    /// other placement: move the mark when the nucleus ends an open syllable. The pair
    /// keeps its two scalars, so the offset map is unchanged.
    private mutating func endWord() {
        toneCandidate = false
        // Usually both letters are still in the pending input run: rule the pair out there,
        // without touching the output.
        let (_, pendingSecond) = inputScalar(before: index)
        if pendingSecond > runStart {
            let (first, _) = inputScalar(before: pendingSecond)
            if table.flags(first) & CharacterTable.toneFirst == 0 { return }
        }
        flushRun()
        guard outScalars - paragraphStartScalar >= 2 else { return }
        let (second, secondStart) = out.lastScalar(before: out.byteCount)
        let (first, firstStart) = out.lastScalar(before: secondStart)
        guard table.flags(first) & CharacterTable.toneFirst != 0,
              let replacement = tone.replacement(first, second) else { return }
        if outScalars - paragraphStartScalar >= 3 {
            let (initial, _) = out.lastScalar(before: firstStart)
            let initialBits = table.flags(initial)
            if initialBits & CharacterTable.vowel != 0 && initialBits & CharacterTable.letter != 0 { return }
            if replacement.notAfter.contains(initial) { return }
        }
        out.removeTail(fromByte: firstStart)
        out.append(replacement.first)
        out.append(replacement.second)
    }
}
