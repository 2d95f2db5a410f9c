import LagomCore
import LagomLoop
import Testing

@testable import LagomUI

/// The one loop between a key and the store, without a terminal: outcomes go back with the
/// command that caused them, the message line is the loop's and expires on every screen.
@Suite struct ScreenLoopTests {
    final class Pane<S: Screen> {
        let clock = ManualClock(ScreenFixtures.t0 + 45 * 60_000)
        let writer: MemoryWriter
        let loop: ScreenLoop<S>

        init(_ screen: S, session: Session, as actor: Actor = .facilitator, width: Int = 80, height: Int = 24) {
            writer = MemoryWriter(session: session, clock: clock, ids: SeededIDSource(seed: 3))
            loop = ScreenLoop(
                screen: screen, writer: writer, actor: actor, clock: clock, width: width, height: height,
                language: .sv, theme: .monochrome, utcOffsetSeconds: 0)
        }

        func press(_ keys: Key...) {
            for key in keys {
                loop.receive(.key(key))
                _ = loop.frame()
            }
        }

        var text: String { loop.frame().lines.joined(separator: "\n") }
    }

    @Test func anIntentGoesThroughTheWriterAndARefusalComesBackWithItsCommand() throws {
        let pane = Pane(FacilitatorScreen(), session: try ScreenFixtures.runningGroupwork())
        pane.press(.character("n"))
        #expect(pane.writer.session.state.currentStep == "fika")
        #expect(pane.loop.outcomes.isEmpty)
        // The last step: there is no next one. The refusal names it by title, on the message line.
        pane.press(.character("n"), .character("n"))
        let (command, outcome) = try #require(pane.loop.outcomes.last)
        #expect(command == .agenda(.next))
        #expect(outcome == .refused("det finns inga fler steg"))
        #expect(pane.text.contains("⚠ det finns inga fler steg"))
        #expect(pane.writer.session.state.currentStep == "röstning")
    }

    @Test func undoSaysWhatItTookBackByName() throws {
        let pane = Pane(FacilitatorScreen(), session: try ScreenFixtures.runningGroupwork())
        pane.press(.character("n"), .character("u"))
        #expect(pane.writer.session.state.currentStep == "grupparbete")
        #expect(
            pane.loop.outcomes.map(\.outcome) == [
                .done(Localized(sv: "Ångrat: byte till steg \"Fika\"", en: "Undone: the move to step \"Fika\""))
            ])
        #expect(pane.text.contains("Ångrat: byte till steg \"Fika\""))
        // Nothing of the facilitator's is left to undo (the setup was not theirs through this pane: it was, so undo on).
        pane.press(
            .character("u"), .character("u"), .character("u"), .character("u"), .character("u"),
            .character("u"), .character("u"), .character("u"), .character("u"))
        #expect(pane.loop.outcomes.last?.outcome == .refused(Refusal.nothingToUndo.message(.sv)))
    }

    @Test func aConfirmationGoesAfterFiveSecondsARefusalAfterTenAFailureStays() throws {
        let pane = Pane(FacilitatorScreen(), session: try ScreenFixtures.runningGroupwork())
        func statusLine() -> String { pane.loop.frame().lines[22] }
        pane.press(.character("n"), .character("u"))
        #expect(statusLine().contains("Ångrat"))
        pane.clock.advance(seconds: 1)
        #expect(pane.loop.screen.message?.expiresIn(at: pane.clock.now) == 4000)
        pane.clock.advance(seconds: 4)
        #expect(!statusLine().contains("Ångrat"))
        #expect(pane.loop.screen.message == nil)

        pane.press(.character("n"), .character("n"), .character("n"))  // past the last step: refused
        pane.clock.advance(seconds: 9)
        #expect(statusLine().contains("⚠ det finns inga fler steg"))
        pane.clock.advance(seconds: 1)
        #expect(!statusLine().contains("⚠"))

        pane.writer.failure = .failed(.diskFull, detail: .verbatim("/s/events.jsonl: the disk is full (ENOSPC)"))
        pane.press(.character("b"))
        pane.clock.advance(seconds: 300)
        #expect(statusLine().contains("‼ Disken är full"))
        #expect(pane.loop.screen.message?.expiresIn(at: pane.clock.now) == nil)
    }

    @Test func theTimekeepersAndTheSecretarysMessagesExpireToo() throws {
        let timekeeper = Pane(TimekeeperScreen(), session: Session(plan: ScreenFixtures.plan), as: .timekeeper)
        timekeeper.press(.character(" "))
        #expect(timekeeper.text.contains("⚠ "))
        timekeeper.clock.advance(seconds: 11)
        #expect(!timekeeper.text.contains("⚠ "))

        var session = try ScreenFixtures.runningGroupwork()
        try session.append([
            Event(id: "x", tx: "x", at: ScreenFixtures.t0, by: .facilitator, change: .stepEntered(step: "fika"))
        ])
        let secretary = Pane(SecretaryScreen(group: 2), session: session, as: .secretary(2))
        secretary.press(.character("a"))
        #expect(secretary.text.contains("Här går det inte att skriva nu"))
        #expect(secretary.loop.nextWake() == 10_000)
        secretary.clock.advance(seconds: 10)
        #expect(!secretary.text.contains("Här går det inte att skriva nu"))
    }

    @Test func aRefusedSaveGivesTheSecretaryItsTextBackAndOtherOutcomesDoNot() throws {
        let pane = Pane(SecretaryScreen(group: 2), session: try ScreenFixtures.runningGroupwork(), as: .secretary(2))
        for c in "Tydliga mål" { pane.press(.character(c)) }
        pane.writer.failure = .refused(.stepCollectsNoNotes("grupparbete"))
        pane.press(.enter)
        #expect(
            pane.loop.outcomes.map(\.command) == [
                .notes(
                    .add(
                        place: NotePlace(step: "grupparbete", list: "Riskfaktorer", group: 2),
                        texts: ["Tydliga mål"]))
            ])
        #expect(pane.loop.screen.editor.text == "Tydliga mål")
        #expect(pane.text.contains("⚠ steget \"Grupparbete: enkätens resultat\" samlar inte in lappar"))
        // An undo refused afterwards is no answer to the save: the editor is left as it is.
        pane.loop.screen.editor = LineEditor("Nytt")
        pane.press(.ctrl("r"))
        #expect(pane.loop.screen.editor.text == "Nytt")
    }

    @Test func noticesAreNoOutcomes() throws {
        let pane = Pane(SecretaryScreen(group: 2), session: try ScreenFixtures.runningGroupwork(), as: .secretary(2))
        pane.writer.notices = ["events.jsonl:7: the last write was cut short"]
        #expect(pane.text.contains("⚠ events.jsonl:7: the last write was cut short"))
        pane.loop.receive(.pasteCut(keptBytes: 64 * 1024))
        #expect(pane.text.contains("⚠ "))
        #expect(pane.loop.outcomes.isEmpty)
    }

    @Test func closingKeepsTheDraftAndSaysWhere() throws {
        let pane = Pane(SecretaryScreen(group: 2), session: try ScreenFixtures.runningGroupwork(), as: .secretary(2))
        for c in "Halvfärdig" { pane.press(.character(c)) }
        pane.loop.close()
        #expect(pane.writer.drafts[2]?.text == "Halvfärdig")
        #expect(pane.loop.farewell.count == 1)
        #expect(pane.loop.hasQuit)
    }
}
