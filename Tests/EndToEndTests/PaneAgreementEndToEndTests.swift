import Foundation
import Testing

/// Seed 000, day 1 at 80×24: the timekeeper and the console said different things about one clock.
@Suite struct PaneAgreementEndToEndTests {
    /// A plan of one step made for now: an exercise of one minute, then a break until `returnAt`, and
    /// a lunch whose return time has passed; `prefix` are the log lines written before the panes open.
    static func room(log: (Int64) -> String) throws -> (room: Room, returnAt: String) {
        let back = ReturnTimeEndToEndTests.localMinutesNow() + 61
        let returnAt = String(format: "%02d.%02d", back / 60, back % 60)
        let plan = """
            {
              "title": "Provdag", "language": "sv", "days": [{"title": "Dag 1"}],
              "participants": [{"name": "Person Ett", "site": "Nod A"}, {"name": "Person Två", "site": "Nod B"}],
              "steps": [
                {"id": "tyst", "kind": "brainwriting", "title": "Tankefällor", "minutes": 1, "returnAt": "\(returnAt)",
                 "groups": 2, "prompts": ["Vilka tankefällor har du?"]},
                {"id": "prat", "kind": "groupwork", "title": "Samtal", "minutes": 30, "groups": 3, "lists": ["Idéer"],
                 "prompts": ["Vad vill ni pröva?"]},
                {"id": "lunch", "kind": "break", "title": "Lunch", "returnAt": "00.00"}
              ]
            }
            """
        let room = try Room(planJSON: plan)
        let at = Int64(Date().timeIntervalSince1970 * 1000)
        try Data(log(at).utf8).write(to: URL(fileURLWithPath: room.session + "/events.jsonl"))
        return (room, returnAt)
    }

    /// The exercise started two minutes ago is over: the timekeeper and the console's bottom line count
    /// to the return time, as the projector does, instead of showing the exercise's overtime.
    @Test(
        .enabled(
            if: TmuxHarness.tmuxPath != nil && ReturnTimeEndToEndTests.localMinutesNow() < 22 * 60,
            "needs tmux, and an hour left of the day"))
    func afterTheExerciseNoPaneShowsOvertime() throws {
        let (room, returnAt) = try Self.room(log: { now in
            let at = now - 120_000
            return """
                {"at":\(at),"by":"facilitator","change":{"stepEntered":{"step":"tyst"}},"id":"e1","tx":"e1"}
                {"at":\(at),"by":"facilitator","change":{"stepStarted":{"step":"tyst"}},"id":"e2","tx":"e2"}
                {"at":\(at),"by":"facilitator","change":{"timerStarted":{"seconds":60,"timer":{"step":"tyst"}}},"id":"e3","tx":"e2"}

                """
        })
        try room.open("t", width: 80, height: 24, ["timekeeper", room.session])
        let timekeeper = try room.waitFor("t") { $0.contains("paus · Åter \(returnAt)") }
        #expect(timekeeper.ok, "\(timekeeper.screen)")
        #expect(!timekeeper.screen.contains("övertid"), "\(timekeeper.screen)")
        try room.open("f", width: 80, height: 24, ["facilitator", room.session])
        // The status row, above the footer, starts with the countdown.
        let console = try room.waitFor("f") { screen in
            let status = screen.split(separator: "\n", omittingEmptySubsequences: false).dropLast().last ?? ""
            return status.hasPrefix("1:0") || status.hasPrefix("59:")
        }
        #expect(console.ok, "the console's bottom line counts to the return time: \(console.screen)")
        #expect(!console.screen.contains("övertid"), "\(console.screen)")
    }

    /// A lunch started after its return time runs without a countdown: the timekeeper says so as the
    /// console does ("▶ pågår"), not "inte startad". Then the group chosen there is not carried on: in the
    /// next step the room's countdown is big, and `a` starts the groups with the room's time left.
    @Test(.needsTmux)
    func theTimekeeperAndTheConsoleAgreeStepByStep() throws {
        let (room, _) = try Self.room(log: { at in
            """
            {"at":\(at),"by":"facilitator","change":{"stepEntered":{"step":"lunch"}},"id":"e1","tx":"e1"}
            {"at":\(at),"by":"facilitator","change":{"stepStarted":{"step":"lunch"}},"id":"e2","tx":"e2"}

            """
        })
        try room.open("f", width: 80, height: 24, ["facilitator", room.session])
        try room.expect("▶ pågår", in: "f")
        try room.open("t", width: 80, height: 24, ["timekeeper", room.session])
        let lunch = try room.waitFor("t") { $0.contains("▶ pågår · utan nedräkning") }
        #expect(lunch.ok, "\(lunch.screen)")
        #expect(!lunch.screen.contains("inte startad"), "\(lunch.screen)")

        // Back to the group work (b), started (Space); the timekeeper picks group 2 there.
        try room.keys("f", "b")
        try room.expect("Samtal", in: "t")
        try room.keys("f", "Space")
        try room.keys("t", "Down", "Down")
        try room.expect("Grupp 2 · 3/4", in: "t")
        // Two seconds on, `a` starts every group with what the room has left, not the plan's 30:00.
        Thread.sleep(forTimeInterval: 2)
        try room.keys("t", "a")
        let started = try room.waitFor("t") { $0.contains("29:5") && !$0.contains("30:00") }
        #expect(started.ok, "\(started.screen)")
        // On to the lunch and back: the room's countdown is big again, not group 2's.
        try room.keys("f", "n")
        try room.expect("Lunch", in: "t")
        try room.keys("f", "b")
        let back = try room.waitFor("t") { $0.contains("Hela rummet · 1/4") }
        #expect(back.ok, "\(back.screen)")
    }
}
