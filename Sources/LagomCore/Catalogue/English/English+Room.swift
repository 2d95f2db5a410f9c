extension Catalogue {
    static let englishRoom: [TextKey: CatalogueEntry] = [
        .projectorTooManyRows:
            "⚠ The projector shows {rows} rows: text that small cannot be read from the back. Make the font larger (see README)."
    ]
}
