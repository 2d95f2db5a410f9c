extension Catalogue {
    static let englishDrafts: [TextKey: CatalogueEntry] = [
        .draftBackInItsStep: "✓ The text you typed in this step is back",
        .draftWaitsInItsStep: "Unsaved text for \"{step}\" waits there · Ctrl-T brings it here",
        .draftBrought: "✓ The text from \"{step}\" is here now",
        .noDraftElsewhere: "⚠ No unsaved text waits in another step",
        .saveBeforeBringingDraft: "⚠ Save or clear what you are typing first",
        .draftWaitsForStep: "Your draft for \"{step}\" waits for that step: {text}",
        .bringDraftKey: "Bring unsaved text of another step here",
    ]
}
