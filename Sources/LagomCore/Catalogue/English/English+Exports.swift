extension Catalogue {
    static let englishExports: [TextKey: CatalogueEntry] = [
        .csvHeader: "Step|List|Group|Theme|Parent note|Text|Points|Rank",
        .monthNames: "January February March April May June July August September October November December",
        .wordLanguageTag: "en-GB",
        .wordFooter: "Page {page} of {pages}",
        .carriedTitle: "From the last meeting",
        .carriedAction: "Action: {action}",
        .carriedActionDue: "Action: {action}, due {due}",
        .carriedUnfinished: "Unfinished: {item}",
        .importedMeetingTitle: "Meeting",
    ]
}
