/// A pattern compiled for the matcher: a flat list of instructions with the classes
/// resolved to numbers, run by a backtracking machine with a stack of its own. Matching
/// the pattern tree with a closure per step retained and released its nodes at every
/// step, which cost more than the matching did.
///
/// The order in which ways to match are tried is the tree's: alternatives and optional
/// items in order (the item before its absence), repetition greedy (at most
/// `PatternNode.maxRepeat` rounds, each taking at least one token), a class's spans longest
/// first, a gap shortest first. The first way that reaches the end of the pattern wins.
struct MatchProgram: Sendable {
    enum Instruction: Sendable {
        /// Take these fold keys (a number into `words`).
        case words(Int)
        /// Take one span of the class at the token: each in turn, longest first.
        case lexical(WordClass)
        /// Take one span of the composite class (by number), each in turn, longest first.
        case composite(Int)
        /// Skip 0 to N tokens, fewest first.
        case gap(Int)
        /// Go on with the next instruction; if that fails, go on at the target instead.
        case split(Int)
        case jump(Int)
        /// Note where a round of a repetition starts (in a register), and fail the round if it
        /// took no token.
        case mark(register: Int)
        case progress(register: Int)
        /// A capture (a number into `captures`) starts, or the innermost open one ends.
        case open(Int)
        case close
        /// Go on only at the first token of the clause.
        case clauseStart
        /// Fail here (a class the lexicon does not have).
        case fail
        case match
    }

    /// What a capture is called, and which class gives its value.
    struct CaptureInfo: Sendable {
        let name: String
        let value: ValueSource
    }

    enum ValueSource: Sendable {
        case lexical(WordClass)
        case composite(Int)
        case none
    }

    private(set) var instructions: [Instruction] = []
    private(set) var words: [[String]] = []
    private(set) var captures: [CaptureInfo] = []
    private(set) var registers = 0

    init(_ node: PatternNode, lexicon: Lexicon) {
        emit(node, lexicon: lexicon)
        instructions.append(.match)
    }

    private mutating func emit(_ node: PatternNode, lexicon: Lexicon) {
        switch node {
        case .words(let list):
            words.append(list)
            instructions.append(.words(words.count - 1))
        case .wordClass(let name):
            instructions.append(lexicon.wordClass(named: name).map(Instruction.lexical) ?? .fail)
        case .composite(let number):
            instructions.append(.composite(number))
        case .gap(let limit):
            instructions.append(.gap(limit))
        case .clauseStart:
            instructions.append(.clauseStart)
        case .capture(let name, let inner):
            let value: ValueSource
            switch inner {
            case .wordClass(let name): value = lexicon.wordClass(named: name).map(ValueSource.lexical) ?? .none
            case .composite(let number): value = .composite(number)
            default: value = .none
            }
            captures.append(CaptureInfo(name: name, value: value))
            instructions.append(.open(captures.count - 1))
            emit(inner, lexicon: lexicon)
            instructions.append(.close)
        case .sequence(let nodes):
            for node in nodes { emit(node, lexicon: lexicon) }
        case .alternatives(let options):
            var jumps: [Int] = []
            for (number, option) in options.enumerated() {
                let split = instructions.count
                if number < options.count - 1 { instructions.append(.split(-1)) }
                emit(option, lexicon: lexicon)
                if number < options.count - 1 {
                    jumps.append(instructions.count)
                    instructions.append(.jump(-1))
                    instructions[split] = .split(instructions.count)
                }
            }
            for jump in jumps { instructions[jump] = .jump(instructions.count) }
        case .optional(let inner):
            let split = instructions.count
            instructions.append(.split(-1))
            emit(inner, lexicon: lexicon)
            instructions[split] = .split(instructions.count)
        case .repeated(let inner, let atLeast):
            // Unrolled: the rounds are few, and each needs its own register.
            var exits: [Int] = []
            for round in 0..<PatternNode.maxRepeat {
                if round >= atLeast {
                    exits.append(instructions.count)
                    instructions.append(.split(-1))
                }
                let register = registers
                registers += 1
                instructions.append(.mark(register: register))
                emit(inner, lexicon: lexicon)
                instructions.append(.progress(register: register))
            }
            for exit in exits { instructions[exit] = .split(instructions.count) }
        }
    }
}
