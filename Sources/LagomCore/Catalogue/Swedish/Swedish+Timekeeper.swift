extension Catalogue {
    static let swedishTimekeeper: [TextKey: CatalogueEntry] = [
        .tkTimekeeper: "Tidshållare",
        .tkNoGroupTimersToStart: "Här finns inga grupptimrar att starta.",
        .tkWholeRoom: "Hela rummet",
        .tkNotStarted: "inte startad",
        .tkWaiting: "väntar",
        .tkRunning: "igång",
        .tkTimeIsUp: "Tiden är ute",
        .tkTimers: "Timrar",
        .tkNoCurrentStep: "Inget steg pågår. Processledaren väljer steg.",
        .tkSpaceStartsMinutes: "Mellanslag startar {minutes}",
        .tkReturnTimePassed: "Åter {time} har redan passerat: + eller 5 startar 1 eller 5 minuter",
        .tkTurnsAreHandedOn: "Klockan följer gruppen som har ordet; processledaren ger ordet vidare med s",
        .tkNoLength: "Steget har ingen tid i planen: + eller 5 startar 1 eller 5 minuter",
        .tkBreak: "paus",
        .tkNoCountdown: "utan nedräkning",
    ]
}
