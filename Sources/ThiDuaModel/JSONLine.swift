/// Writes one JSON object per line with keys in a fixed order, so that exports diff
/// cleanly and read in the order the record contract lists its fields.
public struct JSONLine {
    public private(set) var text = "{"
    private var first = true

    public init() {}

    public mutating func add(_ key: String, _ value: String?) {
        addKey(key)
        if let value { Self.appendQuoted(value, to: &text) } else { text += "null" }
    }

    public mutating func add(_ key: String, _ value: Int?) {
        addKey(key)
        text += value.map(String.init) ?? "null"
    }

    public mutating func add(_ key: String, _ value: Bool) {
        addKey(key)
        text += value ? "true" : "false"
    }

    public mutating func add(_ key: String, _ values: [String]?) {
        addKey(key)
        guard let values else {
            text += "null"
            return
        }
        text += "["
        for (index, value) in values.enumerated() {
            if index > 0 { text += "," }
            Self.appendQuoted(value, to: &text)
        }
        text += "]"
    }

    /// Adds a value that is already JSON (a nested object).
    public mutating func addRaw(_ key: String, _ json: String) {
        addKey(key)
        text += json
    }

    /// Closes the object and returns it with a trailing newline.
    public func line() -> String { text + "}\n" }

    /// Closes the object and returns it.
    public func object() -> String { text + "}" }

    private mutating func addKey(_ key: String) {
        if !first { text += "," }
        first = false
        Self.appendQuoted(key, to: &text)
        text += ":"
    }

    public static func appendQuoted(_ value: String, to output: inout String) {
        output += "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029:
                let hex = String(scalar.value, radix: 16)
                output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default:
                output.unicodeScalars.append(scalar)
            }
        }
        output += "\""
    }
}
