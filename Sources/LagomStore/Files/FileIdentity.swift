import Glibc

/// Which file a descriptor or a path is: a file renamed over another has a new inode, so a process
/// holding the old descriptor can tell that the path now names something else.
struct FileIdentity: Equatable, Sendable {
    var device: UInt64
    var inode: UInt64

    init(_ info: stat) {
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
    }

    /// The file `path` names now; nil when there is none.
    static func of(path: String) throws(StoreError) -> FileIdentity? {
        var info = stat()
        if stat(path, &info) == 0 { return FileIdentity(info) }
        if errno == ENOENT { return nil }
        throw .system(path, .examine)
    }

    static func of(descriptor fd: Int32, file: String) throws(StoreError) -> FileIdentity {
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw .system(file, .examine) }
        return FileIdentity(info)
    }
}

/// Where two open files first differ within the first `length` bytes of `old`; nil when `new` starts
/// with exactly those bytes. Read in chunks: it runs only when a log was replaced, over the whole log.
func firstDifference(old: Int32, new: Int32?, length: Int64, file: String) throws(StoreError) -> Int64? {
    let chunk = 1 << 20
    var offset: Int64 = 0
    while offset < length {
        let count = Int(min(Int64(chunk), length - offset))
        let before = try Posix.read(old, at: offset, count: count, file: file)
        let after =
            try new.map { fd throws(StoreError) in try Posix.read(fd, at: offset, count: count, file: file) } ?? []
        let common = min(before.count, after.count)
        let same =
            common == 0
            || before.withUnsafeBytes { a in
                after.withUnsafeBytes { b in memcmp(a.baseAddress!, b.baseAddress!, common) == 0 }
            }
        if !same, let index = (0..<common).first(where: { before[$0] != after[$0] }) { return offset + Int64(index) }
        if after.count < before.count { return offset + Int64(after.count) }
        offset += Int64(before.count)
        if before.count < count { break }  // the old file is shorter than it was a moment ago
    }
    return nil
}
