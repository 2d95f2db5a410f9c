extension Catalogue {
    static let swedishBoard: [TextKey: CatalogueEntry] = [
        .refusalMergeAcrossLists:
            "{note} står i {list}, inte i {intoList}. Lappar i olika listor kan inte slås ihop: lappen skulle försvinna ur sin listas röstning",
        .boardKeyMark: "Markera",
        .boardKeyMove: "Flytta",
        .boardKeyMerge: "Slå ihop",
    ]
}
