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

    @Test func exportMarkdownPrintsTheShippedCompilation() throws {
        let session = try LagomProcess.scratchSession("planeringsdagar-2024-resultat", copying: ["plan.json", "events.jsonl"])
        defer { try? FileManager.default.removeItem(atPath: session) }
        let result = try LagomProcess.run(["export", session, "--format", "markdown"])
        #expect(result.status == 0)
        let shipped = try String(contentsOf: LagomProcess.packageRoot
            .appendingPathComponent("Sessions/planeringsdagar-2024-resultat/sammanstallning.md"), encoding: .utf8)
        #expect(result.out == shipped)
        let wrong = try LagomProcess.run(["export", session, "--format", "docx"])
        #expect(wrong.status != 0)
        #expect(wrong.err.contains("expected json or markdown"))
    }
}
