extension Catalogue {
    /// The Swedish table, area by area (`Swedish+Area.swift`, in the order of `Keys/`).
    static let swedishAreas: [[TextKey: CatalogueEntry]] = [
        swedishCommandLine, swedishCommandFiles, swedishCommandSession, swedishStoreErrors,
        swedishFileErrors, swedishTerminal, swedishWordTemplate, swedishLog,
        swedishStage, swedishKeyHelp, swedishFooter, swedishTimekeeper, swedishMessages, swedishSecretary,
        swedishVoting, swedishNotes,
        swedishMinutes, swedishPeople, swedishDrafts, swedishRecord, swedishUndo, swedishRefusals,
        swedishBoard,
        swedishScreens, swedishExports, swedishStore,
        swedishRoom,
        swedishPlanSyntax, swedishPlanRules,
        swedishHelp, swedishHelpCommands,
        swedishFallback,
    ]

    static let swedish = merged(swedishAreas)
}
