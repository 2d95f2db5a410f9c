import FoundationEssentials
import Glibc
import LagomCore

/// `state.json`: the folded state and exactly which log and plan it was folded from.
/// Derived and disposable: a snapshot that covers less of the log than a process has read is stale and
/// rewritten by that process; the log stays the truth.
struct Snapshot: Codable, Equatable, Sendable {
    static let currentFormat = 1

    var format: Int
    /// `fnv1a64:<hex>` of plan.json's bytes.
    var planHash: String
    /// Log bytes folded in: everything before this offset (a torn tail is not counted).
    var logBytes: Int64
    /// Log lines within `logBytes`.
    var logLines: Int
    /// Events folded in.
    var events: Int
    var state: SessionState
}

/// The fields of `state.json` that say what it covers, read without decoding the state itself.
struct SnapshotHeader: Decodable, Sendable {
    var format: Int
    var planHash: String
    var logBytes: Int64
    var events: Int

    /// Reads only the start of `state.json`: with sorted keys every header field comes before
    /// `"state"`, so the (large) state is never parsed just to learn whether it is current.
    static func read(_ path: String) -> SnapshotHeader? {
        guard let fd = try? Posix.open(path, O_RDONLY) else { return nil }
        defer { close(fd) }
        guard let start = try? Posix.read(fd, at: 0, count: 4096, file: path) else { return nil }
        let stateKey = Array(#","state":"#.utf8)
        guard
            let cut = (0..<max(0, start.count - stateKey.count)).first(where: {
                start[$0..<($0 + stateKey.count)].elementsEqual(stateKey)
            })
        else { return nil }
        return try? JSONDecoder().decode(SnapshotHeader.self, from: Data(start[..<cut] + Array("}".utf8)))
    }
}

extension SnapshotHeader? {
    /// Whether this snapshot (nil: missing or unreadable) covers less of the log than a process that
    /// has read `readOffset` bytes. Equal coverage is left alone even if the plan changed: which of two
    /// plans is newer is not known here, and the header says which plan it was folded with.
    func isBehind(_ readOffset: Int64) -> Bool {
        guard let header = self, header.format == Snapshot.currentFormat else { return true }
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
