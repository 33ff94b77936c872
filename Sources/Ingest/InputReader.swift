import Foundation
import ICUBridge
import RuleFiles
import ThiDuaModel

/// The ingestion stage's one door: files, directories and standard input, as plain
/// text, HTML or JSON Lines, any of them gzip-compressed, in any supported encoding. Each
/// input becomes documents or rejections with a reason and a location; nothing is dropped
/// silently.
public struct InputReader: Sendable {
    public struct Options: Sendable {
        /// Replace undecodable bytes with U+FFFD (and warn) instead of refusing the input.
        public var lossy = false
        /// Inputs (and gzip contents, and JSON lines) larger than this are refused.
        public var maxBytes = 20 * 1024 * 1024
        /// Container files (JSON Lines, their gzip) may hold many articles: their limit.
        public var maxContainerBytes = 4 * 1024 * 1024 * 1024
        /// Glob patterns (fnmatch) on paths relative to a directory given as input.
        public var include: [String] = []
        public var exclude: [String] = []
        /// JSON Lines field names: "text" → "content" reads the text from "content".
        public var fields: [String: String] = [:]

        public init() {}
    }

    public enum Format: String, Sendable {
        case text, html, jsonLines = "jsonl"
    }

    /// Extensions a directory walk picks up (with or without ".gz").
    public static let extensions: [String: Format] = [
        "txt": .text, "text": .text, "html": .html, "htm": .html, "jsonl": .jsonLines, "ndjson": .jsonLines,
    ]

    public let options: Options
    let decoder: TextDecoder

    public init(options: Options = Options(), encodings: LegacyEncodings) {
        self.options = options
        self.decoder = TextDecoder(legacy: encodings, lossy: options.lossy)
    }

    /// The reader with the legacy encoding tables of `rules`.
    public static func load(from rules: RuleDirectory, options: Options = Options()) throws(RuleLoadError) -> InputReader {
        InputReader(options: options, encodings: try LegacyEncodings.load(from: rules))
    }

    /// The files behind `paths`: directories are walked recursively, in sorted order, for
    /// the known extensions and the include/exclude patterns. A missing path is a rejection.
    public func expand(_ paths: [String], threads: Int = 1) -> InputList {
        var results = InputList()
        let fileManager = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            if path == "-" {
                results.append(path)
            } else if !fileManager.fileExists(atPath: path, isDirectory: &isDirectory) {
                results.append(Rejection(source: path, reason: .unreadable(message: "no such file or directory")))
            } else if isDirectory.boolValue {
                let walk = DirectoryWalk(root: path, threads: threads)
                // Paths as the store has always named them: absolute, standardized.
                let prefix = String(URL(fileURLWithPath: path).appendingPathComponent("-").path.dropLast())
                for directory in walk.unreadable {
                    results.append(Rejection(source: prefix + directory, reason: .unreadable(message: "cannot open the directory")))
                }
                results.reserve(walk.count, bytes: walk.nameBytes)
                for file in walk.files where wanted(file.name) {
                    results.append(prefix: prefix, file.name, stat: file.stat)
                }
            } else {
                results.append(path)
            }
        }
        return results
    }

    /// Whether a file under a directory input is read: a known format, and the globs.
    private func wanted(_ relative: ArraySlice<UInt8>) -> Bool {
        // Most names are plain ASCII ending in a known extension: no String needed for those.
        if options.include.isEmpty, options.exclude.isEmpty, Self.hasPlainKnownExtension(relative) { return true }
        return wanted(String(decoding: relative, as: UTF8.self))
    }

    private static let plainExtensions: [[UInt8]] = extensions.keys.map { Array(("." + $0).utf8) }

    private static func hasPlainKnownExtension(_ name: ArraySlice<UInt8>) -> Bool {
        plainExtensions.contains { ending in
            name.count > ending.count && name.suffix(ending.count).elementsEqual(ending)
                && name[name.endIndex - ending.count - 1] != UInt8(ascii: "/") // "dir/.txt" is a hidden file
        }
    }

    private func wanted(_ relative: String) -> Bool {
        guard Self.format(ofName: relative) != nil else { return false }
        if !options.include.isEmpty, !options.include.contains(where: { fnmatch($0, relative, 0) == 0 }) { return false }
        return !options.exclude.contains { fnmatch($0, relative, 0) == 0 }
    }

    /// The format a file name announces, looking through ".gz".
    public static func format(ofName name: String) -> Format? {
        var url = URL(fileURLWithPath: name)
        if url.pathExtension.lowercased() == "gz" { url.deletePathExtension() }
        return extensions[url.pathExtension.lowercased()]
    }

    /// Reads one input ("-" is standard input) and hands each document or rejection to `emit`.
    public func read(_ path: String, _ emit: (Result<SourceText, Rejection>) throws -> Void) rethrows {
        let format = Self.format(ofName: path)
        let limit = format == .jsonLines ? options.maxContainerBytes : options.maxBytes
        var data: Data
        do {
            if path == "-" {
                data = FileHandle.standardInput.readDataToEndOfFile()
            } else {
                let size = (try FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.intValue ?? 0
                if size > limit {
                    return try emit(.failure(Rejection(source: path, reason: .tooLarge(bytes: size, limit: limit))))
                }
                data = try Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped)
            }
        } catch {
            return try emit(.failure(Rejection(source: path, reason: .unreadable(message: Self.reason(error)))))
        }
        try read(data, source: path, format: format, emit)
    }

    /// Reads bytes that came from `source`; `format` nil means: tell from the content.
    public func read(_ bytes: Data, source: String, format: Format? = nil,
                     _ emit: (Result<SourceText, Rejection>) throws -> Void) rethrows {
        // Whatever the container, text a scraper misread as windows-1252 is read again as UTF-8,
        // and a table in plain text is read as a page's is.
        try decodeContainer(bytes, source: source, format: format) {
            try emit($0.map { $0.repairingMojibake().readingTextTables() })
        }
    }

    private func decodeContainer(_ bytes: Data, source: String, format: Format?,
                                 _ emit: (Result<SourceText, Rejection>) throws -> Void) rethrows {
        var data = bytes
        let name = Self.documentName(source)
        if Gzip.isGzip(data) {
            let limit = format == .jsonLines ? options.maxContainerBytes : options.maxBytes
            switch Gzip.inflate(data, limit: limit) {
            case .success(let inflated): data = inflated
            case .failure(let reason): return try emit(.failure(Rejection(source: source, reason: reason)))
            }
        }
        if data.count > (format == .jsonLines ? options.maxContainerBytes : options.maxBytes) {
            return try emit(.failure(Rejection(source: source, reason: .tooLarge(bytes: data.count, limit: options.maxBytes))))
        }
        switch format ?? Self.sniff(data) {
        case .jsonLines:
            try JSONLinesReader(fields: options.fields).read(data, path: source, name: name, htmlReader: { html, source, name in
                page(html, source: source, name: name, encoding: "UTF-8")
            }, emit: emit)
        case .html:
            try emit(decodeHTML(data, source: source, name: name))
        case .text:
            try emit(decoder.decode(data).mapError { Rejection(source: source, reason: $0) }.map { decoded in
                SourceText(name: name, source: source, text: decoded.text, encoding: decoded.encoding,
                           warnings: decoded.warning.map { [$0] } ?? [])
            })
        }
    }

    private func decodeHTML(_ data: Data, source: String, name: String) -> Result<SourceText, Rejection> {
        var decoded = decoder.decode(data)
        if case .success(let result) = decoded, result.encoding != "UTF-8", result.encoding != "UTF-8 (BOM)",
           let declared = HTMLReader.declaredCharset(data), declared != "utf-8" {
            // A page that says what it is written in is believed over a guess.
            decoded = data.withUnsafeBytes { raw in
                guard let text = try? Charsets.decode(raw.bindMemory(to: UInt8.self), charset: declared) else { return decoded }
                return .success(TextDecoder.Decoded(text: text.text, encoding: declared, warning: nil))
            }
        }
        switch decoded {
        case .failure(let reason):
            return .failure(Rejection(source: source, reason: reason))
        case .success(let result):
            return page(result.text, source: source, name: name, encoding: result.encoding + " (HTML)",
                        warnings: result.warning.map { [$0] } ?? [])
        }
    }

    private func page(_ html: String, source: String, name: String, encoding: String,
                      warnings: [String] = []) -> Result<SourceText, Rejection> {
        guard let page = HTMLReader.read(utf8: html) else {
            return .failure(Rejection(source: source, reason: .unparsableHTML))
        }
        return .success(SourceText(name: name, source: source, text: page.text, encoding: encoding, warnings: warnings,
                                   metadata: page.metadata, zoneHints: page.hints))
    }

    /// HTML starts with a tag, JSON Lines with an object; anything else is text.
    static func sniff(_ data: Data) -> Format {
        let head = data.prefix(512).drop { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 || $0 == 0xEF || $0 == 0xBB || $0 == 0xBF }
        guard let first = head.first else { return .text }
        if first == UInt8(ascii: "<") { return .html }
        if first == UInt8(ascii: "{") { return .jsonLines }
        return .text
    }

    /// The file's name without its extension (and without ".gz" before that). On the path's
    /// text: building a URL for it cost more than reading a small file.
    static func documentName(_ source: String) -> String {
        if source == "-" { return "stdin" }
        var name = source.split(separator: "/").last ?? Substring(source)
        func droppingExtension(_ name: Substring) -> (stem: Substring, extension: Substring)? {
            guard let dot = name.lastIndex(of: "."), dot > name.startIndex, name.index(after: dot) < name.endIndex else { return nil }
            return (name[..<dot], name[name.index(after: dot)...])
        }
        if let (stem, ext) = droppingExtension(name), ext.lowercased() == "gz" { name = stem }
        return String(droppingExtension(name)?.stem ?? name)
    }

    private static func reason(_ error: Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError {
            return underlying.localizedDescription
        }
        return nsError.localizedDescription
    }
}
