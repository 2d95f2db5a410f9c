import Glibc

/// A hash of the log's first `length` bytes: what this process has read. Kept up to date as the log
/// grows; a log edited in place (same file, as an editor with `backupcopy=yes` or `sed` without `-i`
/// leaves it) no longer hashes the same, so a running process notices the change before it writes
/// a line whose place it can no longer trust. Not cryptographic: it catches edits, not attackers.
struct LogFingerprint: Equatable, Codable {
    private(set) var length: Int64 = 0
    private var hash: UInt64 = 0x243F_6A88_85A3_08D3
    /// The bytes after the last whole 8-byte word.
    private var tail: UInt64 = 0
    private var tailCount = 0

    /// Adds the log's bytes from `length` up to `end`.
    mutating func extend(_ log: EventLogFile, to end: Int64) throws(StoreError) {
        while length < end {
            let bytes = try log.read(at: length, count: Int(min(Int64(1 << 20), end - length)))
            if bytes.isEmpty { return }
            bytes.withUnsafeBytes { add($0) }
            length += Int64(bytes.count)
        }
    }

    /// The fingerprint of the log's first `length` bytes as they are now.
    static func of(_ log: EventLogFile, length: Int64) throws(StoreError) -> LogFingerprint {
        var fresh = LogFingerprint()
        try fresh.extend(log, to: length)
        return fresh
    }

    /// The hash of `bytes` as one number (a checkpoint's own check of its bytes).
    static func digest(of bytes: ArraySlice<UInt8>) -> UInt64 {
        var fresh = LogFingerprint()
        bytes.withUnsafeBytes { fresh.add($0) }
        var final = fresh
        final.mix(fresh.tail ^ UInt64(fresh.tailCount) << 56)
        final.mix(UInt64(bytes.count))
        return final.hash
    }

    private mutating func add(_ bytes: UnsafeRawBufferPointer) {
        var index = 0
        while tailCount != 0, index < bytes.count {
            push(bytes[index])
            index += 1
        }
        while index + 8 <= bytes.count {
            mix(bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self))
            index += 8
        }
        while index < bytes.count {
            push(bytes[index])
            index += 1
        }
    }

    private mutating func push(_ byte: UInt8) {
        tail |= UInt64(byte) << (8 * UInt64(tailCount))
        tailCount += 1
        if tailCount == 8 {
            mix(tail)
            tail = 0
            tailCount = 0
        }
    }

    private mutating func mix(_ word: UInt64) {
        hash = (hash ^ word) &* 0x9E37_79B9_7F4A_7C15
        hash ^= hash >> 29
    }
}
