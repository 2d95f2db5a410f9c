import LagomCore

/// Messages for people at a screen, who know steps by their titles and notes by their texts,
/// not by ids: what an undo took back, and refusals with titles in place of step ids
/// (the command line keeps the ids, which scripts need).
public enum ScreenMessages {
    /// "Ångrat: lapp "Humor / bra klimat" tillagd", "Ångrat: steg "Syfte dag 1" startat".
    /// `events` are the undone transaction's; `state` is the state after the undo.
    public static func undone(_ events: [Event], plan: Plan, state: SessionState) -> Localized {
        let changes = events.map(\.change)
        guard let main = primary(changes) else { return Strings.undone }
        var what = describe(main, plan: plan, state: state)
        let added = changes.filter { if case .noteAdded = $0 { true } else { false } }.count
        if added > 1 {
            what = Localized(sv: "\(added) lappar tillagda", en: "\(added) notes added")
        }
        // The facilitator's "+5 for the whole room" changes every countdown of the step at once.
        let timers = Set(changes.compactMap(\.timerKey))
        if timers.count > 1, changes.allSatisfy({ $0.timerKey != nil }), let key = timers.first {
            let title = quoted(plan.step(key.step)?.title ?? key.step.rawValue)
            what = Localized(sv: "\(timers.count) timrar i \(title) ändrade", en: "\(timers.count) timers in \(title) changed")
        }
        return Localized(sv: "Ångrat: " + what.sv, en: "Undone: " + what.en)
    }

    /// The change that says what a transaction was: starting a step starts its countdown too,
    /// and moving on finishes the step before; the step's change is the one to name.
    static func primary(_ changes: [Change]) -> Change? {
        func isStep(_ change: Change) -> Bool {
            switch change {
            case .stepStarted, .stepPaused, .stepResumed: true
            default: false
            }
        }
        if let step = changes.first(where: isStep) { return step }
        if let entered = changes.first(where: { if case .stepEntered = $0 { true } else { false } }) { return entered }
        return changes.first
    }

    static func describe(_ change: Change, plan: Plan, state: SessionState) -> Localized {
        func step(_ id: StepID) -> String { quoted(plan.step(id)?.title ?? id.rawValue) }
        func note(_ id: NoteID, _ text: String? = nil) -> String { quoted(text ?? state.note(id)?.text ?? id.rawValue) }
        func timer(_ key: TimerKey) -> Localized {
            let title = step(key.step)
            guard let group = key.group else { return Localized(sv: "timern för \(title)", en: "the timer of \(title)") }
            return Localized(sv: "grupp \(group):s timer i \(title)", en: "group \(group)'s timer in \(title)")
        }
        func timerDid(_ key: TimerKey, sv: String, en: String) -> Localized {
            let name = timer(key)
            return Localized(sv: name.sv + " " + sv, en: name.en + " " + en)
        }
        switch change {
        case .stepEntered(let s): return Localized(sv: "byte till steg \(step(s))", en: "move to step \(step(s))")
        case .stepStarted(let s): return Localized(sv: "steg \(step(s)) startat", en: "step \(step(s)) started")
        case .stepPaused(let s): return Localized(sv: "steg \(step(s)) pausat", en: "step \(step(s)) paused")
        case .stepResumed(let s): return Localized(sv: "steg \(step(s)) återupptaget", en: "step \(step(s)) resumed")
        case .stepCompleted(let s): return Localized(sv: "steg \(step(s)) markerat klart", en: "step \(step(s)) marked done")
        case .speakerChanged(_, let index):
            guard index >= 0, index < plan.participants.count else { return Localized(sv: "rundan avslutad", en: "round ended") }
            let name = quoted(plan.participants[index].name)
            return Localized(sv: "ordet till \(name)", en: "the word to \(name)")
        case .timerStarted(let key, _): return timerDid(key, sv: "startad", en: "started")
        case .timerPaused(let key): return timerDid(key, sv: "pausad", en: "paused")
        case .timerResumed(let key): return timerDid(key, sv: "återupptagen", en: "resumed")
        case .timerExtended(let key, let seconds):
            let minutes = (seconds >= 0 ? "+" : "−") + "\(abs(seconds) / 60) min"
            return timerDid(key, sv: minutes, en: minutes)
        case .timerReset(let key): return timerDid(key, sv: "återställd", en: "reset")
        case .timerStopped(let key): return timerDid(key, sv: "stoppad", en: "stopped")
        case .noteAdded(let id, _, let text): return Localized(sv: "lapp \(note(id, text)) tillagd", en: "note \(note(id, text)) added")
        case .noteEdited(let id, let text): return Localized(sv: "lapp \(note(id, text)) ändrad", en: "note \(note(id, text)) edited")
        case .noteDeleted(let id): return Localized(sv: "lapp \(note(id)) borttagen", en: "note \(note(id)) deleted")
        case .noteMoved(let id, _): return Localized(sv: "lapp \(note(id)) flyttad", en: "note \(note(id)) moved")
        case .votesTallied(let s, _): return Localized(sv: "poäng i \(step(s))", en: "points in \(step(s))")
        case .ballotCast(_, let voter, _):
            return Localized(sv: "röstsedel från \(quoted(voter))", en: "ballot of \(quoted(voter))")
        case .resultsRevealed(let s): return Localized(sv: "\(step(s)) visat", en: "\(step(s)) revealed")
        case .transactionUndone: return Localized(sv: "en ångring", en: "an undo")
        case .rankingShown(let s, _): return Localized(sv: "visning av \(step(s))", en: "view of \(step(s))")
        case .subjectsChosen(let s, _):
            return Localized(sv: "val av vad som går vidare i \(step(s))", en: "choice of what goes on in \(step(s))")
        case .turnPassed(let s, let turn):
            guard turn >= 0 else { return Localized(sv: "vattentrappan \(step(s)) avslutad", en: "water staircase \(step(s)) ended") }
            let group = plan.step(s).map { Relay.queue($0, plan: plan) }.flatMap { turn < $0.count ? $0[turn] : nil } ?? turn + 1
            return Localized(sv: "ordet till grupp \(group)", en: "the word to group \(group)")
        case .groupMarkedDone(_, let group, let done):
            return Localized(sv: "grupp \(group) markerad \(done ? "klar" : "inte klar")", en: "group \(group) marked \(done ? "done" : "not done")")
        case .noteHidden(let id, let hidden):
            return Localized(sv: "lapp \(note(id)) \(hidden ? "dold" : "visad")", en: "note \(note(id)) \(hidden ? "hidden" : "shown")")
        case .themeCreated(_, _, let title): return Localized(sv: "tema \(quoted(title)) skapat", en: "theme \(quoted(title)) created")
        case .themeRenamed(_, let title): return Localized(sv: "tema omdöpt till \(quoted(title))", en: "theme renamed \(quoted(title))")
        case .themeMoved: return Localized(sv: "tema flyttat", en: "theme moved")
        case .noteThemed(let id, _): return Localized(sv: "lapp \(note(id)) till tema", en: "note \(note(id)) put in a theme")
        case .notesMerged(let id, _): return Localized(sv: "lapp \(note(id)) ihopslagen", en: "note \(note(id)) merged")
        case .noteSplit(let id): return Localized(sv: "lapp \(note(id)) utbruten", en: "note \(note(id)) split off")
        case .attendanceMarked, .guestAdded, .groupsFormed, .groupChanged, .groupLocked, .groupItemSet,
             .roundOrdered, .speakerCalled, .speakerPassed:
            return describePeople(change, plan: plan, state: state)
        case .recordAdded(_, let entry):
            return Localized(sv: "\(entry.kind.swedish) \(quoted(entry.text)) sparad", en: "\(entry.kind.rawValue) \(quoted(entry.text)) saved")
        case .recordEdited(_, let entry):
            return Localized(sv: "\(entry.kind.swedish) \(quoted(entry.text)) ändrad", en: "\(entry.kind.rawValue) \(quoted(entry.text)) edited")
        case .recordDeleted: return Localized(sv: "post borttagen", en: "record deleted")
        case .actionMarkedDone(_, let done):
            return Localized(sv: "åtgärd markerad \(done ? "klar" : "öppen")", en: "action marked \(done ? "done" : "open")")
        case .minutesShown(let visible):
            return Localized(sv: "protokollet \(visible ? "på" : "av") projektorn", en: "minutes \(visible ? "on" : "off") the projector")
        }
    }

    /// The refusal as a screen says it: notes by their text, steps by their title, countdowns by
    /// their step's title (`⚠ steget "Avslutning – Strandås humorinslag" har inte startat`).
    public static func refusal(_ refusal: Refusal, plan: Plan, state: SessionState, language: Language) -> String {
        refusal.message(language, names: names(plan: plan, state: state))
    }

    /// Steps by their titles, countdowns by their step's title (and group), notes by their texts;
    /// ids where there is no title or text.
    static func names(plan: Plan, state: SessionState) -> RefusalNames {
        RefusalNames(
            step: { id in quoted(plan.step(id)?.title ?? id.rawValue) },
            timer: { key, language in
                guard let title = plan.step(key.step)?.title else { return RefusalNames.ids.timer(key, language) }
                let name = quoted(title)
                if language == .sv { return key.group.map { "grupp \($0):s timer i \(name)" } ?? "timern för \(name)" }
                return key.group.map { "group \($0)'s timer in \(name)" } ?? "the timer of \(name)"
            },
            note: { id in RefusalNames.ids.naming(notes: { state.note($0)?.text }).note(id) })
    }

    /// `"text"`, on one line and at most 40 columns.
    static func quoted(_ text: String) -> String {
        "\"" + TextLayout.truncate(text.split(whereSeparator: \.isNewline).joined(separator: " "), width: 40) + "\""
    }
}
