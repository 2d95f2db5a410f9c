extension Refusal {
    /// The messages of the meeting's record.
    func minutesMessage(sv: Bool) -> String {
        switch self {
        case .duplicateRecord(let r): return sv ? "posten \(r) finns redan" : "record \(r) already exists"
        case .unknownRecord(let r): return sv ? "det finns ingen post \(r)" : "there is no record \(r)"
        case .recordKindChanged(let r, let kind):
            return sv
                ? "posten \(r) är \(kind.swedish) och förblir det" : "record \(r) is a \(kind.rawValue) and stays one"
        case .emptyRecord(let kind):
            return sv ? "\(kind.swedish) behöver en text" : "the \(kind.rawValue) needs a text"
        case .actionNeedsOwner:
            return sv ? "en åtgärd behöver en ansvarig (--owner NAMN)" : "an action needs an owner (--owner NAME)"
        case .badDueDate(let due):
            return sv
                ? "förväntade ett datum som 2024-12-03, fick \"\(due)\""
                : "expected a date like 2024-12-03, found \"\(due)\""
        case .unknownHeading(let s, let heading, let headings):
            let names = headings.map { "\"\($0)\"" }.joined(separator: ", ")
            if headings.isEmpty {
                return sv ? "steget \"\(s)\" har inga rubriker" : "step \"\(s)\" has no headings"
            }
            return sv
                ? "steget \"\(s)\" har ingen rubrik \"\(heading)\" (rubriker: \(names))"
                : "step \"\(s)\" has no heading \"\(heading)\" (headings: \(names))"
        case .notAnAction(let r): return sv ? "posten \(r) är ingen åtgärd" : "record \(r) is not an action"
        case .actionDoneUnchanged(let r, let done):
            return sv
                ? "åtgärden \(r) är redan \(done ? "klar" : "öppen")"
                : "action \(r) is already \(done ? "done" : "open")"
        case .minutesShownUnchanged(let visible):
            return sv
                ? "protokollet är redan \(visible ? "på" : "av") projektorn"
                : "the minutes are already \(visible ? "on" : "off") the projector"
        default:
            return description
        }
    }
}

extension RecordKind {
    public var swedish: String {
        switch self {
        case .note: "anteckning"
        case .decision: "beslut"
        case .action: "åtgärd"
        }
    }
}
