extension TextKey {
    /// Secretary's pane. {group}: group
    public static var secHeader: TextKey { TextKey() }
    /// Secretary's pane
    public static var secWaiting: TextKey { TextKey() }
    /// Secretary's pane
    public static var secWaitingWhy: TextKey { TextKey() }
    /// Secretary's pane
    public static var secNoStep: TextKey { TextKey() }
    /// Secretary's pane. {title}: title
    public static var secNow: TextKey { TextKey() }
    /// Secretary's pane. {groups}: groups, {group}: group
    public static var secNotInStep: TextKey { TextKey() }
    /// Secretary's pane
    public static var secNewNote: TextKey { TextKey() }
    /// Secretary's pane, over the text box while a note is edited. {note}: its text, quoted.
    public static var secEditingNote: TextKey { TextKey() }
    /// Secretary's pane
    public static var secList: TextKey { TextKey() }
    /// Secretary's pane. {n}: n
    public static var secGroupNotes: TextKey { TextKey() }
    /// Secretary's pane
    public static var secNoNotesYet: TextKey { TextKey() }
    /// Secretary's pane
    public static var secSaved: TextKey { TextKey() }
    /// Secretary's pane. {n}: n
    public static var secSavedMany: TextKey { TextKey() }
    /// Secretary's pane
    public static var secEdited: TextKey { TextKey() }
    /// Secretary's pane
    public static var secDeleted: TextKey { TextKey() }
    /// Secretary's pane
    public static var secEmpty: TextKey { TextKey() }
    /// Secretary's pane
    public static var secNothingSelected: TextKey { TextKey() }
    /// Secretary's pane. {n}: n, {limit}: limit
    public static var secTooLong: TextKey { TextKey() }
    /// Secretary's pane
    public static var secPasteOnePerLine: TextKey { TextKey() }
    /// Secretary's pane
    public static var secPasteAsOne: TextKey { TextKey() }
    /// Secretary's pane
    public static var secSilent: TextKey { TextKey() }
    /// Secretary's pane
    public static var secRevealed: TextKey { TextKey() }
    /// Secretary's pane
    public static var secMarkedDone: TextKey { TextKey() }
    /// Secretary's pane
    public static var secNotDoneYet: TextKey { TextKey() }
    /// Secretary's pane. {group}: group
    public static var secListenGroup: TextKey { TextKey() }
    /// Secretary's pane
    public static var secRelayNotStarted: TextKey { TextKey() }
    /// Secretary's pane
    public static var secRelayEnded: TextKey { TextKey() }
    /// Secretary's pane. {n}: n
    public static var secOthersSaid: TextKey { TextKey() }
    /// Secretary's pane
    public static var secOtherNoteByFacilitator: TextKey { TextKey() }
    /// Secretary's pane. {group}: group
    public static var secOtherNoteByGroup: TextKey { TextKey() }
    /// Secretary's pane. {text}: text
    public static var secSimilar: TextKey { TextKey() }
    /// Secretary's pane. {group}: group, {text}: text
    public static var secSimilarToGroup: TextKey { TextKey() }
    /// Secretary's pane
    public static var secRoles: TextKey { TextKey() }
    /// Secretary's pane
    public static var secSaving: TextKey { TextKey() }
    /// Secretary's pane. {list}: list, {position}: position, {count}: count, {text}: text
    public static var secUnderParent: TextKey { TextKey() }
    /// Secretary's pane. {list}: list
    public static var secNoParentYet: TextKey { TextKey() }
    /// Secretary's pane. {list}: list, {text}: text
    public static var secUnderParentOnly: TextKey { TextKey() }
    /// Secretary's pane
    public static var secWithoutParent: TextKey { TextKey() }
    /// Secretary's pane. {text}: text
    public static var secMovedUnder: TextKey { TextKey() }
    /// Secretary's pane
    public static var secUnsavedOnQuit: TextKey { TextKey() }
    /// Secretary's pane
    public static var secDraftBack: TextKey { TextKey() }
    /// Secretary's pane. {text}: text
    public static var secDraftWaits: TextKey { TextKey() }
    /// Secretary's pane
    public static var secNothingToWriteIn: TextKey { TextKey() }
    /// Secretary's pane
    public static var secEditedNoteRemoved: TextKey { TextKey() }
    /// Secretary's pane
    public static var secRemovedNoteSavedAsNew: TextKey { TextKey() }
    /// Secretary's pane. {line}: line
    public static var secPasteLineRefused: TextKey { TextKey() }
    /// Secretary's pane
    public static var secPasteTitle: TextKey { TextKey() }
    /// Secretary's pane on a vattentrappa, after Ni har ordet. {left}: the turn's time left, 02:30.
    public static var secTurnLeft: TextKey { TextKey() }
    /// Secretary's pane on a vattentrappa, after Ni har ordet. {over}: how far over, 00:30.
    public static var secTurnOverTime: TextKey { TextKey() }
    /// Secretary's pane: the group's turn on a vattentrappa, no clock.
    public static var secYouHaveTheWord: TextKey { TextKey() }
    /// Secretary's pane: the group's turn, paused, no clock.
    public static var secYouHaveTheWordPaused: TextKey { TextKey() }
    /// Secretary's message when a pasted line cannot be saved. {problem}: why; {kept}: the paste is kept.
    public static var secProblemAndPasteKept: TextKey { TextKey() }
    /// Secretary's pane: the group's turn. {time}: left or over time.
    public static var secYouHaveTheWordTimed: TextKey { TextKey() }
    /// Secretary's pane: the group's turn, paused. {time}: left or over time.
    public static var secYouHaveTheWordTimedPaused: TextKey { TextKey() }
}
