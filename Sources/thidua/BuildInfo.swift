import CMimalloc

/// What `thidua --version` says of this build, for bug reports and benchmark notes.
enum BuildInfo {
    static var version: String { "thidua (development build; malloc: \(allocator))" }

    /// The allocator serving `malloc`: mimalloc, or a plain statement that it is not in use.
    static var allocator: String {
        var buffer = [CChar](repeating: 0, count: 128)
        _ = thidua_allocator(&buffer, buffer.count)
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
