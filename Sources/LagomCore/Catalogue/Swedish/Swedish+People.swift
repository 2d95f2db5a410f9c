extension Catalogue {
    static let swedishPeople: [TextKey: CatalogueEntry] = [
        .roundPeopleHere: "{count} här",
        .roundUnits: .plural("count", one: "1 enhet", other: "{count} enheter"),
        .roundFirst: "Först",
        .roundNext: "Nästa",
        .roundMore: "och {count} till",
        .roundComesBack: "Stod över, tillbaka sist",
        .roundExpected: "Väntas",
        .roundOver: "Rundan är klar: {count} har talat",
        .roundNotACheckin: "⚠ Steget är ingen incheckning.",
        .roundOrdered: "Rundan börjar om, ordning: {order}",
        .roundOrderListed: "som i listan",
        .roundOrderGroup: "grupp för grupp",
        .roundOrderSite: "arbetsplats för arbetsplats",
        .roundOrderShuffled: "blandad",
        .keyPassSpeaker: "Talaren står över, tillbaka sist",
        .keyReorderRound: "Rundans ordning: listan, grupp, arbetsplats, blandad (börjar om)",
    ]
}
