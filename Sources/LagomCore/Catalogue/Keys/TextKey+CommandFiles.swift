/// The command line's texts about files and accounts: what it writes (export, a new session from an
/// agenda), the meeting records it edits, and the keys of `ssh-line`. In the command's language.
extension TextKey {
    /// In a write failure, for output to the terminal: the name of standard output.
    public static var cliStandardOutput: TextKey { TextKey() }
    /// `lagom export --output FILE` (or any file a command writes) that already exists. {file}: the file.
    public static var cliFileExists: TextKey { TextKey() }
    /// A file a command writes cannot be made. {file}: the file; {reason}: LagomStore's `SystemReason` words (a `fileReason…` text).
    public static var cliFileNotWritable: TextKey { TextKey() }
    /// Writing a command's output failed midway. {file}: the file or cliStandardOutput; {reason}: LagomStore's `SystemReason` words (a `fileReason…` text).
    public static var cliWriteFailed: TextKey { TextKey() }
    /// `lagom export --format docx`: the document could not be packed.
    public static var cliWordNotZipped: TextKey { TextKey() }
    /// `lagom export --format docx`: the document could not be packed. {reason}: `fileReasonZipLibrary`.
    public static var cliWordNotZippedBecause: TextKey { TextKey() }
    /// `lagom export --template FILE` that is no zip file. {file}: the file.
    public static var cliNotAWordFile: TextKey { TextKey() }
    /// `lagom export --template FILE`: a part inside cannot be read. {file}: the file; {part}: the part's path; {reason}: `fileReasonZipDamaged`.
    public static var cliWordPartUnreadable: TextKey { TextKey() }
    /// `lagom export --template FILE`: the template cannot be used. {file}: the file; {problem}: what is wrong.
    public static var cliTemplateProblem: TextKey { TextKey() }
    /// `lagom new --from-agenda FILE` that is not UTF-8. {file}: the file.
    public static var cliAgendaNotUTF8: TextKey { TextKey() }
    /// `lagom new --from-agenda FILE`, stderr: a line Lagom could not place. {file}: the file; {line}: the line.
    public static var cliAgendaLineNotPlaced: TextKey { TextKey() }
    /// `lagom new --from-agenda FILE` without an agenda item. {file}: the file.
    public static var cliAgendaEmpty: TextKey { TextKey() }
    /// `lagom new --from-agenda FILE` whose plan would not run. {file}: the file; {problem}: the plan's first error.
    public static var cliAgendaPlanInvalid: TextKey { TextKey() }
    /// `lagom minute edit/delete`: no minutes note has that id. {id}: the id typed.
    public static var cliNoSuchMinuteNote: TextKey { TextKey() }
    /// `lagom decision edit/delete`: no decision has that id. {id}: the id typed.
    public static var cliNoSuchDecision: TextKey { TextKey() }
    /// `lagom action edit/delete/done`: no action has that id. {id}: the id typed.
    public static var cliNoSuchAction: TextKey { TextKey() }
    /// `lagom decision/action/minute edit/delete` with the id of another kind. {id}: the id; {kind}, {expected}: cliRecordA….
    public static var cliRecordOfOtherKind: TextKey { TextKey() }
    /// In cliRecordOfOtherKind: a minutes note.
    public static var cliRecordANote: TextKey { TextKey() }
    /// In cliRecordOfOtherKind: a decision.
    public static var cliRecordADecision: TextKey { TextKey() }
    /// In cliRecordOfOtherKind: an action.
    public static var cliRecordAnAction: TextKey { TextKey() }
    /// `lagom ssh-line` without --group N or --projector, or with both.
    public static var cliSSHGroupOrProjector: TextKey { TextKey() }
    /// `lagom ssh-line` given a private key. {file}: the file.
    public static var cliPrivateKey: TextKey { TextKey() }
    /// `lagom ssh-line` given a file that is no public key. {file}: the file.
    public static var cliNotAPublicKey: TextKey { TextKey() }
    /// `lagom ssh-pane` errors: the pane a key opens. {group}: the group.
    public static var cliSSHSecretaryPane: TextKey { TextKey() }
    /// `lagom ssh-pane` errors: the pane a key opens.
    public static var cliSSHProjector: TextKey { TextKey() }
    /// `lagom ssh-pane` with a role it does not open. {role}: the role.
    public static var cliSSHUnknownRole: TextKey { TextKey() }
    /// `lagom ssh-pane`: the client asked for something else. {pane}: cliSSH…; {asked}: what it asked for.
    public static var cliSSHOnlyThisPane: TextKey { TextKey() }
    /// `lagom ssh-pane` without a terminal. {pane}: cliSSH….
    public static var cliSSHNeedsTerminal: TextKey { TextKey() }
    /// `lagom ssh-pane`: the pane could not be started. {pane}: cliSSH…; {reason}: LagomStore's `SystemReason` words (a `fileReason…` text).
    public static var cliSSHCannotStart: TextKey { TextKey() }
}
