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
    public init(index: Int, since: WallTime) {
        self.index = index
        self.since = since
    }
}

/// Everything the log says, folded. Derived: it can always be rebuilt from the events.
public struct SessionState: Codable, Equatable, Sendable {
    public var currentStep: StepID?
    public var steps: [StepID: StepProgress]
    public var timers: [TimerKey: TimerState]
    /// Notes in the order they were added; deleted ones stay, marked, so indexes are stable.
    public private(set) var notes: [Note]
    private var noteIndex: [NoteID: Int]
    public var tallies: [StepID: [NoteID: Int]]
    public var ballots: [StepID: [String: [NoteID]]]
    public var revealed: Set<StepID>
    /// Where each check-in round is: who speaks, and since when (for a per-person time box).
    public var rounds: [StepID: RoundPosition]
    /// How many events have been folded in (undone ones included).
    public var eventCount: Int
    /// Turns, done marks, themes, merges and moderation of notes.
    public var board: NoteBoard

    public init() {
        currentStep = nil
        steps = [:]
        timers = [:]
        notes = []
        noteIndex = [:]
        tallies = [:]
        ballots = [:]
        revealed = []
        rounds = [:]
        eventCount = 0
        board = NoteBoard()
    }

    public func progress(_ step: StepID) -> StepProgress { steps[step] ?? StepProgress() }

    public func note(_ id: NoteID) -> Note? {
        guard let i = noteIndex[id] else { return nil }
        return notes[i]
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
        noteIndex[note.id] = notes.count
        notes.append(note)
    }

    mutating func updateNote(_ id: NoteID, _ body: (inout Note) -> Void) {
        guard let i = noteIndex[id] else { return }
        body(&notes[i])
    }
}
