import ThiDuaModel

/// A total of unnamed awards and the sentence after it that states what they were, without
/// a marker: "Tại hội nghị, 60 tập thể, cá nhân được khen thưởng. Chủ tịch UBND tỉnh tặng Bằng
/// khen cho 20 tập thể, 40 cá nhân." The counts of the second add up to the first's: they are
/// its parts (`part_of`), so statistics count the 60 once (the gap "praise and award of the
/// same people in two sentences count twice" of stop 29's note).
extension Extractor {
    /// Links the records `next` (the sentence after the total's, in the same paragraph and
    /// zone) to the khen-thuong total among `before` whose count they add up to exactly.
    /// Nothing changes unless every record of `next` is counted, exact, of a stated award and
    /// of kinds the total counts, and none is a part already.
    static func linkSummedParts(_ records: inout [ExtractedRecord], before: Range<Int>, next: Range<Int>) {
        guard !before.isEmpty, !next.isEmpty else { return }
        let parts = records[next]
        guard parts.allSatisfy({ part in
            part.record.partOf == nil && part.record.count != nil && part.record.qualifier == .exact
                && !part.record.kind.isEmpty && part.record.award != ["khen-thuong"] && !part.restated
        }) else { return }
        let sum = parts.reduce(0) { $0 + ($1.record.count ?? 0) }
        let totals = records[before].filter { candidate in
            let total = candidate.record
            return total.award == ["khen-thuong"] && total.partOf == nil && total.qualifier == .exact && total.count == sum
                && parts.allSatisfy { Set($0.record.kind).isSubset(of: total.kind) }
                && !records.contains { $0.record.partOf == total.id }
        }
        guard totals.count == 1, let total = totals.first?.record.id else { return }
        for index in next { records[index].record.partOf = total }
    }
}
