/// Where a step is: pending → active ⇄ paused → done; going back is allowed.
public enum StepStatus: String, Codable, Sendable {
    case pending, active, paused, done
}

public struct StepProgress: Codable, Equatable, Sendable {
    public var status: StepStatus = .pending
    public var firstStartedAt: WallTime?
    public var completedAt: WallTime?

    public init(status: StepStatus = .pending, firstStartedAt: WallTime? = nil, completedAt: WallTime? = nil) {
        self.status = status
        self.firstStartedAt = firstStartedAt
        self.completedAt = completedAt
    }

    /// Minutes from first start to completion, rounded to the nearest minute.
    public var actualMinutes: Int? {
        guard let start = firstStartedAt, let end = completedAt, end >= start else { return nil }
        return Int(((end - start) + 30_000) / 60_000)
    }
}

public struct Note: Codable, Equatable, Sendable {
    public var id: NoteID
    public var place: NotePlace
    public var text: String
    public var addedAt: WallTime
    public var by: Actor
    public var deleted: Bool

    public init(id: NoteID, place: NotePlace, text: String, addedAt: WallTime, by: Actor, deleted: Bool = false) {
        self.id = id
        self.place = place
        self.text = text
        self.addedAt = addedAt
        self.by = by
        self.deleted = deleted
    }
}

public struct RoundPosition: Codable, Equatable, Sendable {
    public var index: Int
    public var since: WallTime
    /// When the step was paused, while it is: a vattentrappa turn's clock stands still with
    /// its step, and resuming moves `since` on by the pause.
    public var pausedAt: WallTime?
    /// Milliseconds given to the turn at `index` beyond the plan's time per turn (+1, +5, −1);
    /// nil: none. A hand-over starts the next turn without it.
    public var extended: Int64?
    public init(index: Int, since: WallTime, pausedAt: WallTime? = nil, extended: Int64? = nil) {
        self.index = index
        self.since = since
        self.pausedAt = pausedAt
        self.extended = extended
    }

    /// The clock this position runs on: `now`, or the moment of the pause.
    public func effectiveNow(_ now: WallTime) -> WallTime { pausedAt.map { min($0, now) } ?? now }

    mutating func pause(at now: WallTime) {
        if pausedAt == nil { pausedAt = now }
    }

    mutating func resume(at now: WallTime) {
        guard let pausedAt else { return }
        since = since + max(0, now - pausedAt)
        self.pausedAt = nil
    }
}

/// Everything the log says, folded. Derived: it can always be rebuilt from the events.
public struct SessionState: Codable, Equatable, Sendable {
    public var currentStep: StepID?
    public var steps: [StepID: StepProgress]
    public var timers: [TimerKey: TimerState]
    /// Notes in the order they were added; deleted ones stay, marked, so indexes are stable.
    public var notes: [Note] { _read { yield noteList.all } }
    private var noteList: NoteList
    private var noteIndex: NoteIndex
    public var tallies: [StepID: [NoteID: Int]]
    public var ballots: [StepID: [String: [NoteID]]]
    public var revealed: Set<StepID>
    /// How many events have been folded in (undone ones included).
    public var eventCount: Int
    /// Set only while `Session.append` tries a multi-event batch: what it takes to roll the notes back.
    /// Always nil otherwise, so it is never written to `state.json` (nil optionals are left out).
    private var trial: Trial?
    /// Where the shared ranking view of each vote is (list, page, reveal-from-bottom).
    public var rankingPositions: [StepID: RankingPosition]
    /// The paragraph each paged slide is shown from (`slideTurned`); a step entered again starts at 0.
    public var slideStarts: [StepID: Int]
    /// Items of each vote chosen to go on to the next step.
    public var subjects: [StepID: [NoteID]]
    /// Turns, done marks, themes, merges and moderation of notes.
    public var board: NoteBoard
    /// Attendance, guests, groups and roles, items handed to groups, rounds over the people here.
    public var people: PeopleState
    /// The minute-taker's notes, decisions and actions.
    public var minutes: MinutesBook
    /// How much later than the wall clock the room's clock reads (a rehearsal, `lagom rehearse`); nil: none.
    public var clockShiftSeconds: Int?

    public init() {
        currentStep = nil
        steps = [:]
        timers = [:]
        noteList = NoteList()
        noteIndex = NoteIndex()
        tallies = [:]
        ballots = [:]
        revealed = []
        eventCount = 0
        trial = nil
        rankingPositions = [:]
        slideStarts = [:]
        subjects = [:]
        board = NoteBoard()
        people = PeopleState()
        minutes = MinutesBook()
    }

    init(reservingNotes count: Int) {
        self.init()
        noteList.reserveCapacity(count)
        noteIndex.reserveCapacity(count)
    }

    /// This state without its notes: the small rest a checkpoint writes as JSON.
    func withoutNotes() -> SessionState {
        var rest = self
        rest.noteList = NoteList()
        rest.noteIndex = NoteIndex()
        return rest
    }

    /// Where each note is, for a checkpoint to save.
    var noteIndexForCheckpoint: NoteIndex { noteIndex }

    /// Puts back notes a checkpoint held (`withoutNotes()` took them out), with where each id is.
    mutating func restoreNotes(_ restored: NoteList, index: NoteIndex) {
        noteList = restored
        noteIndex = index
    }

    /// How many notes there are, deleted ones included, without reading any.
    public var noteCount: Int { noteList.count }

    /// Whether a checkpoint's notes are still its bytes, not decoded (nothing has read them yet).
    var notesPending: Bool { noteList.isPending }

    mutating func reserveNotes(_ count: Int) {
        noteList.reserveCapacity(count)
        noteIndex.reserveCapacity(count)
    }

    public func progress(_ step: StepID) -> StepProgress { steps[step] ?? StepProgress() }

    public func note(_ id: NoteID) -> Note? {
        guard let i = noteIndex[id] else { return nil }
        return noteList[i]
    }

    public func liveNote(_ id: NoteID) -> Note? {
        guard let note = note(id), !note.deleted else { return nil }
        return note
    }

    /// Live notes of a step, optionally of one list and one group, in the order they were added.
    public func notes(step: StepID, list: String? = nil, group: Int? = nil) -> [Note] {
        notes.filter {
            !$0.deleted && $0.place.step == step
                && (list == nil || $0.place.list == list) && (group == nil || $0.place.group == group)
        }
    }

    mutating func insert(_ note: Note) {
        if trial != nil, trial!.indexBefore[note.id] == nil { trial!.indexBefore[note.id] = .some(noteIndex[note.id]) }
        noteIndex[note.id] = noteList.count
        noteList.append(note)
    }

    mutating func updateNote(_ id: NoteID, _ body: (inout Note) -> Void) {
        guard let i = noteIndex[id] else { return }
        if trial != nil, i < trial!.noteCount, trial!.notesBefore[i] == nil { trial!.notesBefore[i] = noteList[i] }
        noteList.update(i, body)
    }
}

// MARK: - Trying a batch

/// A multi-event batch is folded into the live state and taken back if a later event is refused.
/// Saving a copy of the whole state would share the notes array, so the first change to a note would
/// copy all of them (the whole session's notes, on every such commit). Instead the small fields are
/// saved as they were, and the notes record what they were before the trial changed them.
extension SessionState {
    struct Trial: Codable, Equatable, Sendable {
        /// The state as it was, without its notes.
        var saved: Saved
        var noteCount: Int
        /// Notes (by index, below `noteCount`) as they were before their first change in the trial.
        var notesBefore: [Int: Note] = [:]
        /// For each note id inserted in the trial: where the index pointed before (nil: nowhere).
        var indexBefore: [NoteID: Int?] = [:]
    }

    /// Indirect: a state cannot hold a state inline.
    indirect enum Saved: Codable, Equatable, Sendable { case state(SessionState) }

    mutating func beginTrial() {
        var saved = self
        saved.noteList = NoteList()
        saved.noteIndex = NoteIndex()
        trial = Trial(saved: .state(saved), noteCount: noteList.count)
    }

    mutating func endTrial() { trial = nil }

    /// Restores the state `beginTrial()` saw.
    mutating func rollBackTrial() {
        guard let trial else { return }
        var notes = noteList
        var noteIndex = self.noteIndex
        self = SessionState()  // lets go of the arrays above, so restoring them does not copy
        notes.removeSubrange(from: trial.noteCount)
        for (i, note) in trial.notesBefore { notes[i] = note }
        for (id, before) in trial.indexBefore { noteIndex[id] = before }
        guard case .state(var restored) = trial.saved else { return }
        restored.noteList = notes
        restored.noteIndex = noteIndex
        self = restored
    }
}
