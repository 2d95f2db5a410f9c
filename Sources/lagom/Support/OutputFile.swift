import Glibc
import LagomCore
import LagomStore

/// A file a command writes for the user (`lagom export --output`): created new, or replaced only
/// when asked (`--force`); a failure names the file and the reason.
enum OutputFile {
    static func write(_ bytes: [UInt8], to path: String, overwrite: Bool) throws {
        let flags = O_WRONLY | O_CREAT | O_CLOEXEC | (overwrite ? O_TRUNC : O_EXCL)
        let fd = open(path, flags, 0o644)
        guard fd >= 0 else {
            throw openFailure(path)
        }
        defer { close(fd) }
        try writeAll(bytes, to: fd, name: path)
    }

    /// Hands `body` a sink that writes to `path` (standard output when nil) as the bytes are made, in
    /// 64 KiB writes, so a large export is never held whole.
    static func stream(to path: String?, overwrite: Bool, _ body: (inout OutputSink) throws -> Void) throws {
        var fd = STDOUT_FILENO
        let name = path ?? Localized(.cliStandardOutput).text(CommandLanguage.current)
        if let path {
            fd = open(path, O_WRONLY | O_CREAT | O_CLOEXEC | (overwrite ? O_TRUNC : O_EXCL), 0o644)
            guard fd >= 0 else {
                throw openFailure(path)
            }
        }
        defer { if path != nil { close(fd) } }
        var sink = OutputSink(flush: { bytes in try writeAll(bytes, to: fd, name: name) })
        try body(&sink)
        try sink.flush()
    }

    /// Why `path` could not be opened, reading `errno` now.
    private static func openFailure(_ path: String) -> CommandFailure {
        if errno == EEXIST { return CommandFailure(Localized(.cliFileExists, ["file": path])) }
        return CommandFailure(
            Localized(.cliFileNotWritable, ["file": path, "reason": SystemReason.words(errno)]))
    }

    static func writeStandardOutput(_ bytes: [UInt8]) throws {
        try writeAll(bytes, to: STDOUT_FILENO, name: Localized(.cliStandardOutput).text(CommandLanguage.current))
    }

    fileprivate static func writeAll(_ bytes: [UInt8], to fd: Int32, name: String) throws {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
            if written < 0 && errno == EINTR { continue }
            guard written > 0 else {
                throw CommandFailure(
                    Localized(.cliWriteFailed, ["file": name, "reason": SystemReason.words(errno)]))
            }
            offset += written
        }
    }
}

/// Bytes on their way to a file: gathered, and written 64 KiB at a time.
struct OutputSink {
    private var buffer: [UInt8] = []
    private let write: ([UInt8]) throws -> Void

    fileprivate init(flush write: @escaping ([UInt8]) throws -> Void) {
        self.write = write
        buffer.reserveCapacity(1 << 16)
    }

    mutating func append(_ text: String) throws {
        var text = text
        text.withUTF8 { buffer.append(contentsOf: $0) }
        if buffer.count >= 1 << 16 { try flush() }
    }

    mutating func flush() throws {
        guard !buffer.isEmpty else { return }
        try write(buffer)
        buffer.removeAll(keepingCapacity: true)
    }
}
