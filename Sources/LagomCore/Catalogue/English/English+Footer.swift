extension Catalogue {
    static let englishFooter: [TextKey: CatalogueEntry] = [
        .footerNext: "Next step",
        .footerBack: "Previous",
    ]
}
