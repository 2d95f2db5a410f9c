extension Catalogue {
    static let englishPeople: [TextKey: CatalogueEntry] = [
        .roundPeopleHere: "{count} here",
        .roundUnits: .plural("count", one: "1 unit", other: "{count} units"),
        .roundFirst: "First",
        .roundNext: "Next",
        .roundMore: "and {count} more",
        .roundComesBack: "Passed, back at the end",
        .roundExpected: "Expected",
        .roundOver: "The round is over: {count} have spoken",
        .roundNotACheckin: "⚠ This step is not a check-in.",
        .roundOrdered: "The round starts over, order: {order}",
        .roundOrderListed: "as listed",
        .roundOrderGroup: "group by group",
        .roundOrderSite: "site by site",
        .roundOrderShuffled: "shuffled",
        .keyPassSpeaker: "The speaker passes, back at the end",
        .keyReorderRound: "The round's order: listed, group, site, shuffled (starts over)",
    ]
}
