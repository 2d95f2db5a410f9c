extension Catalogue {
    static let englishTimekeeper: [TextKey: CatalogueEntry] = [
        .tkTimekeeper: "Timekeeper",
        .tkNoGroupTimersToStart: "There are no group timers to start here.",
        .tkWholeRoom: "Whole room",
        .tkNotStarted: "not started",
        .tkWaiting: "waiting",
        .tkRunning: "running",
        .tkTimeIsUp: "Time is up",
        .tkTimers: "Timers",
        .tkNoCurrentStep: "No step yet. The facilitator chooses the step.",
        .tkSpaceStartsMinutes: "Space starts {minutes}",
        .tkReturnTimePassed: "Back at {time} has passed: + or 5 starts 1 or 5 minutes",
        .tkTurnsAreHandedOn: "The clock follows the speaking group; the facilitator passes the floor with s",
        .tkNoLength: "The step has no length in the plan: + or 5 starts 1 or 5 minutes",
        .tkBreak: "break",
        .tkNoCountdown: "no countdown",
    ]
}
