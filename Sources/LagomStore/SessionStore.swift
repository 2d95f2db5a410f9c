import FoundationEssentials
import Glibc
import LagomCore

/// One session folder opened by one process: the only code that reads or writes session files.
///
/// `events.jsonl` is the truth; `session` is what this process has folded from it. Several processes
/// open the same folder; each commit is checked against the freshest log under an exclusive lock, so
/// two processes can never both write something the other made invalid.
public final class SessionStore {
    public static let planFile = "plan.json"
    public static let logFile = "events.jsonl"
    public static let lockFile = "events.lock"
    public static let checkpointFile = "state.checkpoint"

    public let folder: String
    public internal(set) var session: Session
    /// Things a person should know that did not stop the work, e.g. a torn last write kept aside,
    /// said in the language of the screen or command that shows them.
    public internal(set) var notices: [Localized] = []
    /// The notices in English, for logs and tests.
    public var warnings: [String] { notices.map(\.en) }

    public let clock: any LagomClock
    private var ids: any IDSource
    let log: EventLogFile
    let scanner: LogScanner
    private let watcher: FolderWatcher
    let encoder = EventLineEncoder()
    let planHash: String
    let calls: FileSystemCalls
    private let opensForWriting: Bool
    /// Whose undo this store opens for: the open keeps a state to refold from (`SessionStore+Refold.swift`).
    let preparedToUndo: UndoPreparation?
    /// Set when a checkpoint is restored for an undo: the fold of the log after it keeps the base.
    var keepsBaseInTail = false
    /// How many events were folded before the state kept for the undo (tests check where it is kept).
    var baseKeptAt: Int?
    /// When the notes of a checkpoint this store starts from are decoded.
    let checkpointNotes: CheckpointNoteLoading
    /// Everything before this byte of the log is folded in (or is a known torn write or reported damage).
    var readOffset: Int64 = 0
    /// Lines before `readOffset`, to name line numbers in errors.
    var readLines = 0
    /// Unreadable bytes ending the log at the last settled read; the next commit copies them aside.
    var tornTail: TornTail?
    /// What the log's first `readOffset` bytes were when this process read them (see `changeToLog`).
    var fingerprint = LogFingerprint()
    var lastLook = LogLook()
    /// The last bytes before `readOffset`, for the cheap look.
    var lastBytes: [UInt8] = []
    /// The ids of the events folded, so that a line copied by hand counts once.
    var seen = EventIDs()
    /// Lines passed over because they cannot be read (see `LogDamage`), in the order they were found.
    public internal(set) var damage: [LogDamage] = []
    /// The events the last commit's undo took back, read while the history was held for it.
    var undoneByLastCommit: [Event] = []
    /// How much of the log the newest checkpoint this process knows of covers (see `checkpointIfDue`).
    var checkpointCovers: Int64 = 0
    /// The fingerprint of the newest checkpoint this process confirmed against the log or wrote itself,
    /// so reading it again (an undo refolds from it) needs no second hash of the bytes it covers.
    var confirmedCover: LogFingerprint?
    /// How many times the whole history was read back (tests check that an undo did not need it).
    var historyReads = 0
    /// Log bytes between checkpoints (tests make it small; so do the kill tests' worker processes).
    @_spi(Benchmark) public var checkpointEvery = SessionStore.defaultCheckpointEvery
    /// False only to generate big benchmark sessions fast (`lagom-bench make-session`): each commit is
    /// written but not fsynced. Never turned off by Lagom itself.
    @_spi(Benchmark) public var syncsEachCommit = true

    /// What this process may do with the session's files.
    public enum Access: Sendable {
        /// Append to the log and rewrite `state.json`. In a folder this process may not write, the store
        /// still opens, for reading, and every commit fails with `StoreError.readOnly`.
        case readWrite
        /// View only (the projector, `lagom log`, `export`, …): never creates, locks for writing or
        /// changes a file, so it also works on a read-only folder or another user's session.
        case readOnly
    }

    /// `preparedToUndo`: for a command that opens to undo, and whose transaction it will take back. The
    /// state just before that transaction (or the checkpoint's) is kept reachable until the first commit,
    /// so the undo refolds from it: one decoding of the checkpoint, one state, the events after the
    /// checkpoint folded once and those from that transaction on twice. It costs those events in memory.
    /// `checkpointNotes`: `.whenRead` for a command that reads few notes or none (`lagom note add`): the
    /// checkpoint's notes stay bytes until one is read. A screen, which shows them, decodes them at once.
    public convenience init(
        folder: String, clock: any LagomClock, ids: any IDSource, access: Access = .readWrite,
        preparedToUndo: UndoPreparation? = nil, checkpointNotes: CheckpointNoteLoading = .atOnce
    ) throws(StoreError) {
        try self.init(
            folder: folder, clock: clock, ids: ids, access: access, calls: FileSystemCalls(),
            preparedToUndo: preparedToUndo, checkpointNotes: checkpointNotes)
    }

    /// `calls`: how files are opened; tests inject failures there.
    init(
        folder: String, clock: any LagomClock, ids: any IDSource, access: Access,
        calls: FileSystemCalls, preparedToUndo: UndoPreparation? = nil,
        checkpointNotes: CheckpointNoteLoading = .atOnce
    ) throws(StoreError) {
        self.folder = folder
        opensForWriting = access == .readWrite
        self.preparedToUndo = preparedToUndo
        self.checkpointNotes = checkpointNotes
        self.clock = clock
        self.ids = ids
        self.calls = calls
        let planPath = "\(folder)/\(Self.planFile)"
        let planBytes = try Posix.readWholeFile(planPath)
        do {
            // The events stay in the log: `loadHistory()` reads them when they are needed.
            session = Session(plan: try PlanLoader.load(planBytes, file: planPath), holdsHistory: false)
        } catch {
            throw .plan(error)
        }
        planHash = PlanHash.of(planBytes)
        let logPath = "\(folder)/\(Self.logFile)"
        scanner = LogScanner(file: logPath)
        log = try EventLogFile(
            path: logPath, lockPath: "\(folder)/\(Self.lockFile)", writable: access == .readWrite, calls: calls)
        // Watch before the first read, so a write landing in between still wakes the poll loop.
        watcher = try FolderWatcher(folder: folder, file: Self.logFile)
        // Shared lock: no writer is half-way, so an unfinished last line really is torn. A checkpoint
        // that matches the log spares folding what it covers; only the log after it is read.
        try log.withLock(exclusive: false) { () throws(StoreError) in
            restoreCheckpoint()
            _ = try readNew(settled: true)
        }
        if let tornTail {
            notices.append(Localized(.storeTornTail, ["file": logPath, "line": tornTail.line]))
        }
        // No checkpoint is written here: see `checkpointIfDue()`.
    }

    /// Readable when another process changed the folder; then call `refresh()`.
    public var pollDescriptor: Int32 { watcher.descriptor }

    /// Why this store cannot save anything (a viewer, a read-only folder), or nil when it can.
    public var readOnlyReason: Localized? { log.readOnlyReason }

    /// A store meant for writing that the folder does not let write (a read-only disk, another account's
    /// session not shared with this one): a pane says so as soon as it opens, not at the first save.
    public var cannotWrite: Bool { log.readOnlyReason != nil && opensForWriting }

    /// Checks the changes `build` makes against the freshest log and appends them as one transaction.
    ///
    /// Under the exclusive lock: read what other processes appended, build the changes from that
    /// state, check them with `Session.append`, and only then write them in one `write()` and fsync.
    /// A refused change is never written. Returns the events written, after they are durable.
    @discardableResult
    public func commit(
        by actor: Actor, _ build: (Session, inout any IDSource) throws(Refusal) -> [Change]
    ) throws(StoreError) -> [Event] {
        try commit(by: actor, timed: { session, _, ids throws(Refusal) in try build(session, &ids) })
    }

    /// `commit(by:_:)` for changes that depend on the time: `build` is given the time the events
    /// will carry, read once, so it decides on the state the reducer will check (a hard stop that
    /// reached zero between two readings of the clock is paused for one and running for the other).
    @discardableResult
    public func commit(
        by actor: Actor, timed build: (Session, WallTime, inout any IDSource) throws(Refusal) -> [Change]
    ) throws(StoreError) -> [Event] {
        try write(by: actor) { session, now, ids throws(Refusal) in
            try build(session, now, &ids).map(Event.Body.change)
        }
    }

    /// The one way into the log: changes, or an undo (`undo(by:)`), as one transaction.
    func write(
        by actor: Actor, _ build: (Session, WallTime, inout any IDSource) throws(Refusal) -> [Event.Body]
    ) throws(StoreError) -> [Event] {
        if let reason = log.readOnlyReason { throw .readOnly(folder: folder, reason: reason) }
        return try log.withLock(exclusive: true) { () throws(StoreError) -> [Event] in
            try followReplacedLog()
            // A marker or a line must never be placed by a view of the log it no longer holds.
            if let change = try changeToLog(thorough: true) { try readAgain(change) }
            _ = try readNew(settled: true)
            let now = clock.now
            let bodies: [Event.Body]
            do throws(Refusal) { bodies = try build(session, now, &ids) } catch { throw .refused(error) }
            guard !bodies.isEmpty else { return [] }
            let events = makeEvents(bodies, by: actor, at: now)
            // An undo refolds: from the state kept at open or the checkpoint when they cover nothing it
            // takes back, else the whole history, read back from the log for this commit only.
            let undoing = events.contains(where: \.isUndo)
            do throws(Refusal) { if undoing && events.count == 1 { try session.check(events) } } catch {
                throw .refused(error)
            }
            // Kept for this commit only (a checkpoint must not find it in the state).
            defer { session.dropBase() }
            let rewound = undoing && events.count == 1 ? refoldFromBase(appending: events[0]) : nil
            let fromCheckpoint =
                undoing && events.count == 1 && rewound == nil ? sessionFromCheckpoint(appending: events[0]) : nil
            let holding = undoing && rewound == nil && fromCheckpoint == nil
            if holding {
                let history = try loadHistory()
                let taken = Set(events.compactMap(\.undoneTransaction))
                undoneByLastCommit = history.filter { taken.contains($0.tx) }
                session.holdHistory(history)
            }
            defer { if holding { session.releaseHistory() } }
            let sizeBefore = try log.size()
            let before = fromCheckpoint.map { _ in session }
            if let fromCheckpoint {
                session = fromCheckpoint.session
                undoneByLastCommit = fromCheckpoint.undone
            } else if rewound == nil {
                // Checked and folded in place: copying the session first would copy its whole history.
                do throws(Refusal) { try session.append(events) } catch { throw .refused(error) }
            }
            var repair: TornRepair?
            let bytes: [UInt8]
            do throws(StoreError) {
                repair = try repairTornTail()
                // One line for the whole commit: cut anywhere, it is not read at all (`TransactionLine`).
                let line = TransactionLine.encode(events, with: encoder)
                if line.count > LogLimits.maxLineBytes { throw StoreError.tooLarge(bytes: line.count) }
                bytes = (repair?.ending ?? []) + line
                try log.append(bytes)
                // Counted only now: a failed save must leave the line numbers as they were.
                readOffset = try log.size()
                readLines += (repair?.damagedLines ?? 0) + bytes.lazy.filter { $0 == UInt8(ascii: "\n") }.count
                for event in events { _ = seen.insert(event.id) }
                try noteRead()
            } catch {
                // A copy no marker names (not a byte reached the log) would be a stray duplicate.
                if let repair, (try? log.size()) == sizeBefore { TornCopy.discard(repair.copy, folder: folder) }
                if let before {
                    session = before
                } else if let rewound {
                    takeBackFromBase(rewound)
                } else {
                    forgetLast(events.count)
                }
                throw error
            }
            if let repair {
                tornTail = nil
                notices.append(repair.notice)
            }
            // The log holds the commit now (every process reads it), so it is not "not saved"; but the disk
            // did not confirm it, and a person should know that a power cut could still take it.
            do throws(StoreError) { if syncsEachCommit { try log.sync() } } catch {
                let reason: Localized
                switch error {
                case .io(_, _, let code): reason = SystemReason.words(code)
                case .diskFull: reason = Localized(.storeReasonDiskFull)
                default: reason = error.words
                }
                notices.append(Localized(.storeNotDurable, ["file": log.path, "reason": reason]))
            }
            session.dropBase()
            checkpointIfDue()
            return events
        }
    }

    /// Applies complete lines other processes appended since the last read. True if events were applied.
    /// An unfinished last line is left for later: its writer may still be writing.
    public func refresh() throws(StoreError) -> Bool {
        watcher.drain()
        var changed = try followReplacedLog()
        if let change = try changeToLog(thorough: false) {
            try readAgain(change)
            changed = true
        }
        return try readNew(settled: false) > 0 || changed
    }

    /// Reads every event this process has folded back from the log, in order: the whole history, for
    /// `lagom log` and undo. It costs a read of the whole log (about 100 ms and 16 MB at 100,000
    /// events), which is why the session does not keep it.
    public func loadHistory() throws(StoreError) -> [Event] {
        historyReads += 1
        let reader = LogChunkReader(
            log: log, scanner: scanner, from: 0, lines: 0, to: readOffset, settled: false, seen: EventIDs())
        var events: [Event] = []
        events.reserveCapacity(session.eventCount)
        events.append(contentsOf: reader)
        if let failure = reader.failure { throw failure }
        guard events.count == session.eventCount else {
            throw .damagedLog(
                file: log.path, line: reader.lines,
                reason: Localized(.storeDamagedCountDiffers, ["found": events.count, "read": session.eventCount]))
        }
        return events
    }

    // MARK: - Writing

    private func makeEvents(_ bodies: [Event.Body], by actor: Actor, at: WallTime) -> [Event] {
        var events: [Event] = []
        var tx = ""
        for body in bodies {
            let id = ids.next(length: 12)
            if events.isEmpty { tx = id }
            events.append(Event(id: id, tx: tx, at: at, by: actor, body: body))
        }
        return events
    }

    /// Takes back events appended in memory whose write failed, so the session is as it was: refolding
    /// the rest gives the state it had (this happens only when the disk refuses a write). Without the
    /// history in memory the rest is refolded from the log, which still ends where it did before.
    func forgetLast(_ count: Int) {
        if let history = session.heldHistory {
            var rebuilt = Session(plan: session.plan)
            rebuilt.replay(history.dropLast(count))
            session = rebuilt
            return
        }
        do throws(StoreError) {
            session = try foldLog(to: readOffset)
        } catch {
            notices.append(Localized(.storeReadAgainFailed, ["file": log.path, "error": error.words]))
        }
    }

    /// A fresh fold of the log's settled bytes up to `end`, without keeping its events.
    func foldLog(to end: Int64) throws(StoreError) -> Session {
        var fresh = Session(plan: session.plan, holdsHistory: false)
        let scan = try UndoScan(log: log, scanner: scanner, from: 0, to: end)
        fresh.reserveCapacity(forNotes: scan.notesAdded)
        let reader = LogChunkReader(
            log: log, scanner: scanner, from: 0, lines: 0, to: end, settled: false, seen: EventIDs())
        fresh.replay(reader, undoing: scan.undone)
        if let failure = reader.failure { throw failure }
        return fresh
    }

    /// What a commit writes to end a torn tail it copied aside, and what to count once the write succeeded.
    private struct TornRepair {
        /// `~` and a newline if the damage lacks one, then the marker.
        var ending: [UInt8]
        /// Newlines inside the damaged bytes.
        var damagedLines: Int
        var copy: String
        var notice: Localized
    }

    /// With a torn tail: copies its bytes aside, and returns the bytes that end it (`~` and a newline
    /// if it lacks one) and mark it as known, to be written before the new events in the same `write()`.
    private func repairTornTail() throws(StoreError) -> TornRepair? {
        guard let torn = tornTail else { return nil }
        let end = try log.size()
        let damaged = try log.read(at: torn.offset, count: Int(end - torn.offset))
        let copy = try TornCopy.save(
            damaged, folder: folder, millisecondsSince1970: clock.now.milliseconds, calls: calls)
        // A tail without its newline may be a whole event cut just before the newline; the `~` makes
        // sure it can never be read as one (an unfinished JSON object or trailing garbage either way).
        let ending: [UInt8] = torn.endsWithNewline ? [] : Array("~\n".utf8)
        let marker = TornWriteMarker(
            tornWrite: .init(offset: torn.offset, length: Int64(damaged.count + ending.count), copy: copy))
        return TornRepair(
            ending: ending + encoder.line(marker),
            damagedLines: damaged.lazy.filter { $0 == UInt8(ascii: "\n") }.count, copy: copy,
            notice: Localized(
                .storeTornCopied, ["file": log.path, "line": torn.line, "bytes": damaged.count, "copy": copy]))
    }
}
