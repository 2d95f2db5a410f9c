extension Catalogue {
    static let swedishTimekeeper: [TextKey: CatalogueEntry] = [
        .tkTimekeeper: "Tidshållare",
        .tkNoGroupTimersToStart: "Här finns inga grupptimrar att starta.",
        .tkWholeRoom: "Hela rummet",
        .tkNotStarted: "inte startad",
        .tkRunning: "går",
        .tkTimeIsUp: "Tiden är ute",
        .tkTimers: "Timrar",
        .tkNoCurrentStep: "Inget steg pågår. Processledaren väljer steg.",
        .tkSpaceStartsMinutes: "Mellanslag startar {minutes}",
        .tkReturnTimePassed: "Åter {time} har redan passerat: + eller 5 startar 1 eller 5 minuter",
        .tkTurnsAreHandedOn: "Vattentrappa: klockan är talarens tur, processledaren lämnar ordet med s",
        .tkNoLength: "Steget har ingen tid i planen: + eller 5 startar 1 eller 5 minuter",
        .tkBreak: "paus",
        .tkNoCountdown: "utan nedräkning",
    ]
}
