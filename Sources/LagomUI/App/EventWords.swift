import LagomCore

/// Everything said about an event, in one place: its line in `lagom log` (ids, for scripts and
/// for reading the log beside the file) and what a screen says when an undo takes it back (titles
/// and texts, for people). Its name is `Change.name`, the key it has in the log.
public enum EventWords {
    /// `noteAdded k3f9a grupparbete/Riskfaktorer g2 "Tidspress"`; people's text sanitised for a terminal.
    /// An undo names the transaction it took back: `transactionUndone t8d2k…`. The words between the
    /// ids are in `language` (`groupMarkedDone grupp g2 klar`); names, ids and values stay as logged.
    public static func logLine(_ event: Event, _ language: Language) -> String {
        switch event.body {
        case .change(let change): words(change, plan: nil, state: nil, language: language).log
        case .undo(let tx): "\(event.name) \(tx)"
        }
    }

    /// "lapp "Humor / bra klimat" tillagd", "steg "Syfte dag 1" startat": what an undo took back.
    static func undone(_ change: Change, plan: Plan, state: SessionState) -> Localized {
        words(change, plan: plan, state: state, language: .en).said
    }

    /// Both at once, so a new kind of event is described in one `case`. Without a plan, the
    /// screen's words name ids (they are then not shown). `language` is the log line's.
    static func words(
        _ change: Change, plan: Plan?, state: SessionState?, language: Language
    ) -> (log: String, said: Localized) {
        func say(_ words: Localized) -> String { words.text(language) }
        func text(_ s: String) -> String { "\"" + Sanitiser.sanitiseSingleLine(s) + "\"" }
        func quoted(_ s: String) -> String { ScreenMessages.quoted(s) }
        func step(_ id: StepID) -> String { quoted(plan?.step(id)?.title ?? id.rawValue) }
        func note(_ id: NoteID, _ given: String? = nil) -> String {
            quoted(given ?? state?.note(id)?.text ?? id.rawValue)
        }
        func theme(_ id: String) -> String { quoted(state?.board.theme(id)?.theme.title ?? id) }
        func timer(_ key: TimerKey) -> Localized { key.named(step: step(key.step)) }
        let name = change.name
        switch change {
        case .stepEntered(let s): return ("\(name) \(s)", Localized(.undoStepEntered, ["step": step(s)]))
        case .stepStarted(let s): return ("\(name) \(s)", Localized(.undoStepStarted, ["step": step(s)]))
        case .stepPaused(let s): return ("\(name) \(s)", Localized(.undoStepPaused, ["step": step(s)]))
        case .stepResumed(let s): return ("\(name) \(s)", Localized(.undoStepResumed, ["step": step(s)]))
        case .stepCompleted(let s): return ("\(name) \(s)", Localized(.undoStepCompleted, ["step": step(s)]))
        case .slideTurned(let s, let from):
            return (
                "\(name) \(s) \(say(Localized(.logFromSlide, ["slide": String(from)])))", Localized(.undoSlideTurned)
            )
        case .speakerChanged(let s, let index):
            let people = plan?.participants ?? []
            let word =
                index >= 0 && index < people.count
                ? Localized(.undoSpeakerCalled, ["name": quoted(people[index].name)]) : Localized(.undoRoundEnded)
            return ("\(name) \(s) #\(index + 1)", word)
        case .timerStarted(let t, let seconds):
            return (
                "\(name) \(t) \(TimerMath.format(remaining: Int64(seconds) * 1000))",
                Localized(.undoTimerStarted, ["timer": timer(t)])
            )
        case .timerPaused(let t): return ("\(name) \(t)", Localized(.undoTimerPaused, ["timer": timer(t)]))
        case .timerResumed(let t): return ("\(name) \(t)", Localized(.undoTimerResumed, ["timer": timer(t)]))
        case .timerExtended(let t, let seconds):
            let longer = seconds >= 0
            return (
                "\(name) \(t) \(TimerMath.signedLength(seconds: seconds))",
                Localized(
                    longer ? .undoTimerLengthened : .undoTimerShortened,
                    ["timer": timer(t), "minutes": abs(seconds) / 60])
            )
        case .timerReset(let t): return ("\(name) \(t)", Localized(.undoTimerReset, ["timer": timer(t)]))
        case .timerStopped(let t): return ("\(name) \(t)", Localized(.undoTimerStopped, ["timer": timer(t)]))
        case .noteAdded(let id, let place, let body):
            let group = place.group.map { " g\($0)" } ?? ""
            return (
                "\(name) \(id) \(place.step)/\(Sanitiser.sanitiseSingleLine(place.list))\(group) \(text(body))",
                Localized(.undoNoteAdded, ["note": note(id, body)])
            )
        case .noteEdited(let id, let body):
            return ("\(name) \(id) \(text(body))", Localized(.undoNoteEdited, ["note": note(id, body)]))
        case .noteDeleted(let id): return ("\(name) \(id)", Localized(.undoNoteDeleted, ["note": note(id)]))
        case .noteMoved(let id, let place):
            return (
                "\(name) \(id) → \(place.step)/\(Sanitiser.sanitiseSingleLine(place.list))",
                Localized(.undoNoteMoved, ["note": note(id)])
            )
        case .votesTallied(let s, let tallies):
            return (
                "\(name) \(s) " + tallies.map { "\($0.note)=\($0.points)" }.joined(separator: " "),
                Localized(.undoVotesTallied, ["step": step(s)])
            )
        case .ballotCast(let s, let voter, let dots):
            return (
                "\(name) \(s) \(text(voter)) \(say(Localized(.logVotes, ["count": dots.count])))",
                Localized(.undoBallotCast, ["name": quoted(voter)])
            )
        case .resultsRevealed(let s): return ("\(name) \(s)", Localized(.undoResultsRevealed, ["step": step(s)]))
        case .rankingShown(let s, let p):
            let shown = p.fromBottom.map { " " + say(Localized(.logFromBottom, ["count": $0])) } ?? ""
            let page = say(Localized(.logRankingPage, ["list": String(p.list + 1), "page": String(p.page + 1)]))
            return (
                "\(name) \(s) \(page)\(shown)",
                Localized(.undoRankingShown, ["step": step(s)])
            )
        case .subjectsChosen(let s, let notes):
            return (
                "\(name) \(s) " + notes.map(\.rawValue).joined(separator: " "),
                Localized(.undoSubjectsChosen, ["step": step(s)])
            )
        case .turnPassed(let s, let turn):
            guard turn >= 0 else {
                return ("\(name) \(s) \(say(Localized(.logEnd)))", Localized(.undoRelayEnded, ["step": step(s)]))
            }
            let queue = plan.flatMap { plan in plan.step(s).map { Relay.queue($0, plan: plan) } } ?? []
            let group = turn < queue.count ? queue[turn] : turn + 1
            return (
                "\(name) \(s) \(say(Localized(.logTurn, ["turn": String(turn + 1)])))",
                Localized(.undoRelayTurn, ["group": group])
            )
        case .turnExtended(let s, let turn, let seconds):
            let queue = plan.flatMap { plan in plan.step(s).map { Relay.queue($0, plan: plan) } } ?? []
            let group = turn >= 0 && turn < queue.count ? queue[turn] : turn + 1
            let longer = seconds >= 0
            return (
                "\(name) \(s) \(say(Localized(.logTurn, ["turn": String(turn + 1)]))) "
                    + TimerMath.signedLength(seconds: seconds),
                Localized(
                    longer ? .undoTurnLengthened : .undoTurnShortened,
                    ["group": group, "step": step(s), "minutes": abs(seconds) / 60])
            )
        case .groupMarkedDone(let s, let group, let done):
            return (
                "\(name) \(s) g\(group) \(say(Localized(done ? .logDone : .logNotDone)))",
                Localized(done ? .undoGroupDone : .undoGroupNotDone, ["group": group])
            )
        case .noteHidden(let id, let hidden):
            return (
                "\(name) \(id) \(say(Localized(hidden ? .logHidden : .logShown)))",
                Localized(hidden ? .undoNoteHidden : .undoNoteShown, ["note": note(id)])
            )
        case .themeCreated(let theme, let s, let title):
            return ("\(name) \(theme) \(s) \(text(title))", Localized(.undoThemeCreated, ["title": quoted(title)]))
        case .themeRenamed(let theme, let title):
            return ("\(name) \(theme) \(text(title))", Localized(.undoThemeRenamed, ["title": quoted(title)]))
        case .themeSummarised(let id, let summary):
            return ("\(name) \(id) \(text(summary))", Localized(.undoThemeSummarised, ["title": theme(id)]))
        case .themeMoved(let id, let position):
            return ("\(name) \(id) → #\(position + 1)", Localized(.undoThemeMoved, ["title": theme(id)]))
        case .noteThemed(let id, let into):
            let said =
                into.map { Localized(.undoNoteThemed, ["note": note(id), "theme": theme($0)]) }
                ?? Localized(.undoNoteUnthemed, ["note": note(id)])
            return ("\(name) \(id) → \(into ?? say(Localized(.logNone)))", said)
        case .notesMerged(let id, let into):
            return ("\(name) \(id) → \(into)", Localized(.undoNotesMerged, ["note": note(id), "into": note(into)]))
        case .noteSplit(let id): return ("\(name) \(id)", Localized(.undoNoteSplit, ["note": note(id)]))
        case .themesShown(let s, let visible):
            return (
                "\(name) \(s) \(say(Localized(visible ? .logOn : .logOff)))",
                Localized(visible ? .undoThemesShown : .undoThemesHidden, ["step": step(s)])
            )
        case .recordAdded(let id, let entry), .recordEdited(let id, let entry):
            let owner = entry.owner.map { " " + say(Localized(.logOwner, ["owner": text($0)])) } ?? ""
            let due = entry.due.map { " " + say(Localized(.logDue, ["due": $0])) } ?? ""
            let added = if case .recordAdded = change { true } else { false }
            return (
                "\(name) \(id) \(entry.step) \(entry.kind.rawValue) \(text(entry.text))\(owner)\(due)",
                Localized(added ? entry.kind.undoSaved : entry.kind.undoEdited, ["text": quoted(entry.text)])
            )
        case .recordDeleted(let id):
            let said =
                state?.minutes.record(id).map {
                    Localized($0.entry.kind.undoDeleted, ["text": quoted($0.entry.text)])
                } ?? Localized(.undoRecordDeleted)
            return ("\(name) \(id)", said)
        case .actionMarkedDone(let id, let done):
            let action = quoted(state?.minutes.record(id)?.entry.text ?? id.rawValue)
            return (
                "\(name) \(id) \(say(Localized(done ? .logDone : .logOpen)))",
                Localized(done ? .undoActionDone : .undoActionReopened, ["text": action])
            )
        case .minutesShown(let visible):
            return (
                "\(name) \(say(Localized(visible ? .logOn : .logOff)))",
                Localized(visible ? .undoMinutesShown : .undoMinutesHidden)
            )
        case .attendanceMarked(let person, let a):
            let times = [
                a.arrives.map { say(Localized(.logArrives, ["time": $0])) },
                a.leaves.map { say(Localized(.logLeaves, ["time": $0])) },
            ].compactMap { $0 }
            let reason = a.reason.map { " " + text($0) } ?? ""
            return (
                "\(name) \(text(person)) \(a.status.rawValue)\(reason)" + times.map { " " + $0 }.joined(),
                Localized(.undoAttendanceMarked, ["name": quoted(person)])
            )
        case .guestAdded(let person, let site):
            return ("\(name) \(text(person)) \(text(site))", Localized(.undoGuestAdded, ["name": quoted(person)]))
        case .groupsFormed(let s, let seed, let groups):
            return (
                "\(name) \(s) "
                    + say(
                        Localized(
                            .logGroupsFormed,
                            ["seed": String(seed), "sizes": groups.map { String($0.count) }.joined(separator: "+")])),
                Localized(.undoGroupsFormed, ["step": step(s)])
            )
        case .groupChanged(let s, let group, let members):
            return (
                "\(name) \(s) g\(group) " + members.map { text($0.name) }.joined(separator: " "),
                Localized(.undoGroupChanged, ["group": group])
            )
        case .groupLocked(let s, let group, let locked):
            return (
                "\(name) \(s) g\(group) \(say(Localized(locked ? .logLocked : .logUnlocked)))",
                Localized(locked ? .undoGroupLocked : .undoGroupUnlocked, ["group": group])
            )
        case .groupItemSet(let s, let group, let note):
            return (
                "\(name) \(s) g\(group) \(note?.rawValue ?? say(Localized(.logNone)))",
                Localized(.undoGroupItemSet, ["group": group])
            )
        case .roundOrdered(let s, let order, let seed):
            return (
                "\(name) \(s) \(order.rawValue) \(say(Localized(.logSeed, ["seed": String(seed)])))",
                Localized(.undoRoundOrdered, ["step": step(s)])
            )
        case .speakerCalled(let s, let person):
            let word =
                person.map { Localized(.undoSpeakerCalled, ["name": quoted($0)]) } ?? Localized(.undoRoundEnded)
            return ("\(name) \(s) \(person.map(text) ?? say(Localized(.logEnd)))", word)
        case .speakerPassed(let s, let person):
            return ("\(name) \(s) \(text(person))", Localized(.undoSpeakerPassed, ["name": quoted(person)]))
        case .clockShifted(let seconds):
            let ended = seconds == 0
            return ("\(name) \(seconds)s", Localized(ended ? .undoRehearsalEnded : .undoClockShifted))
        }
    }
}

extension RecordKind {
    /// What an undo of writing, changing or deleting an entry of this kind says (Swedish agrees
    /// with the kind's gender: "beslut … sparat", "åtgärd … sparad").
    var undoSaved: TextKey {
        switch self {
        case .note: TextKey.undoNoteRecordSaved
        case .decision: TextKey.undoDecisionSaved
        case .action: TextKey.undoActionSaved
        }
    }

    var undoEdited: TextKey {
        switch self {
        case .note: TextKey.undoNoteRecordEdited
        case .decision: TextKey.undoDecisionEdited
        case .action: TextKey.undoActionEdited
        }
    }

    var undoDeleted: TextKey {
        switch self {
        case .note: TextKey.undoNoteRecordDeleted
        case .decision: TextKey.undoDecisionDeleted
        case .action: TextKey.undoActionDeleted
        }
    }
}
