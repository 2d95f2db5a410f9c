/// Why an event was refused. A refused event is never appended.
public enum Refusal: Error, Equatable, Sendable, CustomStringConvertible {
    case unknownStep(StepID)
    case alreadyCurrent(StepID)
    case noSuchStepToMoveTo(String)
    case stepNotStartable(StepID, StepStatus)
    case stepNotActive(StepID)
    case stepNotPaused(StepID)
    case stepNotRunning(StepID)
    case timerNotRunning(TimerKey)
    case timerNotPaused(TimerKey)
    case timerAlreadyRunning(TimerKey)
    case timerNotStarted(TimerKey)
    case timerStopped(TimerKey)
    /// Taking off more than the countdown's whole length (`length`, ms, extensions included).
    case timerWouldVanish(TimerKey, length: Int64)
    case timeIsUp(TimerKey)
    case badLength(seconds: Int)
    /// A start without a length, for a step whose plan gives none.
    case noLength(StepID)
    /// A start of a step that lasts until a return time, after that time.
    case returnTimePassed(step: StepID, ClockTime)
    case noSuchGroup(step: StepID, group: Int, groups: Int)
    case stepCollectsNoNotes(StepID)
    case unknownList(step: StepID, list: String, lists: [String])
    case unknownNote(NoteID)
    case duplicateNote(NoteID)
    case emptyNote
    case noteTooLong(length: Int, limit: Int)
    case parentCycle(NoteID)
    case notAVote(StepID)
    case wrongVoteMode(StepID, expected: VoteMode)
    case notRanked(step: StepID, note: NoteID)
    case negativePoints(NoteID, Int)
    case tooManyPoints(NoteID, Int, limit: Int)
    case talliedTwice(NoteID)
    case wrongChoiceCount(chosen: Int, needed: Int)
    /// A choice of what goes on from a vote whose plan gives no `advance`.
    case noAdvance(StepID)
    /// A timer asked of a vattentrappa, whose clock is the speaking group's turn.
    case turnsNotTimers(StepID)
    case overBudget(voter: String, used: Int, budget: Int)
    case overCap(note: NoteID, dots: Int, cap: Int)
    case emptyVoter
    case unknownVoter(String, suggestion: String?)
    case alreadyRevealed(StepID)
    case clockShiftTooLarge(Int)
    case nothingToReveal(StepID)
    case nothingToUndo
    case notACheckin(StepID)
    case noSuchSpeaker(Int)
    case unknownTransaction(String)
    case alreadyUndone(String)
    case undoOfAnUndo(String)
    case badRankingPosition(StepID, lists: Int)
    case subjectTwice(NoteID)
    // Notes: relay, silent writing, themes, moderation
    case notARelay(StepID)
    /// +1/+5 on a vattentrappa before the first hand-over or after the last turn.
    case noTurnSpeaking(StepID)
    /// More time for a turn the word has already passed on from.
    case turnNotSpeaking(step: StepID, turn: Int)
    /// More time for a turn the plan gives no length (no `minutesPerTurn`).
    case turnHasNoLength(StepID)
    /// Taking off more than the speaking group's whole turn (`length`, ms, extensions included).
    case turnWouldVanish(StepID, length: Int64)
    case noSuchTurn(step: StepID, turn: Int, groups: Int)
    case doneMarkUnchanged(group: Int, done: Bool)
    case noteHiddenUnchanged(NoteID, hidden: Bool)
    case duplicateTheme(String)
    case unknownTheme(String)
    case emptyThemeTitle
    case noSuchThemePosition(Int, themes: Int)
    case themeOfOtherStep(note: NoteID, theme: String)
    case mergeWithItself(NoteID)
    case mergeAcrossSteps(NoteID, NoteID)
    /// A note merged into one of another list would drop out of its own list (and its vote).
    case mergeAcrossLists(NoteID, list: String, into: NoteID, intoList: String)
    case alreadyMerged(NoteID)
    case holdsMergedNotes(NoteID)
    case notMerged(NoteID)
    case themesShownUnchanged(StepID, visible: Bool)
    case noSuchSlidePage(StepID, from: Int)
    case noThemesToShow(StepID)
    /// Attendance, groups, items and rounds (`PeopleRefusal`).
    case people(PeopleRefusal)
    case duplicateRecord(RecordID)
    case unknownRecord(RecordID)
    case recordKindChanged(RecordID, from: RecordKind)
    case emptyRecord(RecordKind)
    case actionNeedsOwner
    case badDueDate(String)
    case unknownHeading(step: StepID, heading: String, headings: [String])
    case notAnAction(RecordID)
    case actionDoneUnchanged(RecordID, done: Bool)
    case minutesShownUnchanged(Bool)

    public var description: String { message(.en) }

    /// The reason in words, naming steps, countdowns and notes as `names` says: by id (the command
    /// line, which scripts read) or by title and text (a screen, whose people know those).
    public func message(_ language: Language, names: RefusalNames = .ids) -> String {
        words(names).text(language)
    }
}
