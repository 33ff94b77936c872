import ICUBridge
import RuleFiles

/// A single-byte Vietnamese font encoding (TCVN3, VNI) from `rules/encodings.yaml`: each
/// byte decodes to a fixed piece of text, possibly combining marks for NFC to compose.
public struct LegacyEncoding: Sendable {
    public let name: String
    private let table: [String] // 256 entries

    init(name: String, table: [String]) {
        self.name = name
        self.table = table
    }

    func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        var text = ""
        text.reserveCapacity(bytes.count + bytes.count / 2)
        for byte in bytes { text += table[Int(byte)] }
        return text
    }
}

/// `rules/encodings.yaml`, validated.
public struct LegacyEncodings: Sendable {
    public let encodings: [LegacyEncoding]

    public static let fileName = "encodings.yaml"

    public init(encodings: [LegacyEncoding]) { self.encodings = encodings }

    public static func load(from directory: RuleDirectory) throws(RuleLoadError) -> LegacyEncodings {
        try directory.read(fileName, with: parse)
    }

    static func parse(_ root: RuleValue) -> LegacyEncodings {
        LegacyEncodings(encodings: root.entries.compactMap { _, value in parseEncoding(value) })
    }

    private static func parseEncoding(_ value: RuleValue) -> LegacyEncoding? {
        value.rejectUnknownKeys(["name", "base", "bytes"])
        guard let name = value.field("name")?.string, let base = value.field("base")?.string,
              let bytes = value.field("bytes") else { return nil }
        var table: [String] = []
        for byte in 0...255 {
            let single = [UInt8(byte)]
            let decoded = try? single.withUnsafeBufferPointer { try Charsets.decode($0, charset: base) }
            guard let decoded else {
                value.report("'\(base)' is not a charset ICU knows")
                return nil
            }
            table.append(decoded.text)
        }
        for (key, text) in bytes.entries {
            guard key.hasPrefix("0x"), let byte = UInt8(key.dropFirst(2), radix: 16) else {
                text.report("a byte is written 0xA1, found '\(key)'")
                continue
            }
            guard let decoded = text.string, !decoded.isEmpty else { continue }
            table[Int(byte)] = decoded
        }
        return LegacyEncoding(name: name, table: table)
    }
}
