import ThiDuaModel

/// The inputs of a run, expanded: paths packed into one buffer, rejections on the side. A
/// run over 100,000 files keeps this list from start to end; as separate Strings it held
/// about 10 MB, packed about 3 MB, so memory hardly grows with the number of files.
public struct InputList: RandomAccessCollection, Sendable {
    private var bytes: [UInt8] = []
    /// Where each entry ends in `bytes` (a rejection is an empty entry).
    private var ends: [UInt32] = []
    private var rejections: [Int: Rejection] = [:]

    public init() {}

    public var startIndex: Int { 0 }
    public var endIndex: Int { ends.count }

    public subscript(position: Int) -> Result<String, Rejection> {
        if let rejection = rejections[position] { return .failure(rejection) }
        let start = position == 0 ? 0 : Int(ends[position - 1])
        return .success(String(decoding: bytes[start..<Int(ends[position])], as: UTF8.self))
    }

    mutating func append(_ path: String) {
        bytes.append(contentsOf: path.utf8)
        ends.append(UInt32(bytes.count))
    }

    /// `prefix` + `name`, without making the String.
    mutating func append(prefix: String, _ name: ArraySlice<UInt8>) {
        bytes.append(contentsOf: prefix.utf8)
        bytes.append(contentsOf: name)
        ends.append(UInt32(bytes.count))
    }

    mutating func append(_ rejection: Rejection) {
        rejections[ends.count] = rejection
        ends.append(UInt32(bytes.count))
    }
}
