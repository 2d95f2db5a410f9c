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
        #expect(
            try changes(.round(.nextSpeaker("incheckning")), r) == [
                .speakerCalled(step: "incheckning", person: "Deltagare 1")
            ])
        // Another process gave the word on meanwhile: the intent follows it, not a stale picture.
        try r.commit(.speakerCalled(step: "incheckning", person: "Deltagare 5"))
        #expect(
            try changes(.round(.nextSpeaker("incheckning")), r) == [
                .speakerCalled(step: "incheckning", person: "Deltagare 6")
            ])
        try r.commit(.speakerCalled(step: "incheckning", person: "Deltagare 44"))
        // Those skipped over come after the last place reached; once all have spoken, the round ends.
        #expect(
            try changes(.round(.nextSpeaker("incheckning")), r) == [
                .speakerCalled(step: "incheckning", person: "Deltagare 1")
            ])
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
        let roomSeconds = try #require(
            r.session.state.timers[own].map { Int($0.remaining(at: r.now) / 1000) })
        #expect(
            try changes(.stepTimers(.startIdle([own, two], seconds: 600)), r) == [
                .timerStarted(timer: two, seconds: roomSeconds)
            ])
        try r.commit(.timerStarted(timer: two, seconds: 600))
        #expect(throws: Refusal.timerAlreadyRunning(own)) {
            try changes(.stepTimers(.startIdle([own, two], seconds: 600)), r)
        }
        #expect(
            try changes(.stepTimers(.extend("grupparbete", seconds: 300)), r)
                == [.timerExtended(timer: own, seconds: 300), .timerExtended(timer: two, seconds: 300)])
    }

    /// Seed 000: the timekeeper pressed `a` 40 seconds into a 30-minute group work; the groups began
    /// at the full 30:00 while the room's read 29:20. A group ends with the room unless given more.
    @Test func groupCountdownsStartedLaterEndWithTheRoom() throws {
        var r = Recorder()
        try r.perform(.goto("grupparbete"))
        try r.perform(.start)
        let own = TimerKey(step: "grupparbete")
        let two = TimerKey(step: "grupparbete", group: 2), three = TimerKey(step: "grupparbete", group: 3)
        let room = try #require(r.session.state.timers[own])
        r.advance(seconds: 40)
        let left = Int(room.remaining(at: r.now) / 1000)
        #expect(
            try changes(.stepTimers(.startIdle([two], seconds: 1800)), r) == [.timerStarted(timer: two, seconds: left)])
        #expect(try changes(.timer(.start(seconds: nil), three), r) == [.timerStarted(timer: three, seconds: left)])
        #expect(try changes(.timer(.toggle, three), r) == [.timerStarted(timer: three, seconds: left)])
        // Given more on purpose (+5 on a group not started), it gets what was asked.
        #expect(try changes(.timer(.start(seconds: 300), three), r) == [.timerStarted(timer: three, seconds: 300)])
        // The room's countdown stopped: the plan's length again.
        try r.commit(.timerStopped(timer: own))
        #expect(
            try changes(.stepTimers(.startIdle([two], seconds: 1800)), r) == [.timerStarted(timer: two, seconds: 1800)])
    }
}
