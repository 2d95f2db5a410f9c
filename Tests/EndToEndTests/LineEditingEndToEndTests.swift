import Foundation
import Testing

/// The line editor's keys as a terminal sends them, through tmux and ncurses.
@Suite(.serialized) struct LineEditingEndToEndTests {
    static let plan = """
        {
          "title": "Provdag", "language": "sv", "days": [{"title": "Dag 1"}],
          "participants": [{"name": "Person Ett", "site": "Nod A"}],
          "steps": [{"id": "grupp", "kind": "groupwork", "title": "Grupparbete", "minutes": 30, "groups": 2, "prompts": ["Skriv"]}]
        }
        """

    /// Ctrl-E is the secretary's "edit", so End is the way to the end of the line: it must
    /// work and be in the help.
    @Test(.needsTmux) func endMovesToTheEndOfTheLineAndIsInTheHelp() throws {
        let room = try Room(planJSON: Self.plan)
        try room.lagomCLI(["step", "goto", room.session, "grupp"])
        try room.open("s1", width: 80, height: 24, ["secretary", room.session, "--group", "1"])
        try room.expect("Grupp 1 · sekreterare", in: "s1")
        try room.type("s1", "abc")
        try room.keys("s1", "Home")
        try room.type("s1", "X")
        try room.keys("s1", "End")
        try room.type("s1", "Y")
        try room.expect("XabcY", in: "s1")
        try room.keys("s1", "F1")
        let help = try room.waitFor("s1") { $0.contains("Slutet av raden") }
        #expect(help.ok, "help: \(help.screen)")
        #expect(help.screen.split(separator: "\n").contains { $0.contains("End") && $0.contains("Slutet av raden") })
    }
}
