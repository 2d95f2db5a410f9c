extension Catalogue {
    static let englishBoard: [TextKey: CatalogueEntry] = [
        .refusalMergeAcrossLists:
            "{note} is in {list}, not in {intoList}. Notes of different lists cannot be merged: the note would drop out of its list's vote",
        .boardKeyMark: "Mark",
        .boardKeyMove: "Move",
        .boardKeyMerge: "Merge",
    ]
}
