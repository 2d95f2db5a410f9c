import Foundation
import Testing

/// A note written in silent writing and never revealed appeared in `lagom export`. What the room never
/// saw is in no export unless `--include-unrevealed` asks for it.
@Suite struct UnrevealedNotesEndToEndTests {
    static let plan = """
        {
          "title": "Provdag", "language": "sv", "days": [{"title": "Dag 1"}],
          "participants": [{"name": "Person Ett", "site": "Nod A"}, {"name": "Person Två", "site": "Nod B"}],
          "steps": [
            {"id": "tyst", "kind": "brainwriting", "title": "Tankefällor", "minutes": 15, "groups": 2, "prompts": ["Skriv tyst"]},
            {"id": "grupp", "kind": "groupwork", "title": "Grupparbete", "minutes": 30, "groups": 2, "prompts": ["Skriv lappar"]}
          ]
        }
        """

    @Test(.needsTmux)
    func aSilentNoteNeverRevealedIsInNoExportUnlessAskedFor() throws {
        let room = try Room(planJSON: Self.plan)
        try room.lagomCLI(["step", "goto", room.session, "tyst"])
        try room.open("s1", width: 80, height: 24, ["secretary", room.session, "--group", "1"])
        try room.expect("Tyst skrivande", in: "s1")
        try room.type("s1", "Hemlig tankefälla om kvällarna")
        try room.press("s1", "Enter")
        #expect(try room.waitFor("s1") { $0.contains("✓") }.ok)
        try room.lagomCLI(["step", "next", room.session])  // the step ends without a reveal
        for format in ["json", "markdown", "html", "csv"] {
            let export = try room.lagomCLI(["export", room.session, "--format", format])
            #expect(!export.contains("Hemlig tankefälla"), "\(format): \(export)")
            let asked = try room.lagomCLI(["export", room.session, "--format", format, "--include-unrevealed"])
            #expect(asked.contains("Hemlig tankefälla om kvällarna"), "\(format): \(asked)")
        }
    }
}
