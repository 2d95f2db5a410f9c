extension Catalogue {
    static let swedishStore: [TextKey: CatalogueEntry] = [
        .storeTornTail:
            "{file}:{line}: den senaste skrivningen avbröts (krasch eller full disk). Dess byte hoppas över och flyttas undan till events.torn-<tid> vid nästa sparning",
        .storeTornCopied: "{file}:{line}: {bytes} byte från en avbruten skrivning flyttades undan till {copy}",
        .storeNotDurable:
            "{file}: sparat, men disken rapporterade ett fel när ändringen skulle skrivas klart (fsync: {reason}). Den kan gå förlorad om datorn blir strömlös",
        .storeReasonDiskFull: "disken är full",
        .storeReadAgainFailed: "{file}: kunde inte läsas in igen efter en misslyckad sparning: {error}",
        .storeFollowedReplacement:
            "{file}: byttes ut utanför Lagom (en ny fil fick samma namn). Den nya filen har allt som den gamla hade, så Lagom fortsätter med den",
        .storeReadAgain: "{file}: {why} utanför Lagom. Den lästes in på nytt från början",
        .storeWhySwapped: "byttes mot en annan fil (den gamla finns kvar under ett annat namn)",
        .storeWhyCut: "kortades från {from} till {to} byte",
        .storeWhyChangedInPlace: "ändrades direkt i filen",
        .storeNotUpdated: "{file}: uppdaterades inte: {error}",
        .storeDamageUnreadable: .plural(
            "count",
            one:
                "{place}: en oläsbar rad mitt i loggen (ändrad utanför Lagom?) hoppades över; `lagom repair` lägger den åt sidan",
            other:
                "{place}: {count} oläsbara rader mitt i loggen (ändrade utanför Lagom?) hoppades över; `lagom repair` lägger dem åt sidan"
        ),
        .storeDamageStrayMarker:
            "{place}: en markering för en avbruten skrivning utan skadade rader före sig (har loggen ändrats?) hoppades över; `lagom repair` lägger den åt sidan",
        .storeDamageDuplicate:
            "{place}: händelsen {id} finns två gånger (en kopierad rad?) och räknas en gång; `lagom repair` lägger den åt sidan",
        .storeOrphanLine: "{file}:{line}: {what}",
        .storeOrphanLines: "{file}:{line}: {what} (rad {shown}, … {last})",
        .storeOrphanNoSuchStep: .plural(
            "count", one: "en lapp i steget {step}, som planen inte längre har",
            other: "{count} lappar i steget {step}, som planen inte längre har"),
        .storeOrphanCollectsNoNotes: .plural(
            "count", one: "en lapp i steget {step}, som inte längre samlar in lappar",
            other: "{count} lappar i steget {step}, som inte längre samlar in lappar"),
        .storeOrphanWithoutList: .plural(
            "count", one: "en lapp utan lista, som steget {step} inte längre tar emot (det har namngivna listor nu)",
            other: "{count} lappar utan lista, som steget {step} inte längre tar emot (det har namngivna listor nu)"),
        .storeOrphanNoSuchList: .plural(
            "count", one: "en lapp i listan \"{list}\", som steget {step} inte längre har",
            other: "{count} lappar i listan \"{list}\", som steget {step} inte längre har"),
        .storeOrphanNoSuchGroup: .plural(
            "count", one: "en lapp från grupp {group}, som steget {step} inte längre har (antal grupper nu: {groups})",
            other: "{count} lappar från grupp {group}, som steget {step} inte längre har (antal grupper nu: {groups})"),
    ]
}
