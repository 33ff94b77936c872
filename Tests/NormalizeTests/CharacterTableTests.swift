@testable import Normalize
import TestSupport
import Testing

struct CharacterTableTests {
    /// The table marks a vowel without folding scalars the rules cannot fold: every BMP
    /// scalar gets the flag its fold key gives it.
    @Test func everyScalarIsAVowelExactlyWhenItsFoldIsOne() {
        let normalizer = Fixtures.pipeline.normalizer
        var vowels = 0
        for value in 0..<UInt32(0x10000) {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let expected = normalizer.rules.vowels.contains(normalizer.fold.fold(scalar))
            let marked = normalizer.table.bmp[Int(value)] & CharacterTable.vowel != 0
            if expected { vowels += 1 }
            #expect(marked == expected, "U+\(String(value, radix: 16, uppercase: true))")
            if marked != expected { return }
        }
        // Vietnamese's vowels in every case and tone (a, ă, â, e, ê, i, o, ô, ơ, u, ư, y),
        // and more from other Latin letters.
        #expect(vowels > 12 * 2 * 6)
    }
}
