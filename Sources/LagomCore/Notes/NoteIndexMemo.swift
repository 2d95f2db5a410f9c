import Synchronization

/// The notes of a place (a step, a list, a group), as indices into `state.notes`, kept between
/// calls: a pane asks for the same notes at every frame, and between two frames the notes have
/// mostly only grown. While the session's `notesEpoch` is the same, only the notes appended since
/// the last call are looked at, so a frame, and an arriving note, cost the same at 10,000 notes
/// as at 10; a new epoch (an edit, a deletion, moderation, an undo) looks at them all once.
extension Session {
    /// `SessionState.notes(step:list:group:)`: live notes in the order they were added.
    public func notes(step: StepID, list: String? = nil, group: Int? = nil) -> [Note] {
        liveNoteIndices(step: step, list: list, group: group).map { state.notes[$0] }
    }

    /// Where the live notes of a step (a list of it, a group's) are in `state.notes`, oldest first.
    public func liveNoteIndices(step: StepID, list: String? = nil, group: Int? = nil) -> [Int] {
        NoteIndexMemo.indices(NoteIndexMemo.Filter(step: step, list: list, group: group, shownOnly: false), in: self)
    }

    /// Where the live notes of a step written by groups other than `group` are (and those of no
    /// group), oldest first: what the other groups said on a vattentrappa.
    public func othersNoteIndices(step: StepID, besides group: Int) -> [Int] {
        NoteIndexMemo.indices(
            NoteIndexMemo.Filter(step: step, list: nil, group: nil, besides: group, shownOnly: false), in: self)
    }

    /// `SessionState.noteCounts`: live notes per group (0: no group).
    public func noteCounts(_ step: StepID) -> [Int: Int] {
        var counts: [Int: Int] = [:]
        for i in liveNoteIndices(step: step) { counts[state.notes[i].place.group ?? 0, default: 0] += 1 }
        return counts
    }

    /// `SessionState.shownNoteIndices`: the notes the room may see, without looking at every note.
    public func shownNoteIndices(_ step: Step, list: String? = nil) -> [Int] {
        guard !state.notesHiddenFromRoom(step) else { return [] }
        return NoteIndexMemo.indices(
            NoteIndexMemo.Filter(step: step.id, list: list, group: nil, shownOnly: true), in: self)
    }
}

enum NoteIndexMemo {
    struct Filter: Hashable {
        var step: StepID
        var list: String?
        var group: Int?
        /// Leaves out the notes of this group.
        var besides: Int? = nil
        /// Also leaves out notes moderated away (hidden, merged).
        var shownOnly: Bool

        func keeps(_ i: Int, in state: SessionState) -> Bool {
            let note = state.notes[i]
            guard !note.deleted, note.place.step == step else { return false }
            if let list, note.place.list != list { return false }
            if let group, note.place.group != group { return false }
            if let besides, note.place.group == besides { return false }
            return !shownOnly || !state.isModeratedAway(note.id)
        }
    }

    struct Key: Hashable {
        var epoch: UInt64
        var filter: Filter
    }

    struct Entry {
        /// How many of the notes were looked at.
        var seen: Int
        var indices: [Int]
    }

    /// Entries of old epochs are never asked for again; past this many they are all dropped. A pane
    /// asks for a handful of lists, and an entry of 100,000 notes is 800 kB: few are kept.
    static let most = 16
    private static let table = Mutex<[Key: Entry]>([:])

    static func indices(_ filter: Filter, in session: Session) -> [Int] {
        let key = Key(epoch: session.notesEpoch, filter: filter)
        let state = session.state
        let count = state.notes.count
        if let known = table.withLock({ $0[key] }), known.seen == count { return known.indices }
        // Taken out while it grows, so its indices are not copied to be appended to.
        var entry = table.withLock { $0.removeValue(forKey: key) } ?? Entry(seen: 0, indices: [])
        // Within an epoch the notes only grow; fewer than seen would be another lineage: start over.
        if entry.seen > count { entry = Entry(seen: 0, indices: []) }
        for i in entry.seen..<count where filter.keeps(i, in: state) { entry.indices.append(i) }
        entry.seen = count
        table.withLock { table in
            if table.count >= most { table.removeAll(keepingCapacity: true) }
            table[key] = entry
        }
        return entry.indices
    }
}
