/// Whether some bytes occur in others: short texts (titles, outlet names) searched for a
/// few dozen bytes, where Foundation's string search and the standard library's generic
/// `firstRange(of:)` cost more than the rest of the work (callgrind, 1000 articles). For
/// NFC text the answer is a string search's.
public enum ByteSearch {
    public static func contains(_ text: UnsafeBufferPointer<UInt8>, _ pattern: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = pattern.first else { return true }
        guard pattern.count <= text.count else { return false }
        for start in 0...(text.count - pattern.count) where text[start] == first {
            if (1..<pattern.count).allSatisfy({ text[start + $0] == pattern[$0] }) { return true }
        }
        return false
    }

    public static func contains(_ text: [UInt8], _ pattern: [UInt8]) -> Bool {
        text.withUnsafeBufferPointer { text in pattern.withUnsafeBufferPointer { contains(text, $0) } }
    }
}

extension String {
    /// Whether this string's UTF-8 bytes start with one of `prefixes` (`hasPrefix` compares
    /// characters, and copying each string's buffer cost more than the comparison: asked of
    /// every paragraph, the first two bytes are compared before anything else).
    public func opens(withAnyOf prefixes: [[UInt8]]) -> Bool {
        var bytes = utf8.makeIterator()
        guard let first = bytes.next() else { return false }
        let second = bytes.next()
        return prefixes.contains { prefix in
            prefix.first == first && (prefix.count < 2 || prefix[1] == second) && opens(with: prefix)
        }
    }

    private func opens(with prefix: [UInt8]) -> Bool {
        let bytes = utf8
        var index = bytes.startIndex
        for byte in prefix {
            guard index < bytes.endIndex, bytes[index] == byte else { return false }
            bytes.formIndex(after: &index)
        }
        return true
    }

    /// Whether `other`'s UTF-8 bytes occur in this string's.
    public func containsBytes(of other: String) -> Bool {
        var text = self, pattern = other
        return text.withUTF8 { text in pattern.withUTF8 { ByteSearch.contains(text, $0) } }
    }
}
