extension Refusal {
    /// The reason as a catalogue text (the Refusals area), naming steps, countdowns and notes as
    /// `names` says.
    public func words(_ names: RefusalNames = .ids) -> Localized {
        func step(_ id: StepID) -> String { names.step(id) }
        func timer(_ key: TimerKey) -> Localized { names.timer(key) }
        func note(_ id: NoteID) -> String { names.note(id) }
        func quotedList(_ items: [String]) -> String { items.map { "\"\($0)\"" }.joined(separator: ", ") }
        switch self {
        case .unknownStep(let s): return Localized(.refuseUnknownStep, ["step": "\"\(s)\""])
        case .alreadyCurrent(let s): return Localized(.refuseAlreadyCurrent, ["step": step(s)])
        case .noSuchStepToMoveTo(let direction):
            let next = direction == "next"
            return Localized(next ? .refuseNoNextStep : .refuseNoPreviousStep)
        case .stepNotStartable(let s, let status):
            switch status {
            case .active: return Localized(.refuseStepAlreadyRunning, ["step": step(s)])
            case .paused: return Localized(.refuseStepPausedNotStarted, ["step": step(s)])
            case .pending, .done: return Localized(.refuseStepNotStartable, ["step": step(s)])
            }
        case .stepNotActive(let s): return Localized(.refuseStepNotActive, ["step": step(s)])
        case .stepNotPaused(let s): return Localized(.refuseStepNotPaused, ["step": step(s)])
        case .stepNotRunning(let s): return Localized(.refuseStepNotRunning, ["step": step(s)])
        case .timerNotRunning(let t): return Localized(.refuseTimerNotRunning, ["timer": timer(t)])
        case .timerNotPaused(let t): return Localized(.refuseTimerNotPaused, ["timer": timer(t)])
        case .timerAlreadyRunning(let t): return Localized(.refuseTimerAlreadyRunning, ["timer": timer(t)])
        case .timerNotStarted(let t): return Localized(.refuseTimerNotStarted, ["timer": timer(t)])
        case .timerStopped(let t): return Localized(.refuseTimerStopped, ["timer": timer(t)])
        case .timerWouldVanish(let t, let length):
            return Localized(
                .refuseTimerWouldVanish, ["timer": timer(t), "length": Self.duration(milliseconds: length)])
        case .timeIsUp(let t): return Localized(.refuseTimeIsUp, ["timer": timer(t)])
        case .badLength(let seconds): return Localized(.refuseBadLength, ["seconds": seconds])
        case .noLength(let s): return Localized(.refuseNoLength, ["step": step(s)])
        case .returnTimePassed(let s, let back):
            return Localized(.refuseReturnTimePassed, ["step": step(s), "time": back])
        case .noSuchGroup(let s, let g, let count):
            return Localized(.refuseNoSuchGroup, ["step": step(s), "group": g, "count": count])
        case .stepCollectsNoNotes(let s): return Localized(.refuseStepCollectsNoNotes, ["step": step(s)])
        case .unknownList(let s, let l, let lists):
            return Localized(.refuseUnknownList, ["step": step(s), "list": l, "lists": quotedList(lists)])
        case .unknownNote(let n): return Localized(.refuseUnknownNote, ["note": note(n)])
        case .duplicateNote(let n): return Localized(.refuseDuplicateNote, ["note": note(n)])
        case .emptyNote: return Localized(.refuseEmptyNote)
        case .noteTooLong(let length, let limit):
            return Localized(.refuseNoteTooLong, ["length": length, "limit": limit])
        case .parentCycle(let n): return Localized(.refuseParentCycle, ["note": note(n)])
        case .notAVote(let s): return Localized(.refuseNotAVote, ["step": step(s)])
        case .wrongVoteMode(let s, let expected):
            let tally = expected == .tally
            return Localized(tally ? .refuseTakesTallies : .refuseTakesBallots, ["step": step(s)])
        case .notRanked(let s, let n): return Localized(.refuseNotRanked, ["note": note(n), "step": step(s)])
        case .negativePoints(let n, let p): return Localized(.refuseNegativePoints, ["note": note(n), "points": p])
        case .tooManyPoints(let n, let p, let limit):
            return Localized(.refuseTooManyPoints, ["note": note(n), "points": p, "limit": limit])
        case .talliedTwice(let n): return Localized(.refuseTalliedTwice, ["note": note(n)])
        case .wrongChoiceCount(let chosen, let needed):
            return Localized(.refuseWrongChoiceCount, ["chosen": chosen, "needed": needed])
        case .turnsNotTimers(let s): return Localized(.refuseTurnsNotTimers, ["step": step(s)])
        case .noAdvance(let s): return Localized(.refuseNoAdvance, ["step": step(s)])
        case .overBudget(let voter, let used, let budget):
            // Usually one dot too many, pressed one at a time: say the budget is spent.
            let spent = used == budget + 1
            return Localized(
                spent ? .refuseVotesSpent : .refuseOverBudget, ["voter": voter, "used": used, "budget": budget])
        case .overCap(let n, let dots, let cap):
            return Localized(.refuseOverCap, ["note": note(n), "dots": dots, "cap": cap])
        case .emptyVoter: return Localized(.refuseEmptyVoter)
        case .unknownVoter(let name, let suggestion):
            guard let suggestion else { return Localized(.refuseUnknownVoter, ["name": name]) }
            return Localized(.refuseUnknownVoterSuggestion, ["name": name, "suggestion": suggestion])
        case .clockShiftTooLarge(let seconds):
            let days = SessionState.maxClockShiftSeconds / 86_400
            return Localized(.refuseClockShiftTooLarge, ["days": days, "seconds": seconds])
        case .alreadyRevealed(let s): return Localized(.refuseAlreadyRevealed, ["step": step(s)])
        case .nothingToReveal(let s): return Localized(.refuseNothingToReveal, ["step": step(s)])
        case .notACheckin(let s): return Localized(.refuseNotACheckin, ["step": step(s)])
        case .noSuchSpeaker(let i): return Localized(.refuseNoSuchSpeaker, ["number": i + 1])
        case .nothingToUndo: return Localized(.refuseNothingToUndo)
        case .unknownTransaction(let tx): return Localized(.refuseUnknownTransaction, ["tx": tx])
        case .alreadyUndone(let tx): return Localized(.refuseAlreadyUndone, ["tx": tx])
        case .undoOfAnUndo(let tx): return Localized(.refuseUndoOfAnUndo, ["tx": tx])
        case .badRankingPosition(let s, let lists):
            return Localized(.refuseBadRankingPosition, ["step": step(s), "lists": lists])
        case .subjectTwice(let n): return Localized(.refuseSubjectTwice, ["note": note(n)])
        case .notARelay(let s): return Localized(.refuseNotARelay, ["step": step(s)])
        case .noSuchTurn(let s, let turn, let groups):
            return Localized(.refuseNoSuchTurn, ["step": step(s), "turn": turn + 1, "groups": groups])
        case .noTurnSpeaking(let s): return Localized(.refusalNoTurnSpeaking, ["step": step(s)])
        case .turnNotSpeaking(let s, let turn):
            return Localized(.refusalTurnNotSpeaking, ["step": step(s), "turn": turn + 1])
        case .turnHasNoLength(let s): return Localized(.refusalTurnHasNoLength, ["step": step(s)])
        case .turnWouldVanish(let s, let length):
            return Localized(
                .refusalTurnWouldVanish, ["step": step(s), "length": Self.duration(milliseconds: length)])
        case .doneMarkUnchanged(let group, let done):
            return Localized(done ? .refuseGroupAlreadyDone : .refuseGroupAlreadyNotDone, ["group": group])
        case .noteHiddenUnchanged(let n, let hidden):
            return Localized(hidden ? .refuseNoteAlreadyHidden : .refuseNoteAlreadyShown, ["note": note(n)])
        case .duplicateTheme(let t): return Localized(.refuseDuplicateTheme, ["theme": t])
        case .unknownTheme(let t): return Localized(.refuseUnknownTheme, ["theme": t])
        case .emptyThemeTitle: return Localized(.refuseEmptyThemeTitle)
        case .noSuchThemePosition(let position, let themes):
            return Localized(.refuseNoSuchThemePosition, ["themes": themes, "place": position + 1])
        case .themeOfOtherStep(let n, let t): return Localized(.refuseThemeOfOtherStep, ["theme": t, "note": note(n)])
        case .mergeWithItself(let n): return Localized(.refuseMergeWithItself, ["note": note(n)])
        case .mergeAcrossSteps(let a, let b):
            return Localized(.refuseMergeAcrossSteps, ["note": note(a), "other": note(b)])
        case .mergeAcrossLists(let n, let list, let into, let intoList):
            return Localized(
                .refusalMergeAcrossLists, ["note": note(n), "list": list, "into": note(into), "intoList": intoList])
        case .alreadyMerged(let n): return Localized(.refuseAlreadyMerged, ["note": note(n)])
        case .holdsMergedNotes(let n): return Localized(.refuseHoldsMergedNotes, ["note": note(n)])
        case .notMerged(let n): return Localized(.refuseNotMerged, ["note": note(n)])
        case .themesShownUnchanged(let s, let visible):
            return Localized(visible ? .refuseThemesAlreadyShown : .refuseThemesNotShown, ["step": step(s)])
        case .noSuchSlidePage(let s, let from):
            return Localized(.refuseNoSuchSlidePage, ["step": step(s), "paragraph": from + 1])
        case .noThemesToShow(let s): return Localized(.refuseNoThemesToShow, ["step": step(s)])
        case .people(let refusal): return refusal.words(names)
        case .duplicateRecord, .unknownRecord, .recordKindChanged, .emptyRecord, .actionNeedsOwner, .badDueDate,
            .unknownHeading, .notAnAction, .actionDoneUnchanged, .minutesShownUnchanged:
            return minutesWords(names)
        }
    }

    /// A countdown's whole length in a sentence: `5 min`, `2 min 30 s`.
    static func duration(milliseconds: Int64) -> Localized {
        let seconds = Int(milliseconds / 1000)
        guard seconds % 60 != 0 else { return Localized(.durationMinutes, ["minutes": seconds / 60]) }
        return Localized(.durationMinutesSeconds, ["minutes": seconds / 60, "seconds": seconds % 60])
    }
}
