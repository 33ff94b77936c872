@testable import Extract
import Testing

/// The lexicon's word numbers, looked up by bytes.
struct WordTableTests {
    @Test func numbersWordsOnceAndFindsThemAfterGrowing() {
        var table = WordTable()
        let words = (0..<3000).map { "từ \($0)" } + ["huan", "huan chuong", "", "đ", "d"]
        let numbers = words.map { table.intern($0) }
        #expect(numbers == (0..<Int32(words.count)).map { $0 })
        #expect(table.count == words.count)
        // Again: the same numbers, nothing added.
        #expect(words.map { table.intern($0) } == numbers)
        #expect(words.map { table.number(of: $0) } == numbers)
        #expect(table.count == words.count)
        for unknown in ["hua", "huan chuon", "từ 3000", "D", "từ 12 "] { #expect(table.number(of: unknown) == nil) }
        // A word from a substring's bytes is the same word.
        let sentence = "Huân chương: huan chuong"
        #expect(table.number(of: String(sentence.split(separator: ": ")[1])) == numbers[3001])
    }
}
