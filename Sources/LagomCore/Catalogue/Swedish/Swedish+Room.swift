extension Catalogue {
    static let swedishRoom: [TextKey: CatalogueEntry] = [
        .projectorTooManyRows:
            "⚠ Projektorn visar {rows} rader: texten blir för liten för att läsas längst bak. Öka teckenstorleken (se README)."
    ]
}
