import Testing

@testable import LagomCore

@Suite struct UndoTests {
    @Test func undoAppendsACompensatingEventAndTheStateIsAsBefore() throws {
        var r = Recorder()
        try r.perform(.start)
        let before = r.session.state
        try r.perform(.next)
        let target = try #require(r.session.undoTarget(for: .facilitator))
        try r.undo(target)
        #expect(r.session.eventCount == 6)  // nothing removed from the history
        var expected = before
        expected.eventCount = 6
        #expect(r.session.state == expected)
    }

    @Test func undoWalksBackOneActionAtATimeAndOnlyTheActorsOwn() throws {
        var r = Recorder()
        try r.addNote("n1", "Gemenskap", by: .secretary(1))
        try r.perform(.start)
        try r.perform(.next)
        try r.undo(try #require(r.session.undoTarget(for: .facilitator)))
        try r.undo(try #require(r.session.undoTarget(for: .facilitator)))
        #expect(r.session.state.currentStep == nil)
        #expect(r.session.undoTarget(for: .facilitator) == nil)
        // The secretary's note was never the facilitator's to undo.
        #expect(r.session.state.liveNote("n1") != nil)
        #expect(r.session.undoTarget(for: .secretary(1)) != nil)
    }

    @Test func eventsThatDependedOnAnUndoneOneAreSuperseded() throws {
        var r = Recorder()
        let added = try r.commit(
            .noteAdded(note: "n1", place: NotePlace(step: "grupparbete", list: "Riskfaktorer"), text: "Stress"))
        try r.commit(.noteEdited(note: "n1", text: "Stolthet/skam"))
        try r.undo(added)
        #expect(r.session.state.note("n1") == nil)
        #expect(r.session.superseded == 1)
    }

    @Test func undoingTwiceOrSomethingUnknownIsRefused() throws {
        var r = Recorder()
        let tx = try r.commit(.stepEntered(step: "paus"))
        try r.undo(tx)
        #expect(throws: Refusal.alreadyUndone(tx)) { try r.undo(tx) }
        #expect(throws: Refusal.unknownTransaction("nope")) { try r.undo("nope") }
    }

    @Test func aReplayOfTheLogGivesTheSameState() throws {
        var r = Recorder()
        try r.perform(.start)
        try r.addNote("n1", "Humor")
        try r.undo(try #require(r.session.undoTarget(for: .facilitator)))
        try r.perform(.next)
        var fresh = Session(plan: Fixtures.plan)
        fresh.replay((try #require(r.session.heldHistory)))
        #expect(fresh.state == r.session.state)
    }
}

@Suite struct UndoOfAnUndoTests {
    @Test func anUndoCannotBeUndone() throws {
        var r = Recorder()
        try r.perform(.start)
        let undo = try r.undo(try #require(r.session.undoTarget(for: .facilitator)))
        #expect(throws: Refusal.undoOfAnUndo(undo)) { try r.undo(undo) }
        #expect(Refusal.undoOfAnUndo(undo).message(.en) == "\(undo) is itself an undo and cannot be undone")
    }
}
