import Foundation
import Testing

/// The coordination-meeting sample from its agenda to its minutes, through the real binary.
@Suite struct MeetingSampleTests {
    static let sample = LagomProcess.packageRoot.appendingPathComponent("Sessions/coordination-meeting-en")

    @Test func newFromAgendaGivesTheSamplePlanAndSaysWhatItCouldNotPlace() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lagom-agenda-\(UUID().uuidString)")
            .path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let agenda = Self.sample.appendingPathComponent("agenda.md").path
        let result = try LagomProcess.run(["new", folder, "--from-agenda", agenda])
        #expect(result.status == 0, "\(result.err)")
        #expect(
            result.err == "\(agenda): line 44: \"Coffee is served from 08.45 in the lobby.\" (no time, number or field "
                + "Lagom knows) — not placed; add it to plan.json by hand\n")
        let made = try Data(contentsOf: URL(fileURLWithPath: folder).appendingPathComponent("plan.json"))
        #expect(made == (try Data(contentsOf: Self.sample.appendingPathComponent("plan.json"))))
        let check = try LagomProcess.run(["check", folder])
        #expect(check.out.hasPrefix("ok: "))
    }

    @Test func theExportedMarkdownIsTheShippedMinutes() throws {
        let session = try LagomProcess.scratchSession(
            "coordination-meeting-en", copying: ["plan.json", "events.jsonl"])
        defer { try? FileManager.default.removeItem(atPath: session) }
        let result = try LagomProcess.run(["export", session, "--format", "markdown"])
        #expect(result.status == 0)
        let shipped = try String(contentsOf: Self.sample.appendingPathComponent("minutes.md"), encoding: .utf8)
        #expect(result.out == shipped)
        for heading in [
            "### Attendance", "### 3 Status round", "#### 4b Savings in the second quarter", "### Actions",
            "| What | Who | When | Item |", "- **Absent (1):** Tobias Nyberg (North clinic) – course",
        ] {
            #expect(result.out.contains(heading + "\n"), "\(heading)")
        }
    }

    @Test func theNextMeetingStartsWithTheOpenActions() throws {
        let session = try LagomProcess.scratchSession(
            "coordination-meeting-en", copying: ["plan.json", "events.jsonl"])
        let next = session + "-next"
        defer {
            try? FileManager.default.removeItem(atPath: session)
            try? FileManager.default.removeItem(atPath: next)
        }
        let result = try LagomProcess.run(["new", next, "--from", session])
        #expect(result.status == 0, "\(result.err)")
        let plan = try String(
            contentsOf: URL(fileURLWithPath: next).appendingPathComponent("plan.json"), encoding: .utf8)
        #expect(plan.contains("\"From the last meeting\""))
        #expect(plan.contains("Action: Plan the training for all units — IT support, due 2026-04-30"))
        #expect(try LagomProcess.run(["check", next]).status == 0)
    }
}
