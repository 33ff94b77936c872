import ICUBridge
import RuleFiles

/// A single-byte Vietnamese font encoding (TCVN3, VNI) from `rules/encodings.yaml`: each
/// byte decodes to a fixed piece of text, possibly combining marks for NFC to compose.
public struct LegacyEncoding: Sendable {
    public let name: String
    /// The UTF-8 of each byte's text, one after another: byte b's is
    /// `utf8[starts[b]..<starts[b + 1]]`. Copied byte by byte into the decoded text:
    /// appending each entry's String cost 340 instructions a byte, and every legacy
    /// candidate decodes the whole file.
    private let utf8: [UInt8]
    private let starts: [Int] // 257 entries
    /// The most UTF-8 bytes one byte decodes to.
    private let widest: Int

    init(name: String, table: [String]) {
        precondition(table.count == 256, "a legacy encoding maps each of the 256 bytes")
        self.name = name
        var utf8: [UInt8] = [], starts = [0]
        for text in table {
            utf8.append(contentsOf: text.utf8)
            starts.append(utf8.count)
        }
        self.utf8 = utf8
        self.starts = starts
        self.widest = zip(starts, starts.dropFirst()).map { $1 - $0 }.max() ?? 0
    }

    func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        guard widest > 0, !bytes.isEmpty else { return "" }
        return String(unsafeUninitializedCapacity: bytes.count * widest) { buffer in
            utf8.withUnsafeBufferPointer { utf8 in
                starts.withUnsafeBufferPointer { starts in
                    var count = 0
                    for byte in bytes {
                        for index in starts[Int(byte)]..<starts[Int(byte) + 1] {
                            buffer[count] = utf8[index]
                            count += 1
                        }
                    }
                    return count
                }
            }
        }
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
