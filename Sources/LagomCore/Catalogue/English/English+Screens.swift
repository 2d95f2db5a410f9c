extension Catalogue {
    static let englishScreens: [TextKey: CatalogueEntry] = [
        .keyNameSpace: "Space",
        .keyNameBackspace: "Backspace",
        .keyNamePaste: "Paste",
        .helpPosition: "{first}–{last} of {count}",
        .projectorKeyHelp: "The projector: {help}",
        .wallContinued: "{heading} (cont.)",
        .wallOlderLeftOut: .plural("count", one: "… and 1 older note", other: "… and {count} older notes"),
        .wallEarlierNotes: .plural("count", one: "… 1 earlier note", other: "… {count} earlier notes"),
        .percentLabel: "{percent}%",
        .stageQuote: "“{quote}”",
        .tooSmallLong: "Make the window larger (needs {size})",
        .tooSmallMedium: "Larger window: {size}",
        .tooSmallShort: "Larger: {size}",
        .draftKeptOnQuit:
            "lagom: group {group}'s unsaved note was kept in {place}; it comes back when the group's secretary opens again",
        .draftNotKeptOnQuit: "lagom: group {group}'s unsaved note could NOT be kept ({detail}); here it is, to copy:",
        .draftSetAsideFollows: "lagom: and the new note that was put aside while editing:",
    ]
}
