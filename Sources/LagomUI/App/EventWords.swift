import LagomCore

/// Everything said about an event, in one place: its line in `lagom log` (ids, for scripts and
/// for reading the log beside the file) and what a screen says when an undo takes it back (titles
/// and texts, for people). Its name is `Change.name`, the key it has in the log.
public enum EventWords {
    /// `noteAdded k3f9a grupparbete/Riskfaktorer g2 "Tidspress"`; people's text sanitised for a terminal.
    /// An undo names the transaction it took back: `transactionUndone t8d2k…`.
    public static func logLine(_ event: Event) -> String {
        switch event.body {
        case .change(let change): words(change, plan: nil, state: nil).log
        case .undo(let tx): "\(event.name) \(tx)"
        }
    }

    /// "lapp "Humor / bra klimat" tillagd", "steg "Syfte dag 1" startat": what an undo took back.
    static func undone(_ change: Change, plan: Plan, state: SessionState) -> Localized {
        words(change, plan: plan, state: state).said
    }

    /// Both at once, so a new kind of event is described in one `case`. Without a plan, the
    /// screen's words name ids (they are then not shown).
    static func words(_ change: Change, plan: Plan?, state: SessionState?) -> (log: String, said: Localized) {
        func text(_ s: String) -> String { "\"" + Sanitiser.sanitiseSingleLine(s) + "\"" }
        func quoted(_ s: String) -> String { ScreenMessages.quoted(s) }
        func step(_ id: StepID) -> String { quoted(plan?.step(id)?.title ?? id.rawValue) }
        func note(_ id: NoteID, _ given: String? = nil) -> String {
            quoted(given ?? state?.note(id)?.text ?? id.rawValue)
        }
        func timer(_ key: TimerKey, sv: String, en: String) -> Localized {
            let title = step(key.step)
            guard let group = key.group else {
                return Localized(sv: "timern för \(title) \(sv)", en: "the timer of \(title) \(en)")
            }
            return Localized(
                sv: "grupp \(group):s timer i \(title) \(sv)", en: "group \(group)'s timer in \(title) \(en)")
        }
        func said(_ sv: String, _ en: String) -> Localized { Localized(sv: sv, en: en) }
        let name = change.name
        switch change {
        case .stepEntered(let s): return ("\(name) \(s)", said("byte till steg \(step(s))", "move to step \(step(s))"))
        case .stepStarted(let s): return ("\(name) \(s)", said("steg \(step(s)) startat", "step \(step(s)) started"))
        case .stepPaused(let s): return ("\(name) \(s)", said("steg \(step(s)) pausat", "step \(step(s)) paused"))
        case .stepResumed(let s):
            return ("\(name) \(s)", said("steg \(step(s)) återupptaget", "step \(step(s)) resumed"))
        case .stepCompleted(let s):
            return ("\(name) \(s)", said("steg \(step(s)) markerat klart", "step \(step(s)) marked done"))
        case .slideTurned(let s, let from):
            return ("\(name) \(s) from \(from)", said("bilden bläddrad", "slide paged"))
        case .speakerChanged(let s, let index):
            let people = plan?.participants ?? []
            let word =
                index >= 0 && index < people.count
                ? said("ordet till \(quoted(people[index].name))", "the word to \(quoted(people[index].name))")
                : said("rundan avslutad", "round ended")
            return ("\(name) \(s) #\(index + 1)", word)
        case .timerStarted(let t, let seconds):
            return (
                "\(name) \(t) \(TimerMath.format(remaining: Int64(seconds) * 1000))",
                timer(t, sv: "startad", en: "started")
            )
        case .timerPaused(let t): return ("\(name) \(t)", timer(t, sv: "pausad", en: "paused"))
        case .timerResumed(let t): return ("\(name) \(t)", timer(t, sv: "återupptagen", en: "resumed"))
        case .timerExtended(let t, let seconds):
            let minutes = (seconds >= 0 ? "+" : "−") + "\(abs(seconds) / 60) min"
            return ("\(name) \(t) \(TimerMath.signedLength(seconds: seconds))", timer(t, sv: minutes, en: minutes))
        case .timerReset(let t): return ("\(name) \(t)", timer(t, sv: "återställd", en: "reset"))
        case .timerStopped(let t): return ("\(name) \(t)", timer(t, sv: "stoppad", en: "stopped"))
        case .noteAdded(let id, let place, let body):
            let group = place.group.map { " g\($0)" } ?? ""
            return (
                "\(name) \(id) \(place.step)/\(Sanitiser.sanitiseSingleLine(place.list))\(group) \(text(body))",
                said("lapp \(note(id, body)) tillagd", "note \(note(id, body)) added")
            )
        case .noteEdited(let id, let body):
            return (
                "\(name) \(id) \(text(body))", said("lapp \(note(id, body)) ändrad", "note \(note(id, body)) edited")
            )
        case .noteDeleted(let id):
            return ("\(name) \(id)", said("lapp \(note(id)) borttagen", "note \(note(id)) deleted"))
        case .noteMoved(let id, let place):
            return (
                "\(name) \(id) → \(place.step)/\(Sanitiser.sanitiseSingleLine(place.list))",
                said("lapp \(note(id)) flyttad", "note \(note(id)) moved")
            )
        case .votesTallied(let s, let tallies):
            return (
                "\(name) \(s) " + tallies.map { "\($0.note)=\($0.points)" }.joined(separator: " "),
                said("poäng i \(step(s))", "points in \(step(s))")
            )
        case .ballotCast(let s, let voter, let dots):
            return (
                "\(name) \(s) \(text(voter)) \(dots.count == 1 ? "1 dot" : "\(dots.count) dots")",
                said("röstsedel från \(quoted(voter))", "ballot of \(quoted(voter))")
            )
        case .resultsRevealed(let s): return ("\(name) \(s)", said("\(step(s)) visat", "\(step(s)) revealed"))
        case .rankingShown(let s, let p):
            let shown = p.fromBottom.map { " \($0) from the bottom" } ?? ""
            return (
                "\(name) \(s) list \(p.list + 1) page \(p.page + 1)\(shown)",
                said("visning av \(step(s))", "view of \(step(s))")
            )
        case .subjectsChosen(let s, let notes):
            return (
                "\(name) \(s) " + notes.map(\.rawValue).joined(separator: " "),
                said("val av vad som går vidare i \(step(s))", "choice of what goes on in \(step(s))")
            )
        case .turnPassed(let s, let turn):
            guard turn >= 0 else {
                return (
                    "\(name) \(s) end", said("vattentrappan \(step(s)) avslutad", "water staircase \(step(s)) ended")
                )
            }
            let queue = plan.flatMap { plan in plan.step(s).map { Relay.queue($0, plan: plan) } } ?? []
            let group = turn < queue.count ? queue[turn] : turn + 1
            return ("\(name) \(s) turn \(turn + 1)", said("ordet till grupp \(group)", "the word to group \(group)"))
        case .groupMarkedDone(let s, let group, let done):
            return (
                "\(name) \(s) g\(group) \(done ? "done" : "not done")",
                said(
                    "grupp \(group) markerad \(done ? "klar" : "inte klar")",
                    "group \(group) marked \(done ? "done" : "not done")")
            )
        case .noteHidden(let id, let hidden):
            return (
                "\(name) \(id) \(hidden ? "hidden" : "shown")",
                said("lapp \(note(id)) \(hidden ? "dold" : "visad")", "note \(note(id)) \(hidden ? "hidden" : "shown")")
            )
        case .themeCreated(let theme, let s, let title):
            return (
                "\(name) \(theme) \(s) \(text(title))",
                said("tema \(quoted(title)) skapat", "theme \(quoted(title)) created")
            )
        case .themeRenamed(let theme, let title):
            return (
                "\(name) \(theme) \(text(title))",
                said("tema omdöpt till \(quoted(title))", "theme renamed \(quoted(title))")
            )
        case .themeSummarised(let theme, let summary):
            return (
                "\(name) \(theme) \(text(summary))",
                said("temats sammanfattning skriven", "the theme's summary written")
            )
        case .themeMoved(let theme, let position):
            return ("\(name) \(theme) → #\(position + 1)", said("tema flyttat", "theme moved"))
        case .noteThemed(let id, let theme):
            return (
                "\(name) \(id) → \(theme ?? "none")",
                said("lapp \(note(id)) till tema", "note \(note(id)) put in a theme")
            )
        case .notesMerged(let id, let into):
            return ("\(name) \(id) → \(into)", said("lapp \(note(id)) ihopslagen", "note \(note(id)) merged"))
        case .noteSplit(let id):
            return ("\(name) \(id)", said("lapp \(note(id)) utbruten", "note \(note(id)) split off"))
        case .themesShown(let s, let visible):
            return (
                "\(name) \(s) \(visible ? "on" : "off")",
                said(
                    "sammanfattningen \(visible ? "på" : "av") projektorn",
                    "the summary \(visible ? "on" : "off") the projector")
            )
        case .recordAdded(let id, let entry), .recordEdited(let id, let entry):
            let owner = entry.owner.map { " owner \(text($0))" } ?? ""
            let due = entry.due.map { " due \($0)" } ?? ""
            let sv = if case .recordAdded = change { "sparad" } else { "ändrad" }
            let en = if case .recordAdded = change { "saved" } else { "edited" }
            return (
                "\(name) \(id) \(entry.step) \(entry.kind.rawValue) \(text(entry.text))\(owner)\(due)",
                said(
                    "\(entry.kind.swedish) \(quoted(entry.text)) \(sv)",
                    "\(entry.kind.rawValue) \(quoted(entry.text)) \(en)")
            )
        case .recordDeleted(let id): return ("\(name) \(id)", said("post borttagen", "record deleted"))
        case .actionMarkedDone(let id, let done):
            return (
                "\(name) \(id) \(done ? "done" : "open")",
                said("åtgärd markerad \(done ? "klar" : "öppen")", "action marked \(done ? "done" : "open")")
            )
        case .minutesShown(let visible):
            return (
                "\(name) \(visible ? "on" : "off")",
                said(
                    "protokollet \(visible ? "på" : "av") projektorn", "minutes \(visible ? "on" : "off") the projector"
                )
            )
        case .attendanceMarked(let person, let a):
            let times = [a.arrives.map { "arrives \($0)" }, a.leaves.map { "leaves \($0)" }].compactMap { $0 }
            let reason = a.reason.map { " " + text($0) } ?? ""
            return (
                "\(name) \(text(person)) \(a.status.rawValue)\(reason)" + times.map { " " + $0 }.joined(),
                said("närvaro för \(quoted(person))", "attendance of \(quoted(person))")
            )
        case .guestAdded(let person, let site):
            return (
                "\(name) \(text(person)) \(text(site))",
                said("gäst \(quoted(person)) tillagd", "guest \(quoted(person)) added")
            )
        case .groupsFormed(let s, let seed, let groups):
            return (
                "\(name) \(s) seed \(seed): " + groups.map { String($0.count) }.joined(separator: "+") + " people",
                said("grupperna i \(step(s)) bildade", "the groups of \(step(s)) formed")
            )
        case .groupChanged(let s, let group, let members):
            return (
                "\(name) \(s) g\(group) " + members.map { text($0.name) }.joined(separator: " "),
                said("ändring i grupp \(group)", "change in group \(group)")
            )
        case .groupLocked(let s, let group, let locked):
            return (
                "\(name) \(s) g\(group) \(locked ? "locked" : "unlocked")",
                said(
                    "grupp \(group) \(locked ? "låst" : "upplåst")", "group \(group) \(locked ? "locked" : "unlocked")")
            )
        case .groupItemSet(let s, let group, let note):
            return (
                "\(name) \(s) g\(group) \(note?.rawValue ?? "none")",
                said("uppgift till grupp \(group)", "item of group \(group)")
            )
        case .roundOrdered(let s, let order, let seed):
            return (
                "\(name) \(s) \(order.rawValue) seed \(seed)",
                said("rundan i \(step(s)) omstartad", "the round of \(step(s)) restarted")
            )
        case .speakerCalled(let s, let person):
            let word =
                person.map { said("ordet till \(quoted($0))", "the word to \(quoted($0))") }
                ?? said("rundan avslutad", "round ended")
            return ("\(name) \(s) \(person.map(text) ?? "end")", word)
        case .speakerPassed(let s, let person):
            return ("\(name) \(s) \(text(person))", said("\(quoted(person)) stod över", "\(quoted(person)) passed"))
        case .clockShifted(let seconds):
            let word =
                seconds == 0
                ? said("repetitionen avslutad", "rehearsal ended")
                : said("repetition: rummets klocka flyttad", "rehearsal: the room's clock moved")
            return ("\(name) \(seconds)s", word)
        }
    }
}
