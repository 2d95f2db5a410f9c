extension Catalogue {
    static let swedishBoard: [TextKey: CatalogueEntry] = [
        .refusalMergeAcrossLists:
            "{note} står i {list}, inte i {intoList}. Lappar i olika listor kan inte slås ihop: lappen skulle försvinna ur sin listas röstning",
        .boardKeyMark: "Markera",
        .boardKeyMove: "Flytta",
        .boardKeyMerge: "Slå ihop",
        .refusalNoTurnSpeaking: "ingen grupp har ordet i {step}: processledaren lämnar ordet till första gruppen med s",
        .refusalTurnNotSpeaking: "tur {turn} i {step} är redan slut: ordet har gått vidare",
        .refusalTurnHasNoLength: "{step} har ingen tid per tur i planen (minutesPerTurn)",
        .refusalTurnWouldVanish: "turen i {step} är {length} lång: du kan inte korta den mer än så",
        .undoTurnLengthened: "grupp {group}:s tur i {step} förlängd med {minutes} min",
        .undoTurnShortened: "grupp {group}:s tur i {step} förkortad med {minutes} min",
        .keyTurnLonger: "Talande gruppens tur +{minutes} min",
        .keyTurnShorter: "Talande gruppens tur −{minutes} min",
    ]
}
