extension Catalogue {
    static let swedishDrafts: [TextKey: CatalogueEntry] = [
        .draftBackInItsStep: "✓ Texten du skrev i det här steget är tillbaka",
        .draftWaitsInItsStep: "Osparad text för \"{step}\" väntar där · Ctrl-T hämtar den hit",
        .draftBrought: "✓ Texten från \"{step}\" är hämtad hit",
        .noDraftElsewhere: "⚠ Ingen osparad text väntar i något annat steg",
        .saveBeforeBringingDraft: "⚠ Spara eller töm det du skriver först",
        .draftWaitsForStep: "Ditt utkast för \"{step}\" väntar på det steget: {text}",
        .bringDraftKey: "Hämta osparad text från ett annat steg hit",
    ]
}
