/// What undo needs to know of every event, in order, without keeping the event: its transaction, who
/// made it and whether it is itself an undo. About 24 bytes an event instead of an `Event` (160 bytes
/// plus its text), so a session opened from a big log can answer `undoTarget(for:)` and check an undo
/// without holding its history.
struct UndoIndex: Sendable {
    private struct Entry: Sendable {
        let tx: String  // ids are 12 ASCII characters: stored inline, no allocation
        let actor: UInt32
        let isUndo: Bool
    }

    private var entries: [Entry] = []
    /// The few distinct actors of a session, so an entry holds a number instead of an `Actor`.
    private var actors: [Actor] = []
    private var actorCodes: [Actor: UInt32] = [:]

    init() {}

    var count: Int { entries.count }

    mutating func reserveCapacity(_ count: Int) {
        entries.reserveCapacity(count)
    }

    mutating func append(_ event: Event) {
        let code: UInt32
        if let known = actorCodes[event.by] {
            code = known
        } else {
            code = UInt32(actors.count)
            actors.append(event.by)
            actorCodes[event.by] = code
        }
        let isUndo = event.isUndo
        entries.append(Entry(tx: event.tx, actor: code, isUndo: isUndo))
    }

    /// Forgets the entries from `count` on (a refused or unwritten batch).
    mutating func truncate(to count: Int) {
        entries.removeSubrange(count...)
    }

    /// A scan, not a set of every transaction: undos are rare, and such a set costs megabytes.
    func contains(transaction tx: String) -> Bool {
        entries.reversed().contains { $0.tx == tx }
    }

    /// Whether `tx` is among the first `count` entries.
    func contains(transaction tx: String, before count: Int) -> Bool {
        entries[..<count].reversed().contains { $0.tx == tx }
    }

    /// Whether `tx` is an undo (an undo is a transaction of its own, one event).
    func isUndo(transaction tx: String) -> Bool {
        entries.reversed().contains { $0.tx == tx && $0.isUndo }
    }

    /// The newest transaction `actor` (anyone, if nil) can still undo: theirs, not undone, not an undo.
    func newestUndoable(by actor: Actor?, undone: Set<String>) -> String? {
        var wanted: UInt32?
        if let actor {
            guard let code = actorCodes[actor] else { return nil }
            wanted = code
        }
        var undoTransactions: Set<String> = []
        for entry in entries.reversed() {
            if entry.isUndo { undoTransactions.insert(entry.tx); continue }
            if undoTransactions.contains(entry.tx) || undone.contains(entry.tx) { continue }
            if let wanted, entry.actor != wanted { continue }
            return entry.tx
        }
        return nil
    }

    // MARK: - Checkpoint

    func write(to out: inout CheckpointWriter) {
        out.unsigned(UInt64(actors.count))
        for actor in actors { out.string(actor.description) }
        out.unsigned(UInt64(entries.count))
        for entry in entries {
            out.string(entry.tx)
            out.unsigned(UInt64(entry.actor) << 1 | (entry.isUndo ? 1 : 0))
        }
    }

    /// `extra`: room for the events to be appended after the checkpoint.
    init(from input: inout CheckpointReader, reserving extra: Int = 0) throws(CheckpointReader.Malformed) {
        for _ in 0..<(try input.length()) {
            guard let actor = Actor(parsing: try input.string()) else { throw CheckpointReader.Malformed() }
            actorCodes[actor] = UInt32(actors.count)
            actors.append(actor)
        }
        let count = try input.length()
        // An entry takes at least 2 bytes: never room for more than the bytes left could hold.
        entries.reserveCapacity(min(count, input.bytesLeft / 2) + extra)
        for _ in 0..<count {
            let tx = try input.string()
            let packed = try input.unsigned()
            guard packed >> 1 < UInt64(actors.count) else { throw CheckpointReader.Malformed() }
            entries.append(Entry(tx: tx, actor: UInt32(packed >> 1), isUndo: packed & 1 == 1))
        }
    }
}
