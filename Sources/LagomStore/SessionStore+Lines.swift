import FoundationEssentials
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
            for event in scanner.decodeLine(bytes[start..<newline]) ?? [] { events.append((line, event)) }
            start = newline + 1
            line += 1
        }
        return events
    }
}

extension SessionStore {
    /// `events.torn-…` copies in the folder that no torn-write marker in the log names: a save stopped
    /// (`kill -9`, power cut) between copying a torn tail aside and writing its marker. The bytes they
    /// hold are still in the log (the next save copies them again), so they hold nothing the log lacks.
    public func tornCopiesNoMarkerNames() throws(StoreError) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        let copies = names.filter { $0.hasPrefix("events.torn-") }
        // Without a copy there is nothing to look up: the log is not read.
        guard !copies.isEmpty else { return [] }
        let path = "\(folder)/\(Self.logFile)"
        let bytes = access(path, F_OK) == 0 ? try Posix.readWholeFile(path) : []
        var named: Set<String> = []
        let decoder = JSONDecoder()
        for line in bytes.split(separator: UInt8(ascii: "\n")) where TornWriteMarker.isMarker(line) {
            if let marker = try? decoder.decode(TornWriteMarker.self, from: Data(line)) {
                named.insert(marker.tornWrite.copy)
            }
        }
        return copies.filter { !named.contains($0) }.sorted()
    }
}
