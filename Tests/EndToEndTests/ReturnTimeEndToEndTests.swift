import Foundation
import Testing

/// Tankefällor (`minutes: 15`, `returnAt: "11.20"`) said "Tid: 15 min · Åter 10.56" once started. The
/// plan's return time wins, the exercise and the break are both said, and once the exercise is over
/// the room sees the break until the return time.
@Suite struct ReturnTimeEndToEndTests {
    /// The plan's return time is 40 minutes from now, so the 15-minute exercise started now ends
    /// before it at any time of day (the sample's "11.20" held only in the morning).
    @Test(
        .needsTmux,
        .enabled(
            if: TmuxHarness.tmuxPath != nil && localMinutesNow() < 23 * 60, "needs tmux, and an hour left of the day"))
    func aStartedExerciseKeepsThePlansReturnTime() throws {
        let back = Self.localMinutesNow() + 40
        let returnAt = String(format: "%02d.%02d", back / 60, back % 60)
        let plan = """
            {
              "title": "Provdag", "language": "sv", "days": [{"title": "Dag 1"}],
              "participants": [{"name": "Person Ett", "site": "Nod A"}, {"name": "Person Två", "site": "Nod B"},
                               {"name": "Person Tre", "site": "Nod A"}, {"name": "Person Fyra", "site": "Nod B"}],
              "steps": [{"id": "tankefallor", "kind": "brainwriting", "title": "Tankefällor", "minutes": 15,
                         "returnAt": "\(returnAt)", "groups": 2, "prompts": ["Vilka tankefällor har du?"]}]
            }
            """
        let room = try Room(planJSON: plan)
        try room.lagomCLI(["step", "goto", room.session, "tankefallor"])
        try room.lagomCLI(["step", "start", room.session])
        try room.open("f", width: 120, height: 30, ["facilitator", room.session])
        try room.expect("Övning 15 min, sedan paus · Åter \(returnAt)", in: "f")
        try room.open("t", width: 80, height: 24, ["timekeeper", room.session])
        try room.expect("Åter \(returnAt)", in: "t")
    }

    /// The room's clock in this process's time zone, as `lagom` reads it: minutes since midnight.
    static func localMinutesNow() -> Int {
        var now = time(nil)
        var parts = tm()
        localtime_r(&now, &parts)
        return Int(parts.tm_hour) * 60 + Int(parts.tm_min)
    }

    @Test(
        .needsTmux,
        .enabled(
            if: TmuxHarness.tmuxPath != nil && localMinutesNow() < 22 * 60, "needs tmux, and an hour left of the day"))
    func onceTheExerciseIsOverTheRoomSeesTheBreakUntilTheReturnTime() throws {
        let back = Self.localMinutesNow() + 61
        let returnAt = String(format: "%02d.%02d", back / 60, back % 60)
        let plan = """
            {
              "title": "Provdag", "language": "sv", "days": [{"title": "Dag 1"}],
              "participants": [{"name": "Person Ett", "site": "Nod A"}, {"name": "Person Två", "site": "Nod B"}],
              "steps": [{"id": "tyst", "kind": "brainwriting", "title": "Tankefällor", "minutes": 1, "returnAt": "\(returnAt)",
                         "groups": 2, "prompts": ["Vilka tankefällor har du?"]}]
            }
            """
        let room = try Room(planJSON: plan)
        // The exercise was started two minutes ago (a log written then): its one minute is over.
        let at = Int64(Date().timeIntervalSince1970 * 1000) - 120_000
        let log = """
            {"at":\(at),"by":"facilitator","change":{"stepEntered":{"step":"tyst"}},"id":"e1","tx":"e1"}
            {"at":\(at),"by":"facilitator","change":{"stepStarted":{"step":"tyst"}},"id":"e2","tx":"e2"}
            {"at":\(at),"by":"facilitator","change":{"timerStarted":{"seconds":60,"timer":{"step":"tyst"}}},"id":"e3","tx":"e2"}

            """
        try Data(log.utf8).write(to: URL(fileURLWithPath: room.session + "/events.jsonl"))
        try room.open("f", width: 100, height: 30, ["facilitator", room.session])
        let onBreak = try room.waitFor("f") {
            $0.contains("Åter \(returnAt)") && ($0.contains("1:00:") || $0.contains("59:"))
        }
        #expect(onBreak.ok, "a countdown to the return time: \(onBreak.screen)")
        try room.open("p", width: 100, height: 30, ["projector", room.session])
        let projector = try room.waitFor("p") { $0.contains("███") }
        #expect(!projector.screen.contains("övertid"), "\(projector.screen)")
    }
}
