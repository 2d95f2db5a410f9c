import FoundationEssentials
import Glibc

/// Replaces a whole file so that a reader sees either the old or the new content, never a mix,
/// and the new content survives a power cut: temp file, fsync, rename, fsync of the folder.
enum AtomicFile {
    static func write(_ bytes: [UInt8], to path: String) throws(StoreError) {
        try install(try prepare(bytes, for: path), as: path)
    }

    /// Writes and fsyncs `bytes` to a temp file beside `path`, for `install` (or `discard`): the slow
    /// part, done before a caller takes a lock to decide whether to replace the file.
    /// The temp file is made exclusively (`O_EXCL`, never through a link) under a name no one can
    /// guess, so nothing planted beforehand can be truncated or written through.
    static func prepare(_ bytes: [UInt8], for path: String) throws(StoreError) -> String {
        let temp = SessionFile.temporaryName(for: path)
        let fd = try Posix.open(temp, O_WRONLY | O_CREAT | O_EXCL)
        SessionFile.settle(fd, inFolder: EventLogFile.folder(of: path))
        do {
            try Posix.writeAll(fd, bytes, file: temp)
            try Posix.sync(fd, file: temp)
        } catch {
            close(fd)
            unlink(temp)
            throw error
        }
        close(fd)
        return temp
    }

    /// Renames a prepared temp file over `path` and makes the rename durable.
    static func install(_ temp: String, as path: String) throws(StoreError) {
        guard rename(temp, path) == 0 else {
            let failure = StoreError.system(path, .rename)
            unlink(temp)
            throw failure
        }
        let folder = parentFolder(of: path)
        try Posix.syncFolder(folder.isEmpty ? "." : folder)
    }

    static func discard(_ temp: String) { unlink(temp) }
}

/// A folder inside the session folder, opened without following a link, so that every file in it is
/// made, read, renamed and removed there and nowhere else, even if the folder is swapped for a link
/// in the meantime (`openat`, `renameat`, `unlinkat`).
final class OpenFolder {
    let fd: Int32
    let path: String

    /// nil when the folder does not exist; `.link` when it is a link (or no folder).
    init?(_ path: String) throws(StoreError) {
        self.path = path
        let fd = Glibc.open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else {
            let code = errno
            if code == ENOENT { return nil }
            var info = stat()
            let isLink = lstat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFLNK
            throw isLink ? .link(file: path) : .system(path, .open, code)
        }
        self.fd = fd
    }

    deinit { close(fd) }

    private var shared: Bool {
        var info = stat()
        return fstat(fd, &info) == 0 && info.st_mode & S_ISGID != 0
    }

    /// Replaces `name` whole: temp file under an unpredictable name, fsync, rename, fsync of the folder.
    /// `privateFile`: readable by this account only, even in a shared folder, and not worth an fsync
    /// (a projector's pane size: rewritten whenever it changes, useless after a power cut).
    func write(_ bytes: [UInt8], to name: String, privateFile: Bool = false) throws(StoreError) {
        let temp = SessionFile.temporaryName(for: name)
        let mode = privateFile ? 0o600 : SessionFile.fileMode
        let file = openat(fd, temp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode)
        guard file >= 0 else { throw .system("\(path)/\(temp)", .create) }
        do {
            defer { close(file) }
            if shared && !privateFile { fchmod(file, 0o660) }
            try Posix.writeAll(file, bytes, file: "\(path)/\(temp)")
            if !privateFile { try Posix.sync(file, file: "\(path)/\(temp)") }
        } catch {
            unlinkat(fd, temp, 0)
            throw error
        }
        guard renameat(fd, temp, fd, name) == 0 else {
            let failure = StoreError.system("\(path)/\(name)", .rename)
            unlinkat(fd, temp, 0)
            throw failure
        }
        if !privateFile { try Posix.sync(fd, file: path) }
    }

    /// The bytes of `name`; nil when there is no such file.
    func read(_ name: String) throws(StoreError) -> [UInt8]? {
        let file = openat(fd, name, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard file >= 0 else {
            if errno == ENOENT { return nil }
            throw .system("\(path)/\(name)", .open)
        }
        defer { close(file) }
        return try Posix.read(
            file, at: 0, count: Int(try Posix.size(file, file: "\(path)/\(name)")), file: "\(path)/\(name)")
    }

    func remove(_ name: String) throws(StoreError) {
        if unlinkat(fd, name, 0) != 0 && errno != ENOENT { throw .system("\(path)/\(name)", .remove) }
    }
}
