#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The regular files under a directory, as paths relative to it sorted by their bytes.
/// readdir's file types spare a stat per file: a rerun over 100,000 unchanged files is
/// mostly this walk. Symbolic links to files are followed; links to directories are not
/// (no cycles). Names are packed into one buffer, not kept as a String each.
struct DirectoryWalk {
    private var names: [UInt8] = []
    private var spans: [(start: UInt32, end: UInt32)] = []
    /// Directories that could not be opened, relative like the files.
    var unreadable: [String] = []

    init(root: String) {
        walk(root, relative: "")
        let names = self.names
        spans.sort { names[Int($0.start)..<Int($0.end)].lexicographicallyPrecedes(names[Int($1.start)..<Int($1.end)]) }
    }

    /// The files' relative paths, in order, as bytes.
    var files: some Sequence<ArraySlice<UInt8>> {
        let names = self.names
        return spans.lazy.map { names[Int($0.start)..<Int($0.end)] }
    }

    private mutating func add(_ relative: String) {
        let start = UInt32(names.count)
        names.append(contentsOf: relative.utf8)
        spans.append((start, UInt32(names.count)))
    }

    private mutating func walk(_ directory: String, relative: String) {
        guard let handle = opendir(directory) else {
            unreadable.append(relative.isEmpty ? "." : relative)
            return
        }
        defer { closedir(handle) }
        var subdirectories: [(path: String, relative: String)] = []
        while let entry = readdir(handle) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { bytes in
                String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name == "." || name == ".." { continue }
            let path = directory + "/" + name
            let child = relative.isEmpty ? name : relative + "/" + name
            switch Int32(entry.pointee.d_type) {
            case Int32(DT_REG): add(child)
            case Int32(DT_DIR): subdirectories.append((path, child))
            case Int32(DT_LNK), Int32(DT_UNKNOWN):
                var info = stat()
                guard stat(path, &info) == 0 else { continue }
                if info.st_mode & S_IFMT == S_IFREG {
                    add(child)
                } else if info.st_mode & S_IFMT == S_IFDIR, Int32(entry.pointee.d_type) == Int32(DT_UNKNOWN) {
                    subdirectories.append((path, child))
                }
            default: continue // sockets, pipes, devices
            }
        }
        for subdirectory in subdirectories { walk(subdirectory.path, relative: subdirectory.relative) }
    }
}
