#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The regular files under a directory, as sorted paths relative to it. readdir's file
/// types spare a stat per file: a rerun over 100,000 unchanged files is mostly this walk.
/// Symbolic links to files are followed; links to directories are not (no cycles).
struct DirectoryWalk {
    var files: [String] = []
    /// Directories that could not be opened, relative like `files`.
    var unreadable: [String] = []

    init(root: String) {
        walk(root, relative: "")
        files.sort()
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
            case Int32(DT_REG): files.append(child)
            case Int32(DT_DIR): subdirectories.append((path, child))
            case Int32(DT_LNK), Int32(DT_UNKNOWN):
                var info = stat()
                guard stat(path, &info) == 0 else { continue }
                if info.st_mode & S_IFMT == S_IFREG {
                    files.append(child)
                } else if info.st_mode & S_IFMT == S_IFDIR, Int32(entry.pointee.d_type) == Int32(DT_UNKNOWN) {
                    subdirectories.append((path, child))
                }
            default: continue // sockets, pipes, devices
            }
        }
        for subdirectory in subdirectories { walk(subdirectory.path, relative: subdirectory.relative) }
    }
}
