extension Catalogue {
    static let swedishFallback: [TextKey: CatalogueEntry] = [
        .cliUnexpectedError:
            "Ett oväntat fel inträffade ({type}). Kör kommandot igen; om felet kommer tillbaka, rapportera det med kommandot du körde."
    ]
}
