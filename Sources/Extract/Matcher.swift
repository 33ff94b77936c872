/// A capture of a match: the tokens a named item took and what they meant.
struct Capture: Sendable {
    let name: String
    let tokens: Range<Int>
    let value: MentionValue?
}

/// Bounded backtracking over a clause: every construct is finite, and a budget of steps
/// per attempt stops pathological rules anyway (the attempt then fails; nothing hangs).
final class Matcher {
    let clause: Clause
    private(set) var steps = 0
    /// Steps one attempt may take; past it the attempt fails.
    static let budget = 20_000

    init(clause: Clause) { self.clause = clause }

    /// The match of `node` starting at `start`, if any: its end and captures.
    func match(_ node: PatternNode, at start: Int) -> (end: Int, captures: [Capture])? {
        steps = 0
        var captures: [Capture] = []
        var result: (Int, [Capture])?
        _ = run(node, at: start, captures: &captures) { end, captures in
            result = (end, captures)
            return true
        }
        return result
    }

    /// Continuation-passing matcher: `next` is called with each way `node` can end, and
    /// returns true to accept it.
    private func run(_ node: PatternNode, at index: Int, captures: inout [Capture],
                              next: (Int, inout [Capture]) -> Bool) -> Bool {
        // Once the budget is spent every call fails at once: the attempt unwinds and fails.
        if steps >= Self.budget {
            steps = Self.budget + 1
            return false
        }
        steps += 1
        switch node {
        case .words(let words):
            guard index + words.count <= clause.count, words.indices.allSatisfy({ clause.folds[index + $0] == words[$0] }) else {
                return false
            }
            return next(index + words.count, &captures)
        case .wordClass(let reference):
            guard index < clause.count,
                  let wordClass = reference.number ?? clause.rules.lexicon.wordClass(named: reference.name) else { return false }
            for match in clause.matches(at: index) where match.wordClass == wordClass && next(index + match.length, &captures) {
                return true
            }
            return false
        case .composite(let composite):
            guard index < clause.count else { return false }
            for span in clause.compositeSpans(composite, at: index) where next(span.end, &captures) { return true }
            return false
        case .capture(let name, let inner):
            let mark = captures.count
            return run(inner, at: index, captures: &captures) { end, captures in
                var value: MentionValue?
                switch inner {
                case .wordClass(let reference):
                    if let wordClass = reference.number ?? clause.rules.lexicon.wordClass(named: reference.name) {
                        value = clause.lexicalSpans(wordClass, at: index).first { $0.end == end }?.value
                    }
                case .composite(let composite): value = clause.compositeSpans(composite, at: index).first { $0.end == end }?.value
                default: break
                }
                captures.insert(Capture(name: name, tokens: index..<end, value: value), at: min(mark, captures.count))
                if next(end, &captures) { return true }
                captures.remove(at: min(mark, captures.count - 1))
                return false
            }
        case .sequence(let nodes):
            return sequence(nodes[...], at: index, captures: &captures, next: next)
        case .alternatives(let options):
            for option in options where run(option, at: index, captures: &captures, next: next) { return true }
            return false
        case .optional(let inner):
            if run(inner, at: index, captures: &captures, next: next) { return true }
            return next(index, &captures)
        case .repeated(let inner, let atLeast):
            return repeated(inner, atLeast: atLeast, done: 0, at: index, captures: &captures, next: next)
        case .gap(let limit):
            // Shortest first: the nearest verb after the recipients is theirs. A gap never
            // crosses the end of the clause.
            for end in index...min(index + limit, clause.count) where next(end, &captures) { return true }
            return false
        }
    }

    private func sequence(_ nodes: ArraySlice<PatternNode>, at index: Int, captures: inout [Capture],
                                   next: (Int, inout [Capture]) -> Bool) -> Bool {
        guard let first = nodes.first else { return next(index, &captures) }
        return run(first, at: index, captures: &captures) { end, captures in
            sequence(nodes.dropFirst(), at: end, captures: &captures, next: next)
        }
    }

    private func repeated(_ node: PatternNode, atLeast: Int, done: Int, at index: Int, captures: inout [Capture],
                                   next: (Int, inout [Capture]) -> Bool) -> Bool {
        if done < PatternNode.maxRepeat {
            let more = run(node, at: index, captures: &captures) { end, captures in
                end > index && repeated(node, atLeast: atLeast, done: done + 1, at: end, captures: &captures, next: next)
            }
            if more { return true }
        }
        return done >= atLeast && next(index, &captures)
    }
}
