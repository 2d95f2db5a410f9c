import LagomCore
import LagomLoop
import Testing

@testable import LagomUI

@Suite struct MinutesScreenTests {
    typealias F = MinutesFixtures

    @Test func aDecisionOnAnInformationItemIsSavedAndListed() throws {
        var b = F.Builder()
        try b.add(.stepEntered(step: "p1"))
        var screen = MinutesScreen()
        _ = screen.handle(.tab, F.context(b.session))
        #expect(screen.kind == .decision)
        F.type("Dagordningen fastställdes", into: &screen, b.session)
        F.press(.enter, to: &screen, on: &b)
        let records = b.session.state.minutes.records(step: "p1")
        #expect(records.map(\.entry.kind) == [.decision])
        #expect(records.map(\.entry.text) == ["Dagordningen fastställdes"])
        #expect(records.first?.by == .minuteTaker)
        #expect(screen.text.text.isEmpty)
        let shown = F.text(screen, b.session)
        #expect(shown.contains("Protokoll — 1 Inledning"))
        #expect(shown.contains("Ansvarig: Vera Lindqvist"))
        #expect(shown.contains("Beslut: Dagordningen fastställdes"))
        #expect(shown.contains("✓ Beslutet sparat"))
    }

    @Test func anActionAsksForItsOwnerCompletesTheNameAndTakesADate() throws {
        var b = F.Builder()
        try b.add(.stepEntered(step: "p2"))
        var screen = MinutesScreen()
        let context = F.context(b.session)
        _ = screen.handle(.backTab, context)
        #expect(screen.kind == .action)
        F.type("Skriv rutinen för bemanning", into: &screen, b.session)
        _ = screen.handle(.enter, context)
        #expect(screen.field == .owner)
        // Enter with no owner says what is missing and saves nothing.
        _ = screen.handle(.enter, context)
        #expect(screen.field == .owner)
        #expect(screen.message?.text.sv.contains("behöver en ansvarig") == true)
        F.type("öb", into: &screen, b.session)
        _ = screen.handle(.tab, context)
        #expect(screen.owner.text == "Pål Öberg")
        _ = screen.handle(.enter, context)
        #expect(screen.field == .due)
        F.type("2026-04-3x", into: &screen, b.session)
        _ = screen.handle(.enter, context)
        #expect(screen.message?.text.sv.contains("är inget datum") == true)
        #expect(b.session.state.minutes.records.isEmpty)
        _ = screen.handle(.backspace, context)
        F.type("0", into: &screen, b.session)
        F.press(.enter, to: &screen, on: &b)
        let action = try #require(b.session.state.minutes.records(step: "p2", kind: .action).first)
        #expect(action.entry.owner == "Pål Öberg")
        #expect(action.entry.due == "2026-04-30")
        #expect(action.entry.text == "Skriv rutinen för bemanning")
        #expect(screen.field == .text && screen.owner.text.isEmpty && screen.due.text.isEmpty)
        #expect(F.text(screen, b.session).contains("Åtgärd: Skriv rutinen för bemanning — Pål Öberg, 2026-04-30"))
    }

    @Test func anOwnerOutsideTheMeetingIsKeptAsTyped() throws {
        var b = F.Builder()
        try b.add(.stepEntered(step: "p2"))
        var screen = MinutesScreen()
        screen.kind = .action
        F.type("Planera utbildningen", into: &screen, b.session)
        _ = screen.handle(.enter, F.context(b.session))
        F.type("IT-stödet", into: &screen, b.session)
        F.press(.enter, .enter, to: &screen, on: &b)
        let action = try #require(b.session.state.minutes.records.first)
        #expect(action.entry.owner == "IT-stödet")
        #expect(action.entry.due == nil)
    }

    @Test func undoTakesTheLastRecordBack() throws {
        var b = F.Builder()
        try b.add(.stepEntered(step: "p1"))
        var screen = MinutesScreen()
        F.type("Mötet öppnades", into: &screen, b.session)
        F.press(.enter, to: &screen, on: &b)
        #expect(b.session.state.minutes.records.count == 1)
        F.press(.ctrl("r"), to: &screen, on: &b)
        #expect(b.session.state.minutes.records.isEmpty)
    }

    @Test func thePaneFollowsTheItemButHoldsTheOneTextWasTypedFor() throws {
        var b = F.Builder()
        try b.add(.stepEntered(step: "p1"))
        var screen = MinutesScreen()
        _ = screen.observe(F.context(b.session))
        F.type("Sagt under inledningen", into: &screen, b.session)
        try b.add(.stepEntered(step: "p2"))
        _ = screen.observe(F.context(b.session))
        #expect(screen.item(F.context(b.session))?.id == "p1")
        #expect(F.text(screen, b.session).contains("↳ Mötet är nu på 2 Budget (Esc följer med)"))
        F.press(.enter, to: &screen, on: &b)
        #expect(b.session.state.minutes.records.map(\.entry.step) == ["p1"])
        // Saved: the pane is back on the item under way.
        #expect(screen.item(F.context(b.session))?.id == "p2")
        #expect(F.text(screen, b.session).contains("Protokoll — 2 Budget"))
    }

    @Test func pageKeysPickAnotherItemAndEscFollowsAgain() throws {
        var b = F.Builder()
        try b.add(.stepEntered(step: "p2"))
        var screen = MinutesScreen()
        let context = F.context(b.session)
        _ = screen.handle(.pageUp, context)
        #expect(screen.item(context)?.id == "p1")
        F.type("Tillägg till inledningen", into: &screen, b.session)
        F.press(.enter, to: &screen, on: &b)
        #expect(b.session.state.minutes.records.map(\.entry.step) == ["p1"])
        #expect(screen.item(context)?.id == "p1")
        _ = screen.handle(.escape, context)
        #expect(screen.item(context)?.id == "p2")
        _ = screen.handle(.pageDown, context)
        _ = screen.handle(.pageDown, context)
        #expect(screen.item(context)?.id == "paus")
    }

    @Test func aStatusRoundNoteIsTiedToTheSpeakerAndTheHeading() throws {
        var b = F.Builder()
        try b.add(.stepEntered(step: "p3"))
        try b.add(.speakerCalled(step: "p3", person: "Ines Falk"))
        var screen = MinutesScreen()
        let context = F.context(b.session)
        _ = screen.handle(.function(3), context)
        _ = screen.handle(.function(3), context)
        #expect(screen.heading == "Pågår")
        #expect(F.text(screen, b.session).contains("Har ordet: Ines Falk"))
        #expect(F.text(screen, b.session).contains("Rubrik: Pågår (F3 byter)"))
        F.type("Två nya sjuksköterskor", into: &screen, b.session)
        F.press(.enter, to: &screen, on: &b)
        let note = try #require(b.session.state.minutes.records.first)
        #expect(note.entry.speaker == "Ines Falk")
        #expect(note.entry.heading == "Pågår")
        #expect(F.text(screen, b.session).contains("Anteckning: Ines Falk · Pågår: Två nya sjuksköterskor"))
        // The heading stays for the speaker's next note.
        #expect(screen.heading == "Pågår")
    }

    @Test func headingsAreOnlyOfferedWhereTheItemHasThem() throws {
        var b = F.Builder()
        try b.add(.stepEntered(step: "p1"))
        var screen = MinutesScreen()
        _ = screen.handle(.function(3), F.context(b.session))
        #expect(screen.heading == nil)
        #expect(screen.message?.text.sv.contains("inga rubriker") == true)
    }

    @Test func editAndDeleteTheSelectedRecord() throws {
        var b = F.Builder()
        try b.add(.stepEntered(step: "p1"))
        var screen = MinutesScreen()
        F.type("Första", into: &screen, b.session)
        F.press(.enter, to: &screen, on: &b)
        F.type("Andra", into: &screen, b.session)
        F.press(.enter, to: &screen, on: &b)
        let context = F.context(b.session)
        _ = screen.handle(.up, context)
        _ = screen.handle(.up, context)
        let first = try #require(b.session.state.minutes.records.first)
        #expect(screen.selected == first.id)
        _ = screen.handle(.ctrl("e"), context)
        #expect(screen.text.text == "Första")
        F.type(" punkten", into: &screen, b.session)
        F.press(.enter, to: &screen, on: &b)
        #expect(b.session.state.minutes.records.map(\.entry.text) == ["Första punkten", "Andra"])
        _ = screen.handle(.up, F.context(b.session))
        F.press(.ctrl("k"), to: &screen, on: &b)
        #expect(b.session.state.minutes.records.map(\.entry.text) == ["Första punkten"])
    }

    @Test func aRecordKeepsItsKindWhileEdited() throws {
        var b = F.Builder()
        try b.add(.stepEntered(step: "p1"))
        var screen = MinutesScreen()
        F.type("Ett beslut", into: &screen, b.session)
        screen.kind = .decision
        F.press(.enter, to: &screen, on: &b)
        _ = screen.handle(.up, F.context(b.session))
        _ = screen.handle(.ctrl("e"), F.context(b.session))
        _ = screen.handle(.tab, F.context(b.session))
        #expect(screen.kind == .decision)
        #expect(screen.message?.text.sv.contains("kan inte byta sort") == true)
    }

    @Test func aSaveTheStoreCannotWriteGivesTheTextBack() throws {
        var b = F.Builder()
        try b.add(.stepEntered(step: "p1"))
        var screen = MinutesScreen()
        screen.kind = .decision
        F.type("Beslut som inte får gå förlorat", into: &screen, b.session)
        Drive.keys(
            [.enter], &screen, session: &b.session, as: .minuteTaker, at: b.now,
            failure: .failed(.readOnly, detail: .verbatim("/tmp/möte")))
        #expect(b.session.state.minutes.records.isEmpty)
        #expect(screen.text.text == "Beslut som inte får gå förlorat")
        #expect(screen.kind == .decision)
    }

    @Test func quittingWithUnsavedTextAsksFirst() throws {
        var b = F.Builder()
        try b.add(.stepEntered(step: "p1"))
        var screen = MinutesScreen()
        F.type("Halvskrivet", into: &screen, b.session)
        #expect(screen.handle(.ctrl("x"), F.context(b.session)) == [])
        #expect(screen.message?.text.sv.contains("inte sparad") == true)
        #expect(screen.handle(.ctrl("x"), F.context(b.session)) == [.quit])
    }

    @Test func beforeTheMeetingStartsThePaneSaysSoAndSavesNothing() throws {
        let b = F.Builder()
        var screen = MinutesScreen()
        let shown = F.text(screen, b.session)
        #expect(shown.contains("Mötet har inte börjat"))
        F.type("För tidigt", into: &screen, b.session)
        #expect(screen.handle(.enter, F.context(b.session)) == [])
        #expect(screen.message?.text.sv.contains("Ingen punkt att skriva på") == true)
        #expect(screen.text.text == "För tidigt")
    }
}
