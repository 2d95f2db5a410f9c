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
    static func prepare(_ bytes: [UInt8], for path: String) throws(StoreError) -> String {
        let temp = "\(path).tmp-\(getpid())"
        let fd = try Posix.open(temp, O_WRONLY | O_CREAT | O_TRUNC)
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
            let failure = StoreError.system(path, "rename")
            unlink(temp)
            throw failure
        }
        let folder = parentFolder(of: path)
        try Posix.syncFolder(folder.isEmpty ? "." : folder)
    }

    static func discard(_ temp: String) { unlink(temp) }
}
