/// A capture of a match: the tokens a named item took and what they meant.
struct Capture: Sendable {
    let name: String
    let tokens: Range<Int>
    let value: MentionValue?
}

extension [Capture] {
    /// The tokens of the first capture named `name`. A capture's value holds mentions (names,
    /// awards, groups): `first(where:)` copied it whole, with a retain for each, at every
    /// check of every match.
    func tokens(of name: String) -> Range<Int>? {
        for index in indices where self[index].name == name { return self[index].tokens }
        return nil
    }
}

/// Runs match programs over a clause by bounded backtracking: every construct is finite,
/// and a budget of steps per attempt stops pathological rules anyway (the attempt then
/// fails; nothing hangs). One matcher per clause; its stacks are reused between attempts.
/// A struct, not a class: its stacks change at every step, and a class's stored
/// properties are checked for exclusive access at run time on each change, which cost a
/// fifth of the extraction.
struct Matcher {
    let clause: Clause
    private(set) var steps = 0
    /// Steps one attempt may take (instructions run and choices taken back); past it the
    /// attempt fails.
    static let budget = 20_000

    /// A choice to come back to: the instruction that made it, where it stood, which of
    /// its ways to take next, and how many capture events were recorded then.
    private struct ChoicePoint {
        let instruction: Int32
        let index: Int32
        let alternative: Int32
        let events: Int32
    }

    /// A capture opening (`capture` ≥ 0, at `position`) or the innermost open capture
    /// closing (`capture` = -1): undone by truncation when a choice is taken back.
    private struct CaptureEvent {
        let capture: Int32
        let position: Int32
    }

    private var choices: [ChoicePoint] = []
    private var events: [CaptureEvent] = []
    private var registers: [Int] = []

    init(clause: Clause) { self.clause = clause }

    /// The match of `node` starting at `start`, if any: its end and captures (compiled
    /// anew: for tools and tests; the extractor runs the programs the rules compiled).
    mutating func match(_ node: PatternNode, at start: Int) -> (end: Int, captures: [Capture])? {
        match(MatchProgram(node, lexicon: clause.rules.lexicon), at: start)
    }

    mutating func match(_ program: MatchProgram, at start: Int) -> (end: Int, captures: [Capture])? {
        steps = 0
        choices.removeAll(keepingCapacity: true)
        events.removeAll(keepingCapacity: true)
        if registers.count < program.registers { registers = Array(repeating: 0, count: program.registers) }
        let count = clause.count
        var pc = 0, index = start
        // Each pass runs one instruction; `resumed` is false when it failed and the last
        // choice must be taken back.
        while true {
            if steps >= Self.budget {
                steps = Self.budget + 1
                return nil
            }
            steps += 1
            var resumed = true
            switch program.instructions[pc] {
            case .words(let number):
                let words = program.words[number]
                if index + words.count <= count, words.indices.allSatisfy({ clause.folds[index + $0] == words[$0] }) {
                    index += words.count
                    pc += 1
                } else {
                    resumed = false
                }
            case .lexical, .composite, .gap:
                resumed = take(program.instructions[pc], alternative: 0, instruction: pc, index: &index)
                if resumed { pc += 1 }
            case .split:
                choices.append(ChoicePoint(instruction: Int32(pc), index: Int32(index), alternative: 0, events: Int32(events.count)))
                pc += 1
            case .jump(let target):
                pc = target
            case .mark(let register):
                registers[register] = index
                pc += 1
            case .progress(let register):
                if index > registers[register] { pc += 1 } else { resumed = false }
            case .open(let capture):
                events.append(CaptureEvent(capture: Int32(capture), position: Int32(index)))
                pc += 1
            case .close:
                events.append(CaptureEvent(capture: -1, position: Int32(index)))
                pc += 1
            case .clauseStart:
                if index == 0 { pc += 1 } else { resumed = false }
            case .fail:
                resumed = false
            case .match:
                return (index, captures(program))
            }
            if !resumed {
                guard let next = backtrack(program, index: &index) else { return nil }
                pc = next
            }
        }
    }

    /// Takes way number `alternative` of a choosing instruction at `index`; on success
    /// records a choice point for the next way and moves `index` past what it took.
    private mutating func take(_ instruction: MatchProgram.Instruction, alternative: Int, instruction pc: Int, index: inout Int) -> Bool {
        guard index <= clause.count else { return false }
        var end: Int?
        switch instruction {
        case .lexical(let wordClass):
            guard index < clause.count else { return false }
            var seen = 0
            for match in clause.matches(at: index) where match.wordClass == wordClass {
                if seen == alternative {
                    end = index + match.length
                    break
                }
                seen += 1
            }
        case .composite(let composite):
            let spans = clause.compositeSpans(composite, at: index)
            if alternative < spans.count { end = spans[alternative].end }
        case .gap(let limit):
            if alternative <= limit, index + alternative <= clause.count { end = index + alternative }
        default:
            break
        }
        guard let end else { return false }
        choices.append(ChoicePoint(instruction: Int32(pc), index: Int32(index), alternative: Int32(alternative + 1),
                                   events: Int32(events.count)))
        index = end
        return true
    }

    /// Takes back choices until one has another way: the instruction to go on at, with
    /// `index` set to where that way leaves off; nil when no choice is left.
    private mutating func backtrack(_ program: MatchProgram, index: inout Int) -> Int? {
        while let choice = choices.popLast() {
            if steps >= Self.budget { return nil }
            steps += 1
            events.removeLast(events.count - Int(choice.events))
            index = Int(choice.index)
            let pc = Int(choice.instruction)
            switch program.instructions[pc] {
            case .split(let target):
                return target
            case let instruction:
                if take(instruction, alternative: Int(choice.alternative), instruction: pc, index: &index) { return pc + 1 }
            }
        }
        return nil
    }

    /// The captures of the way that matched, in the order they opened, with their values.
    private func captures(_ program: MatchProgram) -> [Capture] {
        var found: [Capture?] = [], open: [(slot: Int, capture: Int, start: Int)] = []
        for event in events {
            if event.capture >= 0 {
                open.append((found.count, Int(event.capture), Int(event.position)))
                found.append(nil)
            } else if let (slot, capture, start) = open.popLast() {
                let info = program.captures[capture], end = Int(event.position)
                var value: MentionValue?
                switch info.value {
                case .lexical(let wordClass): value = clause.lexicalSpans(wordClass, at: start).first { $0.end == end }?.value
                case .composite(let composite): value = clause.compositeSpans(composite, at: start).first { $0.end == end }?.value
                case .none: value = nil
                }
                found[slot] = Capture(name: info.name, tokens: start..<end, value: value)
            }
        }
        return found.compactMap { $0 }
    }
}
