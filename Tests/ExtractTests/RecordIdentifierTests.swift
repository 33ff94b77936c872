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

    /// Each clause of a sentence cut at ";" numbers its records from 0: their identifiers
    /// must still differ ("...; trong đó ... 1.245 ...; ... 856 ..." gave four records one id).
    @Test func recordsOfEveryClauseHaveIdentifiersOfTheirOwn() throws {
        let records = try StatementTests.records("""
            Trong năm 2024, tỉnh đã khen thưởng 2.356 tập thể, cá nhân; trong đó khen thưởng theo công trạng 1.245 tập thể, \
            cá nhân; khen thưởng chuyên đề 856 tập thể, cá nhân; khen thưởng đột xuất 255 tập thể, cá nhân.
            """)
        #expect(records.map(\.count) == [2356, 1245, 856, 255])
        #expect(Set(records.map(\.id)).count == 4)
        let total = try #require(records.first)
        #expect(total.partOf == nil)
        #expect(records.dropFirst().allSatisfy { $0.partOf == total.id }, "\(records.map(\.partOf))")
    }
}
