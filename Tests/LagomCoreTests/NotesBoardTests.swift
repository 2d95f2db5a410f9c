import Testing

@testable import LagomCore

/// A plan with a relay and silent writing, for the note-board rules. Made-up names.
enum BoardFixtures {
    static let plan = Plan(
        title: "Testdag", language: .sv, days: [Day(title: "Dag 1")], participants: Fixtures.participants,
        steps: [
            Step(
                id: "trappa", kind: .vattentrappa, title: "Region Lagomland", minutes: 45, lists: ["Råd"],
                groups: 3, questions: ["Vad är viktigast?", "Vad är lagom?", "Vad väljer de bort?"], minutesPerTurn: 5),
            Step(id: "auto", kind: .vattentrappa, title: "Automatisk", groups: 2, minutesPerTurn: 5, autoAdvance: true),
            Step(id: "tyst", kind: .brainwriting, title: "Tankefällor", prompts: ["Vilka tankefällor?"], groups: 4),
            Step(id: "info", kind: .info, title: "Info"),
        ])

    static func recorder() -> Recorder {
        var r = Recorder()
        r.session = Session(plan: plan)
        return r
    }
}

@Suite struct RelayTests {
    @Test func turnsPassInQueueOrderAndTagNotes() throws {
        var r = BoardFixtures.recorder()
        let step = BoardFixtures.plan.step("trappa")!
        #expect(Relay.current(step, state: r.session.state, plan: r.session.plan, at: r.now) == nil)
        #expect(Relay.nextIndex(step, state: r.session.state, plan: r.session.plan, at: r.now) == 0)
        try r.commit(.turnPassed(step: "trappa", turn: 0))
        let start = r.now
        r.advance(seconds: 60)
        try r.addNote("a", "Ett nummer till koordinator", step: "trappa", list: "Råd", group: 1, by: .secretary(1))
        let first = Relay.current(step, state: r.session.state, plan: r.session.plan, at: r.now)
        #expect(first == RelayTurn(index: 0, group: 1, startedAt: start, endsAt: start + 300_000, nextGroup: 2))
        #expect(first?.remaining(at: r.now) == 240_000)
        // Without autoAdvance the turn runs over rather than passing by itself.
        r.advance(seconds: 600)
        #expect(Relay.current(step, state: r.session.state, plan: r.session.plan, at: r.now)?.group == 1)
        try r.commit(
            .turnPassed(
                step: "trappa", turn: Relay.nextIndex(step, state: r.session.state, plan: r.session.plan, at: r.now)))
        try r.addNote("b", "Egen schemaläggning", step: "trappa", list: "Råd", group: 2, by: .secretary(2))
        #expect(r.session.state.board.turnOf == ["a": 0, "b": 1])
        try r.commit(.turnPassed(step: "trappa", turn: 2))
        #expect(Relay.current(step, state: r.session.state, plan: r.session.plan, at: r.now)?.nextGroup == nil)
        #expect(Relay.nextIndex(step, state: r.session.state, plan: r.session.plan, at: r.now) == -1)
        try r.commit(.turnPassed(step: "trappa", turn: -1))
        #expect(Relay.current(step, state: r.session.state, plan: r.session.plan, at: r.now) == nil)
        #expect(r.session.state.board.turns["trappa"] == RoundPosition(index: -1, since: r.now))
    }

    @Test func autoAdvancePassesTheWordAtZeroWithoutAWriter() throws {
        var r = BoardFixtures.recorder()
        let step = BoardFixtures.plan.step("auto")!
        try r.commit(.turnPassed(step: "auto", turn: 0))
        r.advance(seconds: 299)
        #expect(Relay.current(step, state: r.session.state, plan: r.session.plan, at: r.now)?.group == 1)
        r.advance(seconds: 1)
        #expect(Relay.current(step, state: r.session.state, plan: r.session.plan, at: r.now)?.group == 2)
        try r.addNote("c", "Sagt under tur två", step: "auto", list: "", group: 2)
        #expect(r.session.state.board.turnOf["c"] == 1)
        r.advance(seconds: 300)
        #expect(Relay.current(step, state: r.session.state, plan: r.session.plan, at: r.now) == nil)
        #expect(Relay.nextIndex(step, state: r.session.state, plan: r.session.plan, at: r.now) == -1)
    }

    /// A paused step holds its speaker's clock: the turn neither runs down nor passes on by
    /// itself while the room is on hold, and resumes where it stood.
    @Test func pausingTheStepHoldsTheTurn() throws {
        var r = BoardFixtures.recorder()
        let step = BoardFixtures.plan.step("auto")!
        func turn() -> RelayTurn? { Relay.current(step, state: r.session.state, plan: r.session.plan, at: r.now) }
        try r.commit(.stepEntered(step: "auto"))
        try r.commit(.stepStarted(step: "auto"))
        try r.commit(.turnPassed(step: "auto", turn: 0))
        r.advance(seconds: 240)
        try r.commit(.stepPaused(step: "auto"))
        r.advance(seconds: 600)
        #expect(turn()?.group == 1)
        #expect(turn()?.remaining(at: r.now) == 60_000)
        #expect(Relay.nextChange(step, state: r.session.state, plan: r.session.plan, at: r.now) == nil)
        try r.commit(.stepResumed(step: "auto"))
        #expect(turn()?.remaining(at: r.now) == 60_000)
        r.advance(seconds: 59)
        #expect(turn()?.group == 1)
        r.advance(seconds: 1)
        #expect(turn()?.group == 2)
        #expect(turn()?.remaining(at: r.now) == 300_000)
        // Handed on during a pause, the new turn's time starts at the resume.
        try r.commit(.stepPaused(step: "auto"))
        try r.commit(.turnPassed(step: "auto", turn: 0))
        r.advance(seconds: 120)
        #expect(turn()?.remaining(at: r.now) == 300_000)
        try r.commit(.stepResumed(step: "auto"))
        r.advance(seconds: 100)
        #expect(turn()?.remaining(at: r.now) == 200_000)
        // Resumed, nothing is held any more.
        #expect(r.session.state.board.turns["auto"]?.pausedAt == nil)
    }

    /// A finished step stops its speaking group's clock with its own countdown; started again,
    /// the turn runs on from where it stood. A hand-over after the end waits for a restart too.
    @Test func finishingTheStepStopsTheTurn() throws {
        var r = BoardFixtures.recorder()
        let step = BoardFixtures.plan.step("trappa")!
        func turn() -> RelayTurn? { Relay.current(step, state: r.session.state, plan: r.session.plan, at: r.now) }
        try r.commit(.stepEntered(step: "trappa"))
        try r.commit(.stepStarted(step: "trappa"))
        try r.commit(.turnPassed(step: "trappa", turn: 0))
        r.advance(seconds: 10)
        try r.commit(.stepCompleted(step: "trappa"))
        r.advance(seconds: 30)
        #expect(turn()?.remaining(at: r.now) == 290_000)
        #expect(Relay.nextChange(step, state: r.session.state, plan: r.session.plan, at: r.now) == nil)
        try r.commit(.turnPassed(step: "trappa", turn: 1))
        r.advance(seconds: 30)
        #expect(turn()?.group == 2)
        #expect(turn()?.remaining(at: r.now) == 300_000)
        try r.commit(.stepStarted(step: "trappa"))
        r.advance(seconds: 20)
        #expect(turn()?.remaining(at: r.now) == 280_000)
    }

    @Test func relayRules() throws {
        var r = BoardFixtures.recorder()
        #expect(throws: Refusal.notARelay("tyst")) { try r.commit(.turnPassed(step: "tyst", turn: 0)) }
        #expect(throws: Refusal.noSuchTurn(step: "trappa", turn: 3, groups: 3)) {
            try r.commit(.turnPassed(step: "trappa", turn: 3))
        }
        #expect(throws: Refusal.noSuchTurn(step: "trappa", turn: -2, groups: 3)) {
            try r.commit(.turnPassed(step: "trappa", turn: -2))
        }
        let tx = try r.commit(.turnPassed(step: "trappa", turn: 0))
        try r.undo(tx)
        #expect(r.session.state.board == NoteBoard())
    }
}

@Suite struct SilentWritingTests {
    @Test func notesStayHiddenUntilTheReveal() throws {
        var r = BoardFixtures.recorder()
        let step = BoardFixtures.plan.step("tyst")!
        try r.addNote("n1", "Jag måste hinna allt", step: "tyst", list: "", group: 1, by: .secretary(1))
        try r.addNote("n2", "Alla andra klarar det", step: "tyst", list: "", group: 3, by: .secretary(3))
        try r.addNote("n3", "Ingen märker om jag slutar", step: "tyst", list: "", group: 3, by: .secretary(3))
        #expect(r.session.state.notesHiddenFromRoom(step))
        #expect(r.session.state.shownNotes(step).isEmpty)
        #expect(r.session.state.noteCounts("tyst") == [1: 1, 3: 2])
        try r.commit(.resultsRevealed(step: "tyst"))
        #expect(!r.session.state.notesHiddenFromRoom(step))
        #expect(r.session.state.shownNotes(step).map(\.id) == ["n1", "n2", "n3"])
    }

    @Test func doneMarksAreReversibleAndUndoable() throws {
        var r = BoardFixtures.recorder()
        try r.commit(.groupMarkedDone(step: "tyst", group: 2, done: true), by: .secretary(2))
        #expect(r.session.state.board.done == ["tyst": [2]])
        #expect(throws: Refusal.doneMarkUnchanged(group: 2, done: true)) {
            try r.commit(.groupMarkedDone(step: "tyst", group: 2, done: true), by: .secretary(2))
        }
        let tx = try r.commit(.groupMarkedDone(step: "tyst", group: 2, done: false), by: .secretary(2))
        #expect(r.session.state.board.done == ["tyst": []])
        try r.undo(tx)
        #expect(r.session.state.board.done == ["tyst": [2]])
        #expect(throws: Refusal.noSuchGroup(step: "tyst", group: 5, groups: 4)) {
            try r.commit(.groupMarkedDone(step: "tyst", group: 5, done: true))
        }
        #expect(throws: Refusal.stepCollectsNoNotes("info")) {
            try r.commit(.groupMarkedDone(step: "info", group: 1, done: true))
        }
    }

    @Test func moderationHidesANoteFromTheRoom() throws {
        var r = BoardFixtures.recorder()
        let step = BoardFixtures.plan.step("trappa")!
        try r.addNote("n1", "Bra", step: "trappa", list: "Råd", group: 1)
        try r.addNote("n2", "Olämpligt", step: "trappa", list: "Råd", group: 1)
        try r.commit(.noteHidden(note: "n2", hidden: true))
        #expect(r.session.state.shownNotes(step).map(\.id) == ["n1"])
        #expect(throws: Refusal.noteHiddenUnchanged("n2", hidden: true)) {
            try r.commit(.noteHidden(note: "n2", hidden: true))
        }
        try r.commit(.noteEdited(note: "n2", text: "Omformulerat"))
        try r.commit(.noteHidden(note: "n2", hidden: false))
        #expect(r.session.state.shownNotes(step).map(\.text) == ["Bra", "Omformulerat"])
    }
}

@Suite struct NoteThemeTests {
    func themed() throws -> Recorder {
        var r = BoardFixtures.recorder()
        for (id, text) in [
            ("a", "Ett nummer till koordinator"), ("b", "Egen schemaläggning"), ("c", "Ingen statistikpress"),
            ("d", "Ingen statistikpress!"), ("e", "Starta digitalt"),
        ] {
            try r.addNote(NoteID(id), text, step: "trappa", list: "Råd", group: 1)
        }
        try r.commit(.themeCreated(theme: "t1", step: "trappa", title: "Organisation"))
        try r.commit(.themeCreated(theme: "t2", step: "trappa", title: "Innovation"))
        try r.commit([
            .noteThemed(note: "a", theme: "t1"), .noteThemed(note: "b", theme: "t1"),
            .noteThemed(note: "e", theme: "t2"),
        ])
        return r
    }

    @Test func createMoveRenameReorder() throws {
        var r = try themed()
        let step = BoardFixtures.plan.step("trappa")!
        var grouped = r.session.state.themedNotes(step)
        #expect(grouped.themes.map(\.theme.title) == ["Organisation", "Innovation"])
        #expect(grouped.themes.map { $0.notes.map(\.id) } == [["a", "b"], ["e"]])
        #expect(grouped.rest.map(\.id) == ["c", "d"])
        try r.commit(.themeRenamed(theme: "t2", title: "Effektivisering och innovation"))
        try r.commit(.themeMoved(theme: "t2", position: 0))
        grouped = r.session.state.themedNotes(step)
        #expect(grouped.themes.map(\.theme.title) == ["Effektivisering och innovation", "Organisation"])
        try r.commit(.noteThemed(note: "b", theme: nil))
        #expect(r.session.state.themedNotes(step).rest.map(\.id) == ["b", "c", "d"])
        #expect(
            r.session.state.board.themes["trappa"] == [
                NoteTheme(id: "t2", title: "Effektivisering och innovation"),
                NoteTheme(id: "t1", title: "Organisation"),
            ])
    }

    @Test func mergeKeepsBothTextsAndSplitsBack() throws {
        var r = try themed()
        let step = BoardFixtures.plan.step("trappa")!
        try r.commit(.notesMerged(note: "d", into: "c"))
        #expect(r.session.state.shownNotes(step).map(\.id) == ["a", "b", "c", "e"])
        #expect(r.session.state.note("d")?.text == "Ingen statistikpress!")
        #expect(r.session.state.board.merged(into: "c", among: r.session.state.notes).map(\.id) == ["d"])
        #expect(throws: Refusal.alreadyMerged("d")) { try r.commit(.notesMerged(note: "d", into: "a")) }
        #expect(throws: Refusal.holdsMergedNotes("c")) { try r.commit(.notesMerged(note: "c", into: "a")) }
        #expect(throws: Refusal.mergeWithItself("a")) { try r.commit(.notesMerged(note: "a", into: "a")) }
        try r.commit(.noteSplit(note: "d"))
        #expect(r.session.state.shownNotes(step).map(\.id) == ["a", "b", "c", "d", "e"])
        #expect(throws: Refusal.notMerged("d")) { try r.commit(.noteSplit(note: "d")) }
    }

    @Test func themeRules() throws {
        var r = try themed()
        #expect(throws: Refusal.duplicateTheme("t1")) {
            try r.commit(.themeCreated(theme: "t1", step: "trappa", title: "Igen"))
        }
        #expect(throws: Refusal.emptyThemeTitle) {
            try r.commit(.themeCreated(theme: "t3", step: "trappa", title: "  "))
        }
        #expect(throws: Refusal.stepCollectsNoNotes("info")) {
            try r.commit(.themeCreated(theme: "t3", step: "info", title: "X"))
        }
        #expect(throws: Refusal.unknownTheme("t9")) { try r.commit(.themeRenamed(theme: "t9", title: "X")) }
        #expect(throws: Refusal.noSuchThemePosition(2, themes: 2)) {
            try r.commit(.themeMoved(theme: "t1", position: 2))
        }
        try r.commit(.themeCreated(theme: "t3", step: "tyst", title: "Annat steg"))
        #expect(throws: Refusal.themeOfOtherStep(note: "a", theme: "t3")) {
            try r.commit(.noteThemed(note: "a", theme: "t3"))
        }
        try r.addNote("x", "I tyst steg", step: "tyst", list: "", group: 1)
        #expect(throws: Refusal.mergeAcrossSteps("x", "a")) { try r.commit(.notesMerged(note: "x", into: "a")) }
    }

    /// Themes are built off the projector: the room sees the summary once it is shown, and not
    /// after it is taken back; showing it twice, or with no theme, is refused with the reason.
    @Test func theSummaryIsHiddenUntilShownAndCanBeTakenBack() throws {
        var r = BoardFixtures.recorder()
        try r.addNote("a", "Ett nummer till koordinator", step: "trappa", list: "Råd", group: 1)
        #expect(throws: Refusal.noThemesToShow("trappa")) {
            try r.commit(.themesShown(step: "trappa", visible: true))
        }
        try r.commit(.themeCreated(theme: "t1", step: "trappa", title: "Organisation"))
        #expect(!r.session.state.showsThemeSummary("trappa"))
        let shown = try r.commit(.themesShown(step: "trappa", visible: true))
        #expect(r.session.state.showsThemeSummary("trappa"))
        #expect(throws: Refusal.themesShownUnchanged("trappa", visible: true)) {
            try r.commit(.themesShown(step: "trappa", visible: true))
        }
        #expect(throws: Refusal.stepCollectsNoNotes("info")) {
            try r.commit(.themesShown(step: "info", visible: true))
        }
        try r.commit(.themesShown(step: "trappa", visible: false))
        #expect(!r.session.state.showsThemeSummary("trappa"))
        try r.commit(.themesShown(step: "trappa", visible: true))
        try r.undo(shown)
        #expect(r.session.state.showsThemeSummary("trappa"))
    }

    @Test func everyThemeChangeUndoesToTheStateBefore() throws {
        var r = try themed()
        let before = r.session.state.board
        var txs: [String] = []
        txs.append(try r.commit(.themeRenamed(theme: "t1", title: "Organisation och arbetsstruktur")))
        txs.append(try r.commit(.themeMoved(theme: "t1", position: 1)))
        txs.append(try r.commit([.noteThemed(note: "c", theme: "t1"), .noteThemed(note: "d", theme: "t1")]))
        txs.append(try r.commit(.notesMerged(note: "d", into: "c")))
        txs.append(try r.commit(.noteHidden(note: "e", hidden: true)))
        for tx in txs.reversed() { try r.undo(tx) }
        #expect(r.session.state.board == before)
    }
}
