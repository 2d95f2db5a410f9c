extension Catalogue {
    static let englishBoard: [TextKey: CatalogueEntry] = [
        .refusalMergeAcrossLists:
            "{note} is in {list}, not in {intoList}. Notes of different lists cannot be merged: the note would drop out of its list's vote",
        .boardKeyMark: "Mark",
        .boardKeyMove: "Move",
        .boardKeyMerge: "Merge",
        .refusalNoTurnSpeaking: "no group has the floor in {step}: the facilitator hands it to the first group with s",
        .refusalTurnNotSpeaking: "turn {turn} of {step} is already over: the floor has passed on",
        .refusalTurnHasNoLength: "{step} has no time per turn in the plan (minutesPerTurn)",
        .refusalTurnWouldVanish: "the turn in {step} is {length} long in all: you cannot shorten it by more than that",
        .undoTurnLengthened: "group {group}'s turn in {step} lengthened by {minutes} min",
        .undoTurnShortened: "group {group}'s turn in {step} shortened by {minutes} min",
        .keyTurnLonger: "The speaking group's turn +{minutes} min",
        .keyTurnShorter: "The speaking group's turn −{minutes} min",
    ]
}
