/// The notes of a state, in the order they were added: all of them in memory, or those of a checkpoint
/// still as its bytes (`CheckpointNotes`, each decoded when read), the ones of them changed since, and
/// the notes added since. Adding a note, or changing one, decodes no other; reading them all decodes
/// them all (once, for every copy). Equal, and encoded, as the list of notes it stands for.
struct NoteList: Sendable {
    /// A checkpoint's notes not decoded into this list: the first `pending.count` notes.
    private var pending: CheckpointNotes?
    /// Notes of `pending` as they are since they changed, by position.
    private var changed: [Int: Note] = [:]
    /// Every note, or with `pending` the notes after its own.
    private var loaded: [Note]

    init() {
        pending = nil
        loaded = []
    }

    init(_ notes: [Note]) {
        pending = nil
        loaded = notes
    }

    /// A checkpoint's notes, read when needed, with room for `extra` more added after them.
    init(pending notes: CheckpointNotes, reserving extra: Int) {
        pending = notes
        loaded = []
        loaded.reserveCapacity(extra)
    }

    /// Whether some notes are still a checkpoint's bytes.
    var isPending: Bool { pending != nil }

    var count: Int { (pending?.count ?? 0) + loaded.count }

    /// Every note. With a checkpoint's notes pending, this decodes them (once); the list stays as it is.
    /// Lent, not copied: a reader that indexes it note by note (a pane's lists) retains nothing per note.
    var all: [Note] {
        _read {
            if pending == nil {
                yield loaded
            } else {
                yield pending!.all(changed: changed, followedBy: loaded)
            }
        }
    }

    subscript(position: Int) -> Note {
        get {
            guard let pending else { return loaded[position] }
            guard position < pending.count else { return loaded[position - pending.count] }
            return changed[position] ?? pending.note(at: position)
        }
        set {
            guard let pending else { return loaded[position] = newValue }
            guard position < pending.count else { return loaded[position - pending.count] = newValue }
            changed[position] = newValue
        }
    }

    mutating func append(_ note: Note) { loaded.append(note) }

    /// Changes the note at `position` in place.
    mutating func update(_ position: Int, _ body: (inout Note) -> Void) {
        guard let pending, position < pending.count else {
            return body(&loaded[position - (pending?.count ?? 0)])
        }
        var note = self[position]
        body(&note)
        changed[position] = note
    }

    /// Forgets the notes from `position` on.
    mutating func removeSubrange(from position: Int) {
        if let pending, position < pending.count { decodePending() }
        loaded.removeSubrange((position - (pending?.count ?? 0))...)
    }

    mutating func reserveCapacity(_ count: Int) {
        loaded.reserveCapacity(count - (pending?.count ?? 0))
    }

    /// Makes every note one of `loaded` (before forgetting some of a checkpoint's).
    private mutating func decodePending() {
        guard pending != nil else { return }
        loaded = all
        pending = nil
        changed = [:]
    }
}

extension NoteList: Equatable {
    static func == (a: NoteList, b: NoteList) -> Bool {
        if let one = a.pending, let other = b.pending, one === other, a.changed == b.changed, a.loaded == b.loaded {
            return true
        }
        return a.count == b.count && a.all == b.all
    }
}

extension NoteList: Codable {
    init(from decoder: Decoder) throws {
        self.init(try [Note](from: decoder))
    }

    func encode(to encoder: Encoder) throws { try all.encode(to: encoder) }
}
