/// The smallest change to formed groups when one person comes or goes: a newcomer joins the
/// smallest open group (the one with fewest of their kind when several are), taking a role nobody
/// in it holds; a leaver is taken out and their role passes to someone in the group without one.
/// Never a reshuffle.
public enum GroupUpkeep {
    /// The group changes on every step whose groups are formed and not done, after `name`'s
    /// attendance became `attendance`. `guest`: a person not in the session yet.
    public static func changes(
        for name: String, attendance: Attendance, in session: Session,
        guest: Participant? = nil
    ) -> [Change] {
        let roster = Roster(plan: session.plan, state: session.state)
        guard let person = guest ?? roster.person(name) else { return [] }
        var changes: [Change] = []
        for step in session.plan.steps {
            guard let formed = session.state.people.groups[step.id],
                session.state.progress(step.id).status != .done
            else { continue }
            let belongs = attendance.isHere(at: step.start)
            if belongs, formed.group(of: name) == nil {
                let (group, members) = placing(person, in: formed, step: step, roster: roster, session: session)
                changes.append(.groupChanged(step: step.id, group: group, members: members))
            } else if !belongs, let group = formed.group(of: name) {
                let members = removing(name, from: formed.groups[group - 1], step: step, session: session)
                changes.append(.groupChanged(step: step.id, group: group, members: members))
            }
        }
        return changes
    }

    /// Where a newcomer goes and the members of that group with them.
    static func placing(
        _ person: Participant, in formed: StepGroups, step: Step, roster: Roster,
        session: Session, avoiding: Int? = nil
    ) -> (group: Int, members: [GroupMember]) {
        let field = step.mixBy ?? session.plan.step(step.groupsFrom ?? step.id)?.mixBy
        let open = formed.groups.indices.map { $0 + 1 }.filter { !formed.locked.contains($0) && $0 != avoiding }
        let candidates = open.isEmpty ? formed.groups.indices.map { $0 + 1 } : open
        func alike(_ group: Int) -> Int {
            guard let field else { return 0 }
            let value = person.value(of: field)
            return formed.groups[group - 1].filter { roster.person($0.name)?.value(of: field) == value }.count
        }
        let group =
            candidates.min {
                let a = (formed.groups[$0 - 1].count, alike($0), $0), b = (formed.groups[$1 - 1].count, alike($1), $1)
                return a < b
            } ?? 1
        var members = formed.groups.isEmpty ? [] : formed.groups[group - 1]
        let held = Set(members.compactMap(\.role))
        let vacant = step.roles.map(\.name).first { !held.contains($0) }
        members.append(GroupMember(name: person.name, role: vacant))
        return (group, members)
    }

    /// A group without `name`; a role they held goes to the member without a role who has held it least.
    static func removing(_ name: String, from members: [GroupMember], step: Step, session: Session) -> [GroupMember] {
        var rest = members.filter { $0.name != name }
        guard let role = members.first(where: { $0.name == name })?.role else { return rest }
        let history = RoleRotation(before: step, in: session)
        let free = rest.indices.filter { rest[$0].role == nil }
        if let pick = free.min(by: { history.cost(rest[$0].name, role) < history.cost(rest[$1].name, role) }) {
            rest[pick].role = role
        }
        return rest
    }
}
