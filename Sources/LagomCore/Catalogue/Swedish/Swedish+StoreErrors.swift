extension Catalogue {
    static let swedishStoreErrors: [TextKey: CatalogueEntry] = [
        .storeErrorNoSession: "det finns ingen session \"{name}\" (letade i {looked})",
        .storeErrorNoUserFolder:
            "\"{name}\": det finns ingen mapp för dina sessioner (ange XDG_DATA_HOME eller HOME), eller ange en sökväg som ./{name}",
        .storeErrorAlreadyExists: "{folder}: här finns redan en session (plan.json finns); välj ett annat namn",
        .storeErrorDamagedLog: "{file}:{line}: {reason}; loggen ändrades inte",
        .storeErrorDiskFull: "{file}: disken är full (ENOSPC); ändringen sparades INTE",
        .storeErrorIO: "{file} kunde inte {operation}: {reason}{notSaved}",
        .storeErrorNotSaved: "; ändringen sparades INTE",
        .storeErrorNoGroup:
            "det finns ingen grupp \"{name}\" på den här datorn (skapa den med `groupadd {name}` och lägg till varje konto med `usermod -aG {name} KONTO`)",
        .storeErrorLink:
            "{file} är en symbolisk länk; Lagom öppnar inga länkar i en sessionsmapp (den kunde läsa eller skriva en annan fil): lägg själva filen där",
        .storeErrorTooLarge:
            "ändringen är {size} KiB, mer än de {limit} KiB som en sparning får rymma; ändringen sparades INTE",
        .storeErrorReadOnly: "sessionsmappen {folder} går bara att läsa ({reason}); inget sparades",
    ]
}
