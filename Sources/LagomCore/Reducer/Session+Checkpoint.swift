/// A folded session as a checkpoint holds it, so a process can start from it instead of folding the
/// whole log: the state's small fields (`rest`, which the store writes as JSON) and, in a compact
/// binary `body`, what is large and regular — the notes and the undo index — with the undone
/// transactions and the superseded count. Restoring gives exactly the session that was written.
public struct SessionCheckpoint: Sendable {
    /// The state without its notes.
    public var rest: SessionState
    public var body: ArraySlice<UInt8>

    public init(rest: SessionState, body: ArraySlice<UInt8>) {
        self.rest = rest
        self.body = body
    }

    /// Bytes that are not a checkpoint body this version can read.
    public struct Malformed: Error, Sendable {}
}

extension Session {
    /// 2: the note index follows the notes (`NoteIndex.write(to:)`).
    /// 3: the undo index keeps a transaction id of the alphabet as its number (`UndoIndex.write(to:)`).
    private static let bodyFormat: UInt64 = 3

    /// What a checkpoint of this session holds.
    public func checkpoint() -> SessionCheckpoint {
        var out = CheckpointWriter()
        out.reserve(state.notes.count * 120 + eventCount * 16)
        out.unsigned(Self.bodyFormat)
        out.int(superseded)
        out.unsigned(UInt64(undoneTransactions.count))
        for tx in undoneTransactions.sorted() { out.string(tx) }
        undoEntries.write(to: &out)
        Self.write(state.notes, to: &out)
        state.noteIndexForCheckpoint.write(to: &out)
        return SessionCheckpoint(rest: state.withoutNotes(), body: out.finished()[...])
    }

    /// The session a checkpoint holds, for `plan` (the plan it was folded with: the store checks).
    public init(
        plan: Plan, checkpoint: SessionCheckpoint, reservingEvents extra: Int = 0
    ) throws(SessionCheckpoint.Malformed) {
        try self.init(
            plan: plan, rest: checkpoint.rest, body: CheckpointChunks(checkpoint.body), reservingEvents: extra)
    }

    /// The session of a checkpoint whose body is read in pieces (`rest`: its state without the notes).
    /// `reservingEvents`: room for about that many more events (and notes) folded after it — the log
    /// past the checkpoint — so they do not make the notes, their index and the undo index grow by
    /// copying, which held the old and the new buffers at once.
    public init(
        plan: Plan, rest: SessionState, body: CheckpointChunks, reservingEvents extra: Int = 0
    ) throws(SessionCheckpoint.Malformed) {
        do throws(CheckpointReader.Malformed) {
            var input = try CheckpointReader(body)
            guard try input.unsigned() == Self.bodyFormat else { throw CheckpointReader.Malformed() }
            let superseded = try input.int()
            var undone: Set<String> = []
            for _ in 0..<(try input.length()) { undone.insert(try input.string()) }
            let index = try UndoIndex(from: &input, reserving: extra)
            var state = rest
            let (notes, positions) = try Self.readNotes(from: &input, reserving: extra)
            state.restoreNotes(notes, index: positions)
            guard input.atEnd, state.eventCount == index.count else { throw CheckpointReader.Malformed() }
            self.init(plan: plan, state: state, superseded: superseded, undone: undone, undoIndex: index)
        } catch {
            throw SessionCheckpoint.Malformed()
        }
    }

    private static func write(_ notes: [Note], to out: inout CheckpointWriter) {
        var actors: [Actor: Int] = [:]
        for note in notes where actors[note.by] == nil { actors[note.by] = actors.count }
        out.unsigned(UInt64(actors.count))
        for (actor, _) in actors.sorted(by: { $0.value < $1.value }) { out.string(actor.description) }
        out.unsigned(UInt64(notes.count))
        var previous: Int64 = 0
        for note in notes {
            out.string(note.id.rawValue)
            out.shared(note.place.step.rawValue)
            out.shared(note.place.list)
            let flags = (note.deleted ? 1 : 0) | (note.place.group != nil ? 2 : 0) | (note.place.parent != nil ? 4 : 0)
            out.unsigned(UInt64(flags) | UInt64(actors[note.by]!) << 3)
            if let group = note.place.group { out.int(group) }
            if let parent = note.place.parent { out.string(parent.rawValue) }
            out.string(note.text)
            out.signed(note.addedAt.milliseconds &- previous)
            previous = note.addedAt.milliseconds
        }
    }

    /// The notes, and where each id is among them (read after them, checked against their ids).
    private static func readNotes(
        from input: inout CheckpointReader, reserving extra: Int
    ) throws(CheckpointReader.Malformed) -> ([Note], NoteIndex) {
        var actors: [Actor] = []
        for _ in 0..<(try input.length()) {
            guard let actor = Actor(parsing: try input.string()) else { throw CheckpointReader.Malformed() }
            actors.append(actor)
        }
        let count = try input.length()
        // A note takes at least 6 bytes: room for more than the bytes left could hold is never reserved,
        // whatever a damaged count says (the file's hash is checked once it is all read).
        let bound = min(count, input.bytesLeft / 6)
        var notes: [Note] = []
        notes.reserveCapacity(bound + extra)
        var numbers: [UInt64] = []
        numbers.reserveCapacity(bound)
        var others: [NoteID: Int] = [:]
        var previous: Int64 = 0
        for _ in 0..<count {
            let (raw, number) = try input.string { IDAlphabet.number(utf8: $0) }
            let id = NoteID(rawValue: raw)
            numbers.append(number ?? NoteIndex.notANumber)
            if number == nil { others[id] = notes.count }
            let step = StepID(rawValue: try input.shared())
            let list = try input.shared()
            let flags = try input.unsigned()
            guard flags >> 3 < UInt64(actors.count) else { throw CheckpointReader.Malformed() }
            let group = flags & 2 != 0 ? try input.int() : nil
            let parent = flags & 4 != 0 ? NoteID(rawValue: try input.string()) : nil
            let text = try input.string()
            previous = previous &+ (try input.signed())
            notes.append(
                Note(
                    id: id, place: NotePlace(step: step, list: list, group: group, parent: parent), text: text,
                    addedAt: WallTime(milliseconds: previous), by: actors[Int(flags >> 3)], deleted: flags & 1 != 0))
        }
        var index = try NoteIndex(reading: &input, numbers: numbers, others: others)
        index.reserveCapacity(extra)
        return (notes, index)
    }
}
