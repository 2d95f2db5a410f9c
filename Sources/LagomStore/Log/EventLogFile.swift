import FoundationEssentials
import Glibc

/// The open `events.jsonl` and its separate `events.lock`.
///
/// The lock is a `flock` on its own file: it belongs to the open file description, so a process
/// killed with `kill -9` leaves no stale lock, and closing another descriptor of the log cannot drop it
/// (as POSIX `fcntl` locks would). The log is opened with `O_APPEND` so every write lands at the end
/// even if a process that ignores the lock writes too.
final class EventLogFile {
    let path: String
    let lockPath: String
    private let fd: Int32
    private let lockFD: Int32

    init(path: String, lockPath: String) throws(StoreError) {
        self.path = path
        self.lockPath = lockPath
        lockFD = try Posix.open(lockPath, O_RDWR | O_CREAT)
        do {
            fd = try Posix.open(path, O_RDWR | O_APPEND | O_CREAT)
        } catch {
            close(lockFD)
            throw error
        }
    }

    deinit {
        close(fd)
        close(lockFD)
    }

    /// Runs `body` holding the lock: exclusive for writers, shared for a reader that needs a settled file.
    func withLock<T>(exclusive: Bool, _ body: () throws(StoreError) -> T) throws(StoreError) -> T {
        try Posix.lock(lockFD, exclusive ? LOCK_EX : LOCK_SH, file: lockPath)
        defer { flock(lockFD, LOCK_UN) }
        return try body()
    }

    func size() throws(StoreError) -> Int64 { try Posix.size(fd, file: path) }

    func read(at offset: Int64, count: Int) throws(StoreError) -> [UInt8] {
        try Posix.read(fd, at: offset, count: count, file: path)
    }

    /// One `write()` of the whole transaction, then `fsync`. Call with the exclusive lock held.
    func append(_ bytes: [UInt8]) throws(StoreError) {
        try Posix.writeAll(fd, bytes, file: path)
        try Posix.sync(fd, file: path)
    }
}
