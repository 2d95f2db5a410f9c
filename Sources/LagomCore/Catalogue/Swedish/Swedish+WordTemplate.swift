extension Catalogue {
    static let swedishWordTemplate: [TextKey: CatalogueEntry] = [
        .wordTemplateNoStyles:
            "mallen har ingen word/styles.xml (är filen ett Word-dokument eller en Word-mall?)",
        .wordTemplateNotText: "{part} i mallen är inte text i UTF-8",
    ]
}
