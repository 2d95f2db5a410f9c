import Glibc
import LagomCore

/// Reading files for the command line, so that its code touches no file itself: a session's plan as
/// it is on disk, and files a person names (an agenda, a public key).
extension SessionStore {
    /// plan.json's bytes in `folder`, unchecked: `lagom check` validates them itself, to name every
    /// problem rather than the first. A link is refused, as for every file of a session.
    public static func planBytes(folder: String) throws(StoreError) -> [UInt8] {
        try Posix.readWholeFile("\(folder)/\(planFile)")
    }

    /// The bytes of a file a person gave by path. Unlike a session's files it may be a link (a key
    /// kept elsewhere): the person chose it.
    public static func givenFileBytes(_ path: String) throws(StoreError) -> [UInt8] {
        var fd: Int32
        repeat { fd = open(path, O_RDONLY | O_CLOEXEC) } while fd < 0 && errno == EINTR
        guard fd >= 0 else { throw .system(path, .open) }
        defer { close(fd) }
        let size = try Posix.size(fd, file: path)
        return try Posix.read(fd, at: 0, count: Int(size), file: path)
    }
}
