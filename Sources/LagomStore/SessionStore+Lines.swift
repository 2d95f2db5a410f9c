import Glibc
import LagomCore

extension SessionStore {
    /// The log's events, each with the 1-based line it was read from, for messages that name a line
    /// (`lagom check`). Reads the whole file without the lock; a line that is not an event (a torn
    /// write, its marker) or not yet finished (no newline) is skipped but still counted.
    public func historyWithLines() throws(StoreError) -> [(line: Int, event: Event)] {
        let path = "\(folder)/\(Self.logFile)"
        // A session nobody has written to yet has no log: no events, not an error.
        guard access(path, F_OK) == 0 else { return [] }
        let bytes = try Posix.readWholeFile(path)
        let scanner = LogScanner(file: path)
        var events: [(line: Int, event: Event)] = []
        var start = 0
        var line = 1
        while let newline = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) {
            if let event = scanner.decodeEvent(bytes[start..<newline]) { events.append((line, event)) }
            start = newline + 1
            line += 1
        }
        return events
    }
}
