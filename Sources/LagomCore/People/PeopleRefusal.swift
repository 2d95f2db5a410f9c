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

    public func message(_ language: Language) -> String {
        let sv = language == .sv
        switch self {
        case .unknownPerson(let name, let suggestion):
            let hint = suggestion.map { sv ? " (menar du \"\($0)\"?)" : " (did you mean \"\($0)\"?)" } ?? ""
            return sv
                ? "\"\(name)\" finns inte bland deltagarna\(hint)" : "\"\(name)\" is not one of the participants\(hint)"
        case .emptyName:
            return sv ? "namnet är tomt" : "the name is empty"
        case .nameTaken(let name):
            return sv ? "\"\(name)\" finns redan bland deltagarna" : "\"\(name)\" is already a participant"
        case .attendanceUnchanged(let name):
            return sv ? "\(name) är redan markerad så" : "\(name) is already marked so"
        case .notGrouped(let s):
            return sv ? "steget \"\(s)\" har inga grupper" : "step \"\(s)\" has no groups"
        case .groupsNotFormed(let s):
            return sv
                ? "grupperna för \"\(s)\" är inte bildade (lagom groups form)"
                : "the groups of \"\(s)\" are not formed (lagom groups form)"
        case .personNotHere(let name):
            return sv ? "\(name) är inte här" : "\(name) is not here"
        case .personTwice(let name):
            return sv ? "\(name) står i två grupper" : "\(name) is in two groups"
        case .personMissing(let name):
            return sv ? "\(name) är här men i ingen grupp" : "\(name) is here but in no group"
        case .unknownRole(let s, let role):
            return sv ? "steget \"\(s)\" har ingen roll \"\(role)\"" : "step \"\(s)\" has no role \"\(role)\""
        case .roleTwice(let group, let role):
            return sv ? "grupp \(group) har två med rollen \(role)" : "group \(group) has two with the role \(role)"
        case .lockUnchanged(let group, let locked):
            return sv
                ? "grupp \(group) är redan \(locked ? "låst" : "olåst")"
                : "group \(group) is already \(locked ? "locked" : "unlocked")"
        case .groupLocked(let group):
            return sv ? "grupp \(group) är låst; lås upp den först" : "group \(group) is locked; unlock it first"
        case .alreadyInGroup(let name, let group):
            return sv ? "\(name) är redan i grupp \(group)" : "\(name) is already in group \(group)"
        case .sameGroup(let a, let b):
            return sv ? "\(a) och \(b) är i samma grupp" : "\(a) and \(b) are in the same group"
        case .notACheckin(let s):
            return sv ? "steget \"\(s)\" är ingen incheckning" : "step \"\(s)\" is not a check-in"
        case .roundNotStarted(let s):
            return sv ? "rundan i \"\(s)\" har inte börjat" : "the round of \"\(s)\" has not begun"
        case .notSpeaking(let name):
            return sv ? "\(name) har inte ordet" : "\(name) does not have the word"
        case .nobodySpeaking(let s):
            return sv ? "ingen har ordet i \"\(s)\"" : "nobody has the word in \"\(s)\""
        case .nobodyToCall(let s):
            return sv
                ? "rundan i \"\(s)\" är klar: alla här har talat"
                : "the round of \"\(s)\" is over: everyone here has spoken"
        }
    }
}
