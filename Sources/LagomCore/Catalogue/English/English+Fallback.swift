extension Catalogue {
    static let englishFallback: [TextKey: CatalogueEntry] = [
        .cliUnexpectedError:
            "An unexpected error occurred ({type}). Run the command again; if the error comes back, report it with the command you ran."
    ]
}
