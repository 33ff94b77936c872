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
    /// Zones the container stated for lines of `text` (an HTML figcaption or h1).
    public let zoneHints: [ZoneHint]

    public init(name: String, source: String, text: String, encoding: String, warnings: [String] = [],
                metadata: DocumentMetadata = DocumentMetadata(), zoneHints: [ZoneHint] = []) {
        self.name = name
        self.source = source
        self.text = text
        self.encoding = encoding
        self.warnings = warnings
        self.metadata = metadata
        self.zoneHints = zoneHints
    }
}

/// A zone stated by the container for the line of `SourceText.text` that starts at
/// `start` (a scalar offset).
public struct ZoneHint: Sendable, Equatable {
    public let start: Int
    public let zone: Zone

    public init(start: Int, zone: Zone) {
        self.start = start
        self.zone = zone
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
    case empty
    case binary(byteOffset: Int, what: String)
    case invalidUTF8(byteOffset: Int)
    case undecodable(byteOffset: Int)
    case tooLarge(bytes: Int, limit: Int)
    case truncatedGzip(byteOffset: Int)
    case corruptGzip(byteOffset: Int)
    case gzipTooLarge(limit: Int)
    case malformedJSON(line: Int, message: String)
    /// `longest`: the record's field holding the longest string, if any (where its text
    /// probably is, under another name).
    case missingText(line: Int, fields: [String], longest: String? = nil)
    case unparsableHTML

    public var description: String {
        switch self {
        case .unreadable(let message):
            return "cannot read: \(message)"
        case .empty:
            return "empty input"
        case .binary(let offset, let what):
            return "binary data (\(what) at byte \(offset)); not a text article"
        case .invalidUTF8(let offset):
            return "invalid UTF-8 at byte \(offset); pass --lossy to replace bad bytes with U+FFFD"
        case .undecodable(let offset):
            return "no known encoding fits (first non-UTF-8 byte at \(offset)); pass --lossy to read it as UTF-8 anyway"
        case .tooLarge(let bytes, let limit):
            return "\(bytes) bytes is over the \(limit)-byte limit; raise --max-bytes if this is a real article"
        case .truncatedGzip(let offset):
            return "truncated gzip data (ends at byte \(offset)); the download was probably cut short"
        case .corruptGzip(let offset):
            return "corrupt gzip data at byte \(offset)"
        case .gzipTooLarge(let limit):
            return "gzip data inflates past the \(limit)-byte limit; raise --max-bytes if this is a real article"
        case .malformedJSON(let line, let message):
            return "line \(line): malformed JSON (\(message))"
        case .missingText(let line, let fields, let longest):
            let expected = "line \(line): no text; expected one of the fields \(fields.map { "'\($0)'" }.joined(separator: ", "))"
            guard let longest else { return expected }
            return expected + "; to read its longest field, pass --field text=\(longest) (or --field html=\(longest) for markup)"
        case .unparsableHTML:
            return "HTML that libxml2 could not parse at all"
        }
    }

    /// A stable short name for summaries and exports.
    public var kind: String {
        switch self {
        case .unreadable: return "unreadable"
        case .empty: return "empty"
        case .binary: return "binary"
        case .invalidUTF8: return "invalid-utf8"
        case .undecodable: return "undecodable"
        case .tooLarge: return "too-large"
        case .truncatedGzip: return "truncated-gzip"
        case .corruptGzip: return "corrupt-gzip"
        case .gzipTooLarge: return "gzip-too-large"
        case .malformedJSON: return "malformed-json"
        case .missingText: return "missing-text"
        case .unparsableHTML: return "unparsable-html"
        }
    }
}
