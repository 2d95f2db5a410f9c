import Glibc
import LagomCore

/// A checkpoint file read front to back, a piece at a time, every byte hashed as it goes by: its body
/// is decoded as it is read (`CheckpointChunks`) and never held whole, which at 100,000 events kept
/// 7 MB beside the state made from it at the peak of an open. What is decoded counts only if
/// `verified()` holds once everything is read: the file's own hash, in its last 8 bytes.
final class CheckpointStream {
    static let piece = 256 * 1024

    private let fd: Int32
    private let path: String
    /// Where the hash begins: everything before it is hashed.
    let end: Int64
    private(set) var offset: Int64 = 0
    private var digest = LogFingerprint()

    init?(path: String) {
        guard let fd = try? Posix.open(path, O_RDONLY) else { return nil }
        guard let size = try? Posix.size(fd, file: path), size > 8 else {
            close(fd)
            return nil
        }
        self.fd = fd
        self.path = path
        end = size - 8
    }

    deinit { close(fd) }

    /// Up to `count` bytes from where the stream is, without reading past them.
    func peek(_ count: Int) -> [UInt8]? {
        try? Posix.read(fd, at: offset, count: Int(min(Int64(count), end - offset)), file: path)
    }

    /// The next `count` bytes, hashed; nil when the file has fewer before its hash.
    func read(_ count: Int) -> [UInt8]? {
        guard count >= 0, Int64(count) <= end - offset,
            let bytes = try? Posix.read(fd, at: offset, count: count, file: path), bytes.count == count
        else { return nil }
        bytes.withUnsafeBytes { digest.add($0) }
        offset += Int64(count)
        return bytes
    }

    /// The next `count` bytes in pieces, for a decoder.
    func chunks(_ count: Int) -> CheckpointChunks {
        var left = count
        return CheckpointChunks(count: count) { [self] in
            guard left > 0, let bytes = read(min(left, Self.piece)) else { return nil }
            left -= bytes.count
            return bytes[...]
        }
    }

    /// The body that starts where the stream is, to be read again from this file after it was hashed
    /// (`CheckpointBodySource`): nil if the file cannot be opened a second time.
    func bodySource() -> CheckpointFileBody? {
        let copy = dup(fd)
        return copy < 0 ? nil : CheckpointFileBody(fd: copy, path: path, start: offset)
    }

    /// Whether every byte before the hash was read and hashes to it.
    func verified() -> Bool {
        guard offset == end, let stored = try? Posix.read(fd, at: end, count: 8, file: path), stored.count == 8
        else { return false }
        let value = stored.withUnsafeBytes { UInt64(littleEndian: $0.loadUnaligned(as: UInt64.self)) }
        return digest.digest(count: Int(end)) == value
    }
}

/// A checkpoint's body read again from the file it was hashed in, through a descriptor of its own: a
/// checkpoint is replaced by renaming a new file over it, never changed in place, so the bytes read
/// again are those that were hashed.
final class CheckpointFileBody: CheckpointBodySource {
    private let fd: Int32
    private let path: String
    private let start: Int64

    init(fd: Int32, path: String, start: Int64) {
        self.fd = fd
        self.path = path
        self.start = start
    }

    deinit { close(fd) }

    func bytes(at offset: Int, count: Int) -> [UInt8]? {
        guard offset >= 0, count >= 0,
            let bytes = try? Posix.read(fd, at: start + Int64(offset), count: count, file: path), bytes.count == count
        else { return nil }
        return bytes
    }
}
