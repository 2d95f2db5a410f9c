import Foundation
import Testing

/// `lagom decision` and `lagom action` through the real binary, and what the export makes of them.
@Suite struct RecordCommandTests {
    @Test func decisionsAndActionsAreAddedEditedListedAndExported() throws {
        let session = try LagomProcess.scratchSession("team-day-en")
        defer { try? FileManager.default.removeItem(atPath: session) }
        let decision = try LagomProcess.run(["decision", "add", session, "--step", "1", "We keep the Friday meeting"])
        #expect(decision.status == 0, "\(decision.err)")
        let decisionID = decision.out.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(decisionID.count == 5)

        let plan = try String(contentsOf: CommandLineTests.plan(session), encoding: .utf8)
        let someone = try #require(
            plan.components(separatedBy: "\"name\": \"").dropFirst().first?.components(separatedBy: "\"").first)
        let action = try LagomProcess.run([
            "action", "add", session, "--step", "1", "--owner", someone.lowercased(),
            "--due", "2026-04-01", "Book the room",
        ])
        #expect(action.status == 0, "\(action.err)")
        let actionID = action.out.trimmingCharacters(in: .whitespacesAndNewlines)

        let noOwner = try LagomProcess.run(["action", "add", session, "--step", "1", "--owner", " ", "Book"])
        #expect(noOwner.status != 0)
        #expect(noOwner.err.contains("an action needs an owner"))
        let badDate = try LagomProcess.run([
            "action", "add", session, "--step", "1", "--owner", "IT", "--due", "1/4", "Book",
        ])
        #expect(badDate.err.contains("\"1/4\" is not a date; give one like 2024-12-03"))

        #expect(try LagomProcess.run(["action", "edit", session, actionID, "--due", "2026-04-08"]).status == 0)
        let list = try LagomProcess.run(["action", "list", session])
        #expect(list.out == "\(actionID)\t\(try stepID(plan))\t\(someone)\t2026-04-08\topen\tBook the room\n")
        let wrongKind = try LagomProcess.run(["decision", "delete", session, actionID])
        #expect(wrongKind.err.contains("\(actionID) is an action, not a decision"))
        #expect(try LagomProcess.run(["decision", "list", session]).out.hasSuffix("\tWe keep the Friday meeting\n"))

        let export = try LagomProcess.run(["export", session, "--format", "json"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(export.out.utf8)) as? [String: Any])
        let actions = try #require(json["actions"] as? [[String: Any]])
        #expect(actions.count == 1)
        #expect(actions.first?["owner"] as? String == someone)
        #expect(actions.first?["due"] as? String == "2026-04-08")
        #expect((json["decisions"] as? [[String: Any]])?.first?["id"] as? String == decisionID)
        #expect(try LagomProcess.run(["action", "done", session, actionID]).status == 0)
        #expect(try LagomProcess.run(["action", "list", session]).out.contains("\tdone\t"))
    }

    private func stepID(_ plan: String) throws -> String {
        try #require(plan.components(separatedBy: "\"id\": \"").dropFirst().first?.components(separatedBy: "\"").first)
    }
}
