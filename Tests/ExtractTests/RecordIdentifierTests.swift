@testable import Extract
import Testing
import ThiDuaModel

/// Record identifiers are stored and exported: they must not change with their code.
struct RecordIdentifierTests {
    /// The identifier as first written: FNV-1a of the interpolated string.
    static func reference(doc: String, start: Int, end: Int, number: Int, awards: [String]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in "\(doc)|\(start)|\(end)|\(number)|\(awards.joined(separator: ","))".utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    @Test(arguments: [
        ("d41d8cd98f00b204", 0, 0, 0, ["bang-khen-chu-tich-ubnd-tinh"]),
        ("e3b0c44298fc1c14", 1234, 1301, 7, ["huan-chuong-lao-dong", "bang-khen-thu-tuong"]),
        ("", -5, 1_000_000, 12, []),
        ("Đ", 9, 10, 100, ["a", "", "b"]),
    ])
    func identifiersAreTheSameAsEver(doc: String, start: Int, end: Int, number: Int, awards: [String]) {
        let record = AwardRecord(doc: doc, award: awards, kind: ["tap-the"], count: 1, zone: .body,
                                 evidence: Evidence(sentence: "", start: start, end: end, rule: "test"))
        let sentence = Sentence(paragraph: 0, start: start, end: end, text: "")
        let identifier = RecordBuilder.identifier(doc: doc, sentence: sentence, number: number, record: record)
        #expect(identifier == Self.reference(doc: doc, start: start, end: end, number: number, awards: awards))
        #expect(identifier.utf8.count == 16)
    }
}
