extension Catalogue {
    static let swedishFooter: [TextKey: CatalogueEntry] = [
        .footerNext: "Nästa",
        .footerBack: "Bakåt",
    ]
}
