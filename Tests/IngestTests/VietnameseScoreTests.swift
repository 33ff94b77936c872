@testable import Ingest
import Testing

/// The score that picks a legacy decoding: the share of non-ASCII words that could be
/// Vietnamese syllables.
struct VietnameseScoreTests {
    @Test(arguments: [
        "5 tập thể, 4 cá nhân được trao Huân chương Lao động hạng Nhất, Nhì, Ba",
        "Đảng ủy Quân sự tỉnh Nghệ An khen thưởng chiến sĩ thi đua",
        "Hua\u{0302}n chu\u{031B}o\u{031B}ng Lao đo\u{0302}\u{0323}ng", // decomposed, as NFD text and windows-1258 carry it
    ])
    func wellFormedVietnameseScoresOne(_ text: String) {
        let score = TextDecoder.vietnameseScore(text)
        #expect(score.share == 1 && score.words > 0)
    }

    @Test func wrongDecodingsScoreLow() {
        // UTF-8 read as windows-1252, and letters that are no Vietnamese syllable.
        let mojibake = TextDecoder.vietnameseScore("HuÃ¢n chÆ°Æ¡ng Lao Ä‘á»™ng háº¡ng Nháº¥t")
        #expect(mojibake.share < 0.5)
        let greek = TextDecoder.vietnameseScore("Λόγος και ψυχή: θεωρία της γνώσης")
        #expect(greek.share == 0 && greek.words == 6)
        // Two tone marks, a mark on a consonant, a capital after a small letter.
        let broken = TextDecoder.vietnameseScore("hoạá n\u{0301}a đÂu")
        #expect(broken.words == 3 && broken.share == 0)
    }

    @Test func aTextWithoutNonASCIILettersHasNoScoredWords() {
        #expect(TextDecoder.vietnameseScore("Tong ket cong tac thi dua 2024").words == 0)
    }
}
