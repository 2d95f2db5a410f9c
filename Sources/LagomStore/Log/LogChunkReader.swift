import LagomCore

/// The events of the log from `offset` to `end`, read and decoded one chunk at a time while they are
/// consumed. Handing this to ONE `Session.replay` call folds a whole read as one batch (so undos in it
/// cost one refold, not one per chunk) without ever holding the whole file or all its decoded lines
/// beside the session's own history.
///
/// An event whose id was read before (`seen`) is passed over and reported as damage: a line copied by
/// hand counts once. It stops at the first read error, keeping it in `failure`; `offset` and `lines`
/// then cover exactly the lines whose events were handed out.
final class LogChunkReader: Sequence, IteratorProtocol {
    private var source: LogLines
    private let scanner: LogScanner
    private let settled: Bool
    private var reading: LogScanner.Reading
    private let seen: EventIDs
    /// Unreadable bytes ending a settled file.
    private(set) var tornTail: TornTail?
    private(set) var failure: StoreError?
    private(set) var eventCount = 0
    private var chunk: [Event] = []
    private var position = 0
    private var finished = false
    /// Events decoded per refill: small batches keep what is in flight small.
    private static let batch = 512

    init(
        log: EventLogFile, scanner: LogScanner, from offset: Int64, lines: Int, to end: Int64, settled: Bool,
        seen: EventIDs
    ) {
        source = LogLines(log: log, from: offset, to: end)
        self.scanner = scanner
        self.settled = settled
        self.seen = seen
        reading = LogScanner.Reading(offset: offset, line: lines)
    }

    /// Everything before this byte was handed out (or is a known torn write or reported damage).
    var offset: Int64 { reading.settledOffset }
    var lines: Int { reading.settledLine }
    /// Damage in the middle of what was read, in order.
    var damage: [LogDamage] { reading.damage }

    func next() -> Event? {
        while position == chunk.count {
            guard !finished else { return nil }
            refill()
        }
        position += 1
        return chunk[position - 1]
    }

    private func refill() {
        chunk.removeAll(keepingCapacity: true)
        position = 0
        do throws(StoreError) {
            while chunk.count < Self.batch {
                let start = source.offset
                guard let (line, end) = try source.next() else { return finish() }
                for event in scanner.judge(line, start: start, end: end, in: &reading) {
                    guard seen.insert(event.id) else {
                        reading.damage.append(
                            LogDamage(
                                kind: .duplicate(id: event.id), line: reading.line - 1, lines: 1, offset: start,
                                length: end - start))
                        continue
                    }
                    chunk.append(event)
                    eventCount += 1
                }
            }
        } catch {
            failure = error
            finished = true
        }
    }

    /// At the end: an unreadable run, or an unfinished line, is a torn tail when no one is writing;
    /// otherwise it may still be being written and is left for the next read.
    private func finish() {
        finished = true
        guard settled else { return }
        let unfinished = source.offset  // where the bytes without a newline (if any) start
        if let run = reading.pending {
            tornTail = TornTail(offset: run.offset, line: run.line, endsWithNewline: !hasUnfinishedBytes)
        } else if hasUnfinishedBytes {
            tornTail = TornTail(offset: unfinished, line: reading.line, endsWithNewline: false)
        }
    }

    private var hasUnfinishedBytes: Bool { source.offset < source.end }
}
