import FoundationEssentials
import Glibc
import LagomCore

/// The open `events.jsonl` and its separate `events.lock`.
///
/// The lock is a `flock` on its own file: it belongs to the open file description, so a process
/// killed with `kill -9` leaves no stale lock, and closing another descriptor of the log cannot drop it
/// (as POSIX `fcntl` locks would). The log is opened with `O_APPEND` so every write lands at the end
/// even if a process that ignores the lock writes too.
///
/// A viewer, or a process that may not write the folder (read-only disk, another user's session),
/// opens both files read-only: `flock` works on a read-only descriptor. It creates nothing: a missing
/// log reads as empty, and without a lock file it reads without the lock (every writer creates the
/// lock file before its first write, so a folder without one has no writer yet).
final class EventLogFile {
    let path: String
    let lockPath: String
    /// Why this process cannot append, or nil when it can.
    let readOnlyReason: Localized?
    private let calls: FileSystemCalls
    /// Nil while there is no log file this process could open (it reads as empty).
    private var fd: Int32?
    /// The file `fd` is, to notice a log renamed over or deleted under this process.
    private var identity: FileIdentity?
    private let lockFD: Int32?

    init(path: String, lockPath: String, writable: Bool, calls: FileSystemCalls) throws(StoreError) {
        self.path = path
        self.lockPath = lockPath
        self.calls = calls
        var lock: Int32?
        var log: Int32?
        var refusal: Localized? = writable ? nil : Localized(.storeReadOnlyViewing)
        do throws(StoreError) {
            var created = false
            if writable {
                let (opening, new) = try calls.openWritable(lockPath, 0)
                switch opening {
                case .opened(let fd): lock = fd
                case .failed(let code):
                    // A read-only lock file still takes a lock; without one, no one may write.
                    lock = try calls.openReadable(lockPath)
                    if lock == nil { refusal = Self.reason(lockPath, code) }
                }
                created = new
            } else {
                lock = try calls.openReadable(lockPath)
            }
            if refusal == nil {
                let (opening, new) = try calls.openWritable(path, O_APPEND)
                switch opening {
                case .opened(let fd): log = fd
                case .failed(let code): refusal = Self.reason(path, code)
                }
                created = created || new
            }
            if log == nil { log = try calls.openReadable(path) }
            // A new file's name is durable only once its folder is fsynced.
            if created { try calls.syncFolder(Self.folder(of: path)) }
            identity = try log.map { fd throws(StoreError) in try FileIdentity.of(descriptor: fd, file: path) }
        } catch {
            for fd in [lock, log].compactMap({ $0 }) { close(fd) }
            throw error
        }
        fd = log
        lockFD = lock
        readOnlyReason = refusal
    }

    deinit {
        if let fd { close(fd) }
        if let lockFD { close(lockFD) }
    }

    /// Runs `body` holding the lock: exclusive for writers, shared for a reader that needs a settled file.
    func withLock<T>(exclusive: Bool, _ body: () throws(StoreError) -> T) throws(StoreError) -> T {
        guard let lockFD else { return try body() }
        try Posix.lock(lockFD, exclusive ? LOCK_EX : LOCK_SH, file: lockPath)
        defer { flock(lockFD, LOCK_UN) }
        return try body()
    }

    func size() throws(StoreError) -> Int64 {
        guard let fd else { return 0 }
        return try Posix.size(fd, file: path)
    }

    /// Size and modification time of the open log (an empty look when there is none yet).
    func look() throws(StoreError) -> LogLook {
        guard let fd else { return LogLook() }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw .system(path, .examine) }
        return LogLook(size: Int64(info.st_size), modified: info.st_mtim)
    }

    func read(at offset: Int64, count: Int) throws(StoreError) -> [UInt8] {
        guard let fd else { return [] }
        return try Posix.read(fd, at: offset, count: count, file: path)
    }

    /// `read(at:count:)` into `buffer`, as many bytes as it holds: how many were read.
    func read(at offset: Int64, into buffer: UnsafeMutableRawBufferPointer) throws(StoreError) -> Int {
        guard let fd else { return 0 }
        return try Posix.read(fd, at: offset, into: buffer, file: path)
    }

    /// One `write()` of the whole commit (looping only on a short write), after reserving room for it so
    /// that a full disk refuses it before a byte is written. Call with the exclusive lock held, after
    /// `followReplacement()`; then `sync()`.
    func append(_ bytes: [UInt8]) throws(StoreError) {
        if fd == nil { try create() }
        guard let fd, readOnlyReason == nil else { throw .io(file: path, operation: .write, errno: EBADF) }
        let refused = calls.reserve(fd, try size(), bytes.count)
        if refused != 0 { throw .system(path, .write, refused) }
        try Posix.writeAll(fd, bytes, file: path, using: calls.write)
    }

    /// `fsync` of the log, after `append`.
    func sync() throws(StoreError) {
        guard let fd else { return }
        try Posix.sync(fd, file: path, using: calls.sync)
    }

    /// The log was deleted while it was empty: make it again (nothing was lost).
    private func create() throws(StoreError) {
        let (opening, created) = try calls.openWritable(path, O_APPEND)
        switch opening {
        case .failed(let code): throw .system(path, .open, code)
        case .opened(let new): try adopt(new)
        }
        if created { try calls.syncFolder(Self.folder(of: path)) }
    }

    // MARK: - A log replaced under this process

    enum Replacement: Equatable {
        /// `path` still names the open file.
        case same
        /// There was no log and now there is one.
        case appeared
        /// The log was renamed over or deleted; the new one starts with every byte of the old one.
        case followed
        /// The new log lacks bytes of the old one, which is still kept under another name (as `lagom repair`
        /// leaves it): the new one is now open, to be read from the start.
        case swapped
        /// The new log lacks bytes of the old one from `offset` (line `line`), and the old one is gone:
        /// it stays unused.
        case lost(offset: Int64, line: Int)
    }

    /// A log renamed over (`cp` + `mv`, `sed -i`, an editor, a backup restore) or deleted leaves this
    /// descriptor on the old file, where appends reach no file anyone reads. When `path` names another
    /// file than the open one, this switches to it if it starts with every byte of the old file (what
    /// this process read and what others appended to the old file before the swap); otherwise it keeps
    /// the old one and says where they first differ, so the caller can refuse.
    func followReplacement() throws(StoreError) -> Replacement {
        let current = try FileIdentity.of(path: path)
        guard current != identity else { return .same }
        // Never created here: a reader must not make files, and a deleted log is judged below. Opened to
        // read only: closing a file opened for writing is an inotify IN_CLOSE_WRITE, which would wake
        // every pane (this one too) to look again, for ever, while the replacement stays refused.
        let new = current == nil ? nil : try calls.openExisting(path, O_RDONLY)
        guard let old = fd else {
            guard let new else { return .same }
            try adopt(new)
            return .appeared
        }
        let difference: Int64?
        do throws(StoreError) {
            difference = try firstDifference(old: old, new: new, length: try size(), file: path)
        } catch {
            if let new { close(new) }
            throw error
        }
        if let offset = difference {
            var info = stat()
            if let new, fstat(old, &info) == 0, info.st_nlink > 0 {
                close(old)
                fd = nil
                try adopt(new)
                return .swapped
            }
            if let new { close(new) }
            let before = try Posix.read(old, at: 0, count: Int(offset), file: path)
            return .lost(offset: offset, line: before.lazy.filter { $0 == UInt8(ascii: "\n") }.count + 1)
        }
        close(old)
        fd = nil
        identity = nil
        if let new { try adopt(new) }
        return .followed
    }

    /// Switches to `new` (opened read-only), reopened for appending when this process may write.
    private func adopt(_ probe: Int32) throws(StoreError) {
        var new = probe
        if readOnlyReason == nil {
            defer { close(probe) }
            // Gone again between the two opens: the next look sees it missing.
            guard let writable = try calls.openExisting(path, O_RDWR | O_APPEND) else { return }
            new = writable
        }
        do {
            identity = try FileIdentity.of(descriptor: new, file: path)
        } catch {
            close(new)
            throw error
        }
        fd = new
    }

    private static func reason(_ file: String, _ code: Int32) -> Localized {
        Localized(.storeReadOnlyCannotWrite, ["file": file, "reason": SystemReason.words(code)])
    }

    static func folder(of file: String) -> String {
        let folder = parentFolder(of: file)
        return folder.isEmpty ? "." : folder
    }
}
