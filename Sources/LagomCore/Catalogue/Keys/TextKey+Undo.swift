// What an undo took back, after "Ångrat: " on the message line (`EventWords`, `msgUndoneWhat`).
// Steps, notes, themes and records are named by their title or text, quoted and shortened; never
// by an id. Countdowns are named by `timerOfStep` / `timerOfGroup`.
extension TextKey {
    /// A countdown of the whole step, in a sentence. {step}: the step's title, quoted.
    public static var timerOfStep: TextKey { TextKey() }
    /// A group's countdown, in a sentence. {group}: its number; {step}: the step's title, quoted.
    public static var timerOfGroup: TextKey { TextKey() }
    /// A countdown by its id, on the command line. {timer}: `step/group`.
    public static var timerById: TextKey { TextKey() }
    /// Undone: moving to a step. {step}: its title.
    public static var undoStepEntered: TextKey { TextKey() }
    /// Undone: starting a step. {step}: its title.
    public static var undoStepStarted: TextKey { TextKey() }
    /// Undone: pausing a step. {step}: its title.
    public static var undoStepPaused: TextKey { TextKey() }
    /// Undone: resuming a step. {step}: its title.
    public static var undoStepResumed: TextKey { TextKey() }
    /// Undone: marking a step done. {step}: its title.
    public static var undoStepCompleted: TextKey { TextKey() }
    /// Undone: paging a long slide.
    public static var undoSlideTurned: TextKey { TextKey() }
    /// Undone: giving the word in a check-in round. {name}: the speaker, quoted.
    public static var undoSpeakerCalled: TextKey { TextKey() }
    /// Undone: ending a check-in round.
    public static var undoRoundEnded: TextKey { TextKey() }
    /// Undone: starting a countdown. {timer}: timerOfStep or timerOfGroup.
    public static var undoTimerStarted: TextKey { TextKey() }
    /// Undone: pausing a countdown. {timer}: as above.
    public static var undoTimerPaused: TextKey { TextKey() }
    /// Undone: resuming a countdown. {timer}: as above.
    public static var undoTimerResumed: TextKey { TextKey() }
    /// Undone: adding time. {timer}: as above; {minutes}: how many.
    public static var undoTimerLengthened: TextKey { TextKey() }
    /// Undone: taking time off. {timer}: as above; {minutes}: how many.
    public static var undoTimerShortened: TextKey { TextKey() }
    /// Undone: resetting a countdown. {timer}: as above.
    public static var undoTimerReset: TextKey { TextKey() }
    /// Undone: stopping a countdown. {timer}: as above.
    public static var undoTimerStopped: TextKey { TextKey() }
    /// Undone: a note written. {note}: its text, quoted and shortened.
    public static var undoNoteAdded: TextKey { TextKey() }
    /// Undone: a note's text changed. {note}: its text.
    public static var undoNoteEdited: TextKey { TextKey() }
    /// Undone: a note deleted. {note}: its text.
    public static var undoNoteDeleted: TextKey { TextKey() }
    /// Undone: a note moved to another list. {note}: its text.
    public static var undoNoteMoved: TextKey { TextKey() }
    /// Undone: a note kept off the projector. {note}: its text.
    public static var undoNoteHidden: TextKey { TextKey() }
    /// Undone: a hidden note shown again. {note}: its text.
    public static var undoNoteShown: TextKey { TextKey() }
    /// Undone: a note put into a theme. {note}: its text; {theme}: the theme's title, quoted.
    public static var undoNoteThemed: TextKey { TextKey() }
    /// Undone: a note taken out of its theme. {note}: its text.
    public static var undoNoteUnthemed: TextKey { TextKey() }
    /// Undone: a duplicate merged into another note. {note}: the duplicate; {into}: the other note.
    public static var undoNotesMerged: TextKey { TextKey() }
    /// Undone: a duplicate taken out of a merge. {note}: its text.
    public static var undoNoteSplit: TextKey { TextKey() }
    /// Undone: the points entered for a vote. {step}: the vote's title.
    public static var undoVotesTallied: TextKey { TextKey() }
    /// Undone: one voter's votes. {name}: the voter, quoted.
    public static var undoBallotCast: TextKey { TextKey() }
    /// Undone: a vote's result shown. {step}: the vote's title.
    public static var undoResultsRevealed: TextKey { TextKey() }
    /// Undone: a move of the ranking on the projector. {step}: the vote's title.
    public static var undoRankingShown: TextKey { TextKey() }
    /// Undone: choosing what goes on from a vote. {step}: the vote's title.
    public static var undoSubjectsChosen: TextKey { TextKey() }
    /// Undone: ending a water staircase. {step}: its title.
    public static var undoRelayEnded: TextKey { TextKey() }
    /// Undone: giving the word to a group in a water staircase. {group}: its number.
    public static var undoRelayTurn: TextKey { TextKey() }
    /// Undone: a group marked done in silent writing. {group}: its number.
    public static var undoGroupDone: TextKey { TextKey() }
    /// Undone: a group marked not done. {group}: its number.
    public static var undoGroupNotDone: TextKey { TextKey() }
    /// Undone: a theme made. {title}: its title, quoted.
    public static var undoThemeCreated: TextKey { TextKey() }
    /// Undone: a theme renamed. {title}: the new title, quoted.
    public static var undoThemeRenamed: TextKey { TextKey() }
    /// Undone: a theme's summary written. {title}: the theme's title, quoted.
    public static var undoThemeSummarised: TextKey { TextKey() }
    /// Undone: a theme moved in its step's order. {title}: its title, quoted.
    public static var undoThemeMoved: TextKey { TextKey() }
    /// Undone: a step's theme summary put on the projector. {step}: its title.
    public static var undoThemesShown: TextKey { TextKey() }
    /// Undone: a step's theme summary taken off the projector. {step}: its title.
    public static var undoThemesHidden: TextKey { TextKey() }
    /// Undone: a record written. {text}: its text, quoted (one key per kind, for gender).
    public static var undoNoteRecordSaved: TextKey { TextKey() }
    /// Undone: a decision written. {text}: its text, quoted.
    public static var undoDecisionSaved: TextKey { TextKey() }
    /// Undone: an action written. {text}: its text, quoted.
    public static var undoActionSaved: TextKey { TextKey() }
    /// Undone: a minute-taker's note changed. {text}: its new text, quoted.
    public static var undoNoteRecordEdited: TextKey { TextKey() }
    /// Undone: a decision changed. {text}: its new text, quoted.
    public static var undoDecisionEdited: TextKey { TextKey() }
    /// Undone: an action changed. {text}: its new text, quoted.
    public static var undoActionEdited: TextKey { TextKey() }
    /// Undone: a minute-taker's note deleted. {text}: its text, quoted.
    public static var undoNoteRecordDeleted: TextKey { TextKey() }
    /// Undone: a decision deleted. {text}: its text, quoted.
    public static var undoDecisionDeleted: TextKey { TextKey() }
    /// Undone: an action deleted. {text}: its text, quoted.
    public static var undoActionDeleted: TextKey { TextKey() }
    /// Undone: a deletion from the minutes whose entry is gone.
    public static var undoRecordDeleted: TextKey { TextKey() }
    /// Undone: an action marked done. {text}: its text, quoted.
    public static var undoActionDone: TextKey { TextKey() }
    /// Undone: an action marked open again. {text}: its text, quoted.
    public static var undoActionReopened: TextKey { TextKey() }
    /// Undone: the minutes put on the projector.
    public static var undoMinutesShown: TextKey { TextKey() }
    /// Undone: the minutes taken off the projector.
    public static var undoMinutesHidden: TextKey { TextKey() }
    /// Undone: a person's attendance marked. {name}: the person, quoted.
    public static var undoAttendanceMarked: TextKey { TextKey() }
    /// Undone: a guest added. {name}: the guest, quoted.
    public static var undoGuestAdded: TextKey { TextKey() }
    /// Undone: a step's groups formed. {step}: its title.
    public static var undoGroupsFormed: TextKey { TextKey() }
    /// Undone: a change of one group's members. {group}: its number.
    public static var undoGroupChanged: TextKey { TextKey() }
    /// Undone: a group locked. {group}: its number.
    public static var undoGroupLocked: TextKey { TextKey() }
    /// Undone: a group unlocked. {group}: its number.
    public static var undoGroupUnlocked: TextKey { TextKey() }
    /// Undone: the item a group works on. {group}: its number.
    public static var undoGroupItemSet: TextKey { TextKey() }
    /// Undone: a check-in round started over in a new order. {step}: its title.
    public static var undoRoundOrdered: TextKey { TextKey() }
    /// Undone: a speaker passing for now. {name}: the person, quoted.
    public static var undoSpeakerPassed: TextKey { TextKey() }
    /// Undone: the end of a rehearsal (the room's clock back to the wall clock).
    public static var undoRehearsalEnded: TextKey { TextKey() }
    /// Undone: a rehearsal's move of the room's clock.
    public static var undoClockShifted: TextKey { TextKey() }
}
