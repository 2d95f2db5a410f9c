// Small words every screen shares: key names, "more" and "continued" marks, page and help
// positions, the too-small window, the projector's keys in the facilitator's help.
extension TextKey {
    /// Key help, any screen: the name of the space bar ("Mellanslag  Starta/pausa").
    public static var keyNameSpace: TextKey { TextKey() }
    /// Key help, any screen: the name of the backspace key.
    public static var keyNameBackspace: TextKey { TextKey() }
    /// Key help, any screen: the name of a bracketed paste (pasted text as one key).
    public static var keyNamePaste: TextKey { TextKey() }
    /// Help overlay's bottom border when the list scrolls. {first}, {last}: the rows shown;
    /// {count}: all rows.
    public static var helpPosition: TextKey { TextKey() }
    /// Facilitator's help: one of the projector's keys. {help}: what the key does, in lower case.
    public static var projectorKeyHelp: TextKey { TextKey() }
    /// Live note wall on the stage: a list heading carried over to the next column.
    /// {heading}: the list's name.
    public static var wallContinued: TextKey { TextKey() }
    /// Live note wall's bottom row: the oldest notes that did not fit. {count}: how many.
    public static var wallOlderLeftOut: TextKey { TextKey() }
    /// A note list that keeps the newest (secretary, theme board): the first row, for the notes
    /// scrolled away above. {count}: how many.
    public static var wallEarlierNotes: TextKey { TextKey() }
    /// Progress bars (votes, notes): a percentage. {percent}: 0–100.
    public static var percentLabel: TextKey { TextKey() }
    /// Stage: the step's quotation, in the language's quotation marks. {quote}: the plan's text.
    public static var stageQuote: TextKey { TextKey() }
    /// Any screen in a window too small for it, longest form. {size}: columns×rows, as 80×24.
    public static var tooSmallLong: TextKey { TextKey() }
    /// Too small a window, shorter. {size}: columns×rows.
    public static var tooSmallMedium: TextKey { TextKey() }
    /// Too small a window, shortest with words. {size}: columns×rows.
    public static var tooSmallShort: TextKey { TextKey() }
}

// What a pane prints on standard error once the terminal is given back.
extension TextKey {
    /// After a secretary's pane closed with text not saved: where it was kept. {group}: the
    /// group's number; {place}: the draft file's path.
    public static var draftKeptOnQuit: TextKey { TextKey() }
    /// After a pane closed and its unsaved text could not be kept; the text follows on the next
    /// lines. {group}: the group's number; {detail}: the store's reason, in English.
    public static var draftNotKeptOnQuit: TextKey { TextKey() }
    /// Before a second unsaved text (a new note put aside while another was edited).
    public static var draftSetAsideFollows: TextKey { TextKey() }
}
