/// Text read from one input, decoded, before any normalization.
public struct SourceText: Sendable, Equatable {
    /// Short stable name of the input: its file name without extension, or "stdin".
    public let name: String
    /// Where it came from: a path, or "-" for standard input.
    public let source: String
    public let text: String
    /// The encoding the bytes were decoded from ("UTF-8", "UTF-8 (lossy)").
    public let encoding: String
    /// Things a person should know but that did not stop the input (empty file, lossy decoding).
    public let warnings: [String]
    /// Metadata the container stated (HTML meta tags, JSON fields); empty for plain text.
    public let metadata: DocumentMetadata

    public init(name: String, source: String, text: String, encoding: String, warnings: [String] = [],
                metadata: DocumentMetadata = DocumentMetadata()) {
        self.name = name
        self.source = source
        self.text = text
        self.encoding = encoding
        self.warnings = warnings
        self.metadata = metadata
    }
}

/// An input that did not become a document, and why.
public struct Rejection: Sendable, Equatable, Error, CustomStringConvertible {
    public let source: String
    public let reason: InputError

    public init(source: String, reason: InputError) {
        self.source = source
        self.reason = reason
    }

    public var description: String { "\(source): \(reason)" }
}

/// Why an input was refused. Each message says where, and what to do about it.
public enum InputError: Error, Sendable, Equatable, CustomStringConvertible {
    case unreadable(message: String)
    case binary(byteOffset: Int, what: String)
    case invalidUTF8(byteOffset: Int)
    case tooLarge(bytes: Int, limit: Int)

    public var description: String {
        switch self {
        case .unreadable(let message):
            return "cannot read: \(message)"
        case .binary(let offset, let what):
            return "binary data (\(what) at byte \(offset)); not a text article"
        case .invalidUTF8(let offset):
            return "invalid UTF-8 at byte \(offset); pass --lossy to replace bad bytes with U+FFFD"
        case .tooLarge(let bytes, let limit):
            return "\(bytes) bytes is over the \(limit)-byte limit; raise --max-bytes if this is a real article"
        }
    }

    /// A stable short name for summaries and exports.
    public var kind: String {
        switch self {
        case .unreadable: return "unreadable"
        case .binary: return "binary"
        case .invalidUTF8: return "invalid-utf8"
        case .tooLarge: return "too-large"
        }
    }
}
