import FoundationEssentials
import Glibc
import LagomCore

/// One reading of the wall clock per boot of the machine, kept in the session folder
/// (`clock.json`) and shared by every process of the session.
///
/// Each process measures time on `CLOCK_BOOTTIME`, which never jumps; the anchor turns that into
/// wall time. With an anchor of its own, a process started after someone set the system clock
/// (±1 h) would place every stored deadline an hour off from the panes started before; with the
/// shared anchor, all processes of one boot agree to the millisecond whatever the wall clock does.
/// A new boot (the boot clock restarts) or an unreadable file takes a fresh anchor.
public struct SessionClockAnchor: Equatable, Sendable {
    public static let fileName = "clock.json"

    public var bootID: String
    /// Wall time (ms since 1970) when the boot clock read `boot`.
    public var wall: Int64
    public var boot: Int64

    public init(bootID: String, wall: Int64, boot: Int64) {
        self.bootID = bootID
        self.wall = wall
        self.boot = boot
    }

    /// The anchor this process should use: the session's, when it was taken in this boot; else a
    /// fresh one from `wall`/`boot`, saved for the next process when `save` (a projector writes
    /// nothing) and the folder is writable.
    public static func shared(
        folder: String, bootID: String, wall: Int64, boot: Int64, save: Bool = true
    ) -> SessionClockAnchor {
        let path = folder + "/" + fileName
        if let stored = read(path), stored.bootID == bootID, stored.boot <= boot { return stored }
        let fresh = SessionClockAnchor(bootID: bootID, wall: wall, boot: boot)
        guard save, (try? AtomicFile.write(Array(fresh.json.utf8), to: path)) != nil else { return fresh }
        // Two processes starting together both write; the last rename wins, and both use it.
        if let stored = read(path), stored.bootID == bootID, stored.boot <= boot { return stored }
        return fresh
    }

    static func read(_ path: String) -> SessionClockAnchor? {
        guard let bytes = try? Posix.readWholeFile(path), let node = try? JSONParser.parse(bytes),
            case .object(let object) = node.value,
            case .string(let bootID)? = object["bootID"]?.value,
            case .number(let wall)? = object["wall"]?.value, let wallMs = Int64(wall.text),
            case .number(let boot)? = object["boot"]?.value, let bootMs = Int64(boot.text)
        else { return nil }
        return SessionClockAnchor(bootID: bootID, wall: wallMs, boot: bootMs)
    }

    var json: String { "{\"bootID\":\"\(bootID)\",\"wall\":\(wall),\"boot\":\(boot)}\n" }

    /// This boot's id from the kernel, or nil where there is none (then nothing is shared).
    static func currentBootID() -> String? {
        // A /proc file reports size 0: read it, not its size.
        guard let fd = try? Posix.open("/proc/sys/kernel/random/boot_id", O_RDONLY) else { return nil }
        defer { close(fd) }
        var buffer = [UInt8](repeating: 0, count: 64)
        let count = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
        guard count > 0 else { return nil }
        let bytes = buffer[..<count]
        let id = String(decoding: bytes.filter { $0 > 0x20 }, as: UTF8.self)
        return id.isEmpty || !id.allSatisfy({ $0.isHexDigit || $0 == "-" }) ? nil : id
    }
}
