import FoundationEssentials
import Glibc
import LagomCore

/// `state.checkpoint`: the folded session and exactly which log bytes and plan it was folded from, so
/// a process can start from it and fold only the log after it. Derived and disposable: the log stays
/// the truth, and a checkpoint that does not match the log's bytes as they are now is ignored.
///
/// Layout: one JSON header line (`CheckpointHeader`), then three parts whose lengths it gives — the
/// state's small fields as JSON, the session's notes and undo index in a compact binary form
/// (`SessionCheckpoint.body`), and the ids of the events folded (`EventIDs`) — then 8 bytes: a hash
/// of everything before them, so nothing of a checkpoint changed on disk (a flipped bit) is used.
struct CheckpointHeader: Codable, Equatable, Sendable {
    /// 3: a check-in round's speaker is kept by name (`people.rounds`), not by place in the plan.
    /// 4: slide pages (`slideStarts`) are state, and entering a step takes its minutes off the stage.
    /// 5: the notes' id index is saved after them, sorted, and loaded without hashing an id.
    /// 6: the undo index keeps a transaction id of the alphabet as its number (no text to parse).
    /// 7: the note index comes before the notes, which are a section of their own (read when needed).
    /// Bump it whenever the fold's result or the bytes change, so no checkpoint of an older fold is used.
    static let currentFormat = 7

    var format: Int
    /// `fnv1a64:<hex>` of plan.json's bytes: a checkpoint folded with another plan is not used.
    var planHash: String
    /// Log bytes folded in: everything before this offset (a torn tail is not counted).
    var logBytes: Int64
    /// Log lines within `logBytes`.
    var logLines: Int
    /// Events folded in.
    var events: Int
    /// The hash of the log's first `logBytes` bytes: the log must still hash the same.
    var fingerprint: LogFingerprint
    /// Lines passed over before `logBytes`, to name them again.
    var damage: [LogDamage]
    var restBytes = 0
    var bodyBytes = 0
    var idBytes = 0
}

/// A checkpoint file opened for reading, not yet checked against the log: its header and the state's
/// small fields read, the stream at its body (then the event ids, then the hash), read a piece at a time.
struct CheckpointFile {
    var header: CheckpointHeader
    var rest: [UInt8]
    var stream: CheckpointStream

    static func encode(_ header: CheckpointHeader, rest: [UInt8], body: ArraySlice<UInt8>, ids: [UInt8]) -> [UInt8] {
        var header = header
        (header.restBytes, header.bodyBytes, header.idBytes) = (rest.count, body.count, ids.count)
        var bytes = EventLineEncoder().line(header)
        bytes.reserveCapacity(bytes.count + rest.count + body.count + ids.count + 8)
        bytes += rest
        bytes += body
        bytes += ids
        withUnsafeBytes(of: LogFingerprint.digest(of: bytes[...]).littleEndian) { bytes.append(contentsOf: $0) }
        return bytes
    }

    /// Nil when the file is missing, or its header is not one of this format whose parts add up to the
    /// file. The rest of the file is checked as it is read (`CheckpointStream.verified()`).
    static func open(_ path: String) -> CheckpointFile? {
        guard let stream = CheckpointStream(path: path), let start = stream.peek(1 << 16),
            let newline = start.firstIndex(of: UInt8(ascii: "\n")),
            let header = try? JSONDecoder().decode(CheckpointHeader.self, from: Data(start[..<newline])),
            header.format == CheckpointHeader.currentFormat,
            header.restBytes >= 0, header.bodyBytes >= 0, header.idBytes >= 0,
            Int64(newline + 1) + Int64(header.restBytes) + Int64(header.bodyBytes) + Int64(header.idBytes)
                == stream.end,
            stream.read(newline + 1) != nil, let rest = stream.read(header.restBytes)
        else { return nil }
        return CheckpointFile(header: header, rest: rest, stream: stream)
    }

    /// Only the header line (within the first 64 KiB): what the file covers, without its state.
    static func readHeader(_ path: String) -> CheckpointHeader? {
        guard let fd = try? Posix.open(path, O_RDONLY) else { return nil }
        defer { close(fd) }
        guard let start = try? Posix.read(fd, at: 0, count: 1 << 16, file: path),
            let newline = start.firstIndex(of: UInt8(ascii: "\n"))
        else { return nil }
        return try? JSONDecoder().decode(CheckpointHeader.self, from: Data(start[..<newline]))
    }
}

extension CheckpointHeader? {
    /// Whether this checkpoint (nil: missing or unreadable) covers less of the log than a process that
    /// has read `readOffset` bytes. Equal coverage is left alone even if the plan changed: which of two
    /// plans is newer is not known here, and the header says which plan it was folded with.
    func isBehind(_ readOffset: Int64) -> Bool {
        guard let header = self, header.format == CheckpointHeader.currentFormat else { return true }
        return header.logBytes < readOffset
    }
}

/// FNV-1a, 64 bits: cheap and dependency-free; it only has to notice an edited plan, not resist an attacker.
enum PlanHash {
    static func of(_ bytes: [UInt8]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return "fnv1a64:" + String(repeating: "0", count: 16 - hex.count) + hex
    }
}
