import LagomCore
import LagomLoop
import Testing

@testable import LagomUI

@Suite struct SecretaryScreenTests {
    func type(_ text: String, into screen: inout SecretaryScreen, _ context: ScreenContext) {
        for c in text { _ = screen.handle(.character(c), context) }
    }

    @Test func enterSavesIntoTheChosenListAndTheNoteIsListed() throws {
        var b = SecretaryFixtures.Builder()
        try b.add(.stepEntered(step: "grupp"))
        var screen = SecretaryScreen(group: 2)
        var context = SecretaryFixtures.context(b.session)
        type("Hög arbetsbelastning", into: &screen, context)
        SecretaryFixtures.press(.enter, to: &screen, on: &b, as: .secretary(2))
        _ = screen.handle(.tab, context)
        type("Bra kollegor åäö", into: &screen, context)
        SecretaryFixtures.press(.enter, to: &screen, on: &b, as: .secretary(2))
        let notes = b.session.state.notes(step: "grupp", group: 2)
        #expect(notes.map(\.text) == ["Hög arbetsbelastning", "Bra kollegor åäö"])
        #expect(notes.map(\.place.list) == ["Riskfaktorer", "Friskfaktorer"])
        #expect(notes.allSatisfy { $0.by == .secretary(2) })
        context = SecretaryFixtures.context(b.session)
        let text = screen.render(context).lines.joined(separator: "\n")
        #expect(text.contains("Gruppens lappar (2)"))
        #expect(text.contains("Friskfaktorer · Bra kollegor åäö"))
        #expect(screen.editor.text.isEmpty)
    }

    @Test func editAndDeleteTheSelectedNote() throws {
        var b = SecretaryFixtures.Builder()
        try b.add(.stepEntered(step: "grupp"))
        try b.note("n1", "Stress", step: "grupp", list: "Riskfaktorer", group: 1)
        try b.note("n2", "Humor", step: "grupp", list: "Friskfaktorer", group: 1)
        var screen = SecretaryScreen(group: 1)
        let context = SecretaryFixtures.context(b.session)
        _ = screen.handle(.up, context)
        #expect(screen.selected == "n2")
        _ = screen.handle(.ctrl("e"), context)
        #expect(screen.editor.text == "Humor")
        type(" och värme", into: &screen, context)
        SecretaryFixtures.press(.enter, to: &screen, on: &b, as: .secretary(1))
        #expect(b.session.state.liveNote("n2")?.text == "Humor och värme")
        _ = screen.handle(.up, context)
        _ = screen.handle(.up, context)
        #expect(screen.selected == "n1")
        SecretaryFixtures.press(.ctrl("k"), to: &screen, on: &b, as: .secretary(1))
        #expect(b.session.state.notes(step: "grupp").map(\.id) == ["n2"])
    }

    @Test func aPasteOfThreeLinesSavesThreeNotesOrOneWithCtrlO() throws {
        var b = SecretaryFixtures.Builder()
        try b.add(.stepEntered(step: "grupp"))
        var screen = SecretaryScreen(group: 3)
        let context = SecretaryFixtures.context(b.session)
        SecretaryFixtures.press(.paste("Ett\nTvå\nTre"), to: &screen, on: &b, as: .secretary(3))
        #expect(b.session.state.notes(step: "grupp", group: 3).map(\.text) == ["Ett", "Två", "Tre"])
        _ = screen.handle(.ctrl("o"), context)
        _ = screen.handle(.paste("Fyra\nFem"), context)
        #expect(screen.editor.text == "Fyra\nFem")
        SecretaryFixtures.press(.enter, to: &screen, on: &b, as: .secretary(3))
        #expect(b.session.state.notes(step: "grupp", group: 3).last?.text == "Fyra\nFem")
    }

    @Test func theLimitIsShownAndEnforcedBeforeSaving() throws {
        var b = SecretaryFixtures.Builder()
        try b.add(.stepEntered(step: "grupp"))
        var screen = SecretaryScreen(group: 1)
        let context = SecretaryFixtures.context(b.session)
        type(String(repeating: "ä", count: 41), into: &screen, context)
        #expect(screen.render(context).lines.joined().contains("⚠ 41/40"))
        #expect(screen.handle(.enter, context).isEmpty)
        #expect(screen.message?.text.sv == "⚠ Lappen har 41 tecken; högst 40 får plats")
        #expect(screen.editor.count == 41)
    }

    @Test func aRefusedSaveGivesTheTextBack() throws {
        var b = SecretaryFixtures.Builder()
        try b.add(.stepEntered(step: "grupp"))
        var screen = SecretaryScreen(group: 1)
        let context = SecretaryFixtures.context(b.session)
        type("Sparas inte", into: &screen, context)
        var saving = screen
        #expect(saving.handle(.enter, context).count == 1)
        #expect(saving.editor.text.isEmpty)
        let outcomes = SecretaryFixtures.press(
            .enter, to: &screen, on: &b, as: .secretary(1), failure: .refused(.stepCollectsNoNotes("grupp")))
        #expect(outcomes == [.refused("steget \"Grupparbete\" samlar inte in lappar")])
        #expect(screen.editor.text == "Sparas inte")
    }

    @Test func stepsWithoutNotesShowAWaitingScreen() throws {
        var b = SecretaryFixtures.Builder()
        try b.add(.stepEntered(step: "fika"))
        let screen = SecretaryScreen(group: 1)
        let lines = screen.render(SecretaryFixtures.context(b.session)).lines.joined(separator: "\n")
        #expect(lines.contains("⏸ Väntar på nästa steg"))
        #expect(lines.contains("Nu: Fika"))
        let other = SecretaryScreen(group: 4)
        try b.add(.stepEntered(step: "trappa"))
        #expect(
            other.render(SecretaryFixtures.context(b.session)).lines.joined().contains(
                "Steget har 3 grupper; grupp 4 skriver inte här."))
    }

    @Test func everyGroupWritesInTheRelayUntilTheStepEnds() throws {
        var b = SecretaryFixtures.Builder()
        try b.add(.stepEntered(step: "trappa"))
        try b.add(.turnPassed(step: "trappa", turn: 1))
        var listener = SecretaryScreen(group: 1)
        var speaker = SecretaryScreen(group: 2)
        b.now = SecretaryFixtures.t0 + 60_000
        let context = SecretaryFixtures.context(b.session, now: b.now)
        #expect(listener.render(context).lines.joined().contains("Lyssna: grupp 2 har ordet"))
        type("Egen schemaläggning", into: &speaker, context)
        #expect(speaker.render(context).lines.joined().contains("▶ Ni har ordet · 04:00 kvar"))
        SecretaryFixtures.press(.enter, to: &speaker, on: &b, as: .secretary(2))
        // Group 1 has spoken; its secretary still saves what it was typing.
        type("Ett nummer till koordinator", into: &listener, context)
        SecretaryFixtures.press(.enter, to: &listener, on: &b, as: .secretary(1))
        // After the last group, too.
        try b.add(.turnPassed(step: "trappa", turn: -1))
        type("Mer tid för journalföring", into: &listener, SecretaryFixtures.context(b.session, now: b.now))
        SecretaryFixtures.press(.enter, to: &listener, on: &b, as: .secretary(1))
        let notes = b.session.state.notes(step: "trappa")
        #expect(
            notes.map(\.text) == ["Egen schemaläggning", "Ett nummer till koordinator", "Mer tid för journalföring"])
        #expect(notes.map(\.place.group) == [2, 1, 1])
        #expect(b.session.state.board.turnOf[notes[0].id] == 1)
    }

    @Test func theSpeakingGroupReadsPausedAndOverTimeInWords() throws {
        var b = SecretaryFixtures.Builder()
        try b.add(.stepEntered(step: "trappa"))
        try b.add(.stepStarted(step: "trappa"))
        try b.add(.turnPassed(step: "trappa", turn: 0))
        let speaker = SecretaryScreen(group: 1)
        let over = SecretaryFixtures.context(b.session, now: SecretaryFixtures.t0 + 5 * 60_000 + 137_000)
        #expect(speaker.render(over).lines.joined().contains("▶ Ni har ordet · 02:17 över tiden"))
        b.now = SecretaryFixtures.t0 + 24_000
        try b.add(.stepPaused(step: "trappa"))
        let paused = SecretaryFixtures.context(b.session, now: SecretaryFixtures.t0 + 10 * 60_000)
        #expect(speaker.render(paused).lines.joined().contains("‖ Ni har ordet · 04:36 kvar · pausad"))
    }

    @Test func ctrlDMarksTheGroupDoneInSilentWriting() throws {
        var b = SecretaryFixtures.Builder()
        try b.add(.stepEntered(step: "tyst"))
        var screen = SecretaryScreen(group: 3)
        SecretaryFixtures.press(.ctrl("d"), to: &screen, on: &b, as: .secretary(3))
        #expect(b.session.state.board.done["tyst"] == [3])
        SecretaryFixtures.press(.ctrl("d"), to: &screen, on: &b, as: .secretary(3))
        #expect(b.session.state.board.done["tyst"] == [])
    }

    @Test func theKeyMapHasNoDuplicates() {
        #expect(SecretaryKeys.map.duplicateKeys.isEmpty)
    }

    @Test func snapshots() throws {
        var b = SecretaryFixtures.Builder()
        try b.add(.stepEntered(step: "grupp"))
        try b.add(.timerStarted(timer: TimerKey(step: "grupp", group: 2), seconds: 1800))
        try b.note("n1", "Hög arbetsbelastning på våren", step: "grupp", list: "Riskfaktorer", group: 2)
        try b.note("n2", "Bra kollegor 😀", step: "grupp", list: "Friskfaktorer", group: 2)
        try b.note("n3", "Annan grupps lapp", step: "grupp", list: "Friskfaktorer", group: 1)
        var screen = SecretaryScreen(group: 2)
        let context = SecretaryFixtures.context(b.session, now: SecretaryFixtures.t0 + 65_000)
        type("Återkoppling saknas", into: &screen, context)
        Snapshot.assert(screen.render(context), named: "secretary-groupwork-80x24")
        Snapshot.assert(
            screen.render(
                SecretaryFixtures.context(b.session, width: 40, height: 12, now: SecretaryFixtures.t0 + 65_000)),
            named: "secretary-groupwork-40x12")
        try b.add(.stepEntered(step: "fika"))
        Snapshot.assert(screen.render(SecretaryFixtures.context(b.session)), named: "secretary-waiting-80x24")
    }
}

@Suite struct SecretaryRelayOthersTests {
    @Test func aSecretarySeesWhatOtherGroupsSaidAndAGentleHintOnARepeat() throws {
        var b = SecretaryFixtures.Builder()
        try b.add(.stepEntered(step: "trappa"))
        try b.add(.turnPassed(step: "trappa", turn: 0))
        try b.note("n1", "Ett nummer till koordinator", step: "trappa", list: "Råd", group: 1)
        try b.add(.turnPassed(step: "trappa", turn: 1))
        var screen = SecretaryScreen(group: 2)
        let context = SecretaryFixtures.context(b.session)
        let before = screen.render(context).lines.joined(separator: "\n")
        #expect(before.contains("Redan sagt av andra grupper (1)"))
        #expect(before.contains("Grupp 1: Ett nummer till koordinator"))
        for character in "ett nummer till koordinatör" { _ = screen.handle(.character(character), context) }
        let typing = screen.render(context).lines.joined(separator: "\n")
        #expect(typing.contains("Liknar det grupp 1 redan sagt: \"Ett nummer till koordinator\""))
        // A hint, never a refusal: Enter saves it.
        SecretaryFixtures.press(.enter, to: &screen, on: &b, as: .secretary(2))
        #expect(b.session.state.notes(step: "trappa", group: 2).map(\.text) == ["ett nummer till koordinatör"])
    }

    @Test func groupWorkShowsNoOtherGroupsNotes() throws {
        var b = SecretaryFixtures.Builder()
        try b.add(.stepEntered(step: "grupp"))
        try b.note("n1", "Hög arbetsbelastning", step: "grupp", list: "Riskfaktorer", group: 1)
        let lines = SecretaryScreen(group: 2).render(SecretaryFixtures.context(b.session)).lines.joined(separator: "\n")
        #expect(!lines.contains("Hög arbetsbelastning"))
        #expect(!lines.contains("Redan sagt"))
    }
}
