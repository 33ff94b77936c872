import Foundation
@testable import Ingest
import Testing

/// Tables in HTML pages: reports list their awards in a table of counts ("Hình thức | Tập thể
/// | Cá nhân"); other tables (pages laid out in one) read cell by cell, as blocks.
struct HTMLTableTests {
    static func text(_ body: String) throws -> String {
        let html = "<html><head><title>Báo</title></head><body>\(body)</body></html>"
        return try InputReaderTests.results(Array(html.utf8), source: "a.html")[0].get().text
    }

    @Test func aRowOfCountsUnderLabelledColumnsReadsAsASentence() throws {
        let text = try Self.text("""
        <table><thead><tr><th>Hình thức khen thưởng</th><th>Tập thể</th><th>Cá nhân</th></tr></thead>
        <tbody><tr><td>Huân chương Lao động hạng Ba</td><td>3</td><td>5</td></tr>
        <tr><td>Bằng khen của Chủ tịch UBND tỉnh</td><td> 1.256 </td><td>0</td></tr></tbody></table>
        """)
        #expect(text == "Hình thức khen thưởng\nTập thể\nCá nhân\nHuân chương Lao động hạng Ba: 3 Tập thể, 5 Cá nhân.\n"
                    + "Bằng khen của Chủ tịch UBND tỉnh: 1.256 Tập thể.\n")
    }

    /// Labels in plain cells of the first row, and rows with no tbody.
    @Test func theFirstRowLabelsTheColumnsWhenNoneOfItsCellsIsACount() throws {
        let text = try Self.text("""
        <table><tr><td><b>Danh hiệu</b></td><td><b>Số lượng cá nhân</b></td></tr>
        <tr><td>Chiến sĩ thi đua cơ sở</td><td>412</td></tr></table>
        """)
        #expect(text.hasSuffix("Chiến sĩ thi đua cơ sở: 412 Số lượng cá nhân.\n"))
    }

    /// A numbering column ("TT", "STT") before the labels labels nothing: the row's label is
    /// its first cell that is no count.
    @Test func aNumberingColumnIsNoLabel() throws {
        let text = try Self.text("""
        <table><tr><th>TT</th><th>Hình thức khen thưởng</th><th>Tập thể</th><th>Cá nhân</th></tr>
        <tr><td>1</td><td>Huân chương Lao động hạng Ba</td><td>2</td><td>5</td></tr>
        <tr><td>2</td><td>Cờ thi đua của UBND tỉnh</td><td>25</td><td></td></tr>
        <tr><td>3</td><td></td><td>4</td><td>7</td></tr></table>
        """)
        #expect(text.hasSuffix("Huân chương Lao động hạng Ba: 2 Tập thể, 5 Cá nhân.\nCờ thi đua của UBND tỉnh: 25 Tập thể.\n3\n4\n7\n"))
    }

    /// A header cell over several columns ("Số lượng" over "Tập thể | Cá nhân"): the row
    /// under it labels them; without such a row, the counts have no labels and are cells.
    @Test func aSpanningHeaderIsLabelledByTheRowUnderIt() throws {
        let text = try Self.text("""
        <table><tr><td rowspan="2">TT</td><td rowspan="2">Hình thức khen thưởng</td><td colspan="2">Số lượng</td></tr>
        <tr><td>Tập thể</td><td>Cá nhân</td></tr>
        <tr><td>1</td><td>Huân chương Lao động hạng Ba</td><td>2</td><td>5</td></tr></table>
        """)
        #expect(text.hasSuffix("Cá nhân\nHuân chương Lao động hạng Ba: 2 Tập thể, 5 Cá nhân.\n"))
        let unlabelled = try Self.text("""
        <table><tr><td>Hình thức khen thưởng</td><td colspan="2">Số lượng</td></tr>
        <tr><td>Huân chương Lao động hạng Ba</td><td>2</td><td>5</td></tr></table>
        """)
        #expect(unlabelled == "Hình thức khen thưởng\nSố lượng\nHuân chương Lao động hạng Ba\n2\n5\n")
    }

    /// A page laid out in a table: its cells are blocks, as any other block, and a table in a
    /// cell is read in its place.
    @Test func aTableOfTextReadsCellByCell() throws {
        let text = try Self.text("""
        <table><tr><td>Menu</td><td><p>Chiều 28/2, hội nghị diễn ra.</p>
        <table><tr><td>UBND tỉnh tặng Bằng khen cho 5 tập thể.</td></tr></table></td></tr>
        <tr><td>Huân chương Lao động</td><td>2</td><td>3</td></tr></table>
        """)
        #expect(text == "Menu\nChiều 28/2, hội nghị diễn ra.\nUBND tỉnh tặng Bằng khen cho 5 tập thể.\nHuân chương Lao động\n2\n3\n")
    }
}
