/// What undo needs to know of every event, in order, without keeping the event: its transaction, who
/// made it and whether it is itself an undo. 16 bytes an event instead of an `Event` (160 bytes plus
/// its text), so a session opened from a big log can answer `undoTarget(for:)` and check an undo
/// without holding its history.
struct UndoIndex: Sendable {
    private struct Entry: Sendable {
        /// The transaction's id as a number (`IDAlphabet.number`: no string to make when a checkpoint is
        /// read, one word to compare), or, with `textBit`, where its id is in `texts`.
        let tx: UInt64
        let actor: UInt32
        let isUndo: Bool
    }

    private static let textBit: UInt64 = 1 << 63
    private var entries: [Entry] = []
    /// Transaction ids not of the alphabet (written by hand), one for each entry that has one.
    private var texts: [String] = []
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
        entries.append(Entry(tx: encoded(event.tx), actor: code, isUndo: event.isUndo))
    }

    private mutating func encoded(_ tx: String) -> UInt64 {
        if let number = IDAlphabet.number(tx) { return number }
        texts.append(tx)
        return Self.textBit | UInt64(texts.count - 1)
    }

    /// Whether `number` is one `IDAlphabet.number` makes: 1 to 12 characters, none 0 before the last
    /// (what `IDAlphabet.id` can turn back into an id). A damaged checkpoint is refused, never read on.
    private static func isAlphabetNumber(_ number: UInt64) -> Bool {
        guard number != 0, number >> 60 == 0 else { return false }
        var rest = number
        while rest != 0 {
            if rest & 31 == 0 { return false }
            rest >>= 5
        }
        return true
    }

    private func id(_ entry: Entry) -> String {
        entry.tx & Self.textBit == 0 ? IDAlphabet.id(entry.tx) : texts[Int(entry.tx & ~Self.textBit)]
    }

    /// Forgets the entries from `count` on (a refused or unwritten batch).
    mutating func truncate(to count: Int) {
        if let text = entries[count...].first(where: { $0.tx & Self.textBit != 0 }) {
            texts.removeSubrange(Int(text.tx & ~Self.textBit)...)
        }
        entries.removeSubrange(count...)
    }

    /// Whether `entry` is of transaction `tx`, with `number` its number (nil: not of the alphabet).
    private func entry(_ entry: Entry, isOf tx: String, number: UInt64?) -> Bool {
        if let number { return entry.tx == number }
        return entry.tx & Self.textBit != 0 && texts[Int(entry.tx & ~Self.textBit)] == tx
    }

    /// A scan, not a set of every transaction: undos are rare, and such a set costs megabytes.
    func contains(transaction tx: String) -> Bool {
        let number = IDAlphabet.number(tx)
        return entries.reversed().contains { entry($0, isOf: tx, number: number) }
    }

    /// Whether `tx` is among the first `count` entries.
    func contains(transaction tx: String, before count: Int) -> Bool {
        let number = IDAlphabet.number(tx)
        return entries[..<count].reversed().contains { entry($0, isOf: tx, number: number) }
    }

    /// Whether `tx` is an undo (an undo is a transaction of its own, one event).
    func isUndo(transaction tx: String) -> Bool {
        let number = IDAlphabet.number(tx)
        return entries.reversed().contains { $0.isUndo && entry($0, isOf: tx, number: number) }
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
            if entry.isUndo { undoTransactions.insert(id(entry)); continue }
            if let wanted, entry.actor != wanted { continue }
            let tx = id(entry)
            if undoTransactions.contains(tx) || undone.contains(tx) { continue }
            return tx
        }
        return nil
    }

    // MARK: - Checkpoint

    func write(to out: inout CheckpointWriter) {
        out.unsigned(UInt64(actors.count))
        for actor in actors { out.string(actor.description) }
        out.unsigned(UInt64(entries.count))
        for entry in entries {
            // An id of the alphabet as its number plus one: read back without a character to parse.
            // 0, then the text, for any other.
            if entry.tx & Self.textBit == 0 {
                out.unsigned(entry.tx + 1)
            } else {
                out.unsigned(0)
                out.string(id(entry))
            }
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
            let written = try input.unsigned()
            let tx: UInt64
            if written == 0 {
                tx = encoded(try input.string())
            } else {
                tx = written - 1
                guard Self.isAlphabetNumber(tx) else { throw CheckpointReader.Malformed() }
            }
            let packed = try input.unsigned()
            guard packed >> 1 < UInt64(actors.count) else { throw CheckpointReader.Malformed() }
            entries.append(Entry(tx: tx, actor: UInt32(packed >> 1), isUndo: packed & 1 == 1))
        }
    }
}
