/// One meaning of a word or phrase: its class (`kind`, `award`, `receive` ...) and value
/// (`tap-the`, `huan-chuong-lao-dong`, "" for classes without values).
struct LexicalEntry: Sendable, Hashable {
    let wordClass: String
    let value: String
}

/// Every phrase of the rules, as a trie over token fold keys, so that all phrases starting
/// at a token are found in one walk whatever the number of phrases.
struct Lexicon: Sendable {
    private var children: [[String: Int]] = [[:]]
    private var entries: [[LexicalEntry]] = [[]]
    private(set) var classes: Set<String> = []

    mutating func add(_ phrase: [String], _ entry: LexicalEntry) {
        guard !phrase.isEmpty else { return }
        var node = 0
        for word in phrase {
            if let next = children[node][word] {
                node = next
            } else {
                children.append([:])
                entries.append([])
                children[node][word] = children.count - 1
                node = children.count - 1
            }
        }
        if !entries[node].contains(entry) { entries[node].append(entry) }
        classes.insert(entry.wordClass)
    }

    /// How many phrases each class has (a rough measure of how common its words are).
    var classSizes: [String: Int] {
        var sizes: [String: Int] = [:]
        for list in entries { for entry in list { sizes[entry.wordClass, default: 0] += 1 } }
        return sizes
    }

    /// Every value of a class (province names, award slugs).
    func values(of wordClass: String) -> Set<String> {
        Set(entries.joined().filter { $0.wordClass == wordClass }.map(\.value))
    }

    /// The phrases that start at `start`, longest first, with their lengths in tokens.
    func matches(_ folds: [String], at start: Int) -> [(length: Int, entry: LexicalEntry)] {
        var found: [(Int, LexicalEntry)] = []
        var node = 0, index = start
        while index < folds.count, let next = children[node][folds[index]] {
            node = next
            index += 1
            for entry in entries[node] { found.append((index - start, entry)) }
        }
        found.reverse()
        return found
    }
}
