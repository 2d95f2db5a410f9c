extension Catalogue {
    static let swedishFileErrors: [TextKey: CatalogueEntry] = [
        .fileReasonNamed: "{reason} ({errno})",
        .fileReasonOther: "systemet svarar \"{system}\" ({errno})",
        .fileReasonNoSpace: "disken är full",
        .fileReasonQuota: "ditt konto har använt hela sin diskkvot",
        .fileReasonNoPermission: "ditt konto har inte behörighet",
        .fileReasonReadOnlyDisk: "disken går bara att läsa",
        .fileReasonNoSuchFile: "filen eller mappen finns inte",
        .fileReasonLink: "det är en symbolisk länk",
        .fileReasonExists: "det finns redan en fil med det namnet",
        .fileReasonDiskFailure: "fel på disken eller filsystemet",
        .fileReasonNotAFolder: "en del av sökvägen är inte en mapp",
        .fileReasonIsAFolder: "det är en mapp, inte en fil",
        .fileReasonNameTooLong: "namnet är för långt",
        .fileReasonTooManyOpen: "för många filer är öppna",
        .fileReasonBusy: "filen används av ett annat program",
        .fileReasonNotEmpty: "mappen är inte tom",

        .fileReasonZipDamaged: "zip-filen är skadad eller packad på ett sätt som Lagom inte känner till ({detail})",
        .fileReasonZipLibrary: "zip-biblioteket svarar \"{detail}\"",

        .fileOperationOpen: "öppnas",
        .fileOperationCreate: "skapas",
        .fileOperationRead: "läsas",
        .fileOperationWrite: "skrivas",
        .fileOperationSync: "skrivas klart till disken",
        .fileOperationRename: "sparas under sitt namn",
        .fileOperationExamine: "undersökas",
        .fileOperationLock: "låsas",
        .fileOperationRemove: "tas bort",
        .fileOperationLink: "få ett andra namn",
        .fileOperationList: "listas",
        .fileOperationWatch: "bevakas",
        .fileOperationChangeGroup: "få en ny grupp",
        .fileOperationChangePermissions: "få nya behörigheter",

        .storeReadOnlyViewing: "öppnad bara för att visas",
        .storeReadOnlyCannotWrite: "{file} går inte att skriva i: {reason}",
        .storeDamagedCountDiffers: .plural(
            "found", one: "den har 1 händelse där {read} lästes in: den ändrades utanför Lagom",
            other: "den har {found} händelser där {read} lästes in: den ändrades utanför Lagom"),
        .storeDamagedReplaced:
            "loggen byttes ut utanför Lagom (döptes om, togs bort eller återställdes) mot en fil som saknar det den gamla hade från den här raden; inget sparades",
    ]
}
