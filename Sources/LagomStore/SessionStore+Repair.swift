import FoundationEssentials
import Glibc
import LagomCore

/// What `lagom repair` did to a session's log.
public struct RepairReport: Sendable {
    /// Lines of readable events kept, in order.
    public var kept: Int
    /// The 1-based line numbers set aside (unreadable, torn, markers, duplicates, an unfinished end).
    public var setAside: [Int]
    /// File names in the session folder: the lines set aside, and the log as it was before.
    public var damagedCopy: String?
    public var previousLog: String?

    public var changed: Bool { !setAside.isEmpty }
}

extension SessionStore {
    /// Salvages a log that holds lines Lagom cannot read: every readable line is kept, in order, in a new
    /// `events.jsonl`; every other line (unreadable, a torn write and its marker, a duplicated event, an
    /// unfinished end) is set aside, as it was, in `events.damaged-<time>`; the log as it was is kept as
    /// `events.jsonl.before-repair-<time>`. Nothing is deleted. Done under the log's exclusive lock; panes
    /// that are running see the new log (the old one is kept under another name) and read it again.
    /// A log with nothing to set aside is left untouched.
    public static func repair(folder: String, millisecondsSince1970: Int64) throws(StoreError) -> RepairReport {
        let logPath = "\(folder)/\(logFile)"
        let store = try SessionStore(
            folder: folder, clock: FixedWallClock(now: WallTime(milliseconds: millisecondsSince1970)),
            ids: SystemIDSource(), access: .readWrite)
        if let reason = store.readOnlyReason { throw .readOnly(folder: folder, reason: reason) }
        return try store.log.withLock(exclusive: true) { () throws(StoreError) -> RepairReport in
            let bytes = try Posix.readWholeFile(logPath)
            var kept: [UInt8] = []
            var aside: [UInt8] = []
            var report = RepairReport(kept: 0, setAside: [])
            let scanner = LogScanner(file: logPath)
            var seen: Set<String> = []
            var start = 0
            var line = 1
            while start < bytes.count {
                let newline = bytes[start...].firstIndex(of: UInt8(ascii: "\n"))
                let end = newline.map { $0 + 1 } ?? bytes.count
                let text = bytes[start..<(newline ?? bytes.count)]
                let events = newline == nil || text.count > LogLimits.maxLineBytes ? nil : scanner.decodeLine(text)
                if let events, events.contains(where: { seen.insert($0.id).inserted }) {
                    kept += bytes[start..<end]
                    report.kept += 1
                } else {
                    aside += bytes[start..<end]
                    report.setAside.append(line)
                }
                start = end
                line += 1
            }
            guard report.changed else { return report }
            let stamp = TornCopy.timestamp(millisecondsSince1970)
            let damaged = "events.damaged-\(stamp)"
            let previous = "\(logFile).before-repair-\(stamp)"
            try SessionFile.create(aside, at: "\(folder)/\(damaged)")
            // The log as it was keeps its bytes under a second name; then the new log takes the first.
            guard link(logPath, "\(folder)/\(previous)") == 0 else { throw .system("\(folder)/\(previous)", .link) }
            try AtomicFile.write(kept, to: logPath)
            report.damagedCopy = damaged
            report.previousLog = previous
            return report
        }
    }
}

/// A clock that always says the same time: repair stamps its files with the time it was given.
private struct FixedWallClock: LagomClock {
    var now: WallTime
}
