/// What the facilitator asks of a step's groups, from the console or `lagom groups`.
public enum GroupAction: Equatable, Sendable {
    /// Form (or reshuffle) the groups from the people here; nil seed: the next one after the last used.
    case form(step: StepID, seed: Int?)
    case move(step: StepID, person: String, to: Int)
    case swap(step: StepID, String, String)
    case lock(step: StepID, group: Int, locked: Bool)
    /// The item group N works on; nil: none.
    case item(step: StepID, group: Int, note: NoteID?)

    public func changes(in session: Session) throws(Refusal) -> [Change] {
        let plan = session.plan
        let roster = Roster(plan: plan, state: session.state)
        func step(_ id: StepID) throws(Refusal) -> Step {
            guard let s = plan.step(id) else { throw .unknownStep(id) }
            guard s.formsGroups else { throw .people(.notGrouped(id)) }
            return s
        }
        func formed(_ s: Step) throws(Refusal) -> StepGroups {
            guard let f = session.state.people.groups[s.id] else { throw .people(.groupsNotFormed(s.id)) }
            return f
        }
        func resolve(_ typed: String) throws(Refusal) -> String {
            do { return try roster.resolve(typed).name } catch { throw .people(error) }
        }
        switch self {
        case .form(let id, let seed):
            let s = try step(id)
            let next = seed ?? ((session.state.people.groups[id]?.seed ?? 0) + 1)
            return [.groupsFormed(step: id, seed: next, groups: GroupMaking.groups(for: s, seed: next, in: session))]
        case .move(let id, let typed, let target):
            let s = try step(id)
            let f = try formed(s)
            let name = try resolve(typed)
            guard target >= 1, target <= f.groups.count else {
                throw .noSuchGroup(step: id, group: target, groups: f.groups.count)
            }
            guard let from = f.group(of: name) else { throw .people(.personNotHere(name)) }
            guard from != target else { throw .people(.alreadyInGroup(name: name, group: target)) }
            for g in [from, target] where f.locked.contains(g) { throw .people(.groupLocked(g)) }
            let left = GroupUpkeep.removing(name, from: f.groups[from - 1], step: s, session: session)
            var joined = f.groups[target - 1]
            let held = Set(joined.compactMap(\.role))
            joined.append(GroupMember(name: name, role: s.roles.map(\.name).first { !held.contains($0) }))
            return [
                .groupChanged(step: id, group: from, members: left),
                .groupChanged(step: id, group: target, members: joined),
            ]
        case .swap(let id, let typedA, let typedB):
            let s = try step(id)
            let f = try formed(s)
            let a = try resolve(typedA), b = try resolve(typedB)
            guard let ga = f.group(of: a) else { throw .people(.personNotHere(a)) }
            guard let gb = f.group(of: b) else { throw .people(.personNotHere(b)) }
            guard ga != gb else { throw .people(.sameGroup(a, b)) }
            for g in [ga, gb] where f.locked.contains(g) { throw .people(.groupLocked(g)) }
            // Each takes the other's place, role and all: the groups keep their roles.
            let first = f.groups[ga - 1].map { $0.name == a ? GroupMember(name: b, role: $0.role) : $0 }
            let second = f.groups[gb - 1].map { $0.name == b ? GroupMember(name: a, role: $0.role) : $0 }
            // The second person leaves first: nobody stands in two groups between the changes.
            return [
                .groupChanged(step: id, group: gb, members: f.groups[gb - 1].filter { $0.name != b }),
                .groupChanged(step: id, group: ga, members: first), .groupChanged(step: id, group: gb, members: second),
            ]
        case .lock(let id, let group, let locked):
            _ = try formed(try step(id))
            return [.groupLocked(step: id, group: group, locked: locked)]
        case .item(let id, let group, let note):
            _ = try step(id)
            return [.groupItemSet(step: id, group: group, note: note)]
        }
    }
}

/// The groups a formation gives: kept from an earlier step (`groupsFrom`), or dealt anew around the
/// locked groups; then the roles handed out.
public enum GroupMaking {
    public static func groups(for step: Step, seed: Int, in session: Session) -> [[GroupMember]] {
        let roster = Roster(plan: session.plan, state: session.state)
        let here = roster.here(for: step)
        let hereNames = Set(here.map(\.name))
        var names: [[String]]
        if let source = step.groupsFrom.flatMap(session.plan.step),
            let kept = session.state.groups(of: source, plan: session.plan)
        {
            names = kept.groups.map { $0.map(\.name).filter(hereNames.contains) }
            var placed = Set(names.joined())
            var working = StepGroups(seed: seed, groups: names.map { $0.map { GroupMember(name: $0) } })
            for person in here where !placed.contains(person.name) {
                let (group, members) = GroupUpkeep.placing(
                    person, in: working, step: source, roster: roster, session: session)
                working.groups[group - 1] = members.map { GroupMember(name: $0.name) }
                placed.insert(person.name)
            }
            names = working.groups.map { $0.map(\.name) }
        } else {
            let previous = session.state.people.groups[step.id]
            let count = GroupFormation.count(people: here.count, step: step)
            var kept: [Int: [String]] = [:]
            for number in previous?.locked ?? [] where number <= count {
                kept[number] = previous!.groups[number - 1].map(\.name).filter(hereNames.contains)
            }
            let keptNames = Set(kept.values.joined())
            let open = (1...max(count, 1)).filter { kept[$0] == nil && count > 0 }
            let dealt = GroupFormation.deal(
                here.filter { !keptNames.contains($0.name) }, into: open.count,
                mixBy: step.mixBy, seed: seed)
            names = (0..<count).map { _ in [] }
            for (number, members) in kept { names[number - 1] = members }
            for (i, number) in open.enumerated() where i < dealt.count { names[number - 1] = dealt[i].map(\.name) }
        }
        let rotation = RoleRotation(before: step, in: session)
        let roles = step.roles.map(\.name)
        // Members in seeded order, so the roles do not follow the dealing (by site); role holders first.
        return names.enumerated().map { index, members in
            let assigned = rotation.assign(
                members.seededShuffle(seed &+ 1000 &+ index), roles: roles, pinned: step.pinnedRoles)
            return assigned.enumerated().sorted {
                let a = $0.element.role.flatMap(roles.firstIndex) ?? roles.count,
                    b = $1.element.role.flatMap(roles.firstIndex) ?? roles.count
                return a != b ? a < b : $0.offset < $1.offset
            }.map(\.element)
        }
    }
}
