import LagomCore

/// Messages for people at a screen, who know steps by their titles and notes by their texts,
/// not by ids: what an undo took back, and refusals with titles in place of step ids
/// (the command line keeps the ids, which scripts need).
public enum ScreenMessages {
    /// "Ångrat: lapp "Humor / bra klimat" tillagd", "Ångrat: steg "Syfte dag 1" startat".
    /// `events` are the undone transaction's; `state` is the state after the undo.
    public static func undone(_ events: [Event], plan: Plan, state: SessionState) -> Localized {
        let changes = events.compactMap(\.change)
        guard let main = primary(changes) else { return Strings.undone }
        var what = EventWords.undone(main, plan: plan, state: state)
        let added = changes.filter { if case .noteAdded = $0 { true } else { false } }.count
        if added > 1 {
            what = Localized(.msgNotesUndone, ["count": added])
        }
        // The facilitator's "+5 for the whole room" changes every countdown of the step at once.
        let timers = Set(changes.compactMap(\.timerKey))
        if timers.count > 1, changes.allSatisfy({ $0.timerKey != nil }), let key = timers.first {
            let title = quoted(plan.step(key.step)?.title ?? key.step.rawValue)
            what = Localized(.msgTimersUndone, ["count": timers.count, "title": title])
        }
        return Localized(.msgUndoneWhat, ["what": what])
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
            timer: { key in plan.step(key.step).map { key.named(step: quoted($0.title)) } ?? key.namedById },
            note: { id in RefusalNames.ids.naming(notes: { state.note($0)?.text }).note(id) })
    }

    /// `"text"`, on one line and at most 40 columns.
    static func quoted(_ text: String) -> String {
        "\"" + TextLayout.truncate(text.split(whereSeparator: \.isNewline).joined(separator: " "), width: 40) + "\""
    }
}
