import Foundation
import Testing

/// The real binary in tmux: a check-in round over the people here, driven from the facilitator's
/// console and the command line while the projector follows — the absent skipped, a pass coming
/// back at the end, the remote marked, a late arrival taken in.
@Suite(.serialized) struct CheckinRoundEndToEndTests {
    static let plan = """
        { "title": "Planeringsdag", "language": "sv", "days": [{ "title": "Dag 1" }],
          "participants": [
            { "name": "Alva Berg", "site": "Norrhamn" },
            { "name": "Bo Ek", "site": "Storvik", "attendance": "absent", "reason": "sjuk" },
            { "name": "Cilla Dahl", "site": "Norrhamn", "attendance": "remote" },
            { "name": "Dan Frö", "site": "Strandå", "arrives": "09.40" },
            { "name": "Eva Gran", "site": "Storvik" },
            { "name": "Frej Hed", "site": "Strandå" } ],
          "steps": [
            { "id": "incheckning", "kind": "checkin", "title": "Incheckning", "start": "09.00", "minutes": 15,
              "question": "Hur mår du i dag?", "secondsPerPerson": 60 } ] }
        """

    @Test(.enabled(if: TmuxHarness.isAvailable, "needs tmux"))
    func theRoundSkipsTheAbsentAndTakesInALateArrival() throws {
        let session = try LagomProcess.scratchSession(planJSON: Self.plan)
        defer { try? FileManager.default.removeItem(atPath: session) }
        try LagomProcess.run(["step", "goto", session, "incheckning"])
        let console = try TmuxHarness(command: LagomProcess.command("facilitator", session), width: 80, height: 24)
        defer { console.kill() }
        let projector = try TmuxHarness(command: LagomProcess.command("projector", session), width: 80, height: 24)
        defer { projector.kill() }
        _ = try projector.waitFor { $0.joined().contains("Först: Alva Berg, Cilla Dahl (distans), Eva Gran") }
        _ = try console.waitFor { $0.joined().contains("Incheckning") }

        // s gives the word to the first one here; S passes it on, and she comes back at the end.
        try console.sendKeys("s")
        _ = try projector.waitFor { $0.joined().contains("Har ordet: Alva Berg") }
        try console.sendKeys("S")
        let passed = try projector.waitFor { $0.joined().contains("Har ordet: Cilla Dahl (distans)") }
        #expect(passed.joined().contains("Stod över, tillbaka sist: Alva Berg"))
        #expect(passed.allSatisfy { $0.count <= 80 })

        // Dan arrives: marked present on the command line, he is in the round at once.
        let marked = try LagomProcess.run(["attendance", session, "dan", "--present"])
        #expect(marked.status == 0, "attendance failed: \(marked.err)")
        _ = try projector.waitFor { $0.joined().contains("Nästa: Dan Frö, Eva Gran, Frej Hed") }

        // The rest from the command line, as a script would: Bo (absent) is never called.
        var called: [String] = []
        for _ in 0..<5 {
            let next = try LagomProcess.run(["round", "next", session])
            #expect(next.status == 0, "round next failed: \(next.err)")
            called.append(
                next.out.split(separator: "\t").last.map { String($0).trimmingCharacters(in: .newlines) } ?? "")
        }
        #expect(called == ["Dan Frö", "Eva Gran", "Frej Hed", "Alva Berg", "slut"])
        _ = try projector.waitFor { $0.joined().contains("Rundan är klar: 5 har talat") }
        let again = try LagomProcess.run(["round", "next", session])
        #expect(again.status != 0)
        #expect(again.err.contains("alla här har talat"))
    }
}
