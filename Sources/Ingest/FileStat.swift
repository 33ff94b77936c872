#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file's size and modification time: what a rerun compares with the store to skip a
/// file unread. One formula for the time, so that a walk's figure and a stat's agree.
public struct FileStat: Sendable, Equatable {
    public let size: Int
    /// Seconds since 1970, with the nanoseconds the file system keeps.
    public let mtime: Double

    /// Stands for "not stat'ed" where an optional would take a word more per file.
    static let unknown = FileStat(size: -1, mtime: 0)
    var known: FileStat? { size < 0 ? nil : self }

    public init(size: Int, mtime: Double) {
        self.size = size
        self.mtime = mtime
    }

    init(_ info: stat) {
        size = Int(info.st_size)
        mtime = Double(info.st_mtim.tv_sec) + Double(info.st_mtim.tv_nsec) / 1e9
    }

    /// nil for standard input ("-") and for a path that cannot be stat'ed.
    public init?(path: String) {
        var info = stat()
        guard path != "-", stat(path, &info) == 0 else { return nil }
        self.init(info)
    }
}
