/// The store's errors (LagomStore's `StoreError`): one line naming the file, in the language of the
/// command or screen that shows it. The system's reasons are the `fileReason…` texts.
extension TextKey {
    /// Any command, and a pane that cannot start: no session by that name. {name}: what was typed; {looked}: the places looked in.
    public static var storeErrorNoSession: TextKey { TextKey() }
    /// A bare session name with neither XDG_DATA_HOME nor HOME set. {name}: the name.
    public static var storeErrorNoUserFolder: TextKey { TextKey() }
    /// `lagom new` into a folder that holds a plan. {folder}: the folder.
    public static var storeErrorAlreadyExists: TextKey { TextKey() }
    /// A line in the middle of the log cannot be read. {file}: the log; {line}: the line's number; {reason}: what is wrong (`storeDamaged…`).
    public static var storeErrorDamagedLog: TextKey { TextKey() }
    /// A save on a full disk. {file}: the file.
    public static var storeErrorDiskFull: TextKey { TextKey() }
    /// The system refused an operation on a file. {file}: the file; {operation}: a `fileOperation…`
    /// text; {reason}: a `fileReason…` text; {notSaved}: storeErrorNotSaved or nothing.
    public static var storeErrorIO: TextKey { TextKey() }
    /// After storeErrorIO when a save failed.
    public static var storeErrorNotSaved: TextKey { TextKey() }
    /// `lagom share --group G` with no such account group. {name}: G.
    public static var storeErrorNoGroup: TextKey { TextKey() }
    /// A session file that is a symbolic link. {file}: the file.
    public static var storeErrorLink: TextKey { TextKey() }
    /// One save larger than a log line may be. {size}: its KiB; {limit}: the most KiB.
    public static var storeErrorTooLarge: TextKey { TextKey() }
    /// A save in a session this process may only read. {folder}: the folder; {reason}: `storeReadOnlyViewing` or `storeReadOnlyCannotWrite`.
    public static var storeErrorReadOnly: TextKey { TextKey() }
}
