/// Who speaks in a check-in round, worked out from who is here now: the people present (or
/// remote) in the round's order, the absent and the not-yet-arrived left out. A status round
/// (`roundBy`) has one speaker per value of that field, the first present person of it.
/// Nothing is stored but who has spoken and who passed (`CheckinRound`), so a late arrival marked
/// present joins the round at once and a person marked absent drops out of it.
public struct CheckinQueue: Sendable {
    public let step: Step
    /// Where the round stands; nil before its first speaker.
    public let round: CheckinRound?
    /// Everyone who speaks in this round, in its order (one per unit in a status round).
    public let order: [Participant]
    private let roster: Roster

    /// The round of `step` as the session has it now.
    public init(step: Step, session: Session) {
        self.init(step: step, session: session, round: session.state.people.rounds[step.id])
    }

    /// The round as it would stand at `round` (what a pass leaves, before it is written).
    public init(step: Step, session: Session, round: CheckinRound?) {
        self.step = step
        self.round = round
        roster = Roster(plan: session.plan, state: session.state)
        order = Self.speakers(
            of: step, everyone: roster.everyone, here: Set(roster.here().map(\.name)),
            order: round?.order ?? step.roundOrder ?? .listed, seed: round?.seed ?? 0, state: session.state,
            plan: session.plan)
    }

    /// Who has the word now.
    public var current: String? { round?.current }

    /// Who speaks next, in turn: those after the last place reached, then those whose place came
    /// while they were not here (late arrivals), then those who passed, in the order they passed.
    public var upcoming: [String] {
        let done = Set((round?.spoken ?? []).map(key))
        let waiting = Set((round?.passed ?? []).map(key))
        let places = order.map { key($0.name) }
        let reached = places.indices.filter { done.contains(places[$0]) }.max() ?? -1
        let pending = order.indices.filter { !done.contains(places[$0]) && !waiting.contains(places[$0]) }
        let after = pending.filter { $0 > reached }, before = pending.filter { $0 < reached }
        let passed = (round?.passed ?? []).filter { name in order.contains { $0.name == name } }
        return (after + before).map { order[$0].name } + passed
    }

    /// Whether the round has had its first speaker and nobody is left to call.
    public var isOver: Bool { round != nil && current == nil && upcoming.isEmpty }

    /// Takes part digitally: the round names them so nobody forgets to call them.
    public func isRemote(_ name: String) -> Bool { roster.attendance(of: name).status == .remote }

    /// The unit a status round's speaker speaks for (nil on a round over people).
    public func unit(of name: String) -> String? {
        guard let field = step.roundBy else { return nil }
        return roster.person(name)?.value(of: field)
    }

    /// Who will be here but is not yet, for the round's "expected" line.
    public var expected: [Participant] {
        roster.everyone.filter { roster.attendance(of: $0.name).status == .late }
    }

    /// What the round matches people by: the name, or in a status round the unit.
    private func key(_ name: String) -> String {
        guard let field = step.roundBy else { return name }
        return roster.person(name)?.value(of: field) ?? name
    }

    /// The people here, in `order`; in a status round the first here of each unit. The order is
    /// worked out over everyone, here or not, so someone who arrives moves nobody else.
    static func speakers(
        of step: Step, everyone: [Participant], here: Set<String>, order: RoundOrder, seed: Int,
        state: SessionState, plan: Plan
    ) -> [Participant] {
        let people = arranged(everyone, order: order, before: step, seed: seed, state: state, plan: plan)
        guard let field = step.roundBy else { return people.filter { here.contains($0.name) } }
        var units: [String] = []
        for person in people where !units.contains(person.value(of: field)) { units.append(person.value(of: field)) }
        return units.compactMap { unit in people.first { $0.value(of: field) == unit && here.contains($0.name) } }
    }

    /// Everyone in a round's order.
    static func arranged(
        _ everyone: [Participant], order: RoundOrder, before step: Step, seed: Int, state: SessionState, plan: Plan
    ) -> [Participant] {
        switch order {
        case .listed:
            return everyone
        case .site:
            var sites: [String] = []
            for person in everyone where !sites.contains(person.site) { sites.append(person.site) }
            return sites.flatMap { site in everyone.filter { $0.site == site } }
        case .shuffled:
            // Each name's place comes from the seed and the name alone, so a guest slots in
            // without moving anyone else.
            return everyone.map { ($0, Self.draw($0.name, seed)) }.sorted {
                $0.1 != $1.1 ? $0.1 < $1.1 : $0.0.name < $1.0.name
            }.map(\.0)
        case .group:
            let groups = latestGroups(before: step, state: state, plan: plan)
            func place(_ person: Participant) -> (Int, Int) {
                for (g, members) in groups.enumerated() {
                    if let i = members.firstIndex(where: { $0.name == person.name }) { return (g, i) }
                }
                return (groups.count, 0)
            }
            return everyone.enumerated().sorted {
                let a = place($0.element), b = place($1.element)
                return a != b ? a < b : $0.offset < $1.offset
            }.map(\.element)
        }
    }

    /// The groups a round by group follows: those of the last grouped step before it in the plan
    /// that has formed (or kept) groups, else of any step that has.
    static func latestGroups(before step: Step, state: SessionState, plan: Plan) -> [[GroupMember]] {
        let index = plan.index(of: step.id) ?? plan.steps.count
        let earlier = plan.steps[..<index].reversed(), later = plan.steps[index...]
        for candidate in Array(earlier) + Array(later) {
            if let formed = state.groups(of: candidate, plan: plan) { return formed.groups }
        }
        return []
    }

    /// A number fixed by the seed and the name (FNV-1a of the name's bytes, mixed with the seed).
    static func draw(_ name: String, _ seed: Int) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in name.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        var generator = SeededGenerator(seed: seed ^ Int(bitPattern: UInt(truncatingIfNeeded: hash)))
        return generator.next()
    }
}

extension RoundOrder {
    /// The order after this one, as the facilitator's key steps through them: listed, group, site,
    /// shuffled, and round again.
    public var following: RoundOrder {
        let all = Self.allCases
        return all[((all.firstIndex(of: self) ?? 0) + 1) % all.count]
    }
}
