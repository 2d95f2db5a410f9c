import FoundationEssentials
import Glibc

/// Replaces a whole file so that a reader sees either the old or the new content, never a mix,
/// and the new content survives a power cut: temp file, fsync, rename, fsync of the folder.
enum AtomicFile {
    static func write(_ bytes: [UInt8], to path: String) throws(StoreError) {
        let folder = parentFolder(of: path)
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
        guard rename(temp, path) == 0 else {
            let failure = StoreError.system(path, "rename")
            unlink(temp)
            throw failure
        }
        try Posix.syncFolder(folder.isEmpty ? "." : folder)
    }
}
