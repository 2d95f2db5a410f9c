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

/// When a session restored from a checkpoint decodes the checkpoint's notes.
public enum CheckpointNoteLoading: Sendable {
    /// While it is restored (a malformed note refuses the checkpoint): what a screen, which shows notes, wants.
    case atOnce
    /// When something first reads one (`CheckpointNotes`): a command that only adds notes never does.
    case whenRead
}

extension Session {
    /// 2: the note index follows the notes (`NoteIndex.write(to:)`).
    /// 3: the undo index keeps a transaction id of the alphabet as its number (`UndoIndex.write(to:)`).
    /// 4: the note index before the notes, the notes a section of their own that says where each note
    /// starts (`CheckpointNotes`: kept as bytes, each decoded when read).
    private static let bodyFormat: UInt64 = 4

    /// What a checkpoint of this session holds.
    public func checkpoint() -> SessionCheckpoint {
        let notes = state.notes
        var out = CheckpointWriter()
        out.reserve(eventCount * 16 + notes.count * 8)
        out.unsigned(Self.bodyFormat)
        out.int(superseded)
        out.unsigned(UInt64(undoneTransactions.count))
        for tx in undoneTransactions.sorted() { out.string(tx) }
        undoEntries.write(to: &out)
        out.unsigned(UInt64(notes.count))
        state.noteIndexForCheckpoint.write(to: &out)
        out.section(CheckpointNotes.write(notes))
        return SessionCheckpoint(rest: state.withoutNotes(), body: out.finished()[...])
    }

    /// The session a checkpoint holds, for `plan` (the plan it was folded with: the store checks).
    public init(
        plan: Plan, checkpoint: SessionCheckpoint, reservingEvents extra: Int = 0,
        notes loading: CheckpointNoteLoading = .atOnce
    ) throws(SessionCheckpoint.Malformed) {
        try self.init(
            plan: plan, rest: checkpoint.rest, body: CheckpointChunks(checkpoint.body), reservingEvents: extra,
            notes: loading)
    }

    /// The session of a checkpoint whose body is read in pieces (`rest`: its state without the notes).
    /// `reservingEvents`: room for about that many more events (and notes) folded after it — the log
    /// past the checkpoint — so they do not make the notes, their index and the undo index grow by
    /// copying, which held the old and the new buffers at once. `notes`: when its notes are decoded;
    /// `.whenRead` keeps their bytes, or with a `source` reads them again from it when one is needed
    /// (every piece of the body is read either way, so the caller's hash of it holds).
    public init(
        plan: Plan, rest: SessionState, body: CheckpointChunks, reservingEvents extra: Int = 0,
        notes loading: CheckpointNoteLoading = .atOnce, source: (any CheckpointBodySource)? = nil
    ) throws(SessionCheckpoint.Malformed) {
        do throws(CheckpointReader.Malformed) {
            var input = try CheckpointReader(body)
            guard try input.unsigned() == Self.bodyFormat else { throw CheckpointReader.Malformed() }
            let superseded = try input.int()
            var undone: Set<String> = []
            for _ in 0..<(try input.length()) { undone.insert(try input.string()) }
            let index = try UndoIndex(from: &input, reserving: extra)
            let count = try input.length()
            var positions = try NoteIndex(reading: &input, notes: count)
            let sectionStart = input.bytesRead
            let section = input.rest()
            let notes: NoteList
            switch loading {
            case .atOnce:
                notes = NoteList(try CheckpointNotes.read(section, count: count, index: positions, reserving: extra))
            case .whenRead:
                let pending = try CheckpointNotes(
                    section: section, at: sectionStart, source: source, count: count, index: positions)
                notes = NoteList(pending: pending, reserving: extra)
            }
            positions.reserveCapacity(extra)
            var state = rest
            state.restoreNotes(notes, index: positions)
            guard state.eventCount == index.count else { throw CheckpointReader.Malformed() }
            self.init(plan: plan, state: state, superseded: superseded, undone: undone, undoIndex: index)
        } catch {
            throw SessionCheckpoint.Malformed()
        }
    }
}
