import Foundation
import ThiDuaModel

/// The ingestion stage's door: turns paths (files, directories, "-") into decoded texts
/// or rejections with a reason. Nothing is dropped silently.
public struct InputReader: Sendable {
    public struct Options: Sendable {
        /// Replace invalid UTF-8 with U+FFFD (and warn) instead of refusing the input.
        public var lossy = false
        /// Inputs larger than this are refused.
        public var maxBytes = 20 * 1024 * 1024
        /// File extensions read when a directory is given.
        public var directoryExtensions: Set<String> = ["txt"]

        public init() {}
    }

    public let options: Options

    public init(options: Options = Options()) { self.options = options }

    /// The files behind `paths`: directories are expanded recursively, in sorted order.
    /// A path that does not exist becomes a rejection.
    public func expand(_ paths: [String]) -> [Result<String, Rejection>] {
        var results: [Result<String, Rejection>] = []
        let fileManager = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            if path == "-" {
                results.append(.success(path))
            } else if !fileManager.fileExists(atPath: path, isDirectory: &isDirectory) {
                results.append(.failure(Rejection(source: path, reason: .unreadable(message: "no such file or directory"))))
            } else if isDirectory.boolValue {
                let files = (fileManager.enumerator(atPath: path)?.allObjects as? [String] ?? [])
                    .filter { options.directoryExtensions.contains(URL(fileURLWithPath: $0).pathExtension.lowercased()) }
                    .sorted()
                    .map { URL(fileURLWithPath: path).appendingPathComponent($0).path }
                results.append(contentsOf: files.map { .success($0) })
            } else {
                results.append(.success(path))
            }
        }
        return results
    }

    /// Reads and decodes one input ("-" is standard input).
    public func read(_ path: String) -> Result<SourceText, Rejection> {
        let data: Data
        do {
            if path == "-" {
                data = FileHandle.standardInput.readDataToEndOfFile()
            } else {
                let size = (try FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.intValue ?? 0
                if size > options.maxBytes {
                    return .failure(Rejection(source: path, reason: .tooLarge(bytes: size, limit: options.maxBytes)))
                }
                data = try Data(contentsOf: URL(fileURLWithPath: path))
            }
        } catch {
            return .failure(Rejection(source: path, reason: .unreadable(message: Self.reason(error))))
        }
        return decode(data, source: path)
    }

    /// Decodes bytes that came from `source`.
    public func decode(_ data: Data, source: String) -> Result<SourceText, Rejection> {
        let name = source == "-" ? "stdin" : URL(fileURLWithPath: source).deletingPathExtension().lastPathComponent
        if data.count > options.maxBytes {
            return .failure(Rejection(source: source, reason: .tooLarge(bytes: data.count, limit: options.maxBytes)))
        }
        if data.isEmpty {
            return .success(SourceText(name: name, source: source, text: "", encoding: "UTF-8", warnings: ["empty input"]))
        }
        return data.withUnsafeBytes { raw -> Result<SourceText, Rejection> in
            var bytes = raw.bindMemory(to: UInt8.self)
            let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
            if bytes.starts(with: bom) { bytes = UnsafeBufferPointer(rebasing: bytes.dropFirst(3)) }
            if let evidence = BinarySniffer.binaryEvidence(bytes) {
                return .failure(Rejection(source: source, reason: .binary(byteOffset: evidence.offset, what: evidence.what)))
            }
            if let offset = UTF8Validation.firstInvalidOffset(bytes) {
                let absolute = offset + (raw.count - bytes.count)
                guard options.lossy else {
                    return .failure(Rejection(source: source, reason: .invalidUTF8(byteOffset: absolute)))
                }
                let text = String(decoding: bytes, as: UTF8.self)
                return .success(SourceText(name: name, source: source, text: text, encoding: "UTF-8 (lossy)",
                                           warnings: ["invalid UTF-8 from byte \(absolute) replaced with U+FFFD"]))
            }
            return .success(SourceText(name: name, source: source, text: String(decoding: bytes, as: UTF8.self), encoding: "UTF-8"))
        }
    }

    private static func reason(_ error: Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError {
            return underlying.localizedDescription
        }
        return nsError.localizedDescription
    }
}
