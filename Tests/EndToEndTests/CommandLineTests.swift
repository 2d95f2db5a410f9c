import Foundation
import Testing

/// The scriptable commands of the export and `lagom check`, through the real binary (no tmux needed).
@Suite struct CommandLineTests {
    static func plan(_ session: String) -> URL { URL(fileURLWithPath: session).appendingPathComponent("plan.json") }

    /// `sed -i 's/"Riskfaktorer"/"Risker"/g' plan.json` is a valid plan, but the eight risk notes in the
    /// log lose their list: check says so, naming the log line, instead of "ok".
    @Test func checkWarnsAboutNotesARenamedListLeftBehind() throws {
        let session = try LagomProcess.scratchSession("planeringsdagar-2024-resultat", copying: ["plan.json", "events.jsonl"])
        defer { try? FileManager.default.removeItem(atPath: session) }
        let before = try LagomProcess.run(["check", session])
        #expect(before.status == 0)
        #expect(before.out.hasPrefix("ok: "))
        #expect(before.err == "")

        let plan = try String(contentsOf: Self.plan(session), encoding: .utf8)
        try plan.replacingOccurrences(of: "\"Riskfaktorer\"", with: "\"Risker\"").write(to: Self.plan(session), atomically: true, encoding: .utf8)
        let after = try LagomProcess.run(["check", session])
        #expect(after.status == 0)
        #expect(after.err == "warning: \(session)/events.jsonl:1: 8 notes in list \"Riskfaktorer\", which step enkat no longer has (lines 1, 2, 3, … 8)\n")
        #expect(after.out.hasPrefix("warnings: \(session): 6 steps"))
        #expect(after.out.contains("8 notes have no place in the plan any more"))
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
        #expect(lines.first { $0.contains("the items overlap") }?.hasPrefix("warning: \(session)/plan.json:5:62: steps[1].start") == true)
        #expect(lines.contains { $0.contains("steps[2].start: 10 min unplanned between the end of steps[1] \"Budget\" (09:20)") })
        #expect(lines.contains { $0.contains("steps[2].secondsPerPerson: the round cannot fit: 2 units × 60 s = 2 min") })
        #expect(result.out.hasPrefix("warnings: \(session): 3 steps"))
        #expect(result.out.contains("3 warnings about the agenda's times"))
    }
}
