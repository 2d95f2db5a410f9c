/// What a step does in the room. The plan's `kind` field.
public enum StepKind: String, Codable, Sendable, CaseIterable {
    case info, checkin, groupwork, vattentrappa, brainwriting, vote
    case `break` = "break"

    /// Steps where secretaries type notes.
    public var collectsNotes: Bool {
        switch self {
        case .groupwork, .vattentrappa, .brainwriting: return true
        case .info, .checkin, .vote, .break: return false
        }
    }
}

/// One step of the day. Common fields first, then the fields each kind reads;
/// `PlanValidator` checks that a kind has what it needs and nothing unknown.
public struct Step: Codable, Equatable, Sendable {
    public var id: StepID
    public var kind: StepKind
    public var title: String
    /// 1-based day number; a step with none belongs to the first day.
    public var day: Int
    public var start: ClockTime?
    public var minutes: Int?
    /// *Ansvarig*: who leads the step.
    public var owners: [String]
    /// Named lists notes are collected into ("Riskfaktorer", "Friskfaktorer").
    public var lists: [String]
    /// Longest note a secretary may type, in characters.
    public var noteLimit: Int?
    /// Each note of this step hangs under a note of this list (resources under a *krav*).
    public var parentList: ListRef?
    /// A fixed return time ("åter 11.20"); otherwise start + minutes is used.
    public var returnAt: ClockTime?
    public var timer: TimerSpec?

    // info (and any step): slide bullets
    public var bullets: [String]
    /// An agenda item as the meeting knows it: its number ("4", "4b": a letter makes a sub-item),
    /// why it is there, what to read, and what to prepare.
    public var agenda: AgendaItem
    // checkin
    public var quote: Quote?
    public var question: String?
    public var secondsPerPerson: Int?
    /// A status round: one speaker per value of this participant field (`"site"`: one per unit).
    public var roundBy: String?
    /// A status round's headings, the same for every speaker (done, in progress, planned, obstacles).
    public var headings: [String]
    // groupwork
    public var prompts: [String]
    public var groupSize: GroupSize?
    public var groups: Int?
    public var mixBy: String?
    public var roles: [GroupRole]
    /// Keep the groups of this earlier step (roles are handed out anew) instead of forming new ones.
    public var groupsFrom: StepID?
    /// Roles the plan gives to a person on this step, by name: `{"Karin Järvholm": "Redovisare"}`.
    public var pinnedRoles: [String: String]
    /// Each group gets its own item: the items a vote chose to go on, group N the N:th.
    public var itemsFrom: StepID?
    // checkin: the order of the round
    public var roundOrder: RoundOrder?
    // vattentrappa
    public var questions: [String]
    public var minutesPerTurn: Int?
    public var autoAdvance: Bool
    // vote
    public var vote: VoteSpec?

    public init(
        id: StepID, kind: StepKind, title: String, day: Int = 1, start: ClockTime? = nil,
        minutes: Int? = nil, owners: [String] = [], lists: [String] = [], noteLimit: Int? = nil,
        returnAt: ClockTime? = nil, timer: TimerSpec? = nil, bullets: [String] = [],
        quote: Quote? = nil, question: String? = nil, secondsPerPerson: Int? = nil,
        prompts: [String] = [], groupSize: GroupSize? = nil, groups: Int? = nil,
        mixBy: String? = nil, roles: [GroupRole] = [], questions: [String] = [],
        minutesPerTurn: Int? = nil, autoAdvance: Bool = false, vote: VoteSpec? = nil,
        parentList: ListRef? = nil, agenda: AgendaItem = AgendaItem(), roundBy: String? = nil,
        headings: [String] = [],
        groupsFrom: StepID? = nil, pinnedRoles: [String: String] = [:],
        itemsFrom: StepID? = nil, roundOrder: RoundOrder? = nil
    ) {
        self.id = id
        self.kind = kind
        self.title = title
        self.day = day
        self.start = start
        self.minutes = minutes
        self.owners = owners
        self.lists = lists
        self.noteLimit = noteLimit
        self.returnAt = returnAt
        self.timer = timer
        self.bullets = bullets
        self.quote = quote
        self.question = question
        self.secondsPerPerson = secondsPerPerson
        self.prompts = prompts
        self.groupSize = groupSize
        self.groups = groups
        self.mixBy = mixBy
        self.roles = roles
        self.questions = questions
        self.minutesPerTurn = minutesPerTurn
        self.autoAdvance = autoAdvance
        self.vote = vote
        self.parentList = parentList
        self.agenda = agenda
        self.roundBy = roundBy
        self.headings = headings
        self.groupsFrom = groupsFrom
        self.pinnedRoles = pinnedRoles
        self.itemsFrom = itemsFrom
        self.roundOrder = roundOrder
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case id, kind, title, day, start, minutes, owners, lists, noteLimit, parentList, returnAt, timer
        case bullets, quote, question, secondsPerPerson
        case prompts, groupSize, groups, mixBy, roles, groupsFrom, pinnedRoles, itemsFrom, roundOrder
        case questions, minutesPerTurn, autoAdvance, vote
        case number, purpose, material, preparation, roundBy, headings
    }

    /// Every key a step may have, for the "unknown field" check.
    public static let knownKeys: Set<String> = Set(CodingKeys.allCases.map(\.rawValue))

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(StepID.self, forKey: .id)
        kind = try c.decode(StepKind.self, forKey: .kind)
        title = try c.decode(String.self, forKey: .title)
        day = try c.decodeIfPresent(Int.self, forKey: .day) ?? 1
        start = try c.decodeIfPresent(ClockTime.self, forKey: .start)
        minutes = try c.decodeIfPresent(Int.self, forKey: .minutes)
        owners = try c.decodeIfPresent([String].self, forKey: .owners) ?? []
        lists = try c.decodeIfPresent([String].self, forKey: .lists) ?? []
        noteLimit = try c.decodeIfPresent(Int.self, forKey: .noteLimit)
        parentList = try c.decodeIfPresent(ListRef.self, forKey: .parentList)
        returnAt = try c.decodeIfPresent(ClockTime.self, forKey: .returnAt)
        timer = try c.decodeIfPresent(TimerSpec.self, forKey: .timer)
        bullets = try c.decodeIfPresent([String].self, forKey: .bullets) ?? []
        quote = try c.decodeIfPresent(Quote.self, forKey: .quote)
        question = try c.decodeIfPresent(String.self, forKey: .question)
        secondsPerPerson = try c.decodeIfPresent(Int.self, forKey: .secondsPerPerson)
        prompts = try c.decodeIfPresent([String].self, forKey: .prompts) ?? []
        groupSize = try c.decodeIfPresent(GroupSize.self, forKey: .groupSize)
        groups = try c.decodeIfPresent(Int.self, forKey: .groups)
        mixBy = try c.decodeIfPresent(String.self, forKey: .mixBy)
        roles = try c.decodeIfPresent([GroupRole].self, forKey: .roles) ?? []
        questions = try c.decodeIfPresent([String].self, forKey: .questions) ?? []
        minutesPerTurn = try c.decodeIfPresent(Int.self, forKey: .minutesPerTurn)
        autoAdvance = try c.decodeIfPresent(Bool.self, forKey: .autoAdvance) ?? false
        vote = try c.decodeIfPresent(VoteSpec.self, forKey: .vote)
        agenda = AgendaItem(
            number: try c.decodeIfPresent(String.self, forKey: .number),
            purpose: try c.decodeIfPresent(String.self, forKey: .purpose),
            material: try c.decodeIfPresent([String].self, forKey: .material) ?? [],
            preparation: try c.decodeIfPresent(String.self, forKey: .preparation))
        roundBy = try c.decodeIfPresent(String.self, forKey: .roundBy)
        headings = try c.decodeIfPresent([String].self, forKey: .headings) ?? []
        groupsFrom = try c.decodeIfPresent(StepID.self, forKey: .groupsFrom)
        pinnedRoles = try c.decodeIfPresent([String: String].self, forKey: .pinnedRoles) ?? [:]
        itemsFrom = try c.decodeIfPresent(StepID.self, forKey: .itemsFrom)
        roundOrder = try c.decodeIfPresent(RoundOrder.self, forKey: .roundOrder)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(kind, forKey: .kind)
        try c.encode(title, forKey: .title)
        if day != 1 { try c.encode(day, forKey: .day) }
        try c.encodeIfPresent(start, forKey: .start)
        try c.encodeIfPresent(minutes, forKey: .minutes)
        if !owners.isEmpty { try c.encode(owners, forKey: .owners) }
        if !lists.isEmpty { try c.encode(lists, forKey: .lists) }
        try c.encodeIfPresent(noteLimit, forKey: .noteLimit)
        try c.encodeIfPresent(parentList, forKey: .parentList)
        try c.encodeIfPresent(returnAt, forKey: .returnAt)
        try c.encodeIfPresent(timer, forKey: .timer)
        if !bullets.isEmpty { try c.encode(bullets, forKey: .bullets) }
        try c.encodeIfPresent(quote, forKey: .quote)
        try c.encodeIfPresent(question, forKey: .question)
        try c.encodeIfPresent(secondsPerPerson, forKey: .secondsPerPerson)
        if !prompts.isEmpty { try c.encode(prompts, forKey: .prompts) }
        try c.encodeIfPresent(groupSize, forKey: .groupSize)
        try c.encodeIfPresent(groups, forKey: .groups)
        try c.encodeIfPresent(mixBy, forKey: .mixBy)
        if !roles.isEmpty { try c.encode(roles, forKey: .roles) }
        if !questions.isEmpty { try c.encode(questions, forKey: .questions) }
        try c.encodeIfPresent(minutesPerTurn, forKey: .minutesPerTurn)
        if autoAdvance { try c.encode(autoAdvance, forKey: .autoAdvance) }
        try c.encodeIfPresent(vote, forKey: .vote)
        try c.encodeIfPresent(agenda.number, forKey: .number)
        try c.encodeIfPresent(agenda.purpose, forKey: .purpose)
        if !agenda.material.isEmpty { try c.encode(agenda.material, forKey: .material) }
        try c.encodeIfPresent(agenda.preparation, forKey: .preparation)
        try c.encodeIfPresent(roundBy, forKey: .roundBy)
        if !headings.isEmpty { try c.encode(headings, forKey: .headings) }
        try c.encodeIfPresent(groupsFrom, forKey: .groupsFrom)
        if !pinnedRoles.isEmpty { try c.encode(pinnedRoles, forKey: .pinnedRoles) }
        try c.encodeIfPresent(itemsFrom, forKey: .itemsFrom)
        try c.encodeIfPresent(roundOrder, forKey: .roundOrder)
    }

    /// The list a note goes to when none is named: the first named list, or the step's own.
    public var defaultList: String { lists.first ?? "" }

    public var collectsNotes: Bool { kind.collectsNotes || !lists.isEmpty }

    public var noteCharacterLimit: Int { noteLimit ?? 500 }

    /// Number of groups: the plan's explicit count, or as many as the
    /// participants need at the largest group size.
    /// Never more than `PlanLimits.groups`: screens loop over the groups, whatever a plan says.
    public func groupCount(participants: Int) -> Int {
        if let groups { return PlanLimits.bounded(groups, PlanLimits.groups) }
        guard let size = groupSize, size.max > 0, participants > 0 else { return 0 }
        let people = PlanLimits.bounded(participants, PlanLimits.participants)
        return PlanLimits.bounded((people + size.max - 1) / size.max, PlanLimits.groups)
    }
}

/// The order a check-in round walks the people who are here.
public enum RoundOrder: String, Codable, Sendable, CaseIterable {
    /// As the plan lists them (guests last).
    case listed
    /// Group by group, as the latest groups formed before the round.
    case group
    /// Site by site, in the order the sites first appear.
    case site
    /// Shuffled, the same way for the same seed.
    case shuffled
}

public struct Quote: Codable, Equatable, Sendable {
    public var text: String
    public var author: String
    public init(text: String, author: String) {
        self.text = text
        self.author = author
    }
}

public struct GroupSize: Codable, Equatable, Sendable {
    public var min: Int
    public var max: Int
    public init(min: Int, max: Int) {
        self.min = min
        self.max = max
    }
}

/// A role handed out inside each group (*samtalsledare*, *sekreterare*, …).
public struct GroupRole: Codable, Equatable, Sendable {
    public var name: String
    public var task: String
    public init(name: String, task: String) {
        self.name = name
        self.task = task
    }
}

/// Which notes a vote ranks: one named list of one step.
public struct ListRef: Codable, Hashable, Sendable {
    public var step: StepID
    public var list: String
    public init(step: StepID, list: String = "") {
        self.step = step
        self.list = list
    }

    enum CodingKeys: String, CodingKey, CaseIterable { case step, list }
    public static let knownKeys: Set<String> = Set(CodingKeys.allCases.map(\.rawValue))

    /// `list` may be left out for a step without named lists: its one list is "".
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        step = try c.decode(StepID.self, forKey: .step)
        list = try c.decodeIfPresent(String.self, forKey: .list) ?? ""
    }
}

public enum VoteMode: String, Codable, Sendable, CaseIterable {
    /// Points counted on paper are typed in per item.
    case tally
    /// One ballot per voter, checked against budget and cap.
    case ballots
}

public struct VoteSpec: Codable, Equatable, Sendable {
    public var ranks: [ListRef]
    public var votesPerPerson: Int
    public var maxPerItem: Int?
    public var mode: VoteMode
    /// Results stay off the projector until the facilitator reveals them.
    public var hidden: Bool
    /// How many top items go on to the next step.
    public var advance: Int?

    public init(
        ranks: [ListRef], votesPerPerson: Int, maxPerItem: Int? = nil, mode: VoteMode,
        hidden: Bool = false, advance: Int? = nil
    ) {
        self.ranks = ranks
        self.votesPerPerson = votesPerPerson
        self.maxPerItem = maxPerItem
        self.mode = mode
        self.hidden = hidden
        self.advance = advance
    }

    enum CodingKeys: String, CodingKey, CaseIterable { case ranks, votesPerPerson, maxPerItem, mode, hidden, advance }
    public static let knownKeys: Set<String> = Set(CodingKeys.allCases.map(\.rawValue))

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        ranks = try c.decode([ListRef].self, forKey: .ranks)
        votesPerPerson = try c.decode(Int.self, forKey: .votesPerPerson)
        maxPerItem = try c.decodeIfPresent(Int.self, forKey: .maxPerItem)
        mode = try c.decode(VoteMode.self, forKey: .mode)
        hidden = try c.decodeIfPresent(Bool.self, forKey: .hidden) ?? false
        advance = try c.decodeIfPresent(Int.self, forKey: .advance)
    }
}

public enum StopMode: String, Codable, Sendable, CaseIterable {
    /// Keep counting into overtime; the facilitator decides.
    case soft
    /// The timer pauses itself at zero.
    case hard
}

/// When a countdown warns. Defaults: warn at 20 % or 5 minutes left, critical at 1 minute.
public struct TimerSpec: Codable, Equatable, Sendable {
    public var warnPercent: Int
    public var warnMinutes: Int
    public var criticalMinutes: Int
    public var stop: StopMode

    public init(warnPercent: Int = 20, warnMinutes: Int = 5, criticalMinutes: Int = 1, stop: StopMode = .soft) {
        self.warnPercent = warnPercent
        self.warnMinutes = warnMinutes
        self.criticalMinutes = criticalMinutes
        self.stop = stop
    }

    enum CodingKeys: String, CodingKey, CaseIterable { case warnPercent, warnMinutes, criticalMinutes, stop }
    public static let knownKeys: Set<String> = Set(CodingKeys.allCases.map(\.rawValue))

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = TimerSpec()
        warnPercent = try c.decodeIfPresent(Int.self, forKey: .warnPercent) ?? d.warnPercent
        warnMinutes = try c.decodeIfPresent(Int.self, forKey: .warnMinutes) ?? d.warnMinutes
        criticalMinutes = try c.decodeIfPresent(Int.self, forKey: .criticalMinutes) ?? d.criticalMinutes
        stop = try c.decodeIfPresent(StopMode.self, forKey: .stop) ?? d.stop
    }

    public static let standard = TimerSpec()
}
