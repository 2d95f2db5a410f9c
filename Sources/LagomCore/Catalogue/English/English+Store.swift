extension Catalogue {
    static let englishStore: [TextKey: CatalogueEntry] = [
        .storeTornTail:
            "{file}:{line}: the last write was cut short (crash or full disk); its bytes are skipped and will be copied aside to events.torn-<time> by the next save",
        .storeTornCopied: "{file}:{line}: {bytes} bytes of a cut-short write were copied aside to {copy}",
        .storeNotDurable:
            "{file}: saved, but the disk reported an error making it durable (fsync: {reason}); it may be lost if the machine loses power",
        .storeReasonDiskFull: "the disk is full",
        .storeReadAgainFailed: "{file}: could not be read again after a failed save: {error}",
        .storeFollowedReplacement:
            "{file}: was replaced outside Lagom (renamed over); the new file holds everything the old one did, so Lagom goes on with it",
        .storeReadAgain: "{file}: {why} outside Lagom; it was read again from the start",
        .storeWhySwapped: "was replaced by another file (the old one is kept under another name)",
        .storeWhyCut: "was cut from {from} to {to} bytes",
        .storeWhyChangedInPlace: "was changed in place",
        .storeNotUpdated: "{file}: not updated: {error}",
        .storeDamageUnreadable: .plural(
            "count",
            one:
                "{place}: unreadable line in the middle of the log (changed outside Lagom?), skipped; `lagom repair` sets it aside",
            other:
                "{place}: {count} unreadable lines in the middle of the log (changed outside Lagom?), skipped; `lagom repair` sets it aside"
        ),
        .storeDamageStrayMarker:
            "{place}: a torn-write marker that names no damaged lines before it (the log was edited?), skipped; `lagom repair` sets it aside",
        .storeDamageDuplicate:
            "{place}: event {id} appears a second time (a copied line?); it counts once; `lagom repair` sets it aside",
        .storeOrphanLine: "{file}:{line}: {what}",
        .storeOrphanLines: "{file}:{line}: {what} (lines {shown}, … {last})",
        .storeOrphanNoSuchStep: .plural(
            "count", one: "note in step {step}, which the plan no longer has",
            other: "{count} notes in step {step}, which the plan no longer has"),
        .storeOrphanCollectsNoNotes: .plural(
            "count", one: "note in step {step}, which no longer collects notes",
            other: "{count} notes in step {step}, which no longer collects notes"),
        .storeOrphanWithoutList: .plural(
            "count", one: "note without a list, which step {step} no longer takes (it has named lists now)",
            other: "{count} notes without a list, which step {step} no longer takes (it has named lists now)"),
        .storeOrphanNoSuchList: .plural(
            "count", one: "note in list \"{list}\", which step {step} no longer has",
            other: "{count} notes in list \"{list}\", which step {step} no longer has"),
        .storeOrphanNoSuchGroup: .plural(
            "count", one: "note of group {group}, which step {step} no longer has ({groups} groups)",
            other: "{count} notes of group {group}, which step {step} no longer has ({groups} groups)"),
    ]
}
