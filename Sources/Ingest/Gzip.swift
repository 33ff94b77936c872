import CZlib
import Foundation
import ThiDuaModel

/// gzip decompression with a limit, so that a small file cannot inflate without bound.
enum Gzip {
    static func isGzip(_ data: Data) -> Bool {
        data.count >= 2 && data[data.startIndex] == 0x1F && data[data.startIndex + 1] == 0x8B
    }

    static func inflate(_ data: Data, limit: Int) -> Result<Data, InputError> {
        var output: UnsafeMutablePointer<UInt8>?
        var length: Int64 = 0, failedAt: Int64 = 0
        let status = data.withUnsafeBytes { raw in
            thidua_gunzip(raw.bindMemory(to: UInt8.self).baseAddress, Int64(raw.count), Int64(limit), &output, &length, &failedAt)
        }
        defer { thidua_gzip_free(output) }
        switch Int(status) {
        case Int(THIDUA_GZIP_OK):
            guard let output else { return .success(Data()) }
            return .success(Data(bytes: output, count: Int(length)))
        case Int(THIDUA_GZIP_TRUNCATED):
            return .failure(.truncatedGzip(byteOffset: Int(failedAt)))
        case Int(THIDUA_GZIP_TOO_LARGE):
            return .failure(.gzipTooLarge(limit: limit))
        case Int(THIDUA_GZIP_NO_MEMORY):
            return .failure(.unreadable(message: "out of memory while inflating gzip data"))
        default:
            return .failure(.corruptGzip(byteOffset: Int(failedAt)))
        }
    }
}
