/// A fact that happened, named in the past tense. The log (`events.jsonl`)
/// holds one per line; the state is what the reducer folds them into.
///
/// Most events change the meeting (`Change`, which the reducer checks and folds). An undo is not
/// such a change: it takes back a whole transaction of the log, and only `Session`, which knows the
/// transactions, deals with it. In the log both sit under the key `change`, the undo as
/// `{"transactionUndone":{"tx":…}}`.
public struct Event: Codable, Equatable, Sendable {
    /// What an event records: a change to the meeting, or an undo of an earlier transaction.
    public enum Body: Equatable, Sendable {
        case change(Change)
        /// The compensating entry: the transaction counts as if it never happened.
        case undo(transaction: String)
    }

    public var id: String
    /// Events appended together by one action share a transaction; undo takes back a whole one.
    public var tx: String
    public var at: WallTime
    public var by: Actor
    public var body: Body

    public init(id: String, tx: String, at: WallTime, by: Actor, body: Body) {
        self.id = id
        self.tx = tx
        self.at = at
        self.by = by
        self.body = body
    }

    public init(id: String, tx: String, at: WallTime, by: Actor, change: Change) {
        self.init(id: id, tx: tx, at: at, by: by, body: .change(change))
    }

    /// The change to the meeting, or nil for an undo.
    public var change: Change? {
        if case .change(let change) = body { change } else { nil }
    }

    /// The transaction this event takes back, when it is an undo.
    public var undoneTransaction: String? {
        if case .undo(let tx) = body { tx } else { nil }
    }

    /// Whether the event takes back a transaction.
    public var isUndo: Bool { undoneTransaction != nil }

    /// The event's name: its key in the log (`{"noteAdded": {…}}`), which `lagom log` prints.
    public var name: String { change?.name ?? Body.undoKey }

    enum CodingKeys: String, CodingKey {
        case id, tx, at, by
        case body = "change"
    }
}

extension Event.Body: Codable {
    /// The undo's key in the log, beside the changes' own keys.
    public static let undoKey = "transactionUndone"

    private struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    public init(from decoder: Decoder) throws {
        let keyed = try decoder.container(keyedBy: Key.self)
        let undo = Key(stringValue: Self.undoKey)
        guard keyed.contains(undo) else {
            self = .change(try Change(from: decoder))
            return
        }
        guard keyed.allKeys.count == 1 else {
            throw DecodingError.dataCorruptedError(
                forKey: undo, in: keyed, debugDescription: "an undo with other keys beside it")
        }
        let fields = try keyed.nestedContainer(keyedBy: Key.self, forKey: undo)
        self = .undo(transaction: try fields.decode(String.self, forKey: Key(stringValue: "tx")))
    }

    public func encode(to encoder: Encoder) throws {
        switch self {
        case .change(let change):
            try change.encode(to: encoder)
        case .undo(let tx):
            var keyed = encoder.container(keyedBy: Key.self)
            var fields = keyed.nestedContainer(keyedBy: Key.self, forKey: Key(stringValue: Self.undoKey))
            try fields.encode(tx, forKey: Key(stringValue: "tx"))
        }
    }
}

/// One scored item in a counted (tally) vote.
public struct Tally: Codable, Equatable, Sendable {
    /// Most points one item can be given: far above any room's count, far below what a sum of
    /// many items could overflow with.
    public static let maxPoints = PlanLimits.points

    public var note: NoteID
    public var points: Int
    public init(note: NoteID, points: Int) {
        self.note = note
        self.points = points
    }
}

/// Where a note lives: which step, which named list, which group, under which parent.
public struct NotePlace: Codable, Equatable, Sendable {
    public var step: StepID
    public var list: String
    public var group: Int?
    public var parent: NoteID?
    public init(step: StepID, list: String = "", group: Int? = nil, parent: NoteID? = nil) {
        self.step = step
        self.list = list
        self.group = group
        self.parent = parent
    }
}

public enum Change: Codable, Equatable, Sendable {
    // The agenda
    case stepEntered(step: StepID)
    case stepStarted(step: StepID)
    case stepPaused(step: StepID)
    case stepResumed(step: StepID)
    case stepCompleted(step: StepID)
    /// The step's slide is shown from paragraph `from` on (0: its first page): a long slide paged.
    case slideTurned(step: StepID, from: Int)

    /// The check-in round passed to the participant at `index` (plan order); -1 ends the round.
    /// Written by older versions; read as `speakerCalled` with that participant's name.
    case speakerChanged(step: StepID, index: Int)

    // Countdowns
    case timerStarted(timer: TimerKey, seconds: Int)
    case timerPaused(timer: TimerKey)
    case timerResumed(timer: TimerKey)
    /// Negative seconds take time off (the timekeeper's "−1 min").
    case timerExtended(timer: TimerKey, seconds: Int)
    case timerReset(timer: TimerKey)
    case timerStopped(timer: TimerKey)

    // Notes
    case noteAdded(note: NoteID, place: NotePlace, text: String)
    case noteEdited(note: NoteID, text: String)
    case noteDeleted(note: NoteID)
    case noteMoved(note: NoteID, place: NotePlace)

    // Votes
    case votesTallied(step: StepID, tallies: [Tally])
    /// A voter's whole ballot; a note named twice is two stacked dots. Replaces an earlier ballot.
    case ballotCast(step: StepID, voter: String, dots: [NoteID])
    case resultsRevealed(step: StepID)

    // The ranking on the projector (added with voting)
    /// The facilitator moved the shared ranking view: which list, which page, and how many
    /// places are shown counting from the bottom (nil: all of them).
    case rankingShown(step: StepID, position: RankingPosition)
    /// The items of a vote that go on to the next step, in the order they will be worked on.
    case subjectsChosen(step: StepID, notes: [NoteID])
    // Secretaries' notes: the vattentrappa relay, silent writing, themes, moderation
    /// The vattentrappa's word passes to queue position `turn` (0-based); -1 ends the relay.
    case turnPassed(step: StepID, turn: Int)
    /// The speaking group (queue position `turn`) gets `seconds` more; negative takes time off.
    /// `turn` is the one asked for: once the word has passed on, the extension is refused.
    case turnExtended(step: StepID, turn: Int, seconds: Int)
    /// A group's reversible "we are done" mark during silent writing.
    case groupMarkedDone(step: StepID, group: Int, done: Bool)
    /// Moderation: the facilitator keeps a note off the projector, or lets it show again.
    case noteHidden(note: NoteID, hidden: Bool)
    case themeCreated(theme: String, step: StepID, title: String)
    case themeRenamed(theme: String, title: String)
    /// The line the facilitator writes under a theme for the record ("" takes it away).
    case themeSummarised(theme: String, summary: String)
    /// The theme moves to `position` (0-based) in its step's order.
    case themeMoved(theme: String, position: Int)
    /// The note goes into `theme`, or out of every theme when nil.
    case noteThemed(note: NoteID, theme: String?)
    /// A duplicate joins `into`; both texts stay in the log and `noteSplit` takes it back out.
    case notesMerged(note: NoteID, into: NoteID)
    case noteSplit(note: NoteID)
    /// The facilitator shows the step's theme summary on the projector, or takes it back.
    case themesShown(step: StepID, visible: Bool)
    // The meeting's record (the minute-taker)
    case recordAdded(record: RecordID, entry: RecordEntry)
    /// The whole entry as it now reads (text, owner, due date); its kind stays.
    case recordEdited(record: RecordID, entry: RecordEntry)
    case recordDeleted(record: RecordID)
    case actionMarkedDone(record: RecordID, done: Bool)
    /// The facilitator puts the current item's record on the projector, or takes it off.
    case minutesShown(visible: Bool)

    // People: attendance, groups, items, rounds
    /// The person's whole attendance record as it now is.
    case attendanceMarked(person: String, attendance: Attendance)
    /// Someone not in the plan joins on the day, present.
    case guestAdded(person: String, site: String)
    /// A step's groups, formed (or reshuffled) with `seed`: group N is `groups[N - 1]`, roles handed out.
    case groupsFormed(step: StepID, seed: Int, groups: [[GroupMember]])
    /// One group's members as they now are (a late arrival placed, a leaver taken out, a move).
    case groupChanged(step: StepID, group: Int, members: [GroupMember])
    case groupLocked(step: StepID, group: Int, locked: Bool)
    /// The item a group works on (the demand for group N); nil: none.
    case groupItemSet(step: StepID, group: Int, note: NoteID?)
    /// A check-in round starts over, walking the people here in `order`.
    case roundOrdered(step: StepID, order: RoundOrder, seed: Int)
    /// The word goes to `person`; nil ends the round.
    case speakerCalled(step: StepID, person: String?)
    /// The person passes for now and comes back at the end.
    case speakerPassed(step: StepID, person: String)

    // The room's clock
    /// From now on the room's clock reads `seconds` later than the wall clock (0 ends it): a rehearsal,
    /// or the day run on another date, with the plan's clock times where the plan has them.
    case clockShifted(seconds: Int)

    /// The event's name: its key in the log (`{"noteAdded": {…}}`), which `lagom log` prints.
    /// Read from the case itself, so a new kind of event needs no line here.
    public var name: String { Mirror(reflecting: self).children.first?.label ?? "\(self)" }
}
