// The minutes of an agenda meeting: the minute-taker's pane, the console's list, the room's board.
extension TextKey {
    /// Minute-taker's pane header, the room's minutes board and the console's minutes list.
    public static var minutesHeader: TextKey { TextKey() }
    /// Minute-taker's pane before the meeting starts.
    public static var minutesWaiting: TextKey { TextKey() }
    /// Minute-taker's pane before the meeting starts: how to write on an item anyway.
    public static var minutesPickWithPage: TextKey { TextKey() }
    /// A minutes record's kind, as a label before its text.
    public static var recordKindNote: TextKey { TextKey() }
    /// A minutes record's kind, as a label before its text.
    public static var recordKindDecision: TextKey { TextKey() }
    /// A minutes record's kind, as a label before its text.
    public static var recordKindAction: TextKey { TextKey() }
    /// Minute-taker's editor title for a new record of that kind.
    public static var minutesNewNote: TextKey { TextKey() }
    /// Minute-taker's editor title for a new record of that kind.
    public static var minutesNewDecision: TextKey { TextKey() }
    /// Minute-taker's editor title for a new record of that kind.
    public static var minutesNewAction: TextKey { TextKey() }
    /// Minute-taker's editor title while a record of that kind is changed.
    public static var minutesEditingNote: TextKey { TextKey() }
    /// Minute-taker's editor title while a record of that kind is changed.
    public static var minutesEditingDecision: TextKey { TextKey() }
    /// Minute-taker's editor title while a record of that kind is changed.
    public static var minutesEditingAction: TextKey { TextKey() }
    /// Minute-taker's editor title: how to switch kind.
    public static var minutesKindHint: TextKey { TextKey() }
    /// Minute-taker's editor: the label of an action's owner field.
    public static var minutesOwner: TextKey { TextKey() }
    /// Minute-taker's editor: the label of an action's due date field.
    public static var minutesDue: TextKey { TextKey() }
    /// Minute-taker's editor: what the empty due date field wants.
    public static var minutesDueHint: TextKey { TextKey() }
    /// Minute-taker's editor: what the empty owner field offers.
    public static var minutesOwnerHint: TextKey { TextKey() }
    /// Minute-taker's pane: the heading over the item's records. {count}: how many.
    public static var minutesRecords: TextKey { TextKey() }
    /// Minute-taker's pane: an item with no records.
    public static var minutesNoRecordsYet: TextKey { TextKey() }
    /// Minute-taker's pane: who is responsible for the item.
    public static var minutesResponsible: TextKey { TextKey() }
    /// Minute-taker's pane writing on another item than the one under way. {item}: the item under way.
    public static var minutesMeetingIsAt: TextKey { TextKey() }
    /// Minute-taker's pane writing on an item before the meeting starts.
    public static var minutesMeetingNotStarted: TextKey { TextKey() }
    /// Minute-taker's pane in a round: who has the word.
    public static var minutesSpeaking: TextKey { TextKey() }
    /// Minute-taker's pane in a round: nobody has the word.
    public static var minutesNobodySpeaking: TextKey { TextKey() }
    /// Minute-taker's pane in a status round: the heading the next note goes under.
    public static var minutesHeading: TextKey { TextKey() }
    /// Minute-taker's pane in a status round: no heading chosen.
    public static var minutesNoHeading: TextKey { TextKey() }
    /// Minute-taker's pane in a status round: the key that switches heading.
    public static var minutesHeadingHint: TextKey { TextKey() }
    /// Minute-taker's message after a save.
    public static var minutesSavedNote: TextKey { TextKey() }
    /// Minute-taker's message after a save.
    public static var minutesSavedDecision: TextKey { TextKey() }
    /// Minute-taker's message after a save.
    public static var minutesSavedAction: TextKey { TextKey() }
    /// Minute-taker's message after an edit is saved.
    public static var minutesChanged: TextKey { TextKey() }
    /// Minute-taker's message after a delete.
    public static var minutesDeleted: TextKey { TextKey() }
    /// Minute-taker's warning: Enter on an empty text.
    public static var minutesEmpty: TextKey { TextKey() }
    /// Minute-taker's warning. {count}: the text's characters; {limit}: the most allowed.
    public static var minutesTooLong: TextKey { TextKey() }
    /// Minute-taker's warning: an action with no owner.
    public static var minutesNeedsOwner: TextKey { TextKey() }
    /// Minute-taker's warning. {text}: the due date as typed.
    public static var minutesBadDue: TextKey { TextKey() }
    /// Minute-taker's warning: edit or delete with nothing selected.
    public static var minutesNothingSelected: TextKey { TextKey() }
    /// Minute-taker's warning: a save before the meeting starts.
    public static var minutesNoItem: TextKey { TextKey() }
    /// Minute-taker's warning: F3 on an item without headings.
    public static var minutesNoHeadings: TextKey { TextKey() }
    /// Minute-taker's message: Tab in the owner field finds no participant.
    public static var minutesNoCompletion: TextKey { TextKey() }
    /// Minute-taker's warning: quitting with unsaved text.
    public static var minutesConfirmQuit: TextKey { TextKey() }
    /// Minute-taker's warning: the record being edited was removed.
    public static var minutesRecordRemoved: TextKey { TextKey() }
    /// Minute-taker's warning: Tab while a record is edited.
    public static var minutesKeepsKind: TextKey { TextKey() }
    /// Console message after m puts the minutes on the projector.
    public static var minutesOnProjector: TextKey { TextKey() }
    /// Console message after m takes the minutes off the projector.
    public static var minutesOffProjector: TextKey { TextKey() }
    /// Console's minutes list: they are on the projector.
    public static var minutesShownOnProjector: TextKey { TextKey() }
    /// Projector's minutes board: the heading over the item's decisions.
    public static var minutesDecisions: TextKey { TextKey() }
    /// Projector's minutes board: the heading over the item's actions.
    public static var minutesActions: TextKey { TextKey() }
    /// Projector's minutes board: the heading over the item's notes.
    public static var minutesNotes: TextKey { TextKey() }
    /// Projector's minutes board of an item with no decisions or actions.
    public static var minutesNothingYet: TextKey { TextKey() }
    /// Stage of a status round before anyone speaks: the headings every unit reports on.
    public static var minutesReportOn: TextKey { TextKey() }
    /// Minute-taker's key help: Enter saves.
    public static var minutesKeySave: TextKey { TextKey() }
    /// Minute-taker's key help: Enter goes on to an action's next field.
    public static var minutesKeyNextField: TextKey { TextKey() }
    /// Minute-taker's key help: Tab switches kind.
    public static var minutesKeySwitchKind: TextKey { TextKey() }
    /// Minute-taker's key help: Tab completes the owner's name.
    public static var minutesKeyComplete: TextKey { TextKey() }
    /// Minute-taker's key help: Esc goes back from an action's field to its text.
    public static var minutesKeyBack: TextKey { TextKey() }
    /// Minute-taker's key help: Esc in the text.
    public static var minutesKeyCancel: TextKey { TextKey() }
    /// Minute-taker's key help: Shift-Tab.
    public static var minutesKeyPreviousKind: TextKey { TextKey() }
    /// Minute-taker's key help: arrows.
    public static var minutesKeySelect: TextKey { TextKey() }
    /// Minute-taker's key help.
    public static var minutesKeyEdit: TextKey { TextKey() }
    /// Minute-taker's key help.
    public static var minutesKeyDelete: TextKey { TextKey() }
    /// Minute-taker's key help: PgUp/PgDn.
    public static var minutesKeyItem: TextKey { TextKey() }
    /// Minute-taker's key help: F3.
    public static var minutesKeyHeading: TextKey { TextKey() }
    /// Console key help: m.
    public static var minutesKeyProjector: TextKey { TextKey() }
}
