/// The command line's texts about the session as a whole and the day's people and clocks: check,
/// repair, share, rehearse, log, export's options, timers, attendance and the meeting's actions.
extension TextKey {
    /// `lagom timer start/extend --minutes N` out of range. {lowest}, {highest}: the range; {found}: N as typed.
    public static var cliMinutesOutOfRange: TextKey { TextKey() }
    /// `lagom timer extend --minutes 0`.
    public static var cliMinutesNotZero: TextKey { TextKey() }
    /// `lagom attendance` with a mark but no NAME. {option}: the first mark, as typed.
    public static var cliAttendanceNameFirst: TextKey { TextKey() }
    /// `lagom attendance NAME` without a mark.
    public static var cliAttendanceWhatToMark: TextKey { TextKey() }
    /// `lagom attendance NAME` with several marks. {count}: how many.
    public static var cliAttendanceOneMark: TextKey { TextKey() }
    /// `lagom attendance NAME --reason` without --absent.
    public static var cliReasonWithAbsent: TextKey { TextKey() }
    /// `lagom attendance NAME --site` without --guest.
    public static var cliSiteWithGuest: TextKey { TextKey() }
    /// `lagom attendance NAME --late X`, X no time. {found}: X.
    public static var cliLateNotATime: TextKey { TextKey() }
    /// `lagom attendance NAME --leaves X`, X no time. {found}: X.
    public static var cliLeavesNotATime: TextKey { TextKey() }
    /// `lagom attendance` output: when a late person is expected. {time}: the time.
    public static var cliArrives: TextKey { TextKey() }
    /// `lagom attendance` output: when someone leaves early. {time}: the time.
    public static var cliLeaves: TextKey { TextKey() }
    /// `lagom attendance` output: the person was added on the day.
    public static var cliGuest: TextKey { TextKey() }
    /// `lagom attendance NAME …` output: the person was placed in a group (after cliRoundGroup).
    public static var cliJoinedGroup: TextKey { TextKey() }
    /// `lagom attendance NAME …` output: the person was taken out of a group (after cliRoundGroup).
    public static var cliLeftGroup: TextKey { TextKey() }
    /// `lagom check`, stderr: a damaged log line. {text}: the file, line and what is wrong.
    public static var cliErrorLine: TextKey { TextKey() }
    /// `lagom check`, warning: a torn write's copy no marker names. {file}: the copy.
    public static var cliTornCopyUnnamed: TextKey { TextKey() }
    /// `lagom check`, the last line: what the session holds. {folder}: the session; {steps}, {days}, {participants}, {events}: cliCount….
    public static var cliCheckSummary: TextKey { TextKey() }
    /// In cliCheckSummary. {count}: the plan's steps.
    public static var cliCountSteps: TextKey { TextKey() }
    /// In cliCheckSummary. {count}: the plan's days.
    public static var cliCountDays: TextKey { TextKey() }
    /// In cliCheckSummary. {count}: the plan's participants.
    public static var cliCountParticipants: TextKey { TextKey() }
    /// In cliCheckSummary. {count}: the log's events.
    public static var cliCountEvents: TextKey { TextKey() }
    /// `lagom check`, the last line of a sound session. {summary}: cliCheckSummary.
    public static var cliCheckOK: TextKey { TextKey() }
    /// `lagom check`, the last line of a damaged log. {summary}: cliCheckSummary; {lines}: lines passed over; {folder}: the session.
    public static var cliCheckDamaged: TextKey { TextKey() }
    /// `lagom check`, the last line after warnings about times. {summary}: cliCheckSummary; {count}: the warnings.
    public static var cliCheckAgendaWarnings: TextKey { TextKey() }
    /// `lagom check`, the last line after notes without a place. {summary}: cliCheckSummary; {count}: the notes.
    public static var cliCheckOrphans: TextKey { TextKey() }
    /// `lagom export --format X` with an unknown X. {found}: X; {formats}: the formats, as typed.
    public static var cliFormatUnknown: TextKey { TextKey() }
    /// `lagom export --force` without --output.
    public static var cliForceWithOutput: TextKey { TextKey() }
    /// `lagom export --format docx` without --output.
    public static var cliDocxNeedsOutput: TextKey { TextKey() }
    /// `lagom export --template` without --format docx.
    public static var cliTemplateWithDocx: TextKey { TextKey() }
    /// `lagom repair` on a sound log. {log}: the log file; {count}: its lines.
    public static var cliRepairNothing: TextKey { TextKey() }
    /// `lagom repair` that set lines aside. {log}: the log; {kept}: lines kept; {lines}: cliRepairLine(s); {copy}: the damaged lines' file; {previous}: the old log's copy.
    public static var cliRepaired: TextKey { TextKey() }
    /// In cliRepaired: the one line set aside. {line}: its number.
    public static var cliRepairLine: TextKey { TextKey() }
    /// In cliRepaired: the lines set aside. {lines}: their numbers, or cliRepairMore.
    public static var cliRepairLines: TextKey { TextKey() }
    /// In cliRepairLines: the first ten line numbers, then how many more. {shown}: the ten; {count}: the rest.
    public static var cliRepairMore: TextKey { TextKey() }
    /// `lagom share`: what it did. {folder}: the session; {group}: the account group; {folders}, {files}: cliCountFolders, cliCountFiles.
    public static var cliShared: TextKey { TextKey() }
    /// In cliShared. {count}: the folders.
    public static var cliCountFolders: TextKey { TextKey() }
    /// In cliShared. {count}: the files.
    public static var cliCountFiles: TextKey { TextKey() }
    /// `lagom rehearse --day N` beyond the plan's days. {day}: N; {days}: the plan's days.
    public static var cliNoSuchDay: TextKey { TextKey() }
    /// `lagom rehearse --off`: the room's clock is the wall clock again. {clock}: the time; {date}: the date, YYYY-MM-DD.
    public static var cliRehearsalEnded: TextKey { TextKey() }
    /// `lagom rehearse`: the room's clock shifted. {day}: the plan's day; {clock}: the time; {date}: the date, YYYY-MM-DD.
    public static var cliRehearsing: TextKey { TextKey() }
    /// `lagom log`, after an event that was taken back.
    public static var cliLogUndone: TextKey { TextKey() }
    /// `lagom decision/action/minute edit ID` without a change.
    public static var cliRecordWhatChanges: TextKey { TextKey() }
    /// `lagom decision edit --owner/--due`.
    public static var cliDecisionNoOwner: TextKey { TextKey() }
    /// `lagom action list`, the status column: done.
    public static var cliActionDone: TextKey { TextKey() }
    /// `lagom action list`, the status column: not done yet.
    public static var cliActionOpen: TextKey { TextKey() }
}
