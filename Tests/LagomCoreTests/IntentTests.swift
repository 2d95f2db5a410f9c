import Testing

@testable import LagomCore

/// Intents are computed from the state they are given (the store's freshest, under its lock),
/// not from what a screen drew before.
@Suite struct IntentTests {
    func changes(_ intent: Intent, _ r: Recorder) throws(Refusal) -> [Change] {
        var ids: any IDSource = SeededIDSource(seed: 7)
        return try intent.changes(in: r.session, at: r.now, utcOffsetSeconds: 0, ids: &ids)
    }

    @Test func theNextSpeakerIsTheOneAfterTheFreshestSpeaker() throws {
        var r = Recorder()
        try r.perform(.start)
        #expect(try changes(.round(.nextSpeaker("incheckning")), r) == [.speakerChanged(step: "incheckning", index: 0)])
        // Another process gave the word on meanwhile: the intent follows it, not a stale picture.
        try r.commit(.speakerChanged(step: "incheckning", index: 4))
        #expect(try changes(.round(.nextSpeaker("incheckning")), r) == [.speakerChanged(step: "incheckning", index: 5)])
        try r.commit(.speakerChanged(step: "incheckning", index: 43))
        #expect(
            try changes(.round(.nextSpeaker("incheckning")), r) == [.speakerChanged(step: "incheckning", index: -1)])
    }

    @Test func severalNotesGetDistinctFreshIds() throws {
        var r = Recorder()
        try r.perform(.goto("grupparbete"))
        let place = NotePlace(step: "grupparbete", list: "Riskfaktorer", group: 1)
        let made = try changes(.notes(.add(place: place, texts: ["Ett", "Två", "Tre"])), r)
        let ids = made.compactMap { if case .noteAdded(let id, _, _) = $0 { id } else { nil } }
        #expect(Set(ids).count == 3)
        try r.commit(made, by: .secretary(1))
        #expect(r.session.state.notes(step: "grupparbete", group: 1).map(\.text) == ["Ett", "Två", "Tre"])
    }

    @Test func editAndMoveWritesTheTextOnlyWhenItChanged() throws {
        var r = Recorder()
        try r.perform(.goto("grupparbete"))
        try r.addNote("a", "Tidspress")
        try r.addNote("b", "Arbetsmiljö")
        try r.addNote("c", "Sjukskrivningar")
        #expect(
            try changes(.notes(.editAndMove("c", text: "Sjukskrivningar", parent: "a")), r)
                == [.noteMoved(note: "c", place: NotePlace(step: "grupparbete", list: "Riskfaktorer", parent: "a"))])
        #expect(
            try changes(.notes(.editAndMove("c", text: "Fler sjukskrivningar", parent: nil)), r)
                == [
                    .noteEdited(note: "c", text: "Fler sjukskrivningar"),
                    .noteMoved(note: "c", place: NotePlace(step: "grupparbete", list: "Riskfaktorer")),
                ])
        try r.commit(.noteDeleted(note: "c"))
        #expect(throws: Refusal.unknownNote("c")) { try changes(.notes(.editAndMove("c", text: "x", parent: nil)), r) }
    }

    @Test func stepTimersActOnEveryCountdownOfTheStep() throws {
        var r = Recorder()
        try r.perform(.goto("grupparbete"))
        #expect(throws: Refusal.timerNotStarted(TimerKey(step: "grupparbete"))) {
            try changes(.stepTimers(.stop("grupparbete")), r)
        }
        let own = TimerKey(step: "grupparbete"), two = TimerKey(step: "grupparbete", group: 2)
        try r.perform(.start)
        #expect(
            try changes(.stepTimers(.startIdle([own, two], seconds: 600)), r) == [
                .timerStarted(timer: two, seconds: 600)
            ])
        try r.commit(.timerStarted(timer: two, seconds: 600))
        #expect(throws: Refusal.timerAlreadyRunning(own)) {
            try changes(.stepTimers(.startIdle([own, two], seconds: 600)), r)
        }
        #expect(
            try changes(.stepTimers(.extend("grupparbete", seconds: 300)), r)
                == [.timerExtended(timer: own, seconds: 300), .timerExtended(timer: two, seconds: 300)])
    }
}
