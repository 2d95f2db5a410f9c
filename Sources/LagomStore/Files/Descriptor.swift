import FoundationEssentials
import Glibc

/// Thin wrappers over the system calls the store needs, each turning a failure into a `StoreError`
/// that names the file. `EINTR` is retried everywhere.
enum Posix {
    /// Opens a session file, never through a symbolic link (`O_NOFOLLOW`): a link planted in a session
    /// folder could make Lagom read or write another file. Folders (`O_DIRECTORY`) may be links: the
    /// session folder itself is where the person said it is.
    static func open(_ path: String, _ flags: Int32, mode: mode_t = SessionFile.fileMode) throws(StoreError) -> Int32 {
        let follow = flags & O_DIRECTORY != 0 ? 0 : O_NOFOLLOW
        while true {
            let fd = Glibc.open(path, flags | O_CLOEXEC | follow, mode)
            if fd >= 0 { return fd }
            if errno != EINTR { throw .system(path, .open) }
        }
    }

    /// Writes every byte, looping only on a short write (the kernel may write less than asked).
    static func writeAll(
        _ fd: Int32, _ bytes: [UInt8], file: String,
        using write: (Int32, UnsafeRawBufferPointer) -> Int = { Glibc.write($0, $1.baseAddress, $1.count) }
    ) throws(StoreError) {
        var done = 0
        while done < bytes.count {
            let n = bytes.withUnsafeBytes { raw in write(fd, UnsafeRawBufferPointer(rebasing: raw[done...])) }
            if n < 0 {
                if errno == EINTR { continue }
                throw .system(file, .write)
            }
            if n == 0 { throw .io(file: file, operation: .write, errno: EIO) }
            done += n
        }
    }

    /// Linux may drop dirty pages after a failed fsync, so a failure here is a failed save.
    static func sync(_ fd: Int32, file: String, using sync: (Int32) -> Int32 = { fsync($0) }) throws(StoreError) {
        while sync(fd) != 0 {
            if errno != EINTR { throw .system(file, .sync) }
        }
    }

    static func lock(_ fd: Int32, _ operation: Int32, file: String) throws(StoreError) {
        while flock(fd, operation) != 0 {
            if errno != EINTR { throw .system(file, .lock) }
        }
    }

    static func size(_ fd: Int32, file: String) throws(StoreError) -> Int64 {
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw .system(file, .examine) }
        return Int64(info.st_size)
    }

    /// Reads `count` bytes at `offset` (fewer only at the end of the file).
    static func read(_ fd: Int32, at offset: Int64, count: Int, file: String) throws(StoreError) -> [UInt8] {
        // Not zeroed first: every byte handed back was read (a big checkpoint or log chunk is read whole).
        var failure: StoreError?
        let buffer = [UInt8](unsafeUninitializedCapacity: count) { raw, initialized in
            do throws(StoreError) {
                initialized = try read(fd, at: offset, into: UnsafeMutableRawBufferPointer(raw), file: file)
            } catch {
                failure = error
                initialized = 0
            }
        }
        if let failure { throw failure }
        return buffer
    }

    /// Fills `buffer` from `offset`: how many bytes were read (fewer only at the end of the file). A
    /// buffer used again for every chunk of a long read is never faulted in twice.
    static func read(
        _ fd: Int32, at offset: Int64, into buffer: UnsafeMutableRawBufferPointer, file: String
    ) throws(StoreError) -> Int {
        var done = 0
        while done < buffer.count {
            let n = pread(fd, buffer.baseAddress! + done, buffer.count - done, off_t(offset) + off_t(done))
            if n < 0 {
                if errno == EINTR { continue }
                throw .system(file, .read)
            }
            if n == 0 { break }
            done += n
        }
        return done
    }

    /// Makes a rename or a new file in `folder` durable.
    static func syncFolder(_ folder: String) throws(StoreError) {
        let fd = try open(folder, O_RDONLY | O_DIRECTORY)
        defer { close(fd) }
        try sync(fd, file: folder)
    }

    static func readWholeFile(_ path: String) throws(StoreError) -> [UInt8] {
        let fd = try open(path, O_RDONLY)
        defer { close(fd) }
        let size = try size(fd, file: path)
        return try read(fd, at: 0, count: Int(size), file: path)
    }
}
