import Foundation

/// What `top`, `perf` and the scheduler see of the run's own threads.
enum ThreadIdentity {
    /// Names the calling thread in the kernel (at most 15 bytes). `Thread.name` does not
    /// reach it on Linux, and Swift cannot see `pthread_setname_np`: `top` and `perf` showed
    /// every thread under the program's name. A failure only leaves the name as it was.
    static func name(_ name: String) {
        #if os(Linux)
        try? String(decoding: name.utf8.prefix(15), as: UTF8.self).write(toFile: "/proc/thread-self/comm", atomically: false, encoding: .utf8)
        #endif
    }

    /// Lowers the calling thread's priority to `niceness`, never raises it: on Linux
    /// niceness belongs to a thread, and "process 0" is the calling one. Unprivileged, a
    /// thread cannot raise it again.
    static func lowerPriority(to niceness: Int32) {
        #if os(Linux)
        let which = __priority_which_t(PRIO_PROCESS.rawValue)
        errno = 0
        let current = getpriority(which, 0)
        if errno == 0, current < niceness { _ = setpriority(which, 0, niceness) }
        #endif
    }
}
