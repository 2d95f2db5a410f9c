import Glibc

/// A file a command writes for the user (`lagom export --output`): created new, or replaced only
/// when asked (`--force`); a failure names the file and the reason.
enum OutputFile {
    static func write(_ bytes: [UInt8], to path: String, overwrite: Bool) throws {
        let flags = O_WRONLY | O_CREAT | O_CLOEXEC | (overwrite ? O_TRUNC : O_EXCL)
        let fd = open(path, flags, 0o644)
        guard fd >= 0 else {
            if errno == EEXIST { throw CommandFailure("\(path): already exists (add --force to overwrite it)") }
            throw CommandFailure("\(path): cannot be written (\(String(cString: strerror(errno))))")
        }
        defer { close(fd) }
        try writeAll(bytes, to: fd, name: path)
    }

    static func writeStandardOutput(_ bytes: [UInt8]) throws {
        try writeAll(bytes, to: STDOUT_FILENO, name: "standard output")
    }

    private static func writeAll(_ bytes: [UInt8], to fd: Int32, name: String) throws {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
            if written < 0 && errno == EINTR { continue }
            guard written > 0 else {
                throw CommandFailure("\(name): write failed (\(String(cString: strerror(errno))))")
            }
            offset += written
        }
    }
}
