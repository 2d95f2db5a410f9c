import Testing

@testable import LagomCore

@Suite struct NoteTests {
    @Test func addingANoteStatesEverythingAboutIt() throws {
        var r = Recorder()
        try r.addNote("n1", "Väntelista / orimlig arbetsmängd", group: 2, by: .secretary(2))
        var expected = SessionState()
        expected.eventCount = 1
        // Build the expected state through the same fold the reducer uses, then compare field by field.
        #expect(
            r.session.state.notes == [
                Note(
                    id: "n1", place: NotePlace(step: "grupparbete", list: "Riskfaktorer", group: 2),
                    text: "Väntelista / orimlig arbetsmängd", addedAt: Fixtures.t0, by: .secretary(2))
            ])
        #expect(r.session.state.currentStep == expected.currentStep)
        #expect(r.session.state.steps == expected.steps)
        #expect(r.session.state.timers == expected.timers)
        #expect(r.session.state.eventCount == 1)
    }

    @Test func editMoveAndDelete() throws {
        var r = Recorder()
        try r.addNote("n1", "Humor")
        try r.commit(.noteEdited(note: "n1", text: "Humor / bra klimat"))
        try r.commit(.noteMoved(note: "n1", place: NotePlace(step: "grupparbete", list: "Friskfaktorer", group: 1)))
        #expect(r.session.state.liveNote("n1")?.text == "Humor / bra klimat")
        #expect(r.session.state.notes(step: "grupparbete", list: "Friskfaktorer").map(\.id) == ["n1"])
        try r.commit(.noteDeleted(note: "n1"))
        #expect(r.session.state.notes(step: "grupparbete").isEmpty)
        #expect(r.session.state.note("n1")?.deleted == true)
        #expect(throws: Refusal.unknownNote("n1")) { try r.commit(.noteEdited(note: "n1", text: "igen")) }
    }

    @Test func parentsMakeDemandsAndResources() throws {
        var r = Recorder()
        try r.addNote("k1", "Hålla tidsramar", step: "krav", list: "Krav")
        try r.addNote("r1", "Revidera prioriteringslistan", step: "krav", list: "Resurser", parent: "k1")
        #expect(r.session.state.liveNote("r1")?.place.parent == "k1")
        #expect(throws: Refusal.parentCycle("k1")) {
            try r.commit(.noteMoved(note: "k1", place: NotePlace(step: "krav", list: "Krav", parent: "r1")))
        }
        #expect(throws: Refusal.unknownNote("k9")) {
            try r.addNote("r2", "Webbtidbok", step: "krav", list: "Resurser", parent: "k9")
        }
    }

    @Test func rulesForNotes() throws {
        var r = Recorder()
        #expect(throws: Refusal.unknownStep("saknas")) { try r.addNote("n1", "x", step: "saknas") }
        #expect(throws: Refusal.stepCollectsNoNotes("incheckning")) {
            try r.addNote("n1", "x", step: "incheckning", list: "")
        }
        #expect(
            throws: Refusal.unknownList(step: "grupparbete", list: "Övrigt", lists: ["Riskfaktorer", "Friskfaktorer"])
        ) {
            try r.addNote("n1", "x", list: "Övrigt")
        }
        #expect(throws: Refusal.emptyNote) { try r.addNote("n1", "  \n ") }
        #expect(throws: Refusal.noteTooLong(length: 501, limit: 500)) {
            try r.addNote("n1", String(repeating: "å", count: 501))
        }
        try r.addNote("n1", String(repeating: "å", count: 500))
        #expect(throws: Refusal.duplicateNote("n1")) { try r.addNote("n1", "igen") }
        #expect(throws: Refusal.noSuchGroup(step: "grupparbete", group: 0, groups: 8)) {
            try r.addNote("n2", "x", group: 0)
        }
    }

    @Test func aNoteLimitCountsCharactersAsPeopleSeeThem() throws {
        var r = Recorder()
        // 500 family emoji are 500 characters although far more scalars and bytes.
        try r.addNote("n1", String(repeating: "👩‍👩‍👧", count: 500))
        #expect(r.session.state.liveNote("n1") != nil)
    }
}
