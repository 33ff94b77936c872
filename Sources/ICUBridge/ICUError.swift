import CICU

/// A failed ICU call, naming the operation so that a log line says what broke.
public struct ICUError: Error, Equatable, CustomStringConvertible {
    public let operation: String
    public let code: Int32

    public var name: String { String(cString: thidua_icu_error_name(code)) }
    public var description: String { "ICU \(operation) failed: \(name) (\(code))" }

    /// Throws when `code` is an ICU failure; warnings (negative codes) pass.
    static func check(_ code: Int32, _ operation: @autoclosure () -> String) throws(ICUError) {
        if code > 0 { throw ICUError(operation: operation(), code: code) }
    }

    static let bufferOverflow: Int32 = 15 // U_BUFFER_OVERFLOW_ERROR
}

public enum ICU {
    /// The version of the linked ICU, e.g. "72.1".
    public static var version: String {
        var buffer = [CChar](repeating: 0, count: 32)
        thidua_icu_version(&buffer, Int32(buffer.count))
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
