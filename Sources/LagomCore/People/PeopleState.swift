/// One person in a group, with the role they hold on that step (nil: none).
public struct GroupMember: Codable, Hashable, Sendable {
    public var name: String
    public var role: String?
    public init(name: String, role: String? = nil) {
        self.name = name
        self.role = role
    }
}

/// A step's groups as formed, then kept up to date person by person (late arrivals, leavers,
/// moves). Group N is `groups[N - 1]`.
public struct StepGroups: Codable, Equatable, Sendable {
    /// The seed the formation used; a reshuffle takes the next one.
    public var seed: Int
    public var groups: [[GroupMember]]
    /// Group numbers a reshuffle and late arrivals leave alone.
    public var locked: Set<Int>

    public init(seed: Int, groups: [[GroupMember]], locked: Set<Int> = []) {
        self.seed = seed
        self.groups = groups
        self.locked = locked
    }

    /// The number (from 1) of the group a person is in.
    public func group(of name: String) -> Int? {
        groups.firstIndex { $0.contains { $0.name == name } }.map { $0 + 1 }
    }

    public func member(_ name: String) -> GroupMember? {
        for group in groups { if let m = group.first(where: { $0.name == name }) { return m } }
        return nil
    }
}

/// Who is here and how they are grouped, folded from the log. Kept in one value so
/// `SessionState` grows by a single field.
public struct PeopleState: Codable, Equatable, Sendable {
    /// Attendance marked on the day, by name; a person not here has the plan's (or is present).
    public var attendance: [String: Attendance] = [:]
    /// People added on the day, in the order they were added.
    public var guests: [Participant] = []
    /// Groups of each step that has formed them.
    public var groups: [StepID: StepGroups] = [:]
    /// Items the facilitator handed to groups by hand, over the plan's `itemsFrom`: step → group → note
    /// (nil: the group has none).
    public var items: [StepID: [Int: NoteID?]] = [:]
    /// Check-in rounds over the people here.
    public var rounds: [StepID: CheckinRound] = [:]

    public init() {}
}

/// Where a check-in round over the people here stands.
public struct CheckinRound: Codable, Equatable, Sendable {
    public var order: RoundOrder
    /// For a shuffled order.
    public var seed: Int
    /// Who has the word, and since when; nil before the first and after the round.
    public var current: String?
    public var since: WallTime?
    /// Everyone who has had the word, in order (the current speaker included).
    public var spoken: [String]
    /// Who passed and waits to come back at the end, in the order they passed.
    public var passed: [String]
    public var ended: Bool

    public init(order: RoundOrder, seed: Int = 0) {
        self.order = order
        self.seed = seed
        current = nil
        since = nil
        spoken = []
        passed = []
        ended = false
    }
}
