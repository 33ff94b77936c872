import ICUBridge
import Testing

struct ICUBridgeTests {
    @Test func linksTheSystemICU() {
        let major = Int(ICU.version.split(separator: ".").first ?? "") ?? 0
        #expect(major >= 60)
    }

    @Test func nfcComposes() throws {
        let composed = try NFC.normalize(Array("Nguye\u{0302}\u{0303}n".unicodeScalars))
        #expect(String(String.UnicodeScalarView(composed)) == "Nguyễn")
    }

    @Test func nfcFlagsSeparateStartersFromMarks() {
        #expect(NFC.flags("a") == 0)
        #expect(NFC.flags("ễ") == 0)
        #expect(NFC.flags("\u{0300}") & NFC.noBoundaryBefore != 0)
        #expect(NFC.flags("\u{212B}") & NFC.changesAlone != 0)
        #expect(NFC.flags("\u{1F600}") == 0)
    }

    @Test func sentenceBoundariesAreByteOffsets() throws {
        let breaker = try SentenceBreaker(locale: "vi")
        let text = Array("Câu một. Câu hai!".utf8)
        let cuts = try text.withUnsafeBufferPointer { try breaker.boundaries(utf8: $0) }
        #expect(Array(cuts) == [0, Int32(Array("Câu một. ".utf8).count), Int32(text.count)])
        let copy = try breaker.copy()
        let again = try text.withUnsafeBufferPointer { try copy.boundaries(utf8: $0) }
        #expect(Array(again) == Array(cuts))
    }

    @Test func emptyTextHasOneBoundary() throws {
        let breaker = try SentenceBreaker()
        let cuts = try [UInt8]().withUnsafeBufferPointer { try breaker.boundaries(utf8: $0) }
        #expect(Array(cuts) == [0])
    }

    @Test func transliteratorRunsRules() throws {
        let fold = try Transliterator(id: "Test-Fold", rules: ":: NFD; :: [:Nonspacing Mark:] Remove; :: Lower; đ > d; :: NFC;")
        #expect(try fold.apply("Ủy ban ĐIỆN BIÊN") == "uy ban dien bien")
    }

    @Test func badTransliteratorRulesNameTheOperation() {
        #expect {
            _ = try Transliterator(id: "Broken", rules: ":: NoSuchTransform;")
        } throws: { error in
            guard let icu = error as? ICUError else { return false }
            return icu.code > 0 && icu.description.contains("utrans_openU(Broken)") && icu.name.hasPrefix("U_")
        }
    }

    @Test func referenceFunctionsAgreeWithTheWrapper() throws {
        let utf8 = Array("Hòa bình. Ủy ban.".utf8)
        let utf16 = try ICUReference.utf16(utf8)
        #expect(String(decoding: utf16, as: UTF16.self) == "Hòa bình. Ủy ban.")
        var scratch: [UInt16] = [], output: [UInt16] = []
        let length = try utf8.withUnsafeBufferPointer { try ICUReference.nfc(utf8: $0, scratch: &scratch, output: &output) }
        #expect(length == utf16.count)
        #expect(try SentenceBreaker().referenceCount(utf16: utf16) == 2)
    }
}
