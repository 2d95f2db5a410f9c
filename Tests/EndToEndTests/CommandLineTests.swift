import Foundation
import Testing

/// The scriptable commands of the export and `lagom check`, through the real binary (no tmux needed).
@Suite struct CommandLineTests {
    static func plan(_ session: String) -> URL { URL(fileURLWithPath: session).appendingPathComponent("plan.json") }

    /// `sed -i 's/"Riskfaktorer"/"Risker"/g' plan.json` is a valid plan, but the eight risk notes in the
    /// log lose their list: check says so, naming the log line, instead of "ok".
    @Test func checkWarnsAboutNotesARenamedListLeftBehind() throws {
        let session = try LagomProcess.scratchSession(
            "planeringsdagar-2024-resultat", copying: ["plan.json", "events.jsonl"])
        defer { try? FileManager.default.removeItem(atPath: session) }
        let before = try LagomProcess.run(["check", session])
        #expect(before.status == 0)
        #expect(before.out.hasPrefix("ok: "))
        #expect(before.err == "")

        let plan = try String(contentsOf: Self.plan(session), encoding: .utf8)
        try plan.replacingOccurrences(of: "\"Riskfaktorer\"", with: "\"Risker\"").write(
            to: Self.plan(session), atomically: true, encoding: .utf8)
        let after = try LagomProcess.run(["check", session, "--lang", "en"])
        #expect(after.status == 0)
        #expect(
            after.err
                == "warning: \(session)/events.jsonl:1: 8 notes in list \"Riskfaktorer\", which step enkat no longer has (lines 1, 2, 3, … 8)\n"
        )
        #expect(after.out.hasPrefix("warnings: \(session): 6 steps"))
        #expect(after.out.contains("8 notes have no place in the plan any more"))
        // The plan's language without --lang.
        let swedish = try LagomProcess.run(["check", session])
        #expect(
            swedish.out.hasPrefix(
                "varningar: \(session): 6 steg under 1 dag, 44 deltagare, 46 händelser; 8 lappar har"))
        #expect(
            swedish.err
                == "varning: \(session)/events.jsonl:1: 8 lappar i listan \"Riskfaktorer\", som steget enkat inte längre har (rad 1, 2, 3, … 8)\n"
        )
    }
}

/// `lagom check` on an agenda meeting: the agenda's time warnings, and the exit status stays 0.
@Suite struct CheckAgendaCommandTests {
    @Test func checkWarnsAboutAnOverlapAGapAndARoundThatCannotFit() throws {
        let session = try LagomProcess.scratchSession("team-day-en")
        defer { try? FileManager.default.removeItem(atPath: session) }
        let plan = """
            { "title": "Coordination", "language": "en", "days": [{ "title": "Meeting" }],
              "participants": [{ "name": "Ada Berg", "site": "North" }, { "name": "Ivo Sand", "site": "South" }],
              "steps": [
                { "id": "a", "kind": "info", "title": "Opening", "start": "09:00", "minutes": 15 },
                { "id": "b", "kind": "info", "title": "Budget", "start": "09:10", "minutes": 10 },
                { "id": "c", "kind": "checkin", "title": "Status", "start": "09:30", "minutes": 1,
                  "roundBy": "site", "secondsPerPerson": 60, "headings": ["Done", "Next"] }
              ] }
            """
        try plan.write(to: CommandLineTests.plan(session), atomically: true, encoding: .utf8)
        let result = try LagomProcess.run(["check", session])
        #expect(result.status == 0)
        let lines = result.err.split(separator: "\n").map(String.init)
        #expect(lines.count == 3)
        #expect(
            lines.first { $0.contains("the items overlap") }?.hasPrefix(
                "warning: \(session)/plan.json:5:62: steps[1].start") == true)
        #expect(
            lines.contains {
                $0.contains("steps[2].start: 10 min unplanned between the end of steps[1] \"Budget\" (09:20)")
            })
        #expect(
            lines.contains { $0.contains("steps[2].secondsPerPerson: the round cannot fit: 2 units × 60 s = 2 min") })
        #expect(result.out.hasPrefix("warnings: \(session): 3 steps"))
        #expect(result.out.contains("3 warnings about the agenda's times"))
    }
}

/// `lagom round next`: the word handed on from a script, as the facilitator's `s` does.
@Suite struct RoundCommandTests {
    /// A script reads the English words, whatever the plan's language: `--lang en`.
    @Test func roundNextHandsTheVattentrappaOnGroupByGroupThenEnds() throws {
        let session = try LagomProcess.scratchSession("planeringsdagar-2024")
        defer { try? FileManager.default.removeItem(atPath: session) }
        #expect(try LagomProcess.run(["step", "goto", session, "region-lagomland"]).status == 0)
        let first = try LagomProcess.run(["round", "next", session, "--lang", "en"])
        #expect(first.status == 0)
        #expect(first.out == "region-lagomland\tgroup 1\n")
        #expect(try LagomProcess.run(["round", "next", session]).out == "region-lagomland\tgrupp 2\n")
        var last = first
        for _ in 0..<20 where !last.out.hasSuffix("ended\n") {
            last = try LagomProcess.run(["--lang=en", "round", "next", session])
        }
        #expect(last.out == "region-lagomland\tended\n")
        // A note after the last group is still the group's to add.
        let note = try LagomProcess.run([
            "note", "add", session, "--step", "region-lagomland", "--group", "1", "Ett nummer till koordinator",
        ])
        #expect(note.status == 0)
    }

    @Test func roundNextOnAStepWithoutARoundSaysWhy() throws {
        let session = try LagomProcess.scratchSession("planeringsdagar-2024")
        defer { try? FileManager.default.removeItem(atPath: session) }
        #expect(try LagomProcess.run(["step", "goto", session, "syfte"]).status == 0)
        let result = try LagomProcess.run(["round", "next", session])
        #expect(result.status != 0)
        #expect(result.err.hasPrefix("Fel: steget \"syfte\" (info) har ingen talarordning"))
    }
}
