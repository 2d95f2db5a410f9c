extension TextKey {
    /// Message line of every screen
    public static var storeDiskFull: TextKey { TextKey() }
    /// Message line of every screen
    public static var storeReadOnly: TextKey { TextKey() }
    /// Message line of every screen
    public static var storeLogChanged: TextKey { TextKey() }
    /// Message line of every screen
    public static var storeOther: TextKey { TextKey() }
    /// After Ångrat: an undo that took back notes added at once. {count}: the notes.
    public static var msgNotesUndone: TextKey { TextKey() }
    /// After Ångrat: an undo that took back a change of all a step's timers. {count}: timers; {title}: the step, quoted.
    public static var msgTimersUndone: TextKey { TextKey() }
    /// Message line: a refusal or a notice. {text}: what was refused and why.
    public static var msgWarning: TextKey { TextKey() }
    /// Message line: the store could not write. {failure}: what it means; {detail}: the file and error.
    public static var msgStoreFailure: TextKey { TextKey() }
    /// Message line after an undo. {what}: what it took back, as EventWords says it.
    public static var msgUndoneWhat: TextKey { TextKey() }
    /// Projector's bottom row once it cannot follow the session. {why}: the store's failure.
    public static var projectorLostTrack: TextKey { TextKey() }
}
