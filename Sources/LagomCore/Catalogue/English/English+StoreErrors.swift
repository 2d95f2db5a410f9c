extension Catalogue {
    static let englishStoreErrors: [TextKey: CatalogueEntry] = [
        .storeErrorNoSession: "no session \"{name}\" (looked in {looked})",
        .storeErrorNoUserFolder:
            "\"{name}\": no folder for your sessions (set XDG_DATA_HOME or HOME), or give a path such as ./{name}",
        .storeErrorAlreadyExists: "{folder}: a session already exists here (plan.json found); choose another name",
        .storeErrorDamagedLog: "{file}:{line}: {reason}; the log was left unchanged",
        .storeErrorDiskFull: "{file}: the disk is full (ENOSPC); the change was NOT saved",
        .storeErrorIO: "{file} could not be {operation}: {reason}{notSaved}",
        .storeErrorNotSaved: "; the change was NOT saved",
        .storeErrorNoGroup:
            "there is no group \"{name}\" on this machine (make it with `groupadd {name}`, and add each account with `usermod -aG {name} ACCOUNT`)",
        .storeErrorLink:
            "{file} is a symbolic link; Lagom opens no links in a session folder (it could read or write another file): put the file itself there",
        .storeErrorTooLarge:
            "this change is {size} KiB, more than the {limit} KiB one save may hold; the change was NOT saved",
        .storeErrorReadOnly: "the session folder {folder} is read-only ({reason}); nothing was saved",
    ]
}
