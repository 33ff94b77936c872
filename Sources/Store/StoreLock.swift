import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// An exclusive lock on a store, held by one `thidua run` at a time: a second run waits
/// for it or gives up. The kernel releases it when the process ends, however it ends.
public final class StoreLock: Sendable {
    private let descriptor: Int32

    /// Takes the lock of the store at `storePath`, waiting at most `wait` seconds.
    public init(storePath: String, wait: Double = 0) throws(StoreError) {
        let lockPath = storePath + ".lock"
        let descriptor = open(lockPath, O_RDWR | O_CREAT, 0o644)
        guard descriptor >= 0 else { throw .database("cannot open \(lockPath): \(String(cString: strerror(errno)))") }
        let deadline = Date().addingTimeInterval(wait)
        while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK, Date() < deadline else {
                close(descriptor)
                throw .locked(path: storePath)
            }
            usleep(100_000)
        }
        self.descriptor = descriptor
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
