import FoundationEssentials
import Glibc

/// The calls the store makes to open session files and to make new names durable, replaceable in
/// tests: `chmod` denies nothing to root, so a test run as root injects an `open` that fails the way a
/// read-only disk does, and a `syncFolder` that records which folders were made durable.
struct FileSystemCalls {
    /// How an `open` went: a descriptor, or the `errno` of the failure.
    enum Opening: Equatable {
        case opened(Int32)
        case failed(Int32)
    }

    /// `open(2)` with `O_CLOEXEC` and `O_NOFOLLOW` added (a session file is never opened through a
    /// link) and `EINTR` retried.
    var open: (_ path: String, _ flags: Int32) -> Opening = { path, flags in
        while true {
            let fd = Glibc.open(path, flags | O_CLOEXEC | O_NOFOLLOW, SessionFile.fileMode)
            if fd >= 0 { return .opened(fd) }
            if errno != EINTR { return .failed(errno) }
        }
    }

    /// fsync of a folder, after a file was created in it.
    var syncFolder: (_ folder: String) throws(StoreError) -> Void = { folder throws(StoreError) in
        try Posix.syncFolder(folder)
    }

    /// `write(2)`: the bytes written, or -1 with `errno` set. Tests fail it at any byte.
    var write: (_ fd: Int32, _ bytes: UnsafeRawBufferPointer) -> Int = { fd, bytes in
        Glibc.write(fd, bytes.baseAddress, bytes.count)
    }

    /// `fsync(2)`: 0, or -1 with `errno` set.
    var sync: (_ fd: Int32) -> Int32 = { fsync($0) }

    /// Reserves disk room for `count` bytes at `offset` without changing the file's size, so that a
    /// full disk refuses a save before its first byte is written: 0, or the `errno` of the failure.
    var reserve: (_ fd: Int32, _ offset: Int64, _ count: Int) -> Int32 = { fd, offset, count in
        DiskRoom.reserve(fd, offset: offset, count: count)
    }
}

/// `fallocate(fd, FALLOC_FL_KEEP_SIZE, …)`, which Swift's Glibc module does not declare: looked up
/// once. Where the file system cannot reserve room (EOPNOTSUPP) or the call is missing, nothing is
/// reserved and the save goes on: it is still all or nothing, the disk just says "full" later.
enum DiskRoom {
    private typealias Fallocate = @convention(c) (Int32, Int32, Int64, Int64) -> Int32
    private static let keepSize: Int32 = 0x01
    private static let function: Fallocate? = {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "fallocate64") else { return nil }
        return unsafeBitCast(symbol, to: Fallocate.self)
    }()

    static func reserve(_ fd: Int32, offset: Int64, count: Int) -> Int32 {
        guard let function, count > 0 else { return 0 }
        while function(fd, keepSize, offset, Int64(count)) != 0 {
            switch errno {
            case EINTR: continue
            case ENOSPC, EDQUOT, EIO: return errno
            default: return 0  // not supported here: write without a reservation
            }
        }
        return 0
    }
}

extension FileSystemCalls {
    /// Whether an `open` failed because this process may not write there (a read-only file system,
    /// another user's folder), as opposed to a real fault.
    static func refusesWriting(_ code: Int32) -> Bool { code == EROFS || code == EACCES || code == EPERM }

    /// Opens `path` for writing (`flags` add to `O_RDWR`), creating it if it is missing: `O_EXCL` first,
    /// so the caller knows the file is new and must fsync its folder. `.failed` only for the errors of
    /// `refusesWriting`; any other failure throws.
    func openWritable(_ path: String, _ flags: Int32) throws(StoreError) -> (opening: Opening, created: Bool) {
        while true {
            switch open(path, O_RDWR | flags | O_CREAT | O_EXCL) {
            case .opened(let fd):
                SessionFile.settle(fd, inFolder: EventLogFile.folder(of: path))
                return (.opened(fd), true)
            case .failed(EEXIST): break
            case .failed(let code) where Self.refusesWriting(code): return (.failed(code), false)
            case .failed(let code): throw .system(path, .open, code)
            }
            switch open(path, O_RDWR | flags) {
            case .opened(let fd): return (.opened(fd), false)
            case .failed(ENOENT): continue  // removed in between: create it after all
            case .failed(let code) where Self.refusesWriting(code): return (.failed(code), false)
            case .failed(let code): throw .system(path, .open, code)
            }
        }
    }

    /// Opens `path` to read it; nil when there is no such file.
    func openReadable(_ path: String) throws(StoreError) -> Int32? { try openExisting(path, O_RDONLY) }

    /// Opens `path` without creating it; nil when there is no such file.
    func openExisting(_ path: String, _ flags: Int32) throws(StoreError) -> Int32? {
        switch open(path, flags) {
        case .opened(let fd): return fd
        case .failed(ENOENT): return nil
        case .failed(let code): throw .system(path, .open, code)
        }
    }
}
