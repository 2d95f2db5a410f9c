extension Catalogue {
    static let englishCommandSession: [TextKey: CatalogueEntry] = [
        .cliMinutesOutOfRange: "--minutes must be from {lowest} to {highest} (24 hours), found {found}",
        .cliMinutesNotZero: "--minutes must not be 0",
        .cliAttendanceNameFirst: "give the person's NAME before {option}",
        .cliAttendanceWhatToMark:
            "say what to mark: --present, --absent, --remote, --late TIME, --leaves TIME or --guest",
        .cliAttendanceOneMark: "mark one thing at a time (found {count})",
        .cliReasonWithAbsent: "--reason goes with --absent",
        .cliSiteWithGuest: "--site goes with --guest",
        .cliLateNotATime: "--late: expected a time like 09.40, found \"{found}\"",
        .cliLeavesNotATime: "--leaves: expected a time like 11.00 (or none), found \"{found}\"",
        .cliArrives: "arrives {time}",
        .cliLeaves: "leaves {time}",
        .cliGuest: "guest",
        .cliJoinedGroup: "joined",
        .cliLeftGroup: "left",
        .cliErrorLine: "error: {text}",
        .cliTornCopyUnnamed:
            "{file}: no torn-write marker in the log names this copy (a save was stopped between copying a cut-short write aside and marking it); its bytes are still in the log",
        .cliCheckSummary: "{folder}: {steps} over {days}, {participants}, {events}",
        .cliCountSteps: .plural("count", one: "1 step", other: "{count} steps"),
        .cliCountDays: .plural("count", one: "1 day", other: "{count} days"),
        .cliCountParticipants: .plural("count", one: "1 participant", other: "{count} participants"),
        .cliCountEvents: .plural("count", one: "1 event", other: "{count} events"),
        .cliCheckOK: "ok: {summary}",
        .cliCheckDamaged: .plural(
            "lines",
            one:
                "damaged: {summary}; 1 line of the log was passed over (`lagom repair {folder}` sets it aside, deleting nothing)",
            other:
                "damaged: {summary}; {lines} lines of the log were passed over (`lagom repair {folder}` sets them aside, deleting nothing)"
        ),
        .cliCheckAgendaWarnings: .plural(
            "count", one: "warnings: {summary}; 1 warning about the agenda's times (the session still opens)",
            other: "warnings: {summary}; {count} warnings about the agenda's times (the session still opens)"),
        .cliCheckOrphans: .plural(
            "count",
            one:
                "warnings: {summary}; 1 note has no place in the plan any more, so screens and votes leave it out (put the old step or list name back in plan.json, or move it: lagom note move ID --step … --list …)",
            other:
                "warnings: {summary}; {count} notes have no place in the plan any more, so screens and votes leave them out (put the old step or list name back in plan.json, or move them: lagom note move ID --step … --list …)"
        ),
        .cliFormatUnknown: "--format: \"{found}\" is not supported (expected one of {formats})",
        .cliForceWithOutput: "--force: only with --output FILE",
        .cliDocxNeedsOutput: "--format docx: a Word document needs --output FILE.docx (it is not text for a terminal)",
        .cliTemplateWithDocx: "--template: only with --format docx",
        .cliRepairNothing: .plural(
            "count", one: "{log}: nothing to repair; every line reads (1 line)",
            other: "{log}: nothing to repair; every line reads ({count} lines)"),
        .cliRepaired: .plural(
            "kept",
            one:
                "{log}: kept 1 readable line; set {lines} aside in {copy}; the log as it was is kept as {previous}; nothing was deleted",
            other:
                "{log}: kept {kept} readable lines; set {lines} aside in {copy}; the log as it was is kept as {previous}; nothing was deleted"
        ),
        .cliRepairLine: "line {line}",
        .cliRepairLines: "lines {lines}",
        .cliRepairMore: "{shown} and {count} more",
        .cliShared:
            "{folder}: shared with group {group}: {folders} and {files} are the group's, read-write, and nothing is readable by other accounts; what is made there later stays the group's",
        .cliCountFolders: .plural("count", one: "1 folder", other: "{count} folders"),
        .cliCountFiles: .plural("count", one: "1 file", other: "{count} files"),
        .cliNoSuchDay: "--day {day}: the plan has days 1–{days}",
        .cliRehearsalEnded: "rehearsal ended: the room's clock reads {clock} on {date}",
        .cliRehearsing:
            "rehearsing day {day}: the room's clock now reads {clock} on {date} (lagom rehearse --off ends it)",
        .cliLogUndone: "(undone)",
        .cliRecordWhatChanges: "say what changes: a new text, --owner or --due",
        .cliDecisionNoOwner: "a decision has no owner or due date; record an action for that",
        .cliActionDone: "done",
        .cliActionOpen: "open",
    ]
}
