import LagomCore

/// What the store asked the system to do with a file when it failed, said in words after "could not
/// be" ("kunde inte"): `events.jsonl could not be opened`.
public enum FileOperation: Sendable, Hashable {
    case open, create, read, write
    /// fsync: the last step of a save.
    case sync
    /// A file saved whole (written aside, then renamed) takes its name.
    case rename
    /// stat, fstat.
    case examine
    /// flock on events.lock.
    case lock
    case remove
    /// `lagom repair` keeps the old log under a second name.
    case link
    /// Reading a folder's names.
    case list
    /// Setting up the watch on a session folder.
    case watch
    case changeGroup, changePermissions

    /// A failure here means the change was not saved.
    var saves: Bool { self == .write || self == .sync || self == .rename }

    var words: Localized {
        switch self {
        case .open: Localized(.fileOperationOpen)
        case .create: Localized(.fileOperationCreate)
        case .read: Localized(.fileOperationRead)
        case .write: Localized(.fileOperationWrite)
        case .sync: Localized(.fileOperationSync)
        case .rename: Localized(.fileOperationRename)
        case .examine: Localized(.fileOperationExamine)
        case .lock: Localized(.fileOperationLock)
        case .remove: Localized(.fileOperationRemove)
        case .link: Localized(.fileOperationLink)
        case .list: Localized(.fileOperationList)
        case .watch: Localized(.fileOperationWatch)
        case .changeGroup: Localized(.fileOperationChangeGroup)
        case .changePermissions: Localized(.fileOperationChangePermissions)
        }
    }
}
