import FoundationEssentials
import Glibc
import LagomCore

/// Decides what each line of `events.jsonl` is. The rule (see docs/store.md, "Damage"):
///
/// * A line is complete only with its newline. Writers put the newline in the same `write()` as the
///   line and acknowledge a commit only after that write and its fsync, so a line without a newline
///   was never acknowledged and skipping it loses nothing that was promised.
/// * An unreadable run of lines at the END of a settled file (read under the lock, or at load) is a
///   torn tail: skipped with a warning. The next writer copies it aside, ends it with `~` and a newline
///   if it has no newline (so a line cut just before its newline cannot turn readable), and writes a `tornWrite` marker naming its offset and length before its own events.
/// * An unreadable run directly followed by the marker that names it is a known torn write: skipped
///   silently, so it is reported once, not forever.
/// * An unreadable run followed by anything else is damage in the MIDDLE of the log: loading stops with
///   the line number, because skipping it would silently drop acknowledged events.
/// * While the file is not settled (a refresh without the lock), an unreadable or unfinished line at the
///   end may still be being written: it is left for later, not judged.
struct LogScanner {
    let file: String
    private let decoder = JSONDecoder()

    init(file: String) { self.file = file }

    struct Result {
        var events: [Event] = []
        /// Bytes from the start of the chunk whose meaning is settled.
        var settledBytes = 0
        /// Lines (newlines) within `settledBytes`.
        var settledLines = 0
        /// Set only when `atEnd`: unreadable bytes that end the file.
        var tornTail: TornTail?
    }

    /// The canonical line shape is read by the fast path; anything else (a kind of change it does not
    /// know, an unusual escape) by Codable, which defines the format.
    func decodeEvent(_ text: ArraySlice<UInt8>) -> Event? {
        let fast = text.withUnsafeBufferPointer { EventLineDecoder.decode($0) }
        return fast ?? (try? decoder.decode(Event.self, from: Data(text)))
    }

    /// - Parameters:
    ///   - startOffset: where `bytes` begins in the file; `startLine`: the 1-based line number there.
    ///   - atEnd: `bytes` reaches the end of a file no one is writing to, so the end can be judged.
    func scan(_ bytes: [UInt8], startOffset: Int64, startLine: Int, atEnd: Bool) throws(StoreError) -> Result {
        var result = Result()
        var lineStart = 0
        var line = startLine
        var damage: (start: Int, line: Int)?
        while let newline = bytes[lineStart...].firstIndex(of: UInt8(ascii: "\n")) {
            let text = bytes[lineStart..<newline]
            if TornWriteMarker.isMarker(text) {
                guard let run = damage,
                      let marker = try? decoder.decode(TornWriteMarker.self, from: Data(text)),
                      marker.tornWrite.offset == startOffset + Int64(run.start),
                      marker.tornWrite.length == Int64(lineStart - run.start)
                else {
                    throw .damagedLog(file: file, line: line, reason: "torn-write marker that matches no damaged lines")
                }
                damage = nil
                result.settledBytes = newline + 1
                result.settledLines = line - startLine + 1
            } else if let event = decodeEvent(text) {
                if let run = damage {
                    throw .damagedLog(
                        file: file, line: run.line,
                        reason: "unreadable line in the middle of the log (readable events follow it)")
                }
                result.events.append(event)
                result.settledBytes = newline + 1
                result.settledLines = line - startLine + 1
            } else if damage == nil {
                damage = (lineStart, line)
            }
            lineStart = newline + 1
            line += 1
        }
        if atEnd, damage != nil || lineStart < bytes.count {
            let start = damage?.start ?? lineStart
            result.tornTail = TornTail(
                offset: startOffset + Int64(start), line: damage?.line ?? line,
                endsWithNewline: lineStart == bytes.count)
        }
        return result
    }
}
