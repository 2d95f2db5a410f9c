/// Everyone of a session — the plan's participants and the guests added on the day — with the
/// attendance each has now. Computed from the plan and the state; holds nothing of its own.
public struct Roster: Sendable {
    public let plan: Plan
    public let people: PeopleState

    public init(plan: Plan, state: SessionState) {
        self.plan = plan
        people = state.people
    }

    /// The plan's participants in its order, then the guests in the order they came.
    public var everyone: [Participant] { plan.participants + people.guests }

    public func person(_ name: String) -> Participant? {
        plan.participants.first { $0.name == name } ?? people.guests.first { $0.name == name }
    }

    public func isGuest(_ name: String) -> Bool { people.guests.contains { $0.name == name } }

    /// What is known of a person now: marked on the day, else the plan's, else present.
    public func attendance(of name: String) -> Attendance {
        people.attendance[name] ?? person(name)?.attendance ?? .present
    }

    /// The people here at a time of the day (nil: here now, whatever the plan's times say).
    public func here(at time: ClockTime? = nil) -> [Participant] {
        everyone.filter { attendance(of: $0.name).isHere(at: time) }
    }

    /// The people here for a step: at its planned start when it has one.
    public func here(for step: Step) -> [Participant] { here(at: step.start) }

    /// A name as a person types it: exact, in any case, or the one name that starts with it.
    public func resolve(_ typed: String) throws(PeopleRefusal) -> Participant {
        let text = String(typed.trimmingWhitespace)
        guard !text.isEmpty else { throw .emptyName }
        if let exact = person(text) { return exact }
        let lowered = text.lowercased()
        let all = everyone
        if let same = all.first(where: { $0.name.lowercased() == lowered }) { return same }
        let starting = all.filter { $0.name.lowercased().hasPrefix(lowered) }
        if starting.count == 1 { return starting[0] }
        throw .unknownPerson(text, suggestion: Suggestion.closest(to: text, among: all.map(\.name)))
    }

    /// How many are in each attendance state, for a summary line.
    public func counts(at time: ClockTime? = nil) -> [Attendance.Status: Int] {
        everyone.reduce(into: [:]) { $0[attendance(of: $1.name).status, default: 0] += 1 }
    }
}
