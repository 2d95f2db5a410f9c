import Glibc

/// How files and folders are made in a session folder. They hold people's names and answers, so they
/// are never readable by everyone; in a folder shared with a group (setgid, as `lagom share` sets it up)
/// the group may read and write them, whatever the umask of the process that made them.
enum SessionFile {
    /// Whether `folder` is shared with its group: setgid, so what is made in it gets the folder's group.
    static func isShared(_ folder: String) -> Bool {
        var info = stat()
        return stat(folder, &info) == 0 && info.st_mode & S_ISGID != 0
    }

    /// The mode a new file is opened with; the umask may take more away where the folder is not shared.
    static let fileMode: mode_t = 0o640

    /// Gives a file just made in `folder` group read and write when the folder is shared.
    static func settle(_ fd: Int32, inFolder folder: String) {
        if isShared(folder) { fchmod(fd, 0o660) }
    }

    /// Makes a folder: group-shared (setgid, group write) inside a shared folder, owner and group read only
    /// otherwise. True if it was made; false if it was there.
    static func makeFolder(_ path: String) throws(StoreError) -> Bool {
        let parent = parentFolder(of: path)
        let shared = isShared(parent.isEmpty ? "." : parent)
        guard mkdir(path, shared ? 0o2770 : 0o750) == 0 else {
            if errno == EEXIST { return false }
            throw .system(path, .create)
        }
        if shared { chmod(path, 0o2770) }
        return true
    }

    /// Creates `path` (never there before, never through a link) holding `bytes`, fsynced.
    static func create(_ bytes: [UInt8], at path: String) throws(StoreError) {
        let fd = try Posix.open(path, O_WRONLY | O_CREAT | O_EXCL, mode: fileMode)
        do {
            defer { close(fd) }
            settle(fd, inFolder: EventLogFile.folder(of: path))
            try Posix.writeAll(fd, bytes, file: path)
            try Posix.sync(fd, file: path)
        } catch {
            unlink(path)
            throw error
        }
    }

    /// A name no other process can guess, for a temporary file beside `path`.
    static func temporaryName(for path: String) -> String {
        var generator = SystemRandomNumberGenerator()
        let letters = Array("abcdefghijkmnpqrstuvwxyz23456789")
        let suffix = String((0..<16).map { _ in letters[Int(generator.next() % UInt64(letters.count))] })
        return "\(path).tmp-\(suffix)"
    }
}
