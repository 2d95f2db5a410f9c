import LagomCore

extension ScreenMessages {
    /// What an undo of a people change took back, for the screens.
    static func describePeople(_ change: Change, plan: Plan, state: SessionState) -> Localized {
        func step(_ id: StepID) -> String { quoted(plan.step(id)?.title ?? id.rawValue) }
        switch change {
        case .attendanceMarked(let name, _):
            return Localized(sv: "närvaro för \(quoted(name))", en: "attendance of \(quoted(name))")
        case .guestAdded(let name, _):
            return Localized(sv: "gäst \(quoted(name)) tillagd", en: "guest \(quoted(name)) added")
        case .groupsFormed(let s, _, _):
            return Localized(sv: "grupperna i \(step(s)) bildade", en: "the groups of \(step(s)) formed")
        case .groupChanged(_, let group, _):
            return Localized(sv: "ändring i grupp \(group)", en: "change in group \(group)")
        case .groupLocked(_, let group, let locked):
            return Localized(sv: "grupp \(group) \(locked ? "låst" : "upplåst")", en: "group \(group) \(locked ? "locked" : "unlocked")")
        case .groupItemSet(_, let group, _):
            return Localized(sv: "uppgift till grupp \(group)", en: "item of group \(group)")
        case .roundOrdered(let s, _, _):
            return Localized(sv: "rundan i \(step(s)) omstartad", en: "the round of \(step(s)) restarted")
        case .speakerCalled(_, let name):
            guard let name else { return Localized(sv: "rundan avslutad", en: "round ended") }
            return Localized(sv: "ordet till \(quoted(name))", en: "the word to \(quoted(name))")
        case .speakerPassed(_, let name):
            return Localized(sv: "\(quoted(name)) stod över", en: "\(quoted(name)) passed")
        default:
            return Localized(sv: change.name, en: change.name)
        }
    }
}
