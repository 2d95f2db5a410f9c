extension Catalogue {
    static let swedishExports: [TextKey: CatalogueEntry] = [
        .csvHeader: "Steg|Lista|Grupp|Tema|Överordnad lapp|Text|Poäng|Plats",
        .monthNames: "januari februari mars april maj juni juli augusti september oktober november december",
        .wordLanguageTag: "sv-SE",
        .wordFooter: "Sida {page} av {pages}",
        .carriedTitle: "Från förra mötet",
        .carriedAction: "Åtgärd: {action}",
        .carriedActionDue: "Åtgärd: {action}, senast {due}",
        .carriedUnfinished: "Inte avslutat: {item}",
        .importedMeetingTitle: "Möte",
    ]
}
