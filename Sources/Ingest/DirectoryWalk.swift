import Dispatch
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The regular files under a directory, as paths relative to it sorted by their bytes, each
/// with its size and time. A rerun over 100,000 unchanged files is mostly this walk: each
/// file is stat'ed by its name in the directory being read (`fstatat`), not by its full
/// path, which the kernel would look up again one folder at a time. readdir's file types
/// spare a stat per folder. Symbolic links to files are followed; links to directories are
/// not (no cycles). Names are packed into one buffer, not kept as a String each. A large
/// folder's files are stat'ed on `threads` threads.
struct DirectoryWalk {
    private var names: [UInt8] = []
    private var spans: [Entry] = []
    /// Directories that could not be opened, relative like the files.
    var unreadable: [String] = []

    private let threads: Int

    init(root: String, threads: Int = 1) {
        self.threads = max(1, threads)
        walk(root, relative: "")
        names.withUnsafeBufferPointer { names in
            spans.sort { Self.precedes(names, $0.start, $0.end, $1.start, $1.end) }
        }
    }

    /// Byte order of two names in `names`, by memcmp: the generic comparison of two slices
    /// was most of the sort.
    private static func precedes(_ names: UnsafeBufferPointer<UInt8>, _ start: UInt32, _ end: UInt32,
                                 _ otherStart: UInt32, _ otherEnd: UInt32) -> Bool {
        let count = Int(end - start), otherCount = Int(otherEnd - otherStart)
        let order = memcmp(names.baseAddress! + Int(start), names.baseAddress! + Int(otherStart), min(count, otherCount))
        return order != 0 ? order < 0 : count < otherCount
    }

    /// A file: where its relative path is in `names`, its size and time (24 bytes).
    private struct Entry {
        var start: UInt32
        var end: UInt32
        var stat: FileStat
    }

    /// How many files, and the bytes of their relative paths.
    var count: Int { spans.count }
    var nameBytes: Int { names.count }

    /// The files' relative paths, in order, as bytes, with their size and time
    /// (`FileStat.unknown`: the file could not be stat'ed, and reading it will say why).
    var files: some Sequence<(name: ArraySlice<UInt8>, stat: FileStat)> {
        let names = self.names
        return spans.lazy.map { (names[Int($0.start)..<Int($0.end)], $0.stat) }
    }

    private mutating func add(_ relative: String, _ stat: FileStat) {
        let start = UInt32(names.count)
        names.append(contentsOf: relative.utf8)
        spans.append(Entry(start: start, end: UInt32(names.count), stat: stat))
    }

    private mutating func walk(_ directory: String, relative: String) {
        guard let handle = opendir(directory) else {
            unreadable.append(relative.isEmpty ? "." : relative)
            return
        }
        defer { closedir(handle) }
        let descriptor = dirfd(handle)
        var subdirectories: [(path: String, relative: String)] = []
        var regular: [UInt32] = [] // spans of this folder's files, stat'ed after the listing
        while let entry = readdir(handle) {
            // Read in place to its NUL: a record is as long as its name, and copying the whole
            // `dirent` read bytes past it (memcheck: "depends on uninitialised value(s)").
            let name = withUnsafePointer(to: &entry.pointee.d_name) { field in
                let start = UnsafeRawPointer(field)
                let length = strlen(start.assumingMemoryBound(to: CChar.self))
                return String(decoding: UnsafeRawBufferPointer(start: start, count: length), as: UTF8.self)
            }
            if name == "." || name == ".." { continue }
            let child = relative.isEmpty ? name : relative + "/" + name
            switch Int32(entry.pointee.d_type) {
            case Int32(DT_REG):
                regular.append(UInt32(spans.count))
                add(child, .unknown)
            case Int32(DT_DIR): subdirectories.append((directory + "/" + name, child))
            case Int32(DT_LNK), Int32(DT_UNKNOWN):
                guard let info = Self.statInfo(name, in: descriptor) else { continue }
                if info.st_mode & S_IFMT == S_IFREG {
                    add(child, FileStat(info))
                } else if info.st_mode & S_IFMT == S_IFDIR, Int32(entry.pointee.d_type) == Int32(DT_UNKNOWN) {
                    subdirectories.append((directory + "/" + name, child))
                }
            default: continue // sockets, pipes, devices
            }
        }
        statFiles(regular, nameOffset: relative.isEmpty ? 0 : relative.utf8.count + 1, in: descriptor)
        for subdirectory in subdirectories { walk(subdirectory.path, relative: subdirectory.relative) }
    }

    /// Fills in the size and time of the files at `indices` of `spans`, whose names start
    /// `nameOffset` bytes into their relative paths.
    private mutating func statFiles(_ indices: [UInt32], nameOffset: Int, in descriptor: Int32) {
        let workers = indices.count >= Self.filesPerThread * 2 ? threads : 1
        names.withUnsafeBufferPointer { names in
            spans.withUnsafeMutableBufferPointer { spans in
                let shared = SharedBuffers(names: names, spans: spans)
                DispatchQueue.concurrentPerform(iterations: workers) { part in
                    var name = [CChar](repeating: 0, count: Int(NAME_MAX) + 1)
                    for index in stride(from: part, to: indices.count, by: workers) {
                        let span = shared.spans[Int(indices[index])]
                        let bytes = shared.names[(Int(span.start) + nameOffset)..<Int(span.end)]
                        guard bytes.count <= Int(NAME_MAX) else { continue }
                        name.withUnsafeMutableBufferPointer { buffer in
                            for (offset, byte) in bytes.enumerated() { buffer[offset] = CChar(bitPattern: byte) }
                            buffer[bytes.count] = 0
                        }
                        shared.spans[Int(indices[index])].stat = Self.statInfo(name, in: descriptor).map(FileStat.init) ?? .unknown
                    }
                }
            }
        }
    }

    /// Below this many files a second thread costs more than it saves.
    static let filesPerThread = 1024

    /// The walk's buffers, written by several threads at separate indices.
    private struct SharedBuffers: @unchecked Sendable {
        let names: UnsafeBufferPointer<UInt8>
        let spans: UnsafeMutableBufferPointer<Entry>
    }

    /// A link is followed, as opening the file will.
    private static func statInfo(_ name: UnsafePointer<CChar>, in directory: Int32) -> stat? {
        var info = stat()
        return fstatat(directory, name, &info, 0) == 0 ? info : nil
    }
}
