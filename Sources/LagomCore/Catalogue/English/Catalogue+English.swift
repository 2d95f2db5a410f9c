extension Catalogue {
    /// The English table, area by area (`English+Area.swift`, in the order of `Keys/`).
    static let englishAreas: [[TextKey: CatalogueEntry]] = [
        englishCommandLine, englishCommandFiles, englishCommandSession, englishStoreErrors,
        englishFileErrors, englishTerminal, englishWordTemplate, englishLog,
        englishStage, englishKeyHelp, englishFooter, englishTimekeeper, englishMessages, englishSecretary,
        englishVoting, englishNotes,
        englishMinutes, englishPeople, englishDrafts, englishRecord, englishUndo, englishRefusals,
        englishBoard,
        englishScreens, englishExports, englishStore,
        englishRoom,
        englishPlanSyntax, englishPlanRules,
        englishHelp, englishHelpCommands,
        englishFallback,
    ]

    static let english = merged(englishAreas)
}
