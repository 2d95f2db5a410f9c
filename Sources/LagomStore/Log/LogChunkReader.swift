import LagomCore

/// The events of the log from `offset` to `end`, read and decoded one chunk at a time while they are
/// consumed. Handing this to ONE `Session.replay` call folds a whole read as one batch (so undos in it
/// cost one refold, not one per chunk) without ever holding the whole file or all its decoded lines
/// beside the session's own history.
///
/// It stops at the first error, keeping it in `failure`; `offset` and `lines` then cover exactly the
/// chunks whose events were handed out.
final class LogChunkReader: Sequence, IteratorProtocol {
    private let log: EventLogFile
    private let scanner: LogScanner
    private let end: Int64
    private let settled: Bool
    /// Everything before this byte was handed out (or is a known torn write).
    private(set) var offset: Int64
    private(set) var lines: Int
    private(set) var eventCount = 0
    /// Unreadable bytes ending a settled file.
    private(set) var tornTail: TornTail?
    private(set) var failure: StoreError?
    private var chunk: [Event] = []
    private var position = 0
    private var finished = false
    /// Small chunks keep the bytes and decoded events in flight small; doubled only for a longer line.
    private var chunkSize = 1 << 17

    init(log: EventLogFile, scanner: LogScanner, from offset: Int64, lines: Int, to end: Int64, settled: Bool) {
        self.log = log
        self.scanner = scanner
        self.offset = offset
        self.lines = lines
        self.end = end
        self.settled = settled
    }

    func next() -> Event? {
        while position == chunk.count {
            guard !finished else { return nil }
            readChunk()
        }
        position += 1
        return chunk[position - 1]
    }

    private func readChunk() {
        chunk.removeAll(keepingCapacity: true)
        position = 0
        guard offset < end else { finished = true; return }
        do throws(StoreError) {
            let bytes = try log.read(at: offset, count: Int(Swift.min(Int64(chunkSize), end - offset)))
            let reachesEnd = offset + Int64(bytes.count) >= end
            let result = try scanner.scan(bytes, startOffset: offset, startLine: lines + 1, atEnd: settled && reachesEnd)
            chunk = result.events
            eventCount += result.events.count
            offset += Int64(result.settledBytes)
            lines += result.settledLines
            if reachesEnd {
                tornTail = result.tornTail
                finished = true
            } else if result.settledBytes == 0 {
                chunkSize *= 2  // nothing settled in a whole chunk: one line (or damaged run) is longer
            }
        } catch {
            failure = error
            finished = true
        }
    }
}
