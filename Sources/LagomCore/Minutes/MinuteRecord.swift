/// What the minute-taker writes down on an item: a note, a decision, or an action with an owner
/// and a due date. Apart from the groups' post-its, and possible on every kind of step.
public enum RecordKind: String, Codable, Sendable, CaseIterable {
    case note, decision, action
}

public struct RecordID: StringIdentifier {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
}

/// A record as it is written: everything but its id. A status round's note also says who spoke
/// (`speaker`, a participant's name) and under which of the round's headings.
public struct RecordEntry: Codable, Equatable, Sendable {
    public var kind: RecordKind
    public var step: StepID
    public var text: String
    /// Who does it (actions): a participant's name as the plan spells it, or free text.
    public var owner: String?
    /// By when (actions), `YYYY-MM-DD`.
    public var due: String?
    public var speaker: String?
    public var heading: String?

    public init(
        kind: RecordKind, step: StepID, text: String, owner: String? = nil, due: String? = nil,
        speaker: String? = nil, heading: String? = nil
    ) {
        self.kind = kind
        self.step = step
        self.text = text
        self.owner = owner
        self.due = due
        self.speaker = speaker
        self.heading = heading
    }

    /// Longest text of a record, in characters (a decision can be a paragraph).
    public static let textLimit = 2000
}

public struct MinuteRecord: Codable, Equatable, Sendable {
    public var id: RecordID
    public var entry: RecordEntry
    public var addedAt: WallTime
    public var by: Actor
    /// An action marked done (it then stays out of the next meeting's open actions).
    public var done: Bool

    public init(id: RecordID, entry: RecordEntry, addedAt: WallTime, by: Actor, done: Bool = false) {
        self.id = id
        self.entry = entry
        self.addedAt = addedAt
        self.by = by
        self.done = done
    }
}

/// The meeting's record: what the minute-taker wrote, in order, and whether the projector shows it.
public struct MinutesBook: Codable, Equatable, Sendable {
    /// Live records in the order they were written (a deleted one is removed; undo refolds it back).
    public private(set) var records: [MinuteRecord] = []
    /// The facilitator puts the minutes of the current item on the projector.
    public var onProjector = false

    public init() {}

    public func record(_ id: RecordID) -> MinuteRecord? { records.first { $0.id == id } }

    public func records(step: StepID? = nil, kind: RecordKind? = nil) -> [MinuteRecord] {
        records.filter { (step == nil || $0.entry.step == step) && (kind == nil || $0.entry.kind == kind) }
    }

    /// Actions not marked done, in the order they were written.
    public var openActions: [MinuteRecord] { records.filter { $0.entry.kind == .action && !$0.done } }

    mutating func add(_ record: MinuteRecord) { records.append(record) }

    mutating func update(_ id: RecordID, _ body: (inout MinuteRecord) -> Void) {
        guard let index = records.firstIndex(where: { $0.id == id }) else { return }
        body(&records[index])
    }

    mutating func remove(_ id: RecordID) { records.removeAll { $0.id == id } }
}
