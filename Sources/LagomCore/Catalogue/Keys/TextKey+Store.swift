// What the session store tells a person that did not stop the work: on a pane's message line
// (file names relative to the session) and on the command line's `warning:` lines.
extension TextKey {
    /// The log's last write was cut short. {file}: the log's path; {line}: the torn line.
    public static var storeTornTail: TextKey { TextKey() }
    /// A save copied a torn write aside. {file}, {line}: as above; {bytes}: how many;
    /// {copy}: the copy's file name (events.torn-…).
    public static var storeTornCopied: TextKey { TextKey() }
    /// Saved, but fsync failed. {file}: the log's path; {reason}: a `fileReason…` text
    /// or `storeReasonDiskFull`.
    public static var storeNotDurable: TextKey { TextKey() }
    /// The reason in `storeNotDurable` when the disk is full.
    public static var storeReasonDiskFull: TextKey { TextKey() }
    /// A failed save could not be undone in memory by reading the log again. {file}: the log's
    /// path; {error}: the store's error.
    public static var storeReadAgainFailed: TextKey { TextKey() }
    /// The log was renamed over by a file that holds all of it. {file}: the log's path.
    public static var storeFollowedReplacement: TextKey { TextKey() }
    /// The log changed outside Lagom and was read again. {file}: the log's path; {why}: one of
    /// the `storeWhy…` texts.
    public static var storeReadAgain: TextKey { TextKey() }
    /// {why} of `storeReadAgain`: the log was swapped for another file.
    public static var storeWhySwapped: TextKey { TextKey() }
    /// {why} of `storeReadAgain`: the log got shorter. {from}, {to}: sizes in bytes.
    public static var storeWhyCut: TextKey { TextKey() }
    /// {why} of `storeReadAgain`: bytes already read changed.
    public static var storeWhyChangedInPlace: TextKey { TextKey() }
    /// The checkpoint (or another file the store keeps for speed) could not be written.
    /// {file}: its path; {error}: the store's error.
    public static var storeNotUpdated: TextKey { TextKey() }
    /// Unreadable lines in the middle of the log. {place}: file:line or file:first-last;
    /// {count}: how many lines.
    public static var storeDamageUnreadable: TextKey { TextKey() }
    /// A torn-write marker with no damaged lines before it. {place}: file:line.
    public static var storeDamageStrayMarker: TextKey { TextKey() }
    /// An event that appears twice. {place}: file:line; {id}: the event's id.
    public static var storeDamageDuplicate: TextKey { TextKey() }
    /// `lagom check`: notes the plan has no place for any more, one line per note or per problem.
    /// {file}: the log's path; {line}: the log line that put the note there; {what}: a `storeOrphan…` text.
    public static var storeOrphanLine: TextKey { TextKey() }
    /// As `storeOrphanLine` for many notes with one problem. {shown}: the first line numbers, comma
    /// separated; {last}: the last line number.
    public static var storeOrphanLines: TextKey { TextKey() }
    /// {what}: notes in a step the plan no longer has. {count}: how many; {step}: the step's id.
    public static var storeOrphanNoSuchStep: TextKey { TextKey() }
    /// {what}: notes in a step that no longer collects notes. {count}, {step}: as above.
    public static var storeOrphanCollectsNoNotes: TextKey { TextKey() }
    /// {what}: notes without a list in a step that now has named lists. {count}, {step}: as above.
    public static var storeOrphanWithoutList: TextKey { TextKey() }
    /// {what}: notes in a list the step no longer has. {count}, {step}: as above; {list}: its name.
    public static var storeOrphanNoSuchList: TextKey { TextKey() }
    /// {what}: notes of a group the step no longer has. {count}, {step}: as above; {group}: its
    /// number; {groups}: how many groups the step has now.
    public static var storeOrphanNoSuchGroup: TextKey { TextKey() }
}
