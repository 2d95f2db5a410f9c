/// Why a change of attendance, groups, items or a round was refused.
public enum PeopleRefusal: Error, Equatable, Sendable {
    case unknownPerson(String, suggestion: String?)
    case emptyName
    case nameTaken(String)
    case attendanceUnchanged(String)
    case notGrouped(StepID)
    case groupsNotFormed(StepID)
    case personNotHere(String)
    case personTwice(String)
    case personMissing(String)
    case unknownRole(step: StepID, role: String)
    case roleTwice(group: Int, role: String)
    case lockUnchanged(group: Int, locked: Bool)
    case groupLocked(Int)
    case alreadyInGroup(name: String, group: Int)
    case sameGroup(String, String)
    case notACheckin(StepID)
    case roundNotStarted(StepID)
    case notSpeaking(String)
    case nobodySpeaking(StepID)
    /// Everyone here has spoken and the round is over: nobody left to call.
    case nobodyToCall(StepID)

    public func message(_ language: Language, names: RefusalNames = .ids) -> String {
        words(names).text(language)
    }

    /// The reason as a catalogue text (the Refusals area); steps named as `names` says.
    public func words(_ names: RefusalNames = .ids) -> Localized {
        func step(_ id: StepID) -> String { names.step(id) }
        switch self {
        case .unknownPerson(let name, let suggestion):
            guard let suggestion else { return Localized(.refuseUnknownPerson, ["name": name]) }
            return Localized(.refuseUnknownPersonSuggestion, ["name": name, "suggestion": suggestion])
        case .emptyName: return Localized(.refuseEmptyName)
        case .nameTaken(let name): return Localized(.refuseNameTaken, ["name": name])
        case .attendanceUnchanged(let name): return Localized(.refuseAttendanceUnchanged, ["name": name])
        case .notGrouped(let s): return Localized(.refuseNotGrouped, ["step": step(s)])
        case .groupsNotFormed(let s): return Localized(.refuseGroupsNotFormed, ["step": step(s)])
        case .personNotHere(let name): return Localized(.refusePersonNotHere, ["name": name])
        case .personTwice(let name): return Localized(.refusePersonTwice, ["name": name])
        case .personMissing(let name): return Localized(.refusePersonMissing, ["name": name])
        case .unknownRole(let s, let role): return Localized(.refuseUnknownRole, ["step": step(s), "role": role])
        case .roleTwice(let group, let role): return Localized(.refuseRoleTwice, ["group": group, "role": role])
        case .lockUnchanged(let group, let locked):
            return Localized(locked ? .refuseGroupAlreadyLocked : .refuseGroupAlreadyUnlocked, ["group": group])
        case .groupLocked(let group): return Localized(.refuseGroupLocked, ["group": group])
        case .alreadyInGroup(let name, let group):
            return Localized(.refuseAlreadyInGroup, ["name": name, "group": group])
        case .sameGroup(let a, let b): return Localized(.refuseSameGroup, ["name": a, "other": b])
        case .notACheckin(let s): return Localized(.refuseNotACheckin, ["step": step(s)])
        case .roundNotStarted(let s): return Localized(.refuseRoundNotStarted, ["step": step(s)])
        case .notSpeaking(let name): return Localized(.refuseNotSpeaking, ["name": name])
        case .nobodySpeaking(let s): return Localized(.refuseNobodySpeaking, ["step": step(s)])
        case .nobodyToCall(let s): return Localized(.refuseNobodyToCall, ["step": step(s)])
        }
    }
}
