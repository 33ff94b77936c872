@testable import Extract
import Testing
import TestSupport

struct PatternTests {
    static func parse(_ text: String) throws(PatternSyntaxError) -> PatternNode {
        var parser = PatternParser(text) { $0.lowercased().split(separator: " ").map(String.init) }
        return try parser.parse()
    }

    @Test func parsesTheSyntax() throws {
        #expect(try Self.parse("a:@kind ~3 (cho | tặng)? @x+") == .sequence([
            .capture("a", .wordClass("kind")), .gap(3), .optional(.alternatives([.words(["cho"]), .words(["tặng"])])),
            .repeated(.wordClass("x"), atLeast: 1),
        ]))
        #expect(try Self.parse("\"được nhận\" :") == .sequence([.words(["được", "nhận"]), .words([":"])]))
    }

    @Test(arguments: ["", "(a", "a)", "~99", "@", "a |", "\"open"])
    func rejectsBadSyntax(_ text: String) {
        #expect(throws: PatternSyntaxError.self) { try Self.parse(text) }
    }

    @Test func mandatoryItemsAreWhatEveryMatchNeeds() throws {
        #expect(try Self.parse("x:@a? ~2 @b c").mandatory == ["@b", "=c"])
        #expect(try Self.parse("(@a)? ~2").mandatory.isEmpty)
        #expect(try Self.parse("(@a @b | @a c)").mandatory == ["@a"])
    }

    /// Alternatives that share nothing still need one of their items: a clause with none of
    /// them is not tried ("(@receive ... | @by)").
    @Test func alternativesNeedOneOfTheirItems() throws {
        #expect(try Self.parse("@x ~8 (@a (, @g)? | @b) @c").mandatoryChoices == [["@a", "@b"]])
        // Already mandatory, or an alternative that needs nothing: no choice to add.
        #expect(try Self.parse("(@a @b | @a c)").mandatoryChoices.isEmpty)
        #expect(try Self.parse("@x (@a | ~2)").mandatoryChoices.isEmpty)
        #expect(try Self.parse("@x (@a | @b)? @c").mandatoryChoices.isEmpty)
        #expect(try Self.parse("y:(@a | b) (@c | @d)+").mandatoryChoices == [["@a", "=b"], ["@c", "@d"]])
    }

    /// What may be left out at a match's start adds its first items to those after it: the
    /// matcher tries the pattern only where one of them stands, not at every token.
    @Test func firstItemsLookPastWhatMayBeLeftOut() throws {
        #expect(try Self.parse("(x:@a ~4)? @b c").firstItems == ["@a", "@b"])
        #expect(try Self.parse("(x:@a ~3 | ^) @b").firstItems == ["@a", "@b"])
        #expect(try Self.parse("(@a | b)* @c").firstItems == ["@a", "=b", "@c"])
        // A gap first starts anywhere, and a pattern that may match nothing starts anywhere.
        #expect(try Self.parse("~2 @a").firstItems == nil)
        #expect(try Self.parse("@a? ~2").firstItems == nil)
    }

    /// "^" takes no token and holds only at a clause's first token; what follows it starts
    /// the match.
    @Test func aCaretMatchesOnlyAtTheStartOfTheClause() throws {
        #expect(try Self.parse("^ @a b") == .sequence([.clauseStart, .wordClass("a"), .words(["b"])]))
        #expect(try Self.parse("^ @a b").firstItems == ["@a"])
        let rules = Fixtures.pipeline.extractor.rules
        let clause = Clause(tokens: rules.tokenizer.tokens(Substring("tập thể tập thể")), rules: rules)
        var matcher = Matcher(clause: clause)
        let node = try Self.parse("^ @kind")
        #expect(matcher.match(node, at: 0)?.end == 2)
        #expect(matcher.match(node, at: 2) == nil)
    }

    @Test func aPathologicalRuleStopsAtItsBudget() throws {
        // Nested repetition over a long clause: exponential without the step budget.
        let pipeline = Fixtures.pipeline
        let rules = pipeline.extractor.rules
        let words = Array(repeating: "tập thể", count: 60).joined(separator: " ")
        let clause = Clause(tokens: rules.tokenizer.tokens(Substring(words + " zzz")), rules: rules)
        let node = try Self.parse("((@kind ~2)* ~2)* yyy")
        var matcher = Matcher(clause: clause)
        #expect(matcher.match(node, at: 0) == nil)
        #expect(matcher.steps <= Matcher.budget + 1)
    }

    /// A part of a sentence cut at ";" reads the lexicon matches of the whole sentence:
    /// it must hold what looking the part up on its own finds, no match running past it.
    @Test(arguments: [
        "UBND tỉnh tặng Bằng khen cho 5 tập thể; 12 cá nhân được Chủ tịch UBND tỉnh Lào Cai tặng Giấy khen",
        "Huân chương Lao động hạng Ba; Huân chương Lao động hạng Nhì cho 2 tập thể",
        "Bộ trưởng Bộ Công an; Bộ Công an tặng Bằng khen; ;",
    ])
    func aPartOfASentenceHasTheMatchesOfItsOwnTokens(_ sentence: String) {
        let rules = Fixtures.pipeline.extractor.rules
        let tokens = rules.tokenizer.tokens(Substring(sentence))
        let whole = Clause(tokens: tokens, rules: rules)
        let ranges = Extractor.clauseRanges(whole)
        #expect(ranges.count >= 2)
        for range in ranges {
            let part = Clause(part: range, of: whole), alone = Clause(tokens: Array(tokens[range]), rules: rules)
            #expect(part.folds == alone.folds)
            for index in 0..<alone.count {
                #expect(part.matches(at: index).map { "\($0.wordClass.number):\($0.length):\($0.entry)" }
                    == alone.matches(at: index).map { "\($0.wordClass.number):\($0.length):\($0.entry)" })
            }
            for number in 0..<rules.lexicon.classCount {
                let wordClass = WordClass(number: number)
                #expect(part.present.contains(wordClass) == alone.present.contains(wordClass))
                #expect((0..<alone.count).allSatisfy { part.has(wordClass, at: $0) == alone.has(wordClass, at: $0) })
            }
        }
    }

    @Test func aFirstSetKeepsEachKindOfItemAndLowClassesAsOneMask() {
        let set = FirstSet([.lexical(WordClass(number: 9)), .word("cho"), .composite(2), .lexical(WordClass(number: 63)),
                            .lexical(WordClass(number: 70))])
        #expect(!set.anything)
        #expect(set.classBits == (UInt64(1) << 9) | (UInt64(1) << 63))
        #expect(set.otherClasses == [WordClass(number: 70)])
        #expect(set.words == ["cho"] && set.composites == [2])
        #expect(FirstSet(nil).anything && FirstSet([]).classBits == 0 && !FirstSet([]).anything)
    }
}
