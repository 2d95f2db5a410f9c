/// What the facilitator asks about one person's attendance, from the console or the command line.
/// The changes are computed from the freshest state: the attendance itself, and the smallest change
/// to every step's groups that are formed and not done (a late arrival placed, a leaver taken out).
public enum AttendanceAction: Equatable, Sendable {
    case mark(person: String, Attendance.Mark)
    /// A guest joins, present; `site` is where they come from (mixing treats it as any other).
    case addGuest(name: String, site: String)

    public func changes(in session: Session) throws(Refusal) -> [Change] {
        let roster = Roster(plan: session.plan, state: session.state)
        switch self {
        case .mark(let typed, let mark):
            let person: Participant
            do { person = try roster.resolve(typed) } catch { throw .people(error) }
            let before = roster.attendance(of: person.name)
            let after = before.applying(mark)
            guard after != before else { throw .people(.attendanceUnchanged(person.name)) }
            var changes: [Change] = [.attendanceMarked(person: person.name, attendance: after)]
            changes += GroupUpkeep.changes(for: person.name, attendance: after, in: session)
            return changes
        case .addGuest(let typed, let site):
            let name = String(typed.trimmingWhitespace)
            guard !name.isEmpty else { throw .people(.emptyName) }
            guard roster.person(name) == nil else { throw .people(.nameTaken(name)) }
            let guest = Participant(name: name, site: site)
            var changes: [Change] = [.guestAdded(person: name, site: site)]
            changes += GroupUpkeep.changes(for: guest.name, attendance: .present, in: session, guest: guest)
            return changes
        }
    }
}
