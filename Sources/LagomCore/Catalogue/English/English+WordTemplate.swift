extension Catalogue {
    static let englishWordTemplate: [TextKey: CatalogueEntry] = [
        .wordTemplateNoStyles: "the template has no word/styles.xml (is the file a Word document or template?)",
        .wordTemplateNotText: "{part} in the template is not UTF-8 text",
    ]
}
