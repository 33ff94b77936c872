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
        // Read by index, no slice kept: a slice alive at the write below made the write copy
        // every record of the document, at every sentence (quadratic in a long document).
        guard next.allSatisfy({ index in
            let part = records[index]
            return part.record.partOf == nil && part.record.count != nil && part.record.qualifier == .exact
                && !part.record.kind.isEmpty && part.record.award != ["khen-thuong"] && !part.restated
        }) else { return }
        let sum = next.reduce(0) { $0 + (records[$1].record.count ?? 0) }
        var found: String?
        for index in before {
            let total = records[index].record
            guard total.award == ["khen-thuong"], total.partOf == nil, total.qualifier == .exact, total.count == sum,
                  next.allSatisfy({ Set(records[$0].record.kind).isSubset(of: total.kind) }),
                  !records.contains(where: { $0.record.partOf == total.id }) else { continue }
            guard found == nil else { return }
            found = total.id
        }
        guard let found else { return }
        for index in next { records[index].record.partOf = found }
    }
}
