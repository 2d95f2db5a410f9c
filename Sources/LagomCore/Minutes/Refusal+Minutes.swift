extension Refusal {
    /// The words of the meeting's record's refusals (records by id: only the command line names them).
    func minutesWords(_ names: RefusalNames) -> Localized {
        switch self {
        case .duplicateRecord(let r): return Localized(.refuseDuplicateRecord, ["record": r.rawValue])
        case .unknownRecord(let r): return Localized(.refuseUnknownRecord, ["record": r.rawValue])
        case .recordKindChanged(let r, let kind):
            switch kind {
            case .note: return Localized(.refuseStaysNote, ["record": r.rawValue])
            case .decision: return Localized(.refuseStaysDecision, ["record": r.rawValue])
            case .action: return Localized(.refuseStaysAction, ["record": r.rawValue])
            }
        case .emptyRecord(let kind):
            switch kind {
            case .note: return Localized(.refuseEmptyNoteRecord)
            case .decision: return Localized(.refuseEmptyDecision)
            case .action: return Localized(.refuseEmptyAction)
            }
        case .actionNeedsOwner: return Localized(.refuseActionNeedsOwner)
        case .badDueDate(let due): return Localized(.refuseBadDueDate, ["due": due])
        case .unknownHeading(let s, let heading, let headings):
            guard !headings.isEmpty else { return Localized(.refuseNoHeadings, ["step": names.step(s)]) }
            let list = headings.map { "\"\($0)\"" }.joined(separator: ", ")
            return Localized(.refuseUnknownHeading, ["step": names.step(s), "heading": heading, "headings": list])
        case .notAnAction(let r): return Localized(.refuseNotAnAction, ["record": r.rawValue])
        case .actionDoneUnchanged(let r, let done):
            return Localized(done ? .refuseActionAlreadyDone : .refuseActionAlreadyOpen, ["record": r.rawValue])
        case .minutesShownUnchanged(let visible):
            return Localized(visible ? .refuseMinutesAlreadyShown : .refuseMinutesNotShown)
        default:
            return words(names)
        }
    }
}
