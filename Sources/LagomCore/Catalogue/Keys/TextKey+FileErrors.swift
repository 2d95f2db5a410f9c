/// Why the system refused a call on a file, and what the call was: the words inside the store's
/// errors (`storeErrorIO`, `storeErrorReadOnly`) and the command line's file messages. LagomStore's
/// `SystemReason` picks them by errno; `FileOperation` by the call.
extension TextKey {
    /// A reason with the errno's name after it, for whoever helps. {reason}: one of the
    /// `fileReason…` texts; {errno}: the name, as ENOSPC.
    public static var fileReasonNamed: TextKey { TextKey() }
    /// A rare errno without a text of its own. {system}: the system's words (English); {errno}: its name.
    public static var fileReasonOther: TextKey { TextKey() }
    /// ENOSPC.
    public static var fileReasonNoSpace: TextKey { TextKey() }
    /// EDQUOT.
    public static var fileReasonQuota: TextKey { TextKey() }
    /// EACCES, EPERM.
    public static var fileReasonNoPermission: TextKey { TextKey() }
    /// EROFS.
    public static var fileReasonReadOnlyDisk: TextKey { TextKey() }
    /// ENOENT.
    public static var fileReasonNoSuchFile: TextKey { TextKey() }
    /// ELOOP (what a session file opened without following links answers when it is a link).
    public static var fileReasonLink: TextKey { TextKey() }
    /// EEXIST.
    public static var fileReasonExists: TextKey { TextKey() }
    /// EIO.
    public static var fileReasonDiskFailure: TextKey { TextKey() }
    /// ENOTDIR.
    public static var fileReasonNotAFolder: TextKey { TextKey() }
    /// EISDIR.
    public static var fileReasonIsAFolder: TextKey { TextKey() }
    /// ENAMETOOLONG.
    public static var fileReasonNameTooLong: TextKey { TextKey() }
    /// EMFILE, ENFILE.
    public static var fileReasonTooManyOpen: TextKey { TextKey() }
    /// EBUSY, ETXTBSY.
    public static var fileReasonBusy: TextKey { TextKey() }
    /// ENOTEMPTY.
    public static var fileReasonNotEmpty: TextKey { TextKey() }

    /// {operation} of `storeErrorIO`, after "could not be" / "kunde inte": open(2).
    public static var fileOperationOpen: TextKey { TextKey() }
    /// Creating a file or a folder.
    public static var fileOperationCreate: TextKey { TextKey() }
    public static var fileOperationRead: TextKey { TextKey() }
    public static var fileOperationWrite: TextKey { TextKey() }
    /// fsync(2): the last step of a save.
    public static var fileOperationSync: TextKey { TextKey() }
    /// rename(2): a file saved whole takes its name.
    public static var fileOperationRename: TextKey { TextKey() }
    /// stat(2), fstat(2).
    public static var fileOperationExamine: TextKey { TextKey() }
    /// flock(2) on events.lock.
    public static var fileOperationLock: TextKey { TextKey() }
    public static var fileOperationRemove: TextKey { TextKey() }
    /// link(2): `lagom repair` keeps the old log under a second name.
    public static var fileOperationLink: TextKey { TextKey() }
    /// Reading a folder's names (`lagom share`).
    public static var fileOperationList: TextKey { TextKey() }
    /// Setting up the watch on a session folder (a pipe, inotify).
    public static var fileOperationWatch: TextKey { TextKey() }
    /// `lagom share`: the file's group.
    public static var fileOperationChangeGroup: TextKey { TextKey() }
    /// `lagom share`: the file's permissions.
    public static var fileOperationChangePermissions: TextKey { TextKey() }

    /// {reason} of `cliWordPartUnreadable`: a part of a zip (a Word template) cannot be unpacked.
    /// {detail}: the zip library's name for the failure (invalidCRC32), for whoever helps.
    public static var fileReasonZipDamaged: TextKey { TextKey() }
    /// {reason} of `cliWordNotZippedBecause`: the zip library failed. {detail}: its name for the failure.
    public static var fileReasonZipLibrary: TextKey { TextKey() }

    /// {reason} of `storeErrorReadOnly`: a viewer (the projector, `lagom log`) writes nothing.
    public static var storeReadOnlyViewing: TextKey { TextKey() }
    /// {reason} of `storeErrorReadOnly`: a session file cannot be opened for writing. {file}: it;
    /// {reason}: a `fileReason…` text.
    public static var storeReadOnlyCannotWrite: TextKey { TextKey() }
    /// {reason} of `storeErrorDamagedLog`: `lagom log` read fewer or more events than the session
    /// holds. {found}: the events in the log now; {read}: those read before.
    public static var storeDamagedCountDiffers: TextKey { TextKey() }
    /// {reason} of `storeErrorDamagedLog`: the log was swapped for a file lacking its later lines.
    public static var storeDamagedReplaced: TextKey { TextKey() }
}
