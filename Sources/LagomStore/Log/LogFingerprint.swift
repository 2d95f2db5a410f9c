import Glibc

/// A hash of the log's first `length` bytes: what this process has read. Kept up to date as the log
/// grows; a log edited in place (same file, as an editor with `backupcopy=yes` or `sed` without `-i`
/// leaves it) no longer hashes the same, so a running process notices the change before it writes
/// a line whose place it can no longer trust. A checkpoint keeps it too, and is used only when the
/// log still hashes the same (`state.checkpoint`). Not cryptographic: it catches edits, not attackers.
///
/// Four independent lanes take one 8-byte word each of every 32 bytes, so the processor multiplies
/// four at a time: hashing is the one pass over the bytes a checkpoint covers when a session opens.
struct LogFingerprint: Equatable, Codable {
    private(set) var length: Int64 = 0
    private var lanes: [UInt64] = [
        0x243F_6A88_85A3_08D3, 0x1319_8A2E_0370_7344, 0xA409_3822_299F_31D0, 0x082E_FA98_EC4E_6C89,
    ]
    /// The bytes after the last whole 32-byte block.
    private var pending: [UInt8] = []

    /// Adds the log's bytes from `length` up to `end`.
    /// The bytes go through one buffer of at most 256 KiB, used again for each chunk: a fresh
    /// megabyte a chunk cost the opening of a big session more in page faults than in hashing.
    mutating func extend(_ log: EventLogFile, to end: Int64) throws(StoreError) {
        guard length < end else { return }
        let buffer = UnsafeMutableRawBufferPointer.allocate(
            byteCount: Int(min(Int64(256 << 10), end - length)), alignment: 64)
        defer { buffer.deallocate() }
        while length < end {
            let chunk = UnsafeMutableRawBufferPointer(rebasing: buffer[..<Int(min(Int64(buffer.count), end - length))])
            let count = try log.read(at: length, into: chunk)
            if count == 0 { return }
            add(UnsafeRawBufferPointer(rebasing: chunk[..<count]))
            length += Int64(count)
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
        return fresh.digest(count: bytes.count)
    }

    /// `digest(of:)` of the `count` bytes given to `add(_:)`, in as many pieces as they came.
    func digest(count: Int) -> UInt64 {
        var hash = UInt64(count)
        for lane in lanes { hash = Self.mixed(hash, lane) }
        for byte in pending { hash = Self.mixed(hash, UInt64(byte)) }
        return hash
    }

    mutating func add(_ bytes: UnsafeRawBufferPointer) {
        var index = 0
        if !pending.isEmpty {
            let taken = min(32 - pending.count, bytes.count)
            pending.append(contentsOf: bytes[0..<taken])
            index = taken
            guard pending.count == 32 else { return }
            pending.withUnsafeBytes { mixBlock($0, at: 0) }
            pending.removeAll(keepingCapacity: true)
        }
        var (a, b, c, d) = (lanes[0], lanes[1], lanes[2], lanes[3])
        while index + 32 <= bytes.count {
            a = Self.mixed(a, bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self))
            b = Self.mixed(b, bytes.loadUnaligned(fromByteOffset: index + 8, as: UInt64.self))
            c = Self.mixed(c, bytes.loadUnaligned(fromByteOffset: index + 16, as: UInt64.self))
            d = Self.mixed(d, bytes.loadUnaligned(fromByteOffset: index + 24, as: UInt64.self))
            index += 32
        }
        lanes = [a, b, c, d]
        pending.append(contentsOf: bytes[index...])
    }

    private mutating func mixBlock(_ block: UnsafeRawBufferPointer, at index: Int) {
        for lane in 0..<4 {
            lanes[lane] = Self.mixed(
                lanes[lane], block.loadUnaligned(fromByteOffset: index + 8 * lane, as: UInt64.self))
        }
    }

    private static func mixed(_ hash: UInt64, _ word: UInt64) -> UInt64 {
        var next = (hash ^ word) &* 0x9E37_79B9_7F4A_7C15
        next ^= next >> 29
        return next
    }
}
