import LagomCore

/// The texts of the minute-taker's pane and of the minutes wherever a screen shows them, from the
/// catalogue (`TextKey+Minutes`): typed functions keep the arguments' names in one place.
enum MinutesStrings {
    static let header = Localized(.minutesHeader)
    static let waiting = Localized(.minutesWaiting)
    static let pickWithPage = Localized(.minutesPickWithPage)

    /// "Beslut", "Åtgärd", "Anteckning": the record's kind as a label.
    static func kind(_ kind: RecordKind) -> Localized {
        switch kind {
        case .note: Localized(.recordKindNote)
        case .decision: Localized(.recordKindDecision)
        case .action: Localized(.recordKindAction)
        }
    }
    /// The editor's title: "Nytt beslut".
    static func new(_ kind: RecordKind) -> Localized {
        switch kind {
        case .note: Localized(.minutesNewNote)
        case .decision: Localized(.minutesNewDecision)
        case .action: Localized(.minutesNewAction)
        }
    }
    static func editing(_ kind: RecordKind) -> Localized {
        switch kind {
        case .note: Localized(.minutesEditingNote)
        case .decision: Localized(.minutesEditingDecision)
        case .action: Localized(.minutesEditingAction)
        }
    }
    static let kindHint = Localized(.minutesKindHint)
    static let owner = Localized(.minutesOwner)
    static let due = Localized(.minutesDue)
    static let dueHint = Localized(.minutesDueHint)
    static let ownerHint = Localized(.minutesOwnerHint)
    static func records(_ count: Int) -> Localized { Localized(.minutesRecords, ["count": count]) }
    static let noRecordsYet = Localized(.minutesNoRecordsYet)
    static let responsible = Localized(.minutesResponsible)
    static func meetingIsAt(_ item: String) -> Localized { Localized(.minutesMeetingIsAt, ["item": item]) }
    static let meetingNotStarted = Localized(.minutesMeetingNotStarted)
    static let speaking = Localized(.minutesSpeaking)
    static let nobodySpeaking = Localized(.minutesNobodySpeaking)
    static let heading = Localized(.minutesHeading)
    static let noHeading = Localized(.minutesNoHeading)
    static let headingHint = Localized(.minutesHeadingHint)

    // Messages
    static func saved(_ kind: RecordKind) -> Localized {
        switch kind {
        case .note: Localized(.minutesSavedNote)
        case .decision: Localized(.minutesSavedDecision)
        case .action: Localized(.minutesSavedAction)
        }
    }
    static let changed = Localized(.minutesChanged)
    static let deleted = Localized(.minutesDeleted)
    static let empty = Localized(.minutesEmpty)
    static func tooLong(_ count: Int) -> Localized {
        Localized(.minutesTooLong, ["count": count, "limit": RecordEntry.textLimit])
    }
    static let needsOwner = Localized(.minutesNeedsOwner)
    static func badDue(_ text: String) -> Localized { Localized(.minutesBadDue, ["text": text]) }
    static let nothingSelected = Localized(.minutesNothingSelected)
    static let noItem = Localized(.minutesNoItem)
    static let noHeadings = Localized(.minutesNoHeadings)
    static let noCompletion = Localized(.minutesNoCompletion)
    static let confirmQuit = Localized(.minutesConfirmQuit)
    static let recordRemoved = Localized(.minutesRecordRemoved)
    static let keepsKind = Localized(.minutesKeepsKind)

    // The minutes where the room sees them
    static func onProjector(_ shown: Bool) -> Localized {
        shown ? Localized(.minutesOnProjector) : Localized(.minutesOffProjector)
    }
    static let shownOnProjector = Localized(.minutesShownOnProjector)
    static let decisions = Localized(.minutesDecisions)
    static let actions = Localized(.minutesActions)
    static let notes = Localized(.minutesNotes)
    static let nothingYet = Localized(.minutesNothingYet)
    static let reportOn = Localized(.minutesReportOn)
}
