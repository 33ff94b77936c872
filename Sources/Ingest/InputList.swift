import ThiDuaModel

/// The inputs of a run, expanded: paths packed into one buffer, rejections on the side,
/// and a directory's path written once for all its files. A run over 100,000 files keeps
/// this list from start to end; as separate Strings it held about 10 MB, packed with each
/// file's full path about 3 MB, with the directory once about 1 MB (the names and an end
/// offset each), so memory hardly grows with the number of files. Files found by walking a
/// directory carry the size and time the walk saw (16 bytes each).
public struct InputList: RandomAccessCollection, Sendable {
    private var bytes: [UInt8] = []
    /// Where each entry ends in `bytes` (a rejection is an empty entry).
    private var ends: [UInt32] = []
    /// Each entry's size and time, where a walk gave them.
    private var stats: [FileStat] = []
    private var rejections: [Int: Rejection] = [:]
    /// The prefix of the entries from `first` on, up to the next run's first.
    private var prefixRuns: [(first: Int, prefix: String)] = []

    public init() {}

    public var startIndex: Int { 0 }
    public var endIndex: Int { ends.count }

    public subscript(position: Int) -> Result<String, Rejection> {
        if let rejection = rejections[position] { return .failure(rejection) }
        let start = position == 0 ? 0 : Int(ends[position - 1])
        let name = String(decoding: bytes[start..<Int(ends[position])], as: UTF8.self)
        return .success(prefix(of: position) + name)
    }

    /// The size and time of the file at `position` when its directory was walked; nil for
    /// a path given as such, which the run stat's itself.
    public func stat(at position: Int) -> FileStat? {
        stats[position].known
    }

    /// The prefix run holding `position`: the last run starting at or before it.
    private func prefix(of position: Int) -> String {
        var low = 0, high = prefixRuns.count
        while low < high {
            let middle = (low + high) / 2
            if prefixRuns[middle].first <= position { low = middle + 1 } else { high = middle }
        }
        return low == 0 ? "" : prefixRuns[low - 1].prefix
    }

    private mutating func setPrefix(_ prefix: String) {
        if (prefixRuns.last?.prefix ?? "") != prefix { prefixRuns.append((ends.count, prefix)) }
    }

    mutating func append(_ path: String) {
        setPrefix("")
        bytes.append(contentsOf: path.utf8)
        ends.append(UInt32(bytes.count))
        stats.append(FileStat.unknown)
    }

    /// `prefix` + `name`, without making the String.
    mutating func append(prefix: String, _ name: ArraySlice<UInt8>, stat: FileStat) {
        setPrefix(prefix)
        bytes.append(contentsOf: name)
        ends.append(UInt32(bytes.count))
        stats.append(stat)
    }

    /// Room for `count` more entries of `bytes` bytes in all: a walk of 100,000 files
    /// would otherwise leave up to twice the room, and copy the lists as they grow.
    mutating func reserve(_ count: Int, bytes byteCount: Int) {
        bytes.reserveCapacity(bytes.count + byteCount)
        ends.reserveCapacity(ends.count + count)
        stats.reserveCapacity(stats.count + count)
    }

    mutating func append(_ rejection: Rejection) {
        rejections[ends.count] = rejection
        ends.append(UInt32(bytes.count))
        stats.append(FileStat.unknown)
    }
}
