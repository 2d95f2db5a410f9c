extension Catalogue {
    static let swedishScreens: [TextKey: CatalogueEntry] = [
        .keyNameSpace: "Mellanslag",
        .keyNameBackspace: "Backsteg",
        .keyNamePaste: "Klistra in",
        .helpPosition: "{first}–{last} av {count}",
        .projectorKeyHelp: "Projektorn: {help}",
        .wallContinued: "{heading} (forts.)",
        .wallOlderLeftOut: .plural("count", one: "… och 1 äldre lapp", other: "… och {count} äldre lappar"),
        .wallEarlierNotes: .plural("count", one: "… 1 tidigare lapp", other: "… {count} tidigare lappar"),
        .percentLabel: "{percent} %",
        .stageQuote: "”{quote}”",
        .tooSmallLong: "Gör fönstret större (behöver {size})",
        .tooSmallMedium: "Större fönster: {size}",
        .tooSmallShort: "Större: {size}",
        .draftKeptOnQuit:
            "lagom: grupp {group}:s osparade lapp finns kvar i {place}. Den kommer tillbaka när gruppens sekreterare öppnas igen.",
        .draftNotKeptOnQuit:
            "lagom: grupp {group}:s osparade lapp kunde INTE sparas ({detail}). Här är den, så att du kan kopiera den:",
        .draftSetAsideFollows: "lagom: och den nya lappen som lades åt sidan medan du ändrade:",
    ]
}
