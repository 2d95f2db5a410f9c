import FoundationEssentials
import Glibc

/// Bytes at the end of the log that are not a complete, readable line: what a write cut short by a
/// crash, a power cut or a full disk leaves behind.
struct TornTail: Equatable, Sendable {
    /// Byte offset of the first damaged byte.
    var offset: Int64
    /// 1-based line number where the damage starts.
    var line: Int
    /// Whether the damage ends with a newline; if not, the next write must start a fresh line.
    var endsWithNewline: Bool
}

/// The line a writer appends right after a torn tail it found under the lock, before its own events:
/// `{"tornWrite":{"copy":"events.torn-…","length":37,"offset":4096}}`.
/// It marks the damaged bytes as known (readers skip them silently from then on) and says where
/// their copy was put, so the log never has to be rewritten and the damage is reported only once.
struct TornWriteMarker: Codable, Equatable, Sendable {
    struct Body: Codable, Equatable, Sendable {
        /// Where the damaged bytes start.
        var offset: Int64
        /// How many bytes, up to the start of this marker line (including any `~\n` added to end them).
        var length: Int64
        /// File name, in the session folder, of the copy of the damaged bytes.
        var copy: String
    }
    var tornWrite: Body

    static let prefix = Array(#"{"tornWrite":"#.utf8)

    static func isMarker(_ line: ArraySlice<UInt8>) -> Bool { line.starts(with: prefix) }
}

enum TornCopy {
    /// `events.torn-20241203T101500.123Z`, with `-2`, `-3`… if that name is taken.
    /// Written with O_EXCL and fsynced; never deleted by Lagom once a marker may name it. A copy that
    /// could not be written whole (a full disk) is removed again rather than left empty.
    static func save(
        _ bytes: [UInt8], folder: String, millisecondsSince1970: Int64,
        calls: FileSystemCalls
    ) throws(StoreError) -> String {
        let stamp = timestamp(millisecondsSince1970)
        var attempt = 1
        while true {
            let name = attempt == 1 ? "events.torn-\(stamp)" : "events.torn-\(stamp)-\(attempt)"
            let path = "\(folder)/\(name)"
            let fd: Int32
            switch calls.open(path, O_WRONLY | O_CREAT | O_EXCL) {
            case .opened(let opened):
                fd = opened
                SessionFile.settle(fd, inFolder: folder)
            case .failed(EEXIST): attempt += 1; continue
            case .failed(let code): throw .system(path, .create, code)
            }
            do {
                defer { close(fd) }
                try Posix.writeAll(fd, bytes, file: path)
                try Posix.sync(fd, file: path)
                try calls.syncFolder(folder)
            } catch {
                unlink(path)
                throw error
            }
            return name
        }
    }

    /// Removes a copy whose marker never reached the log (the save failed before writing a byte).
    static func discard(_ name: String, folder: String) { unlink("\(folder)/\(name)") }

    static func timestamp(_ ms: Int64) -> String {
        var seconds = time_t(ms / 1000)
        var parts = tm()
        gmtime_r(&seconds, &parts)
        func pad(_ n: Int32, _ width: Int = 2) -> String {
            let text = String(n)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        return "\(pad(parts.tm_year + 1900, 4))\(pad(parts.tm_mon + 1))\(pad(parts.tm_mday))T"
            + "\(pad(parts.tm_hour))\(pad(parts.tm_min))\(pad(parts.tm_sec)).\(pad(Int32(ms % 1000), 3))Z"
    }
}
