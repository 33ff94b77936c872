import ThiDuaModel

/// Which rules match a clause, and which of their matches are kept.
extension Extractor {
    /// Every rule the clause can trigger, tried where its first set starts; the best match for each
    /// recipient group is kept (higher priority, then earlier, then longer).
    /// `partsFrom`: where the rules marked `after_breakdown` may start: 0 in a clause after a
    /// "trong đó" clause of its sentence ("...; trong đó: 2 Huân chương ...; 15 Bằng khen ..."),
    /// after the marker in a clause that counts a total before one ("..., trong đó cấp Nhà
    /// nước 12, cấp tỉnh 98"); the clause's length elsewhere.
    func selectedMatches(in clause: Clause, partsFrom: Int) -> [Match] {
        // The cost of choosing rules follows what the clause holds, not how many rules there are.
        var candidates = Set<Int>()
        for wordClass in clause.present.members where Int(wordClass.number) < rules.index.count {
            candidates.formUnion(rules.index[Int(wordClass.number)])
        }
        // Few rules are anchored by a word (":"): each such word is looked for in the clause,
        // where hashing every token of every clause into a set cost 2 % of a run.
        for (word, positions) in rules.wordIndex where clause.folds.contains(word) {
            candidates.formUnion(positions)
        }
        var matches: [Match] = []
        var matcher = Matcher(clause: clause)
        // Each `unless` condition answered once per clause (the rules share them): where it
        // first holds (the clause's length: nowhere).
        var firstHolding: [Int: Int] = [:]
        // Where a statement of its own begins after the proposal that begins at a limit.
        var resumes: [Int: Int] = [:]
        // Where the `unless_at` conditions of each list match, found once per clause: most rules
        // share a list (25 the not-done one), and a list read whole costs one lookup, not one a condition.
        var spansByList: [Int: [Range<Int>]] = [:]
        // Where each first set starts, found once per clause for all the rules that share it.
        var startsByFirst = [[Int]?](repeating: nil, count: rules.firstSetCount)
        rules: for position in candidates.sorted() {
            let pattern = rules.patterns[position]
            guard partsFrom < clause.count || !pattern.afterBreakdown, pattern.mandatory.allSatisfy(clause.has),
                  pattern.choices.allSatisfy({ $0.contains(where: clause.has) }),
                  pattern.titlesCounted.map({ Self.names($0, in: clause) }) ?? true else { continue }
            var limit = clause.count
            for condition in pattern.unless {
                if let known = firstHolding[condition.key] {
                    limit = min(limit, known)
                    continue
                }
                var at = clause.count
                if condition.mandatory.allSatisfy(clause.has) {
                    at = (0..<clause.count).first {
                        guard clause.starts(with: condition.first, at: $0), clause.isConditionWord(at: $0),
                              let end = matcher.match(condition.program, at: $0)?.end else { return false }
                        // "theo đề nghị của Sở Nội vụ, Chủ tịch UBND tỉnh đã tặng ...": made on a proposal.
                        return !clause.isOnProposal(endingAt: end) && !Self.joinsOwnConferral(clause, after: end)
                    } ?? clause.count
                }
                firstHolding[condition.key] = at
                limit = min(limit, at)
            }
            // Where the `unless_at` conditions match: looked for once the rule has matched.
            var excluded: [Range<Int>]?
            var resume = clause.count
            if limit < clause.count {
                resume = resumes[limit] ?? Self.statementAfterProposal(in: clause, from: limit)
                resumes[limit] = resume
            }
            let from = pattern.afterBreakdown ? partsFrom : 0
            var to = resume < clause.count ? clause.count : limit
            let starts: [Int]
            if pattern.startsClause {
                starts = to > 0 && clause.count > 0 && clause.starts(with: pattern.first, at: 0) ? [0] : []
            } else if let known = startsByFirst[pattern.firstKey] {
                starts = known
            } else {
                // The first set read once, before the loop: read in the loop's condition, it was
                // copied at every token (stop 31 measured 4 % more instructions for a run).
                let first = pattern.first
                starts = (0..<clause.count).filter { clause.starts(with: first, at: $0) }
                startsByFirst[pattern.firstKey] = starts
            }
            to = max(from, to)
            for start in starts where start >= from && start < to && (start < limit || start >= resume) {
                guard let found = matcher.match(pattern.program, at: start), !Self.spansBreakdown(found.captures, in: clause),
                      !Self.spansAnotherVerb(found.captures, in: clause), !Self.spansAnotherAward(found.captures, in: clause),
                      !Self.spansAwardPhrase(found.captures, in: clause),
                      !Self.spansCountedRecipients(found.captures, range: start..<found.end, in: clause),
                      !pattern.capturesHolder || holderHolds(found.captures, in: clause),
                      pattern.titlesCounted.map({ Self.counts($0, only: found.captures) }) ?? true else {
                    continue
                }
                // A proposal after a conferral, joined to it, leaves it one: "tặng Giấy khen cho 15
                // tập thể và đề nghị Bộ trưởng tặng Bằng khen cho 3 tập thể". One that the statement
                // runs into, or that stands before it, makes it none.
                if limit < clause.count, start < resume, !(found.end < limit && (found.end..<limit).contains(where: {
                    clause.tokens[$0].is(",") || clause.folds[$0] == "va"
                })) {
                    continue
                }
                if excluded == nil {
                    if let known = spansByList[pattern.unlessAtKey] {
                        excluded = known
                    } else {
                        excluded = Self.spans(of: pattern.unlessAt, in: clause, matcher: &matcher)
                        spansByList[pattern.unlessAtKey] = excluded
                    }
                }
                if !excluded!.contains(where: { $0.overlaps(start..<found.end) }) {
                    matches.append(Match(pattern: pattern, range: start..<found.end, captures: found.captures))
                }
            }
        }
        // Of one priority, recipients counted before recipients named by a determiner alone: in
        // "Đảng bộ Khối các cơ quan tỉnh có 15 tổ chức cơ sở đảng ... được ... tặng Giấy khen", "các
        // cơ quan" is inside a body's name.
        matches.sort {
            ($0.pattern.priority, $0.countsRecipients ? 1 : 0, -$0.range.lowerBound, $0.range.count)
                > ($1.pattern.priority, $1.countsRecipients ? 1 : 0, -$1.range.lowerBound, $1.range.count)
        }
        var accepted: [Match] = []
        for match in matches where !accepted.contains(where: { $0.conflicts(with: match, in: clause) }) {
            accepted.append(match)
        }
        return accepted.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    static func spans(of conditions: [Condition], in clause: Clause, matcher: inout Matcher) -> [Range<Int>] {
        var spans: [Range<Int>] = []
        for condition in conditions where condition.mandatory.allSatisfy(clause.has) {
            for start in 0..<clause.count where clause.starts(with: condition.first, at: start) && clause.isConditionWord(at: start) {
                if let end = matcher.match(condition.program, at: start)?.end { spans.append(start..<end) }
            }
        }
        return spans
    }
}
