import FoundationEssentials
import Glibc
import LagomCore

/// Decides what each line of `events.jsonl` is. The rule (see docs/store.md, "Damage"):
///
/// * A line is complete only with its newline. Writers put the newline at the end of the one line a
///   commit is (`TransactionLine`) and acknowledge it only after that write and its fsync, so a line
///   without a newline was never acknowledged and skipping it loses nothing that was promised.
/// * An unreadable run of lines at the END of a settled file (read under the lock, or at load) is a
///   torn tail: skipped with a warning. The next writer copies it aside, ends it with `~` and a newline
///   if it has no newline (so a line cut just before its newline cannot turn readable), and writes a
///   `tornWrite` marker naming its offset and length before its own events.
/// * An unreadable run directly followed by the marker that names it is a known torn write: skipped
///   silently, so it is reported once, not forever.
/// * An unreadable run followed by anything else is damage in the MIDDLE of the log (a line edited
///   outside Lagom): skipped, and reported as `LogDamage` naming its lines, so every pane still opens
///   and `lagom repair` can set it aside. A marker that names no run before it is reported the same way.
/// * While the file is not settled (a refresh without the lock), an unreadable or unfinished line at the
///   end may still be being written: it is left for later, not judged.
struct LogScanner {
    let file: String
    private let decoder = JSONDecoder()

    init(file: String) { self.file = file }

    /// The events of one commit's line (see `TransactionLine`); nil when it is unreadable.
    func decodeLine(_ text: ArraySlice<UInt8>) -> [Event]? { TransactionLine.decode(text, decoder: decoder) }

    /// What a run of lines holds, judged line by line as `Reading` is fed.
    struct Reading {
        /// Everything before this offset is judged; the 1-based line number there is `settledLine + 1`.
        var settledOffset: Int64
        var settledLine: Int
        /// Damage found and judged (in the middle of the log), in order.
        var damage: [LogDamage] = []
        /// The unreadable run not yet judged: where it starts and its first line.
        var pending: (offset: Int64, line: Int)?
        /// The line number of the next line.
        var line: Int

        init(offset: Int64, line: Int) {
            settledOffset = offset
            settledLine = line
            self.line = line + 1
        }
    }

    /// Judges one complete line that starts at `start` and ends (after its newline) at `end`; returns its
    /// events when it is readable.
    func judge(_ line: LogLines.Line, start: Int64, end: Int64, in reading: inout Reading) -> [Event] {
        defer { reading.line += 1 }
        guard case .text(let text) = line else {
            if reading.pending == nil { reading.pending = (start, reading.line) }
            return []
        }
        if TornWriteMarker.isMarker(text), let marker = try? decoder.decode(TornWriteMarker.self, from: Data(text)) {
            if let run = reading.pending, marker.tornWrite.offset == run.offset,
                marker.tornWrite.length == start - run.offset
            {
                reading.pending = nil
            } else {
                closeRun(before: start, in: &reading)
                reading.damage.append(
                    LogDamage(kind: .strayMarker, line: reading.line, lines: 1, offset: start, length: end - start))
            }
            settle(end, in: &reading)
            return []
        }
        guard let events = decodeLine(text) else {
            if reading.pending == nil { reading.pending = (start, reading.line) }
            return []
        }
        closeRun(before: start, in: &reading)
        settle(end, in: &reading)
        return events
    }

    /// The unreadable run before a readable line is damage in the middle: reported and passed over.
    private func closeRun(before start: Int64, in reading: inout Reading) {
        guard let run = reading.pending else { return }
        reading.damage.append(
            LogDamage(
                kind: .unreadable, line: run.line, lines: reading.line - run.line, offset: run.offset,
                length: start - run.offset))
        reading.pending = nil
    }

    private func settle(_ end: Int64, in reading: inout Reading) {
        reading.settledOffset = end
        reading.settledLine = reading.line
    }
}

/// Lines of the log that were passed over, and why. Reported (once, naming the lines) and kept in the
/// log until `lagom repair` sets them aside.
public struct LogDamage: Equatable, Sendable, Codable {
    public enum Kind: Equatable, Sendable, Codable {
        /// Lines that are no commit Lagom can read (edited by hand, longer than `LogLimits`).
        case unreadable
        /// A torn-write marker that names no damaged lines right before it.
        case strayMarker
        /// An event whose id an earlier line already has (a line copied by hand): folded once.
        case duplicate(id: String)
    }
    public var kind: Kind
    /// The first line (1-based) and how many.
    public var line: Int
    public var lines: Int
    public var offset: Int64
    public var length: Int64

    /// One line for people, e.g. `Sessions/dag/events.jsonl:57: unreadable line, skipped …`.
    public func notice(file: String) -> Localized {
        let place = lines > 1 ? "\(file):\(line)-\(line + lines - 1)" : "\(file):\(line)"
        switch kind {
        case .unreadable: return Localized(.storeDamageUnreadable, ["place": place, "count": lines])
        case .strayMarker: return Localized(.storeDamageStrayMarker, ["place": place])
        case .duplicate(let id): return Localized(.storeDamageDuplicate, ["place": place, "id": id])
        }
    }

    /// The notice in English.
    public func message(file: String) -> String { notice(file: file).en }
}
