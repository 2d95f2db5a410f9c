// What each key does, in the footers and the ? overlay of every screen.
extension TextKey {
    /// Key help of the facilitator's console (footer and ?).
    public static var keyNextStep: TextKey { TextKey() }
    /// Key help of the facilitator's console and the vote console (footer and ?).
    public static var keyPrevious: TextKey { TextKey() }
    /// Key help of the facilitator's console and the timekeeper's pane (footer and ?).
    public static var keyStartPause: TextKey { TextKey() }
    /// Key help of the facilitator's console (footer and ?).
    public static var keyPresent: TextKey { TextKey() }
    /// Key help of the facilitator's console and the theme board and the secretary's pane (footer and ?).
    public static var keyUndo: TextKey { TextKey() }
    /// Key help of the facilitator's console and the theme board and the timekeeper's pane and the secretary's pane (footer and ?).
    public static var keyHelp: TextKey { TextKey() }
    /// Key help of the facilitator's console and the timekeeper's pane and the secretary's pane (footer and ?).
    public static var keyQuit: TextKey { TextKey() }
    /// Key help of the facilitator's console (footer and ?).
    public static var keyMarkStepDone: TextKey { TextKey() }
    /// Key help of the facilitator's console (footer and ?).
    public static var keySelectStepAbove: TextKey { TextKey() }
    /// Key help of the facilitator's console (footer and ?).
    public static var keySelectStepBelow: TextKey { TextKey() }
    /// Key help of the facilitator's console (footer and ?).
    public static var keyGoToSelectedStep: TextKey { TextKey() }
    /// Key help of the facilitator's console (footer and ?).
    public static var keyNextSpeakerOrGroup: TextKey { TextKey() }
    /// Key help of the facilitator's console (footer and ?).
    public static var keyStepTimersPlusOne: TextKey { TextKey() }
    /// Key help of the facilitator's console (footer and ?).
    public static var keyStepTimersPlusFive: TextKey { TextKey() }
    /// Key help of the facilitator's console (footer and ?).
    public static var keyStepTimersMinusOne: TextKey { TextKey() }
    /// Key help of the facilitator's console (footer and ?).
    public static var keyResetStepTimers: TextKey { TextKey() }
    /// Key help of the facilitator's console (footer and ?).
    public static var keyStopStepTimers: TextKey { TextKey() }
    /// Key help of the facilitator's console (footer and ?).
    public static var keyRevealResultsNotes: TextKey { TextKey() }
    /// Key help of the facilitator's console (footer and ?).
    public static var keySortIntoThemes: TextKey { TextKey() }
    /// Key help of the facilitator's console (footer and ?).
    public static var keyCloseHelpPresentMode: TextKey { TextKey() }
    /// Key help of the timekeeper's pane (footer and ?).
    public static var keyPlusOneMinute: TextKey { TextKey() }
    /// Key help of the timekeeper's pane (footer and ?).
    public static var keyPlusFiveMinutes: TextKey { TextKey() }
    /// Key help of the timekeeper's pane (footer and ?).
    public static var keyMinusOneMinute: TextKey { TextKey() }
    /// Key help of the timekeeper's pane (footer and ?).
    public static var keyChooseTimer: TextKey { TextKey() }
    /// Key help of the timekeeper's pane (footer and ?).
    public static var keyStartPlannedLength: TextKey { TextKey() }
    /// Key help of the timekeeper's pane (footer and ?).
    public static var keyStartEveryGroupTimer: TextKey { TextKey() }
    /// Key help of the timekeeper's pane (footer and ?).
    public static var keyResetToPlannedLength: TextKey { TextKey() }
    /// Key help of the timekeeper's pane (footer and ?).
    public static var keyStopTheTimer: TextKey { TextKey() }
    /// Key help of the timekeeper's pane (footer and ?).
    public static var keyUndoMyLastChange: TextKey { TextKey() }
    /// Key help of the timekeeper's pane (footer and ?).
    public static var keyTimerAbove: TextKey { TextKey() }
    /// Key help of the timekeeper's pane (footer and ?).
    public static var keyTimerBelow: TextKey { TextKey() }
    /// Key help of the secretary's pane (footer and ?).
    public static var keySaveTheNote: TextKey { TextKey() }
    /// Key help of the secretary's pane (footer and ?).
    public static var keyChangeParentNote: TextKey { TextKey() }
    /// Key help of the secretary's pane and the vote console (footer and ?).
    public static var keyNextList: TextKey { TextKey() }
    /// Key help of the secretary's pane (footer and ?).
    public static var keyPreviousList: TextKey { TextKey() }
    /// Key help of the secretary's pane (footer and ?).
    public static var keySelectANote: TextKey { TextKey() }
    /// Key help of the secretary's pane (footer and ?).
    public static var keyEditSelected: TextKey { TextKey() }
    /// Key help of the secretary's pane (footer and ?).
    public static var keyDeleteSelected: TextKey { TextKey() }
    /// Key help of the secretary's pane (footer and ?).
    public static var keyDoneNotDone: TextKey { TextKey() }
    /// Key help of the secretary's pane (footer and ?).
    public static var keyNewLineInNote: TextKey { TextKey() }
    /// Key help of the secretary's pane (footer and ?).
    public static var keyPasteMode: TextKey { TextKey() }
    /// Key help of the secretary's pane (footer and ?).
    public static var keyCancelEditSelection: TextKey { TextKey() }
    /// Key help of the vote console (footer and ?).
    public static var keySaveWhichGoOn: TextKey { TextKey() }
    /// Key help of the vote console (footer and ?).
    public static var keyTypePoints: TextKey { TextKey() }
    /// Key help of the vote console (footer and ?).
    public static var keyDigits: TextKey { TextKey() }
    /// Key help of the vote console (footer and ?).
    public static var keySaveThePoints: TextKey { TextKey() }
    /// Key help of the vote console (footer and ?).
    public static var keyDeleteDigit: TextKey { TextKey() }
    /// Key help of the vote console (footer and ?).
    public static var keyOpenTheNamesBallot: TextKey { TextKey() }
    /// Key help of the vote console (footer and ?).
    public static var keyAnonymousBallot: TextKey { TextKey() }
    /// Key help of the vote console (footer and ?).
    public static var keyFindAName: TextKey { TextKey() }
    /// Key help of the vote console (footer and ?).
    public static var keyTypePartOfTheName: TextKey { TextKey() }
    /// Key help of the vote console (footer and ?).
    public static var keyLetters: TextKey { TextKey() }
    /// Key help of the vote console (footer and ?).
    public static var keyNextMatch: TextKey { TextKey() }
    /// Key help of the vote console (footer and ?).
    public static var keyPreviousMatch: TextKey { TextKey() }
    /// Key help of the vote console (footer and ?).
    public static var keyDeleteLetter: TextKey { TextKey() }
    /// Key help of the vote console (footer and ?).
    public static var keyStopFinding: TextKey { TextKey() }
    /// Key help of the vote console (footer and ?).
    public static var keyPlaceADot: TextKey { TextKey() }
    /// Key help of the vote console (footer and ?).
    public static var keyEnterTheVotes: TextKey { TextKey() }
    /// Key help of the vote console (footer and ?).
    public static var keyRemoveADot: TextKey { TextKey() }
    /// Key help of the vote console (footer and ?).
    public static var keyCancelTheBallot: TextKey { TextKey() }
    /// Key help of the vote console (footer and ?).
    public static var keyPickUnpick: TextKey { TextKey() }
    /// Key help of the vote console (footer and ?).
    public static var keySaveThePicks: TextKey { TextKey() }
    /// Key help of the vote console (footer and ?).
    public static var keyCancel: TextKey { TextKey() }
    /// Key help of the vote console (footer and ?).
    public static var keyNextPage: TextKey { TextKey() }
    /// Key help of the vote console (footer and ?).
    public static var keyPreviousPage: TextKey { TextKey() }
    /// Key help of the vote console (footer and ?).
    public static var keyRevealFromBottom: TextKey { TextKey() }
    /// Key help of the vote console (footer and ?).
    public static var keyShowTheNextPlace: TextKey { TextKey() }
    /// Key help of the vote console (footer and ?).
    public static var keyHideAPlaceAgain: TextKey { TextKey() }
    /// Key help of the theme board (footer and ?).
    public static var keyNewTheme: TextKey { TextKey() }
    /// Key help of the theme board (footer and ?).
    public static var keyMarkNote: TextKey { TextKey() }
    /// Key help of the theme board (footer and ?).
    public static var keyMoveIntoTheme: TextKey { TextKey() }
    /// Key help of the theme board (footer and ?).
    public static var keyMergeMarkedIntoThis: TextKey { TextKey() }
    /// Key help of the theme board (footer and ?).
    public static var keySplit: TextKey { TextKey() }
    /// Key help of the theme board (footer and ?).
    public static var keyBack: TextKey { TextKey() }
    /// Key help of the theme board (footer and ?).
    public static var keyRenameTheme: TextKey { TextKey() }
    /// Key help of the theme board (footer and ?).
    public static var keyWriteThemeSummary: TextKey { TextKey() }
    /// Key help of the theme board (footer and ?).
    public static var keyMoveThemeUp: TextKey { TextKey() }
    /// Key help of the theme board (footer and ?).
    public static var keyMoveThemeDown: TextKey { TextKey() }
    /// Key help of the theme board (footer and ?).
    public static var keyEditNoteText: TextKey { TextKey() }
    /// Key help of the theme board (footer and ?).
    public static var keyHideShowNoteOnProjector: TextKey { TextKey() }
    /// Key help of the theme board (footer and ?).
    public static var keyUp: TextKey { TextKey() }
    /// Key help of the theme board (footer and ?).
    public static var keyDown: TextKey { TextKey() }
    /// Key help of every text field (footer and ?).
    public static var keyDeleteCharacterBefore: TextKey { TextKey() }
    /// Key help of every text field (footer and ?).
    public static var keyDeleteCharacterAfter: TextKey { TextKey() }
    /// Key help of every text field (footer and ?).
    public static var keyMoveTheCursor: TextKey { TextKey() }
    /// Key help of every text field (footer and ?).
    public static var keyStartOfLine: TextKey { TextKey() }
    /// Key help of every text field (footer and ?).
    public static var keyEndOfLine: TextKey { TextKey() }
    /// Key help of every text field (footer and ?).
    public static var keyWordLeftRight: TextKey { TextKey() }
    /// Key help of every text field (footer and ?).
    public static var keyDeleteWordBefore: TextKey { TextKey() }
    /// Key help of every text field (footer and ?).
    public static var keyDeleteToStartOfLine: TextKey { TextKey() }
    /// Title of the key list (?).
    public static var keyKeys: TextKey { TextKey() }
    /// Key help of the vote console: ↑ moves to the item above.
    public static var keyPreviousItem: TextKey { TextKey() }
    /// Key help of the vote console: ↓ moves to the item below.
    public static var keyNextItem: TextKey { TextKey() }
    /// Key help of the vote console: ↑ moves to the name above.
    public static var keyPreviousName: TextKey { TextKey() }
    /// Key help of the vote console: ↓ moves to the name below.
    public static var keyNextName: TextKey { TextKey() }
    /// Key help: ↓ moves to the next row.
    public static var keyNext: TextKey { TextKey() }
    /// Key help of the secretary's pane (footer and ?): Tab goes to the next list.
    public static var keySwitchList: TextKey { TextKey() }
    /// Key help of the theme board (footer and ?): v shows the summary on the projector or takes it back.
    public static var keyShowTakeBackSummary: TextKey { TextKey() }
}
