import LagomCore
import LagomLoop
import Testing

@testable import LagomUI

/// Typed text is never lost without asking: quitting, closing, steps that move on, notes removed
/// under an edit, pastes that cannot be saved, store failures.
@Suite struct SecretaryDraftTests {
    func type(_ text: String, into screen: inout SecretaryScreen, _ context: ScreenContext) {
        for c in text { _ = screen.handle(.character(c), context) }
    }

    func isQuit(_ commands: [Command]) -> Bool {
        commands.contains { if case .quit = $0 { true } else { false } }
    }

    func keptDraft(_ commands: [Command]) -> (group: Int, draft: NoteDraft?)? {
        for command in commands { if case .keepDraft(let group, let draft) = command { return (group, draft) } }
        return nil
    }

    func text(_ screen: SecretaryScreen, _ context: ScreenContext) -> String {
        screen.render(context).lines.joined(separator: "\n")
    }

    // MARK: Quitting

    @Test func quittingWithUnsavedTextAsksThenASecondCtrlXQuitsWithoutSaving() throws {
        var b = SecretaryFixtures.Builder()
        try b.add(.stepEntered(step: "grupp"))
        var screen = SecretaryScreen(group: 1)
        let context = SecretaryFixtures.context(b.session)
        type("Halvskriven lapp", into: &screen, context)
        #expect(!isQuit(screen.handle(.ctrl("x"), context)))
        #expect(
            text(screen, context).contains(
                "⚠ Lappen är inte sparad. Enter sparar den; Ctrl-X igen avslutar utan att spara."))
        #expect(isQuit(screen.handle(.ctrl("x"), context)))
        // Quitting without saving was chosen: nothing is kept for next time.
        #expect(keptDraft(screen.closing(context)) == nil)
    }

    @Test func enterAtTheQuestionSavesAndThenCtrlXQuitsAtOnce() throws {
        var b = SecretaryFixtures.Builder()
        try b.add(.stepEntered(step: "grupp"))
        var screen = SecretaryScreen(group: 1)
        let context = SecretaryFixtures.context(b.session)
        type("Sparas ändå", into: &screen, context)
        _ = screen.handle(.ctrl("x"), context)
        SecretaryFixtures.press(.enter, to: &screen, on: &b, as: .secretary(1))
        #expect(b.session.state.notes(step: "grupp").map(\.text) == ["Sparas ändå"])
        #expect(isQuit(screen.handle(.ctrl("x"), context)))
    }

    @Test func anyOtherKeyTakesTheQuestionBack() throws {
        var b = SecretaryFixtures.Builder()
        try b.add(.stepEntered(step: "grupp"))
        var screen = SecretaryScreen(group: 1)
        let context = SecretaryFixtures.context(b.session)
        type("Text", into: &screen, context)
        _ = screen.handle(.ctrl("x"), context)
        type("!", into: &screen, context)
        #expect(screen.message == nil)
        #expect(!isQuit(screen.handle(.ctrl("x"), context)))
        #expect(screen.editor.text == "Text!")
    }

    @Test func anEmptyEditorQuitsAtOnce() throws {
        var b = SecretaryFixtures.Builder()
        try b.add(.stepEntered(step: "grupp"))
        var screen = SecretaryScreen(group: 1)
        #expect(isQuit(screen.handle(.ctrl("x"), SecretaryFixtures.context(b.session))))
    }

    /// A draft typed in the second list comes back in that list, not the first (QA: saved into
    /// Riskfaktorer though it was typed in Friskfaktorer); on another step, the step's first list.
    @Test func aDraftComesBackInTheListItWasTypedIn() throws {
        var b = SecretaryFixtures.Builder()
        try b.add(.stepEntered(step: "grupp"))
        var screen = SecretaryScreen(group: 1)
        let context = SecretaryFixtures.context(b.session)
        _ = screen.handle(.tab, context)
        type("Gott om fika", into: &screen, context)
        let draft = try #require(keptDraft(screen.closing(context))?.draft)
        #expect(draft.list == "Friskfaktorer")
        var reopened = SecretaryScreen(group: 1, draft: draft)
        _ = reopened.observe(context)
        #expect(reopened.listIndex == 1)
        SecretaryFixtures.press(.enter, to: &reopened, on: &b, as: .secretary(1))
        #expect(b.session.state.notes.contains { $0.text == "Gott om fika" && $0.place.list == "Friskfaktorer" })

        // Reopened while the day is on a step that takes no notes: the list waits for the note step.
        var waiting = SecretaryScreen(group: 1, draft: draft)
        try b.add(.stepEntered(step: "fika"))
        _ = waiting.observe(SecretaryFixtures.context(b.session))
        try b.add(.stepEntered(step: "grupp"))
        _ = waiting.observe(SecretaryFixtures.context(b.session))
        #expect(waiting.listIndex == 1)

        try b.add(.stepEntered(step: "trappa"))
        var elsewhere = SecretaryScreen(group: 1, draft: draft)
        _ = elsewhere.observe(SecretaryFixtures.context(b.session))
        #expect(elsewhere.listIndex == 0)
    }

    @Test func closingHandsTheDraftToTheStoreAndItComesBack() throws {
        var b = SecretaryFixtures.Builder()
        try b.add(.stepEntered(step: "grupp"))
        try b.note("n1", "Stress", step: "grupp", list: "Riskfaktorer", group: 2)
        var screen = SecretaryScreen(group: 2)
        let context = SecretaryFixtures.context(b.session)
        type("Ny lapp på gång", into: &screen, context)
        let kept = try #require(keptDraft(screen.closing(context)))
        #expect(kept.group == 2)
        #expect(kept.draft == NoteDraft(text: "Ny lapp på gång", step: "grupp", list: "Riskfaktorer"))
        // An edit in progress keeps the edit and the draft it put aside.
        _ = screen.handle(.up, context)
        _ = screen.handle(.ctrl("e"), context)
        type(" i perioder", into: &screen, context)
        let edit = try #require(keptDraft(screen.closing(context))?.draft)
        #expect(
            edit
                == NoteDraft(
                    text: "Stress i perioder", editing: "n1", setAside: "Ny lapp på gång", step: "grupp",
                    list: "Riskfaktorer"))
        var reopened = SecretaryScreen(group: 2, draft: edit)
        _ = reopened.observe(context)  // the loop looks at the step before the first frame
        #expect(reopened.editing == "n1")
        #expect(reopened.editor.text == "Stress i perioder")
        #expect(text(reopened, context).contains("✓ Utkastet från förra gången är tillbaka"))
        SecretaryFixtures.press(.enter, to: &reopened, on: &b, as: .secretary(2))
        #expect(b.session.state.liveNote("n1")?.text == "Stress i perioder")
        #expect(reopened.editor.text == "Ny lapp på gång")
        // Nothing typed: nothing to keep.
        var empty = SecretaryScreen(group: 2)
        #expect(keptDraft(empty.closing(context)) == nil)
    }

    // MARK: Waiting

    @Test func theWaitingScreenOffersOnlyKeysThatWorkAndKeepsTheDraft() throws {
        var b = SecretaryFixtures.Builder()
        try b.add(.stepEntered(step: "grupp"))
        var screen = SecretaryScreen(group: 2)
        _ = screen.observe(SecretaryFixtures.context(b.session))
        type("Utkast", into: &screen, SecretaryFixtures.context(b.session))
        try b.add(.stepEntered(step: "fika"))
        let waiting = SecretaryFixtures.context(b.session)
        _ = screen.observe(waiting)
        let shown = text(screen, waiting)
        let footer = try #require(screen.render(waiting).lines.last)
        #expect(!footer.contains("Enter") && !footer.contains("Tab") && !footer.contains("Markera"))
        #expect(
            footer.contains("Ctrl-X Avsluta") && footer.contains("Ctrl-G/F1 Hjälp") && footer.contains("Ctrl-R Ångra"))
        #expect(shown.contains("Ditt utkast för \"Grupparbete\" väntar på det steget: Utkast"))
        #expect(!shown.contains("Ny lapp"))
        #expect(screen.handle(.enter, waiting).isEmpty)
        _ = screen.handle(.backspace, waiting)
        type("x", into: &screen, waiting)
        #expect(screen.message?.text.sv == "⚠ Här går det inte att skriva nu; skärmen byter när det är dags.")
        #expect(screen.editor.text == "Utkast")
        // The help lists the same few keys.
        _ = screen.handle(.ctrl("g"), waiting)
        let help = text(screen, waiting)
        #expect(help.contains("Avsluta") && !help.contains("Spara lappen") && !help.contains("Radera"))
        // Quitting here asks nothing: the draft is kept for the next time the pane opens.
        #expect(isQuit(screen.handle(.ctrl("x"), waiting)))
        #expect(keptDraft(screen.closing(waiting))?.draft?.text == "Utkast")
        // A writing step of its own comes: the draft stays with its step (`aDraftBelongsToItsStep`).
        try b.add(.stepEntered(step: "grupp"))
        _ = screen.observe(SecretaryFixtures.context(b.session))
        #expect(text(screen, SecretaryFixtures.context(b.session)).contains("┃Utkast"))
    }

    /// Seed 000: a half-typed note of one step reappeared in the next note step, and Enter saved it
    /// there. Text belongs to the step it was typed for: set aside when the day moves on, back when
    /// the day returns, brought along only with Ctrl-T.
    @Test func aDraftBelongsToItsStep() throws {
        var b = SecretaryFixtures.Builder()
        try b.add(.stepEntered(step: "grupp"))
        var screen = SecretaryScreen(group: 1)
        SecretaryFixtures.press(.tab, to: &screen, on: &b, as: .secretary(1))
        type("Halvskriven om stress", into: &screen, SecretaryFixtures.context(b.session))
        try b.add(.stepEntered(step: "tyst"))
        SecretaryFixtures.press(.enter, to: &screen, on: &b, as: .secretary(1))
        #expect(screen.editor.text.isEmpty)
        #expect(b.session.state.notes.isEmpty, "the text of another step was saved here")
        let here = text(screen, SecretaryFixtures.context(b.session))
        #expect(here.contains("Osparad text för \"Grupparbete\" väntar där · Ctrl-T hämtar den hit"), "\(here)")
        // Closing now keeps the set-aside text, with its step and list.
        #expect(
            keptDraft(screen.closing(SecretaryFixtures.context(b.session)))?.draft
                == NoteDraft(text: "Halvskriven om stress", step: "grupp", list: "Friskfaktorer"))
        // Back in its step, it is in the editor again, in its list.
        try b.add(.stepEntered(step: "grupp"))
        _ = screen.observe(SecretaryFixtures.context(b.session))
        #expect(screen.editor.text == "Halvskriven om stress")
        #expect(screen.listIndex == 1)
        // Brought along on purpose: Ctrl-T in another step, and Enter saves it there.
        try b.add(.stepEntered(step: "tyst"))
        SecretaryFixtures.press(.ctrl("t"), to: &screen, on: &b, as: .secretary(1))
        #expect(screen.editor.text == "Halvskriven om stress")
        SecretaryFixtures.press(.enter, to: &screen, on: &b, as: .secretary(1))
        #expect(b.session.state.notes.map(\.place.step) == ["tyst"])
        SecretaryFixtures.press(.ctrl("t"), to: &screen, on: &b, as: .secretary(1))
        #expect(screen.message?.text.sv == "⚠ Ingen osparad text väntar i något annat steg")
    }

    /// The store's draft of a step comes back only in that step: opened during another note step,
    /// the pane's editor is empty and says where the text waits.
    @Test func aKeptDraftOfAnotherStepWaitsForIt() throws {
        var b = SecretaryFixtures.Builder()
        try b.add(.stepEntered(step: "tyst"))
        var screen = SecretaryScreen(
            group: 1, draft: NoteDraft(text: "Från grupparbetet", step: "grupp", list: "Friskfaktorer"))
        SecretaryFixtures.press(.enter, to: &screen, on: &b, as: .secretary(1))
        #expect(screen.editor.text.isEmpty)
        #expect(b.session.state.notes.isEmpty)
        try b.add(.stepEntered(step: "grupp"))
        _ = screen.observe(SecretaryFixtures.context(b.session))
        #expect(screen.editor.text == "Från grupparbetet")
        #expect(screen.listIndex == 1)
        #expect(text(screen, SecretaryFixtures.context(b.session)).contains("Utkastet från förra gången är tillbaka"))
    }

    /// "✓ Sparad" was about the last note: typing the next one takes it away.
    @Test func anOldSavedMessageGoesWhenTypingResumes() throws {
        var b = SecretaryFixtures.Builder()
        try b.add(.stepEntered(step: "grupp"))
        var screen = SecretaryScreen(group: 1)
        type("Första", into: &screen, SecretaryFixtures.context(b.session))
        SecretaryFixtures.press(.enter, to: &screen, on: &b, as: .secretary(1))
        #expect(text(screen, SecretaryFixtures.context(b.session)).contains("✓"))
        type("Andra", into: &screen, SecretaryFixtures.context(b.session))
        #expect(screen.message == nil)
    }

    /// A 150-character note wraps in a box of several rows at 80×24: it can be proofread whole.
    @Test func aLongNoteIsShownWholeInTheEditor() throws {
        var b = SecretaryFixtures.Builder()
        try b.add(.stepEntered(step: "grupp"))
        var screen = SecretaryScreen(group: 1)
        let words = (1...28).map { "ord\($0)" }.joined(separator: " ")
        #expect(words.count > 150)
        type(words, into: &screen, SecretaryFixtures.context(b.session))
        let shown = text(screen, SecretaryFixtures.context(b.session))
        for word in ["ord1 ", "ord12 ", "ord28"] { #expect(shown.contains(word), "\(shown)") }
        // Wrapped at spaces: no word is cut in two.
        let rows = shown.split(separator: "\n").filter { $0.hasPrefix("┃") }
        #expect(rows.count >= 2, "\(shown)")
        for row in rows { #expect(row.dropFirst().hasPrefix("ord"), "\(row)") }
    }

    @Test func aGroupOutsideTheStepGetsTheSameWaitingKeys() throws {
        var b = SecretaryFixtures.Builder()
        try b.add(.stepEntered(step: "trappa"))  // three groups
        var screen = SecretaryScreen(group: 4)
        let context = SecretaryFixtures.context(b.session)
        #expect(!(screen.render(context).lines.last ?? "").contains("Enter"))
        #expect(screen.handle(.enter, context).isEmpty)
        #expect(screen.handle(.tab, context).isEmpty)
    }

    // MARK: A note removed under an edit

    @Test func aNoteRemovedWhileEditedIsSaidAndEnterSavesTheTextAsANewNote() throws {
        var b = SecretaryFixtures.Builder()
        try b.add(.stepEntered(step: "grupp"))
        try b.note("n1", "Hög arbetsbelastning", step: "grupp", list: "Riskfaktorer", group: 1)
        var screen = SecretaryScreen(group: 1)
        var context = SecretaryFixtures.context(b.session)
        type("Påbörjad", into: &screen, context)
        _ = screen.handle(.up, context)
        _ = screen.handle(.ctrl("e"), context)
        type(" i perioder", into: &screen, context)
        try b.add(.noteDeleted(note: "n1"))  // the facilitator, elsewhere
        context = SecretaryFixtures.context(b.session)
        _ = screen.observe(context)
        let shown = text(screen, context)
        #expect(shown.contains("Lappen du ändrar har tagits bort. Enter sparar texten som en ny lapp"))
        #expect(shown.contains("Borttagen lapp – sparas som ny"))
        #expect(!shown.contains("det finns ingen lapp"))
        SecretaryFixtures.press(.enter, to: &screen, on: &b, as: .secretary(1))
        #expect(b.session.state.notes(step: "grupp").map(\.text) == ["Hög arbetsbelastning i perioder"])
        #expect(screen.editor.text == "Påbörjad")
    }

    @Test func aRemovalFoundOnlyAtEnterIsSaidFirstThenEnterSaves() throws {
        var b = SecretaryFixtures.Builder()
        try b.add(.stepEntered(step: "grupp"))
        try b.note("n1", "Stress", step: "grupp", list: "Riskfaktorer", group: 1)
        var screen = SecretaryScreen(group: 1)
        _ = screen.handle(.up, SecretaryFixtures.context(b.session))
        _ = screen.handle(.ctrl("e"), SecretaryFixtures.context(b.session))
        try b.add(.noteDeleted(note: "n1"))
        let context = SecretaryFixtures.context(b.session)
        #expect(screen.handle(.enter, context).isEmpty)
        #expect(screen.message?.text.sv.contains("har tagits bort") == true)
        SecretaryFixtures.press(.enter, to: &screen, on: &b, as: .secretary(1))
        #expect(b.session.state.notes(step: "grupp").map(\.text) == ["Stress"])
        // Esc instead would have given back the draft from before the edit.
    }

    @Test func escAfterARemovalDropsTheChangeAndBringsTheDraftBack() throws {
        var b = SecretaryFixtures.Builder()
        try b.add(.stepEntered(step: "grupp"))
        try b.note("n1", "Stress", step: "grupp", list: "Riskfaktorer", group: 1)
        var screen = SecretaryScreen(group: 1)
        type("Mitt utkast", into: &screen, SecretaryFixtures.context(b.session))
        _ = screen.handle(.up, SecretaryFixtures.context(b.session))
        _ = screen.handle(.ctrl("e"), SecretaryFixtures.context(b.session))
        try b.add(.noteDeleted(note: "n1"))
        let context = SecretaryFixtures.context(b.session)
        _ = screen.observe(context)
        _ = screen.handle(.escape, context)
        #expect(screen.editor.text == "Mitt utkast")
        #expect(!screen.editedNoteRemoved && screen.editing == nil)
    }

    // MARK: Pastes

    @Test func aPasteWithAnOverLongLineStaysInTheEditorToBeFixed() throws {
        var b = SecretaryFixtures.Builder()
        try b.add(.stepEntered(step: "grupp"))  // limit 40
        var screen = SecretaryScreen(group: 1)
        let context = SecretaryFixtures.context(b.session)
        let long = String(repeating: "å", count: 45)
        #expect(screen.handle(.paste("Ett\r\n\(long)\r\nTre"), context).isEmpty)
        #expect(screen.editor.text == "Ett\n\(long)\nTre")
        #expect(screen.holdsPaste)
        // The cursor stands where the long line goes over the limit.
        #expect(screen.editor.cursor == 4 + 40)
        let shown = text(screen, context)
        #expect(shown.contains("⚠ Lappen har 45 tecken; högst 40 får plats"))
        #expect(shown.contains("Rad 2 går inte att spara. Inklistringen ligger kvar"))
        #expect(shown.contains("Inklistring · en lapp per rad") && shown.contains("⚠ 45/40"))
        for _ in 0..<5 { _ = screen.handle(.delete, context) }
        SecretaryFixtures.press(.enter, to: &screen, on: &b, as: .secretary(1))
        #expect(b.session.state.notes(step: "grupp").map(\.text) == ["Ett", String(repeating: "å", count: 40), "Tre"])
        #expect(screen.editor.text.isEmpty && !screen.holdsPaste)
    }

    @Test func aRefusedPasteComesBackIntoTheEditor() throws {
        var b = SecretaryFixtures.Builder()
        try b.add(.stepEntered(step: "grupp"))
        var screen = SecretaryScreen(group: 1)
        let full = WriteError.failed(
            .diskFull, detail: .verbatim("/s/events.jsonl: the disk is full (ENOSPC); the change was NOT saved"))
        SecretaryFixtures.press(.paste("Ett\nTvå"), to: &screen, on: &b, as: .secretary(1), failure: full)
        #expect(screen.editor.text == "Ett\nTvå")
        #expect(screen.holdsPaste)
    }

    @Test func aPastedCRLFIsOneLineBreakInOneNote() throws {
        var b = SecretaryFixtures.Builder()
        try b.add(.stepEntered(step: "grupp"))
        var screen = SecretaryScreen(group: 1)
        let context = SecretaryFixtures.context(b.session)
        _ = screen.handle(.ctrl("o"), context)
        _ = screen.handle(.paste("Fyra\r\nFem"), context)
        #expect(screen.editor.text == "Fyra\nFem")
    }

    // MARK: Lists

    @Test func shiftTabGoesBackThroughTheLists() throws {
        var b = SecretaryFixtures.Builder()
        try b.add(.stepEntered(step: "grupp"))
        var screen = SecretaryScreen(group: 1)
        let context = SecretaryFixtures.context(b.session)
        _ = screen.handle(.backTab, context)
        #expect(screen.list(of: try #require(context.currentStep)) == "Friskfaktorer")
        _ = screen.handle(.backTab, context)
        #expect(screen.listIndex == 0)
        _ = screen.handle(.tab, context)
        #expect(screen.listIndex == 1)
        _ = screen.handle(.ctrl("g"), context)
        #expect(text(screen, context).contains("Shift-Tab"))
    }

    // MARK: Store failures

    @Test func aStoreFailureWrapsInFullUnderItsOwnWords() throws {
        var b = SecretaryFixtures.Builder()
        try b.add(.stepEntered(step: "grupp"))
        var screen = SecretaryScreen(group: 1)
        screen.message = StatusMessage(
            .storeFailed(
                .logChanged,
                detail: .verbatim(
                    "/home/dag/Sessions/planeringsdagar-2024/events.jsonl:646: the log shrank from 135775 to 21344 bytes: "
                        + "it was cut or rewritten outside Lagom; the log was left unchanged")))
        let lines = screen.render(SecretaryFixtures.context(b.session)).lines.map {
            String($0.reversed().drop { $0 == " " }.reversed())
        }
        let first = try #require(
            lines.firstIndex { $0.hasPrefix("‼ Händelseloggen har ändrats utanför Lagom, så inget sparades.") })
        let message = lines[first..<(lines.count - 1)]
        let joined = message.joined(separator: " ")
        #expect(joined.contains("events.jsonl:646"))
        #expect(joined.hasSuffix("the log was left unchanged"))
        var english = SecretaryFixtures.context(b.session)
        english.language = .en
        screen.message = StatusMessage(
            .storeFailed(
                .diskFull, detail: .verbatim("/s/events.jsonl: the disk is full (ENOSPC); the change was NOT saved")))
        #expect(text(screen, english).contains("‼ The disk is full: the change was NOT saved."))
    }

    @Test func everyModeHasItsOwnKeysWithoutDuplicates() {
        for lists in [false, true] {
            for parent in [false, true] {
                for silent in [false, true] {
                    let map = SecretaryKeys.map(for: .init(writing: true, lists: lists, parent: parent, silent: silent))
                    #expect(map.duplicateKeys.isEmpty)
                    #expect((map.action(for: .ctrl("p")) != nil) == parent)
                    #expect((map.action(for: .tab) != nil) == lists)
                    #expect((map.action(for: .ctrl("d")) != nil) == silent)
                }
            }
        }
        #expect(SecretaryKeys.map(for: .waiting).bindings.count == 3)
    }
}
