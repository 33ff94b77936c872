@testable import Extract
import Testing
import TestSupport

/// The tokenizer (UTF-8 decoded in place) and the lexicon's trie over word numbers.
struct TokenizerTests {
    static let rules = Fixtures.pipeline.extractor.rules

    @Test func tokensKeepTheirTextScalarOffsetsAndKinds() {
        // "Đ" and "ễ" are two bytes and three; "🏅" is four bytes, one scalar.
        let text = "Đồng chí Nguyễn 🏅 nhận 5.000 đồng, 4,41% ngày 27/04/2024 lúc 7:30."
        let tokens = Self.rules.tokenizer.tokens(Substring(text))
        #expect(tokens.map { String($0.text) } == ["Đồng", "chí", "Nguyễn", "🏅", "nhận", "5.000", "đồng", ",", "4,41", "%",
                                                   "ngày", "27/04/2024", "lúc", "7:30", "."])
        let scalars = Array(text.unicodeScalars)
        for token in tokens {
            #expect(String(String.UnicodeScalarView(scalars[token.range])) == String(token.text))
        }
        #expect(tokens[0].fold == "dong" && tokens[0].isCapitalized && !tokens[1].isCapitalized)
        #expect(tokens[5].isNumber && !tokens[4].isNumber && tokens[7].isPunctuation && tokens[3].isPunctuation)
        #expect(tokens[7].is(",") && tokens[9].is("%") && tokens[14].is("."))
        #expect(!tokens[7].is(".") && !tokens[5].is("5") && !tokens[3].is(","))
    }

    @Test func aMarkJoinsDigitsOnlyBetweenDigits() {
        let tokens = Self.rules.tokenizer.tokens(Substring("năm 2024. Ngày 5/ tháng"))
        #expect(tokens.map { String($0.text) } == ["năm", "2024", ".", "Ngày", "5", "/", "tháng"])
    }

    /// "sỹ" and "sĩ" are one word in two spellings; "huy" and "tuy" are other rhymes than "hi", "ti".
    @Test func aFinalYAfterConsonantsIsKeyedAsI() {
        let tokens = Self.rules.tokenizer.tokens(Substring("Chiến sỹ sĩ kỹ Mỹ quản lý Huy tuy ý quy"))
        #expect(tokens.map(\.fold) == ["chien", "si", "si", "ki", "mi", "quan", "li", "huy", "tuy", "y", "quy"])
    }

    @Test func theTrieFindsEveryPhraseLongestFirst() {
        var lexicon = Lexicon()
        // More phrases than the edge table's first size, so that it grows.
        for number in 0..<3000 { lexicon.add(["w\(number)", "x", "y"], spelling: "w\(number) x y", wordClass: "long", value: "\(number)") }
        lexicon.add(["w7"], spelling: "w7", wordClass: "short", value: "seven")
        lexicon.add(["w7", "x"], spelling: "w7 x", wordClass: "middle", value: "")
        let words = ["w7", "x", "y", "unknown", "w2999", "x", "y"].map(lexicon.wordNumber)
        #expect(words[3] == -1)
        var found: [LexicalMatch] = []
        let unasked: (Range<Int>, String, String) -> Bool = { _, _, _ in Issue.record("spelling asked of a class matched on fold keys"); return false }
        lexicon.matches(words, at: 0, into: &found, spelledAs: unasked)
        #expect(found.map(\.length) == [3, 2, 1])
        #expect(found.map { lexicon.name(of: $0.wordClass) } == ["long", "middle", "short"])
        #expect(lexicon.value(of: found[0]) == "7")
        found = []
        lexicon.matches(words, at: 3, into: &found, spelledAs: unasked)
        #expect(found.isEmpty)
        lexicon.matches(words, at: 4, into: &found, spelledAs: unasked)
        #expect(found.count == 1 && lexicon.value(of: found[0]) == "2999")
        #expect(lexicon.classSizes["long"] == 3000)
    }

    /// A class compared with diacritics matches only its phrases as written: "cần" (yet to be
    /// done), not "cán" (of "cán bộ"), though both fold to "can"; other classes still match
    /// on fold keys.
    @Test func aClassComparedWithDiacriticsMatchesItsSpellingOnly() {
        var lexicon = Lexicon()
        lexicon.compareWithDiacritics("not_done")
        lexicon.add(["can"], spelling: "cần", wordClass: "not_done", value: "")
        lexicon.add(["can", "bo"], spelling: "cán bộ", wordClass: "kind", value: "ca-nhan")
        let words = ["can", "bo"].map(lexicon.wordNumber)
        for (spelling, classes) in [(["cán", "bộ"], ["kind"]), (["cần", "bộ"], ["kind", "not_done"])] {
            var found: [LexicalMatch] = []
            lexicon.matches(words, at: 0, into: &found) { range, _, lowered in spelling[range].joined(separator: " ") == lowered }
            #expect(found.map { lexicon.name(of: $0.wordClass) } == classes, "\(spelling)")
        }
    }
}
