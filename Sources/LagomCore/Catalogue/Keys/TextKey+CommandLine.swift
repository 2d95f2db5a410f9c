/// The command line's own texts (Sources/lagom): its errors and warnings, and the lines the step,
/// note, vote, groups and round commands print. Said in the command's language (CommandLanguage).
extension TextKey {
    /// Every command, stderr: a warning; the command goes on. {text}: the warning.
    public static var cliWarning: TextKey { TextKey() }
    /// Every command, stderr: the one line of a failed command. {text}: what went wrong.
    public static var cliError: TextKey { TextKey() }
    /// Any command: `--lang` at the end of the line, with no language after it.
    public static var cliLangMissing: TextKey { TextKey() }
    /// Any command: `--lang` with a language Lagom does not speak. {found}: what was typed.
    public static var cliLangUnknown: TextKey { TextKey() }
    /// Any session command: `--as` names no role. {role}: what was typed; {roles}: the roles, as typed.
    public static var cliUnknownRole: TextKey { TextKey() }
    /// A screen command: `--theme` names no theme. {found}: what was typed.
    public static var cliUnknownTheme: TextKey { TextKey() }
    /// stderr, the first time a bundled sample is opened by name. {name}: the sample; {folder}: the working copy.
    public static var cliWorkingCopyMade: TextKey { TextKey() }
    /// Any command: an argument that is not UTF-8; nothing was done. {index}: its number; {byte}: the bad byte in hex; {before}: the text before it.
    public static var cliArgumentNotUTF8: TextKey { TextKey() }
    /// `lagom projektor X`: a mistyped command. {word}: what was typed; {command}: the command it is close to.
    public static var cliNotACommand: TextKey { TextKey() }
    /// `lagom X Y`: the first word is no command and no session. {word}: what was typed; {commands}: every command.
    public static var cliNeitherCommandNorSession: TextKey { TextKey() }
    /// Any command with a step: the plan has no such step. {step}: what was typed; {steps}: the plan's step ids.
    public static var cliNoSuchStep: TextKey { TextKey() }
    /// A command whose step defaults to the current one, before the day has started.
    public static var cliNoCurrentStep: TextKey { TextKey() }
    /// `lagom step …` output, the status column: not started.
    public static var cliStepPending: TextKey { TextKey() }
    /// `lagom step …` output, the status column: running.
    public static var cliStepActive: TextKey { TextKey() }
    /// `lagom step …` output, the status column: paused.
    public static var cliStepPaused: TextKey { TextKey() }
    /// `lagom step …` output, the status column: done.
    public static var cliStepDone: TextKey { TextKey() }
    /// `lagom timer …` output, the state column: running.
    public static var cliTimerRunning: TextKey { TextKey() }
    /// `lagom timer …` output, the state column: paused.
    public static var cliTimerPaused: TextKey { TextKey() }
    /// `lagom timer …` output, the state column: stopped.
    public static var cliTimerStopped: TextKey { TextKey() }
    /// `lagom attendance` output, the status column: here.
    public static var cliAttendancePresent: TextKey { TextKey() }
    /// `lagom attendance` output, the status column: not here.
    public static var cliAttendanceAbsent: TextKey { TextKey() }
    /// `lagom attendance` output, the status column: takes part digitally.
    public static var cliAttendanceRemote: TextKey { TextKey() }
    /// `lagom attendance` output, the status column: expected later.
    public static var cliAttendanceLate: TextKey { TextKey() }
    /// `lagom note …`: no note has that id. {note}: the id typed.
    public static var cliNoSuchNote: TextKey { TextKey() }
    /// `lagom note move` with both --parent and --no-parent.
    public static var cliParentAndNoParent: TextKey { TextKey() }
    /// `lagom note move` without a place to move to.
    public static var cliMoveWhereTo: TextKey { TextKey() }
    /// `lagom vote tally`: an argument that is not NOTE=POINTS. {item}: the argument.
    public static var cliTallyNotNotePoints: TextKey { TextKey() }
    /// `lagom vote tally`, warning: more points than the room could give. {list}: the list; {total}: its points; {over}: the surplus; {people}: participants; {votes}: votes each.
    public static var cliTallySurplus: TextKey { TextKey() }
    /// `lagom vote cast` without note ids or --clear.
    public static var cliCastNoNotes: TextKey { TextKey() }
    /// `lagom vote cast --clear` with note ids.
    public static var cliCastClearWithNotes: TextKey { TextKey() }
    /// `lagom vote cast`: a new ballot was entered. {voter}: the voter; {count}: its dots.
    public static var cliBallotCast: TextKey { TextKey() }
    /// `lagom vote cast`: a voter's ballot entered again. {voter}: the voter; {was}: the earlier dots' note ids, or cliBallotWasEmpty.
    public static var cliBallotReplaced: TextKey { TextKey() }
    /// `lagom vote cast`, in cliBallotReplaced: the earlier ballot had no dots.
    public static var cliBallotWasEmpty: TextKey { TextKey() }
    /// `lagom vote results` of a step that is no vote. {step}: its id.
    public static var cliNotAVote: TextKey { TextKey() }
    /// `lagom vote results`: the heading over a demand's resources. {parent}: the demand's text, or cliRankingNoParent.
    public static var cliRankingParent: TextKey { TextKey() }
    /// `lagom vote results`, in cliRankingParent: the resources under no demand.
    public static var cliRankingNoParent: TextKey { TextKey() }
    /// `lagom vote results`, the points column. {points}: the points.
    public static var cliPoints: TextKey { TextKey() }
    /// `lagom vote results`, the points column of a note without points.
    public static var cliNoPoints: TextKey { TextKey() }
    /// `lagom vote results`, last column: chosen to go on.
    public static var cliRankingGoesOn: TextKey { TextKey() }
    /// `lagom vote results`, last column: among the plan's top before the choice. {n}: the plan's advance.
    public static var cliRankingTop: TextKey { TextKey() }
    /// `lagom vote results`, last column: tied at the cut.
    public static var cliRankingTied: TextKey { TextKey() }
    /// `lagom vote results`, last line: how many go on. {count}: the chosen.
    public static var cliRankingChosen: TextKey { TextKey() }
    /// `lagom vote results`, last line: nothing chosen yet. {needed}: how many to choose.
    public static var cliRankingNotChosen: TextKey { TextKey() }
    /// `lagom vote results`, last line: a tie at the cut to settle. {open}: places left; {tied}: the tied notes; {needed}: ids to give.
    public static var cliRankingNotChosenTied: TextKey { TextKey() }
    /// `lagom undo`: what was taken back, as a screen says it. {what}: "Ångrat: lapp "…" tillagd"; {tx}: its transaction id.
    public static var cliUndone: TextKey { TextKey() }
    /// `lagom groups …` that saved before the step's groups are formed. {step}: the step's id.
    public static var cliGroupsSavedNotFormed: TextKey { TextKey() }
    /// `lagom groups show` before the groups are formed. {step}: the step's id.
    public static var cliGroupsNotFormed: TextKey { TextKey() }
    /// `lagom groups show`: a group's first line. {group}: its number; {count}: its members.
    public static var cliGroup: TextKey { TextKey() }
    /// `lagom groups show`: a locked group's first line. {group}: its number; {count}: its members.
    public static var cliGroupLocked: TextKey { TextKey() }
    /// `lagom groups show`, after a group's first line: the item it works on. {item}: the note's text.
    public static var cliGroupItem: TextKey { TextKey() }
    /// `lagom groups show`, last line: how well the groups mix. {field}: the plan's mixBy field; {range}: 2 or 2–3; {values}: how many values there are.
    public static var cliGroupsMix: TextKey { TextKey() }
    /// `lagom round next` on a step without a round. {step}: its id; {kind}: its kind.
    public static var cliNoRound: TextKey { TextKey() }
    /// `lagom round order` with an unknown order. {order}: what was typed; {orders}: the orders, as typed.
    public static var cliNoSuchRoundOrder: TextKey { TextKey() }
    /// `lagom round next`: the vattentrappa's group that has the word. {group}: its number.
    public static var cliRoundGroup: TextKey { TextKey() }
    /// `lagom round next`: the round is over.
    public static var cliRoundEnded: TextKey { TextKey() }
    /// `lagom round next`: nobody has the word yet.
    public static var cliRoundNobody: TextKey { TextKey() }
    /// `lagom round …`: a speaker taking part digitally. {name}: the person.
    public static var cliRemoteSpeaker: TextKey { TextKey() }
    /// `lagom secretary --group N` on a plan without group note steps. {group}: N.
    public static var cliNoNoteGroups: TextKey { TextKey() }
    /// `lagom secretary --group N` (or ssh-line) beyond the plan's groups. {group}: N; {most}: the most groups.
    public static var cliNoSuchNoteGroup: TextKey { TextKey() }
    /// `lagom timekeeper --group N` with N below 1. {found}: N.
    public static var cliGroupNumberFromOne: TextKey { TextKey() }
    /// `lagom timekeeper --group N` on a plan without group work. {group}: N.
    public static var cliNoGroupTimers: TextKey { TextKey() }
    /// `lagom timekeeper --group N` beyond the plan's groups. {group}: N; {most}: the most groups.
    public static var cliNoSuchTimerGroup: TextKey { TextKey() }
}
