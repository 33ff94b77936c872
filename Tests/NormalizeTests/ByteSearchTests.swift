import Normalize
import Testing

/// The byte search behind title forms, outlet names and menu marks.
struct ByteSearchTests {
    @Test(arguments: [
        ("Phó Chủ tịch Ủy ban nhân dân tỉnh", "Ủy ban nhân dân", true), ("Chủ tịch", "Chủ tịch", true),
        ("Chủ tịch", "", true), ("Chủ", "Chủ tịch", false), ("Chủ tịch UBND", "Chu", false), ("aab", "ab", true),
        ("", "a", false),
    ])
    func findsTheBytesOfAText(text: String, pattern: String, found: Bool) {
        #expect(text.containsBytes(of: pattern) == found)
        #expect(ByteSearch.contains(Array(text.utf8), Array(pattern.utf8)) == found)
    }
}
