extension TextKey {
    /// Theme board. {g}: g
    public static var notesGroupShort: TextKey { TextKey() }
    /// Theme board
    public static var notesSpeakingNow: TextKey { TextKey() }
    /// Theme board
    public static var notesNext: TextKey { TextKey() }
    /// Theme board
    public static var notesNobodyLastTurn: TextKey { TextKey() }
    /// Theme board
    public static var notesEveryGroupHasSpoken: TextKey { TextKey() }
    /// Theme board. {n}: n
    public static var notesAlreadySaidCount: TextKey { TextKey() }
    /// Theme board
    public static var notesOther: TextKey { TextKey() }
    /// Theme board
    public static var notesSummaryShown: TextKey { TextKey() }
    /// Theme board
    public static var notesSummaryHidden: TextKey { TextKey() }
    /// Theme board. {title}: title
    public static var notesSummaryOf: TextKey { TextKey() }
    /// Theme board. {step}: step
    public static var notesThemes: TextKey { TextKey() }
    /// Theme board
    public static var notesNoTheme: TextKey { TextKey() }
    /// Theme board
    public static var notesHidden: TextKey { TextKey() }
    /// Theme board
    public static var notesIntoWhichTheme: TextKey { TextKey() }
    /// Theme board
    public static var notesCursorOnNote: TextKey { TextKey() }
    /// Theme board
    public static var notesCursorInTheme: TextKey { TextKey() }
    /// Theme board
    public static var notesMakeThemeFirst: TextKey { TextKey() }
    /// Theme board
    public static var notesMergeHowTo: TextKey { TextKey() }
    /// Theme board
    public static var notesNotMerged: TextKey { TextKey() }
    /// Theme board
    public static var notesNewTheme: TextKey { TextKey() }
    /// Theme board
    public static var notesNewName: TextKey { TextKey() }
    /// Theme board
    public static var notesSummary: TextKey { TextKey() }
    /// Theme board
    public static var notesNoteText: TextKey { TextKey() }
    /// Stage and projector: a group's notes so far. {group}: its number; {notes}: 3 lappar.
    public static var notesGroupCount: TextKey { TextKey() }
    /// Stage and projector: a group's notes, the group done. {group}: its number; {notes}: 3 lappar.
    public static var notesGroupCountDone: TextKey { TextKey() }
    /// Stage of silent writing: notes and groups done. {notes}: 14 lappar hittills; {done}, {groups}: counts.
    public static var notesSoFarAndDone: TextKey { TextKey() }
}
