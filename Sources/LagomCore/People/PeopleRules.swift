/// Rules and effects of the people changes: attendance, guests, groups, items, rounds.
extension SessionState {
    func checkPeople(_ change: Change, plan: Plan) throws(Refusal) {
        let roster = Roster(plan: plan, state: self)
        func known(_ name: String) throws(Refusal) {
            guard roster.person(name) != nil else {
                throw .people(
                    .unknownPerson(name, suggestion: Suggestion.closest(to: name, among: roster.everyone.map(\.name))))
            }
        }
        switch change {
        case .attendanceMarked(let name, let attendance):
            try known(name)
            guard roster.attendance(of: name) != attendance else { throw .people(.attendanceUnchanged(name)) }
        case .guestAdded(let name, _):
            guard !name.trimmingWhitespace.isEmpty else { throw .people(.emptyName) }
            guard roster.person(name) == nil else { throw .people(.nameTaken(name)) }
        case .groupsFormed(let id, _, let groups):
            let s = try step(id, plan)
            guard s.formsGroups else { throw .people(.notGrouped(id)) }
            var seen: Set<String> = []
            for (index, members) in groups.enumerated() {
                try checkMembers(members, group: index + 1, of: s, seen: &seen, known: known)
            }
        case .groupChanged(let id, let group, let members):
            let s = try step(id, plan)
            guard let formed = people.groups[id] else { throw .people(.groupsNotFormed(id)) }
            guard group >= 1, group <= formed.groups.count else {
                throw .noSuchGroup(step: id, group: group, groups: formed.groups.count)
            }
            var seen = Set(
                formed.groups.enumerated().filter { $0.offset != group - 1 }.flatMap { $0.element.map(\.name) })
            try checkMembers(members, group: group, of: s, seen: &seen, known: known)
        case .groupLocked(let id, let group, let locked):
            guard let formed = people.groups[id] else { throw .people(.groupsNotFormed(id)) }
            guard group >= 1, group <= formed.groups.count else {
                throw .noSuchGroup(step: id, group: group, groups: formed.groups.count)
            }
            guard formed.locked.contains(group) != locked else {
                throw .people(.lockUnchanged(group: group, locked: locked))
            }
        case .groupItemSet(let id, let group, let note):
            let s = try step(id, plan)
            guard s.formsGroups else { throw .people(.notGrouped(id)) }
            try checkGroup(group, of: s, plan)
            if let note, liveNote(note) == nil { throw .unknownNote(note) }
        case .roundOrdered(let id, _, _):
            guard try step(id, plan).kind == .checkin else { throw .people(.notACheckin(id)) }
        case .speakerCalled(let id, let name):
            guard try step(id, plan).kind == .checkin else { throw .people(.notACheckin(id)) }
            if let name { try known(name) }
        case .speakerPassed(let id, let name):
            guard try step(id, plan).kind == .checkin else { throw .people(.notACheckin(id)) }
            guard let round = people.rounds[id] else { throw .people(.roundNotStarted(id)) }
            guard round.current == name else { throw .people(.notSpeaking(name)) }
        default:
            break
        }
    }

    private func checkMembers(
        _ members: [GroupMember], group: Int, of step: Step, seen: inout Set<String>,
        known: (String) throws(Refusal) -> Void
    ) throws(Refusal) {
        var roles: Set<String> = []
        for member in members {
            try known(member.name)
            guard seen.insert(member.name).inserted else { throw .people(.personTwice(member.name)) }
            if let role = member.role {
                guard step.roles.contains(where: { $0.name == role }) else {
                    throw .people(.unknownRole(step: step.id, role: role))
                }
                guard roles.insert(role).inserted else { throw .people(.roleTwice(group: group, role: role)) }
            }
        }
    }

    mutating func foldPeople(_ change: Change, at now: WallTime, plan: Plan) {
        switch change {
        case .attendanceMarked(let name, let attendance):
            people.attendance[name] = attendance
        case .guestAdded(let name, let site):
            people.guests.append(Participant(name: name, site: site))
        case .groupsFormed(let id, let seed, let groups):
            people.groups[id] = StepGroups(seed: seed, groups: groups, locked: people.groups[id]?.locked ?? [])
        case .groupChanged(let id, let group, let members):
            people.groups[id]?.groups[group - 1] = members
        case .groupLocked(let id, let group, let locked):
            if locked { people.groups[id]?.locked.insert(group) } else { people.groups[id]?.locked.remove(group) }
        case .groupItemSet(let id, let group, let note):
            people.items[id, default: [:]][group] = .some(note)
        case .roundOrdered(let id, let order, let seed):
            people.rounds[id] = CheckinRound(order: order, seed: seed)
        case .speakerCalled(let id, let name):
            var round = people.rounds[id] ?? CheckinRound(order: plan.step(id)?.roundOrder ?? .listed)
            if let name {
                round.current = name
                round.since = now
                round.passed.removeAll { $0 == name }
                if !round.spoken.contains(name) { round.spoken.append(name) }
                round.ended = false
            } else {
                round.current = nil
                round.since = now
                round.ended = true
            }
            people.rounds[id] = round
        case .speakerPassed(let id, let name):
            guard var round = people.rounds[id] else { return }
            round.spoken.removeAll { $0 == name }
            round.passed.append(name)
            round.current = nil
            people.rounds[id] = round
        default:
            break
        }
    }

    /// How many groups a step has: as formed (or as kept from `groupsFrom`), else as the plan's
    /// numbers give for every participant.
    public func groupCount(of step: Step, plan: Plan) -> Int {
        if let formed = people.groups[step.id] { return formed.groups.count }
        if let source = step.groupsFrom, let earlier = plan.step(source), earlier.id != step.id {
            return groupCount(of: earlier, plan: plan)
        }
        return plan.groupCount(of: step)
    }

    /// The groups a step works in: its own when formed, else those of the step it keeps them from.
    public func groups(of step: Step, plan: Plan) -> StepGroups? {
        if let formed = people.groups[step.id] { return formed }
        if let source = step.groupsFrom, let earlier = plan.step(source), earlier.id != step.id {
            return groups(of: earlier, plan: plan)
        }
        return nil
    }
}

extension Step {
    /// Steps whose people work in groups.
    public var formsGroups: Bool { groupSize != nil || groups != nil || groupsFrom != nil }
}
