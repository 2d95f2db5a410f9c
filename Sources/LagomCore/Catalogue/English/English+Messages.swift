extension Catalogue {
    static let englishMessages: [TextKey: CatalogueEntry] = [
        .storeDiskFull: "The disk is full: the change was NOT saved. Free some space and try again.",
        .storeReadOnly:
            "This pane cannot save: your account may not write in the session folder (or the disk is read-only). Nothing is saved. Whoever started the session can share it: lagom share.",
        .storeLogChanged: "The event log was changed outside Lagom; nothing was written. Run lagom check.",
        .storeOther: "The session's files could not be read or written.",
        .msgNotesUndone: .plural("count", one: "1 note added", other: "{count} notes added"),
        .msgTimersUndone: .plural(
            "count", one: "1 timer in {title} changed", other: "{count} timers in {title} changed"),
        .msgWarning: "⚠ {text}",
        .msgStoreFailure: "‼ {failure} — {detail}",
        .msgUndoneWhat: "Undone: {what}",
        .projectorLostTrack: "‼ No longer showing the latest – restart the projector view (lagom projector). {why}",
    ]
}
