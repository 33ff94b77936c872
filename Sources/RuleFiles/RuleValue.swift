import Yams

/// A node of a rule file that knows where it stands, so every complaint carries file:line.
public struct RuleValue {
    public let node: Node
    public let file: String
    public let diagnostics: RuleDiagnostics

    public var line: Int { node.mark?.line ?? 1 }

    public func report(_ message: String) {
        diagnostics.report(message, file: file, line: line)
    }

    private func child(_ node: Node) -> RuleValue {
        RuleValue(node: node, file: file, diagnostics: diagnostics)
    }

    /// The value under `key` of a mapping; reports a missing required key.
    public func field(_ key: String, required: Bool = true) -> RuleValue? {
        guard case .mapping(let mapping) = node else {
            report("expected a mapping with the key '\(key)'")
            return nil
        }
        if let value = mapping[key] { return child(value) }
        if required { report("missing key '\(key)'") }
        return nil
    }

    /// The key-value pairs of a mapping, in file order.
    public var entries: [(key: String, value: RuleValue)] {
        guard case .mapping(let mapping) = node else {
            report("expected a mapping")
            return []
        }
        return mapping.compactMap { key, value in
            guard let name = key.string else {
                child(key).report("expected a text key")
                return nil
            }
            return (name, child(value))
        }
    }

    /// Reports keys that the reader does not know: a typo must not silently disable a rule.
    public func rejectUnknownKeys(_ known: Set<String>) {
        guard case .mapping(let mapping) = node else { return }
        for (key, _) in mapping {
            if let name = key.string, !known.contains(name) {
                child(key).report("unknown key '\(name)' (known: \(known.sorted().joined(separator: ", ")))")
            }
        }
    }

    /// Whether the value is a list (asked before reading one where a text may stand too).
    public var isList: Bool {
        if case .sequence = node { return true }
        return false
    }

    public var items: [RuleValue] {
        guard case .sequence(let sequence) = node else {
            report("expected a list")
            return []
        }
        return sequence.map(child)
    }

    public var string: String? {
        guard case .scalar(let scalar) = node else {
            report("expected a text value")
            return nil
        }
        return scalar.string
    }

    public var int: Int? {
        guard case .scalar = node, let value = node.int else {
            report("expected a whole number")
            return nil
        }
        return value
    }

    public var bool: Bool? {
        guard case .scalar = node, let value = node.bool else {
            report("expected true or false")
            return nil
        }
        return value
    }

    public var strings: [String] { items.compactMap(\.string) }

    /// A single character written as itself ("Ð") or as a code point ("U+00D0").
    public var scalar: Unicode.Scalar? {
        guard let text = string else { return nil }
        if text.hasPrefix("U+") || text.hasPrefix("u+"),
           let value = UInt32(text.dropFirst(2), radix: 16), let scalar = Unicode.Scalar(value) {
            return scalar
        }
        let scalars = text.unicodeScalars
        if scalars.count == 1, let scalar = scalars.first { return scalar }
        report("expected one character or a code point like U+00A0, found '\(text)'")
        return nil
    }

    public var scalars: [Unicode.Scalar] { items.compactMap(\.scalar) }
}
