// Why a change was refused (`Refusal`, `PeopleRefusal`), after "⚠ " on a screen and after
// "lagom: " on the command line: lower case, no full stop. A screen names steps and notes by
// their titles and texts (`ScreenMessages.refusal`), the command line by their ids.
extension TextKey {
    // MARK: Steps
    /// A step id the plan does not have. {step}: the id, quoted.
    public static var refuseUnknownStep: TextKey { TextKey() }
    /// Moving to the step already current. {step}: its title (or id), quoted.
    public static var refuseAlreadyCurrent: TextKey { TextKey() }
    /// Moving on from the last step.
    public static var refuseNoNextStep: TextKey { TextKey() }
    /// Moving back from the first step.
    public static var refuseNoPreviousStep: TextKey { TextKey() }
    /// Starting a step that runs. {step}: as above.
    public static var refuseStepAlreadyRunning: TextKey { TextKey() }
    /// Starting a paused step. {step}: as above.
    public static var refuseStepPausedNotStarted: TextKey { TextKey() }
    /// Starting a step that cannot start (no other reason known). {step}: as above.
    public static var refuseStepNotStartable: TextKey { TextKey() }
    /// Pausing a step that does not run. {step}: as above.
    public static var refuseStepNotActive: TextKey { TextKey() }
    /// Resuming a step that is not paused. {step}: as above.
    public static var refuseStepNotPaused: TextKey { TextKey() }
    /// Finishing a step that has not started. {step}: as above.
    public static var refuseStepNotRunning: TextKey { TextKey() }
    // MARK: Countdowns ({timer}: timerOfStep, timerOfGroup or timerById)
    /// Pausing a countdown that does not run. {timer}.
    public static var refuseTimerNotRunning: TextKey { TextKey() }
    /// Resuming a countdown that is not paused. {timer}.
    public static var refuseTimerNotPaused: TextKey { TextKey() }
    /// Starting a countdown that runs. {timer}.
    public static var refuseTimerAlreadyRunning: TextKey { TextKey() }
    /// Changing a countdown never started. {timer}.
    public static var refuseTimerNotStarted: TextKey { TextKey() }
    /// Changing a stopped countdown. {timer}.
    public static var refuseTimerStopped: TextKey { TextKey() }
    /// Taking off more than a countdown's whole length (extensions included). {timer}; {length}: durationMinutes….
    public static var refuseTimerWouldVanish: TextKey { TextKey() }
    /// Pausing or changing a countdown whose time is up. {timer}.
    public static var refuseTimeIsUp: TextKey { TextKey() }
    /// A countdown's length out of range. {seconds}: what was given.
    public static var refuseBadLength: TextKey { TextKey() }
    /// Starting a countdown of a step without a length. {step}: its title, quoted.
    public static var refuseNoLength: TextKey { TextKey() }
    /// Starting a step that lasts until a time already passed. {step}; {time}: that time.
    public static var refuseReturnTimePassed: TextKey { TextKey() }
    /// A countdown asked of a water staircase. {step}.
    public static var refuseTurnsNotTimers: TextKey { TextKey() }
    /// A length in whole minutes, in a refusal. {minutes}: how many.
    public static var durationMinutes: TextKey { TextKey() }
    /// A length in minutes and seconds, in a refusal. {minutes}; {seconds}.
    public static var durationMinutesSeconds: TextKey { TextKey() }
    // MARK: Groups
    /// A group number the step does not have. {step}; {count}: its groups; {group}: the number.
    public static var refuseNoSuchGroup: TextKey { TextKey() }
    // MARK: Notes
    /// Writing a note in a step that collects none. {step}.
    public static var refuseStepCollectsNoNotes: TextKey { TextKey() }
    /// A list the step does not have. {step}; {list}: what was given; {lists}: the step's lists, quoted.
    public static var refuseUnknownList: TextKey { TextKey() }
    /// A note that does not exist. {note}: its text, quoted (its id on the command line).
    public static var refuseUnknownNote: TextKey { TextKey() }
    /// A note id given twice. {note}: as above.
    public static var refuseDuplicateNote: TextKey { TextKey() }
    /// Saving a note without text.
    public static var refuseEmptyNote: TextKey { TextKey() }
    /// A note over the limit. {length}: its characters; {limit}: the most allowed.
    public static var refuseNoteTooLong: TextKey { TextKey() }
    /// A note put under itself. {note}.
    public static var refuseParentCycle: TextKey { TextKey() }
    /// Hiding a hidden note. {note}.
    public static var refuseNoteAlreadyHidden: TextKey { TextKey() }
    /// Showing a note that shows. {note}.
    public static var refuseNoteAlreadyShown: TextKey { TextKey() }
    // MARK: Votes
    /// A vote's action on another kind of step. {step}.
    public static var refuseNotAVote: TextKey { TextKey() }
    /// Ballots for a vote that takes counted points. {step}.
    public static var refuseTakesTallies: TextKey { TextKey() }
    /// Counted points for a vote that takes ballots. {step}.
    public static var refuseTakesBallots: TextKey { TextKey() }
    /// Points for a note not in the vote. {note}; {step}.
    public static var refuseNotRanked: TextKey { TextKey() }
    /// Points below 0. {note}; {points}: what was given.
    public static var refuseNegativePoints: TextKey { TextKey() }
    /// Points over the limit. {note}; {points}: given; {limit}: the most per item.
    public static var refuseTooManyPoints: TextKey { TextKey() }
    /// A note given points twice in one entry. {note}.
    public static var refuseTalliedTwice: TextKey { TextKey() }
    /// Choosing too many or too few to go on. {needed}; {chosen}.
    public static var refuseWrongChoiceCount: TextKey { TextKey() }
    /// Choosing what goes on from a vote whose plan gives no number. {step}.
    public static var refuseNoAdvance: TextKey { TextKey() }
    /// One dot more than a voter has. {voter}; {budget}: their votes.
    public static var refuseVotesSpent: TextKey { TextKey() }
    /// A ballot with more dots than the voter has. {voter}; {budget}; {used}: the dots given.
    public static var refuseOverBudget: TextKey { TextKey() }
    /// More dots on one item than allowed. {cap}: the most; {note}; {dots}: given.
    public static var refuseOverCap: TextKey { TextKey() }
    /// A ballot without the voter's name.
    public static var refuseEmptyVoter: TextKey { TextKey() }
    /// A voter not in the plan. {name}: what was given.
    public static var refuseUnknownVoter: TextKey { TextKey() }
    /// As above, with the nearest name. {name}; {suggestion}.
    public static var refuseUnknownVoterSuggestion: TextKey { TextKey() }
    /// Revealing a vote or the notes again. {step}.
    public static var refuseAlreadyRevealed: TextKey { TextKey() }
    /// Revealing a step with nothing to reveal. {step}.
    public static var refuseNothingToReveal: TextKey { TextKey() }
    /// A ranking view out of range (command line). {step}; {lists}: how many lists.
    public static var refuseBadRankingPosition: TextKey { TextKey() }
    /// A note chosen twice to go on. {note}.
    public static var refuseSubjectTwice: TextKey { TextKey() }
    // MARK: Rounds, undo, the room's clock
    /// A round's action on a step that is no check-in. {step}.
    public static var refuseNotACheckin: TextKey { TextKey() }
    /// A participant number out of range. {number}.
    public static var refuseNoSuchSpeaker: TextKey { TextKey() }
    /// Undo with nothing of one's own to take back.
    public static var refuseNothingToUndo: TextKey { TextKey() }
    /// Undo of a transaction id not in the log (command line). {tx}.
    public static var refuseUnknownTransaction: TextKey { TextKey() }
    /// Undo of an undone transaction. {tx}.
    public static var refuseAlreadyUndone: TextKey { TextKey() }
    /// Undo of an undo. {tx}.
    public static var refuseUndoOfAnUndo: TextKey { TextKey() }
    /// A rehearsal's shift of the room's clock too far. {days}: the most; {seconds}: given.
    public static var refuseClockShiftTooLarge: TextKey { TextKey() }
    // MARK: Water staircase, themes, merges
    /// A turn on a step that is no water staircase. {step}.
    public static var refuseNotARelay: TextKey { TextKey() }
    /// A turn out of range. {step}; {groups}: how many; {turn}: given.
    public static var refuseNoSuchTurn: TextKey { TextKey() }
    /// Marking a done group done. {group}.
    public static var refuseGroupAlreadyDone: TextKey { TextKey() }
    /// Taking back a done mark not given. {group}.
    public static var refuseGroupAlreadyNotDone: TextKey { TextKey() }
    /// A theme id given twice. {theme}.
    public static var refuseDuplicateTheme: TextKey { TextKey() }
    /// A theme that does not exist. {theme}.
    public static var refuseUnknownTheme: TextKey { TextKey() }
    /// A theme without a title.
    public static var refuseEmptyThemeTitle: TextKey { TextKey() }
    /// A theme's place out of range. {themes}: how many; {place}: given.
    public static var refuseNoSuchThemePosition: TextKey { TextKey() }
    /// A note put in another step's theme. {theme}; {note}.
    public static var refuseThemeOfOtherStep: TextKey { TextKey() }
    /// Merging a note with itself. {note}.
    public static var refuseMergeWithItself: TextKey { TextKey() }
    /// Merging notes of two steps. {note}; {other}.
    public static var refuseMergeAcrossSteps: TextKey { TextKey() }
    /// Merging a merged note. {note}.
    public static var refuseAlreadyMerged: TextKey { TextKey() }
    /// Merging a note that holds merged ones. {note}.
    public static var refuseHoldsMergedNotes: TextKey { TextKey() }
    /// Splitting a note not merged. {note}.
    public static var refuseNotMerged: TextKey { TextKey() }
    /// Showing a theme summary that shows. {step}.
    public static var refuseThemesAlreadyShown: TextKey { TextKey() }
    /// Taking off a theme summary not shown. {step}.
    public static var refuseThemesNotShown: TextKey { TextKey() }
    /// A slide page out of range. {step}; {paragraph}: given.
    public static var refuseNoSuchSlidePage: TextKey { TextKey() }
    /// Showing themes of a step without any. {step}.
    public static var refuseNoThemesToShow: TextKey { TextKey() }
    // MARK: The minutes ({record}: a record's id, on the command line)
    /// A record id given twice. {record}.
    public static var refuseDuplicateRecord: TextKey { TextKey() }
    /// A record that does not exist. {record}.
    public static var refuseUnknownRecord: TextKey { TextKey() }
    /// Changing a note of the minutes into another kind. {record}.
    public static var refuseStaysNote: TextKey { TextKey() }
    /// Changing a decision into another kind. {record}.
    public static var refuseStaysDecision: TextKey { TextKey() }
    /// Changing an action into another kind. {record}.
    public static var refuseStaysAction: TextKey { TextKey() }
    /// A note of the minutes without text.
    public static var refuseEmptyNoteRecord: TextKey { TextKey() }
    /// A decision without text.
    public static var refuseEmptyDecision: TextKey { TextKey() }
    /// An action without text.
    public static var refuseEmptyAction: TextKey { TextKey() }
    /// An action without an owner.
    public static var refuseActionNeedsOwner: TextKey { TextKey() }
    /// A due date that cannot be read. {due}: what was given.
    public static var refuseBadDueDate: TextKey { TextKey() }
    /// A heading asked of a step without headings. {step}.
    public static var refuseNoHeadings: TextKey { TextKey() }
    /// A heading the step does not have. {step}; {heading}; {headings}: the step's, quoted.
    public static var refuseUnknownHeading: TextKey { TextKey() }
    /// Marking a record done that is no action. {record}.
    public static var refuseNotAnAction: TextKey { TextKey() }
    /// Marking a done action done. {record}.
    public static var refuseActionAlreadyDone: TextKey { TextKey() }
    /// Reopening an open action. {record}.
    public static var refuseActionAlreadyOpen: TextKey { TextKey() }
    /// Showing the minutes that show.
    public static var refuseMinutesAlreadyShown: TextKey { TextKey() }
    /// Taking off the minutes not shown.
    public static var refuseMinutesNotShown: TextKey { TextKey() }
    // MARK: People: attendance, groups, rounds ({name}: a person's name as given)
    /// A name not among the participants. {name}.
    public static var refuseUnknownPerson: TextKey { TextKey() }
    /// As above, with the nearest name. {name}; {suggestion}.
    public static var refuseUnknownPersonSuggestion: TextKey { TextKey() }
    /// A guest without a name.
    public static var refuseEmptyName: TextKey { TextKey() }
    /// A guest named as a participant. {name}.
    public static var refuseNameTaken: TextKey { TextKey() }
    /// Marking attendance as it already is. {name}.
    public static var refuseAttendanceUnchanged: TextKey { TextKey() }
    /// A group action on a step without groups. {step}.
    public static var refuseNotGrouped: TextKey { TextKey() }
    /// A group action before the groups are formed. {step}.
    public static var refuseGroupsNotFormed: TextKey { TextKey() }
    /// Placing someone not here. {name}.
    public static var refusePersonNotHere: TextKey { TextKey() }
    /// Groups with one person twice. {name}.
    public static var refusePersonTwice: TextKey { TextKey() }
    /// Groups without someone here. {name}.
    public static var refusePersonMissing: TextKey { TextKey() }
    /// A role the step does not have. {step}; {role}.
    public static var refuseUnknownRole: TextKey { TextKey() }
    /// Two with one role in a group. {group}; {role}.
    public static var refuseRoleTwice: TextKey { TextKey() }
    /// Locking a locked group. {group}.
    public static var refuseGroupAlreadyLocked: TextKey { TextKey() }
    /// Unlocking an unlocked group. {group}.
    public static var refuseGroupAlreadyUnlocked: TextKey { TextKey() }
    /// Changing a locked group. {group}.
    public static var refuseGroupLocked: TextKey { TextKey() }
    /// Moving someone to their own group. {name}; {group}.
    public static var refuseAlreadyInGroup: TextKey { TextKey() }
    /// Swapping two in one group. {name}; {other}.
    public static var refuseSameGroup: TextKey { TextKey() }
    /// A round's action before it began. {step}.
    public static var refuseRoundNotStarted: TextKey { TextKey() }
    /// Passing someone who does not speak. {name}.
    public static var refuseNotSpeaking: TextKey { TextKey() }
    /// Passing when nobody speaks. {step}.
    public static var refuseNobodySpeaking: TextKey { TextKey() }
    /// Calling the next speaker when everyone has spoken. {step}.
    public static var refuseNobodyToCall: TextKey { TextKey() }
}
