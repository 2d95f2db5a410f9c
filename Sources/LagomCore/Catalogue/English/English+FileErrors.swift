extension Catalogue {
    static let englishFileErrors: [TextKey: CatalogueEntry] = [
        .fileReasonNamed: "{reason} ({errno})",
        .fileReasonOther: "the system says \"{system}\" ({errno})",
        .fileReasonNoSpace: "the disk is full",
        .fileReasonQuota: "your account has used all of its disk quota",
        .fileReasonNoPermission: "your account has no permission",
        .fileReasonReadOnlyDisk: "the disk is read-only",
        .fileReasonNoSuchFile: "no such file or folder",
        .fileReasonLink: "it is a symbolic link",
        .fileReasonExists: "a file of that name already exists",
        .fileReasonDiskFailure: "disk or file-system failure",
        .fileReasonNotAFolder: "part of the path is not a folder",
        .fileReasonIsAFolder: "it is a folder, not a file",
        .fileReasonNameTooLong: "the name is too long",
        .fileReasonTooManyOpen: "too many files are open",
        .fileReasonBusy: "another program is using the file",
        .fileReasonNotEmpty: "the folder is not empty",

        .fileReasonZipDamaged: "the zip file is damaged or packed in a way Lagom does not know ({detail})",
        .fileReasonZipLibrary: "the zip library says \"{detail}\"",

        .fileOperationOpen: "opened",
        .fileOperationCreate: "created",
        .fileOperationRead: "read",
        .fileOperationWrite: "written",
        .fileOperationSync: "written through to the disk",
        .fileOperationRename: "saved under its name",
        .fileOperationExamine: "examined",
        .fileOperationLock: "locked",
        .fileOperationRemove: "removed",
        .fileOperationLink: "given a second name",
        .fileOperationList: "listed",
        .fileOperationWatch: "watched",
        .fileOperationChangeGroup: "given its new group",
        .fileOperationChangePermissions: "given its new permissions",

        .storeReadOnlyViewing: "opened for viewing only",
        .storeReadOnlyCannotWrite: "{file} cannot be written: {reason}",
        .storeDamagedCountDiffers: .plural(
            "found", one: "it holds 1 event where {read} were read: it was changed outside Lagom",
            other: "it holds {found} events where {read} were read: it was changed outside Lagom"),
        .storeDamagedReplaced:
            "the log was replaced outside Lagom (renamed over, deleted or restored) by a file that lacks what the old one holds from this line on; nothing was saved",
    ]
}
