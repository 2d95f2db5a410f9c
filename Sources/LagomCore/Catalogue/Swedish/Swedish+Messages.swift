extension Catalogue {
    static let swedishMessages: [TextKey: CatalogueEntry] = [
        .storeDiskFull: "Disken är full: ändringen sparades INTE. Frigör utrymme och försök igen.",
        .storeReadOnly:
            "Den här panelen kan inte spara: ditt konto får inte skriva i sessionsmappen (eller disken är skrivskyddad). Inget sparas. Den som startade sessionen kan dela den: lagom share.",
        .storeLogChanged: "Händelseloggen har ändrats utanför Lagom, så inget sparades. Kör lagom check.",
        .storeOther: "Sessionens filer gick inte att läsa eller skriva.",
        .msgNotesUndone: .plural("count", one: "1 lapp tillagd", other: "{count} lappar tillagda"),
        .msgTimersUndone: .plural(
            "count", one: "1 timer i {title} ändrad", other: "{count} timrar i {title} ändrade"),
        .msgWarning: "⚠ {text}",
        .msgStoreFailure: "‼ {failure} — {detail}",
        .msgUndoneWhat: "Ångrat: {what}",
        .projectorLostTrack: "‼ Visar inte längre det senaste – starta om projektorvyn (lagom projector). {why}",
    ]
}
