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
    ]
}
