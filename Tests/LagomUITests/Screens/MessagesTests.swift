import LagomCore
import Testing

@testable import LagomUI

@Suite struct MessagesTests {
    func events(_ changes: Change..., tx: String = "u1") -> [Event] { events(changes, tx: tx) }

    func events(_ changes: [Change], tx: String = "u1") -> [Event] {
        changes.enumerated().map {
            Event(id: "\(tx).\($0.offset)", tx: tx, at: Sample.t0, by: .facilitator, change: $0.element)
        }
    }

    // MARK: 6. Undo says what it undid; screens name steps by title

    @Test func undoSaysWhatItTookBack() throws {
        let sample = try Sample.sv()
        let plan = sample.session.plan, state = sample.session.state
        let note = ScreenMessages.undone(
            events(
                .noteAdded(
                    note: "n1", place: NotePlace(step: "enkat-grupparbete", list: "Friskfaktorer", group: 2),
                    text: "Humor / bra klimat")), plan: plan, state: state)
        #expect(note.sv == "Ångrat: lapp \"Humor / bra klimat\" tillagd")
        #expect(note.en == "Undone: note \"Humor / bra klimat\" added")
        // Starting a step starts its countdown too: the step is what was undone.
        let started = ScreenMessages.undone(
            events(.stepStarted(step: "syfte"), .timerStarted(timer: TimerKey(step: "syfte"), seconds: 300)),
            plan: plan, state: state)
        #expect(started.sv == "Ångrat: steg \"Syfte dag 1 – Psykosocial arbetsmiljö\" startat")
        let moved = ScreenMessages.undone(
            events(.stepCompleted(step: "syfte"), .stepEntered(step: "medarbetarenkat")), plan: plan, state: state)
        #expect(moved.sv == "Ångrat: byte till steg \"Redovisning medarbetarenkät\"")
        let extended = ScreenMessages.undone(
            events(.timerExtended(timer: TimerKey(step: "enkat-grupparbete", group: 3), seconds: 60)),
            plan: plan, state: state)
        #expect(
            extended.sv == "Ångrat: grupp 3:s timer i \"Grupparbete medarbetarenkätens resultat\" förlängd med 1 min")
        let shortened = ScreenMessages.undone(
            events(.timerExtended(timer: TimerKey(step: "lunch-1"), seconds: -120)), plan: plan, state: state)
        #expect(shortened.en == "Undone: the timer of \"Lunch\" shortened by 2 min")
        // The facilitator's +1 for the whole room: all six countdowns, not "grupp 1".
        let six = ScreenMessages.undone(
            events((1...6).map { .timerExtended(timer: TimerKey(step: "enkat-grupparbete", group: $0), seconds: 60) }),
            plan: plan, state: state)
        #expect(six.sv == "Ångrat: 6 timrar i \"Grupparbete medarbetarenkätens resultat\" ändrade")
        let pasted = ScreenMessages.undone(
            events(
                .noteAdded(note: "a", place: NotePlace(step: "tankefallor", list: "", group: 1), text: "Ett"),
                .noteAdded(note: "b", place: NotePlace(step: "tankefallor", list: "", group: 1), text: "Två")),
            plan: plan, state: state)
        #expect(pasted.sv == "Ångrat: 2 lappar tillagda")
        #expect(ScreenMessages.undone([], plan: plan, state: state) == Strings.undone)
    }

    /// Klarspråk: a note is named by its text (never its id), a record's kind agrees in gender.
    @Test func undoNamesNotesAndRecordsByTheirWords() throws {
        let sample = try Sample.sv()
        var session = sample.session
        let place = NotePlace(step: "tankefallor", list: "", group: 1)
        session.replay(
            events(.noteAdded(note: "k3x9a", place: place, text: "Vi hinner aldrig prata klart på mötena i förmiddags"))
        )
        let plan = session.plan, state = session.state
        #expect(state.note("k3x9a") != nil)
        let split = ScreenMessages.undone(events(.noteSplit(note: "k3x9a")), plan: plan, state: state)
        #expect(split.sv == "Ångrat: lapp \"Vi hinner aldrig prata klart på mötena …\" bruten ur sammanslagningen")
        #expect(!split.sv.contains("k3x9a"))
        let decision = ScreenMessages.undone(
            events(.recordAdded(record: "r1", entry: RecordEntry(kind: .decision, step: "syfte", text: "Ny rutin"))),
            plan: plan, state: state)
        #expect(decision.sv == "Ångrat: beslut \"Ny rutin\" sparat")
        let action = ScreenMessages.undone(
            events(.recordEdited(record: "r2", entry: RecordEntry(kind: .action, step: "syfte", text: "Boka lokal"))),
            plan: plan, state: state)
        #expect(action.sv == "Ångrat: åtgärd \"Boka lokal\" ändrad")
    }

    /// QA: `⚠ timern syfte kan inte kortas så mycket`, `⚠ steget "avslutning" har inte startat`.
    @Test func refusalsOnScreensNameStepsByTitle() throws {
        let sample = try Sample.sv()
        let plan = sample.session.plan, state = sample.session.state
        let timer = ScreenMessages.refusal(
            .timerWouldVanish(TimerKey(step: "syfte"), length: 300_000), plan: plan, state: state, language: .sv)
        #expect(
            timer
                == "timern för \"Syfte dag 1 – Psykosocial arbetsmiljö\" kan inte kortas med mer än 5 min"
        )
        let group = ScreenMessages.refusal(
            .timerNotRunning(TimerKey(step: "enkat-grupparbete", group: 2)), plan: plan, state: state, language: .en)
        #expect(group == "group 2's timer in \"Grupparbete medarbetarenkätens resultat\" is not running")
        let up = ScreenMessages.refusal(.timeIsUp(TimerKey(step: "lunch-1")), plan: plan, state: state, language: .sv)
        #expect(up == "tiden är ute för timern för \"Lunch\": lägg till 1 min eller återställ")
        let step = ScreenMessages.refusal(.stepNotRunning("avslutning"), plan: plan, state: state, language: .sv)
        #expect(step == "steget \"Avslutning – Strandås humorinslag\" har inte startat")
        // An id the plan does not know stays as it is.
        #expect(
            ScreenMessages.refusal(.unknownStep("saknas"), plan: plan, state: state, language: .sv)
                == "det finns inget steg \"saknas\" i planen")
    }

    /// Klarspråk in refusals: numbers agree (1 grupp, 2 grupper), large numbers and lengths are
    /// written the Swedish way, and a group refusal names its step by title.
    @Test func refusalsAgreeInNumberAndWriteNumbersTheSwedishWay() throws {
        let sample = try Sample.sv()
        let plan = sample.session.plan, state = sample.session.state
        func sv(_ refusal: Refusal) -> String {
            ScreenMessages.refusal(refusal, plan: plan, state: state, language: .sv)
        }
        #expect(
            sv(.noSuchGroup(step: "enkat-grupparbete", group: 3, groups: 1))
                == "steget \"Grupparbete medarbetarenkätens resultat\" har 1 grupp; det finns ingen grupp 3")
        #expect(
            sv(.noSuchGroup(step: "lunch-1", group: 7, groups: 6)).contains("har 6 grupper; det finns ingen grupp 7"))
        #expect(sv(.overBudget(voter: "Deltagare 4", used: 2, budget: 1)) == "Deltagare 4 har redan lagt sin enda röst")
        #expect(
            sv(.noteTooLong(length: 12_000, limit: 10_000)).contains("12\u{202F}000 tecken, men högst 10\u{202F}000"))
        #expect(
            sv(.timerWouldVanish(TimerKey(step: "lunch-1"), length: 150_000)).contains(
                "kan inte kortas med mer än 2 min 30 s"))
        #expect(
            sv(.people(.groupsNotFormed("enkat-grupparbete")))
                == "grupperna i \"Grupparbete medarbetarenkätens resultat\" är inte bildade än (lagom groups form)")
        #expect(
            Refusal.people(.groupsNotFormed("krav")).message(.en)
                == "the groups of \"krav\" are not formed (lagom groups form)")
        #expect(sv(.badLength(seconds: 0)).hasPrefix("0 sekunder går inte"))
    }

    // MARK: 7. Messages expire by the injected clock: ScreenLoopTests

    // MARK: 9. Help scrolls

    /// QA: at 40×12 the help ended in `│ … │` and could not be scrolled.
    @Test func theHelpScrollsWhenItDoesNotFit() throws {
        let context = ScreenFixtures.context(try ScreenFixtures.runningGroupwork(), width: 40, height: 12)
        var screen = FacilitatorScreen()
        _ = screen.handle(.character("?"), context)
        let entries = screen.helpOverlay(context).entries
        var seen: Set<String> = []
        func visible() -> String { screen.render(context).lines.joined(separator: "\n") }
        #expect(visible().contains("1–10 av \(entries.count)"))
        #expect(!visible().contains("│ … "))
        for _ in 0..<entries.count {
            for entry in entries where visible().contains(entry.help) { seen.insert(entry.help) }
            #expect(screen.handle(.down, context).isEmpty, "↓ in the help is a scroll, not a command")
        }
        #expect(seen.count == entries.count, "never shown: \(entries.map(\.help).filter { !seen.contains($0) })")
        #expect(visible().contains(entries.last!.help))
        #expect(!visible().contains(entries.first!.help))
        _ = screen.handle(.pageUp, context)
        _ = screen.handle(.home, context)
        #expect(visible().contains(entries.first!.help))
        _ = screen.handle(.end, context)
        #expect(visible().contains("\(entries.count - 9)–\(entries.count) av \(entries.count)"))
        // Any other key closes it, as before.
        _ = screen.handle(.character("z"), context)
        #expect(!screen.showingHelp)
    }

    /// The projector's pane is the projected image: `?` draws no help there; the facilitator's
    /// help lists the projector's key (issue 17).
    @Test func theProjectorsHelpIsOnTheConsoleNotOnTheImage() throws {
        let context = ScreenFixtures.context(try ScreenFixtures.runningGroupwork(), width: 100, height: 30)
        var projector = ProjectorScreen()
        let before = projector.render(context)
        #expect(projector.handle(.character("?"), context).isEmpty)
        #expect(projector.render(context) == before)
        var console = FacilitatorScreen()
        _ = console.handle(.character("?"), context)
        #expect(console.render(context).lines.joined().contains("Projektorn: avsluta"))
    }

    @Test func theHelpBoxIsCentred() throws {
        let context = ScreenFixtures.context(try ScreenFixtures.runningGroupwork(), width: 100, height: 16)
        var screen = FacilitatorScreen()
        _ = screen.handle(.character("?"), context)
        let lines = screen.render(context).lines
        let top = try #require(lines.first { $0.contains("┌─ Tangenter") })
        let left = top.prefix { $0 != "┌" }.count
        let right = top.reversed().prefix { $0 != "┐" }.count
        #expect(abs(left - right) <= 1)
        let topRow = try #require(lines.firstIndex(of: top))
        let bottomRow = try #require(lines.lastIndex { $0.contains("└") })
        #expect(abs(topRow - (lines.count - 1 - bottomRow)) <= 1)
    }
}
