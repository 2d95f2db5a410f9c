import Foundation
import Testing

/// What the store promises, seen through the real binary: warnings reach the screen, viewers write nothing.
@Suite(.serialized) struct StoreEndToEndTests {
    static let plan = """
        {
          "title": "Provdag", "language": "sv", "days": [{"title": "Dag 1"}],
          "participants": [{"name": "Person Ett", "site": "Nod A"}, {"name": "Person Två", "site": "Nod B"}],
          "steps": [
            {"id": "intro", "kind": "info", "title": "Välkomna", "minutes": 10},
            {"id": "grupp", "kind": "groupwork", "title": "Grupparbete", "minutes": 30, "groups": 2, "prompts": ["Skriv lappar"]}
          ]
        }
        """

    private func files(_ folder: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
    }

    @Test(.needsTmux) func aTornLastWriteAndItsRepairShowOnTheFacilitatorsScreen() throws {
        let t = try Room(planJSON: Self.plan)
        #expect(try LagomProcess.run(["step", "goto", t.session, "intro"]).status == 0)
        // A write cut short: the start of an event with no newline.
        let log = try FileHandle(forWritingTo: URL(fileURLWithPath: t.session + "/events.jsonl"))
        try log.seekToEnd()
        try log.write(contentsOf: Data(#"{"at":1741075200000,"by":"facili"#.utf8))
        try log.close()

        try t.open("f", width: 220, height: 30, ["facilitator", t.session])
        let torn = try t.waitFor("f") { $0.contains("events.jsonl:2: den senaste skrivningen avbröts") }
        #expect(torn.ok, "\(torn.screen)")
        try t.press("f", "n")
        let repaired = try t.waitFor("f") {
            $0.contains("från en avbruten skrivning flyttades undan till events.torn-")
        }
        #expect(repaired.ok, "\(repaired.screen)")
    }

    @Test(.needsTmux) func theProjectorAndTheReadCommandsWriteNothing() throws {
        let t = try Room(planJSON: Self.plan)
        #expect(try files(t.session) == ["plan.json"])
        for command in [["log"], ["export"], ["note", "list"], ["check"]] {
            let result = try LagomProcess.run(command + [t.session])
            #expect(result.status == 0, "\(command): \(result.err)")
        }
        try t.open("p", width: 80, height: 24, ["projector", t.session])
        // Big type is painted: spaces on a white (SGR 47) or reversed (SGR 7) background.
        #expect(
            try t.waitFor("p", escapes: true) { $0.contains("[47m  ") || $0.contains("[7m  ") }.ok,
            "the title, in big type")
        try t.press("p", "q")
        let ended = try t.waitFor("p", timeout: 10) { _ in (try? t.paneValue("p", "#{pane_dead}")) == "1" }
        #expect(ended.ok, "\(ended.screen)")
        // No events.jsonl, events.lock or state.json: a viewer creates and writes nothing.
        #expect(try files(t.session) == ["plan.json"])
    }
}
