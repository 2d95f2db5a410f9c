import Foundation
import LagomCore
import Testing

/// Emoji that ncurses cannot keep in one cell (skin tones, flags, ZWJ families) drawn by the
/// real binary in tmux, over a frame that had other text in the same place.
@Suite(.serialized) struct EmojiEndToEndTests {
    static let plan = """
        {
          "title": "Provdag", "language": "sv", "days": [{"title": "Dag 1"}],
          "participants": [{"name": "Person Ett", "site": "Nod A"}],
          "steps": [{"id": "grupp", "kind": "groupwork", "title": "Grupparbete", "minutes": 30, "groups": 2, "prompts": ["Skriv"]}]
        }
        """

    /// Columns as tmux 3.3a counts them: like ncurses, a cell advances by its first scalar.
    static func tmuxColumns(_ line: String) -> Int {
        line.reduce(0) { $0 + DisplayWidth.ofScalar($1.unicodeScalars.first!) }
    }

    @Test(.needsTmux) func multiScalarEmojiLeaveNoStaleCharactersAndKeepTheColumns() throws {
        let session = try LagomProcess.scratchSession(planJSON: Self.plan)
        try LagomProcess.run(["step", "goto", session, "grupp"])
        let id = try LagomProcess.run([
            "note", "add", session, "--step", "grupp", "--group", "1",
            String(repeating: "A", count: 40),
        ]).out
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let facilitator = try TmuxHarness(command: LagomProcess.command("facilitator", session), width: 80, height: 24)
        defer { facilitator.kill() }
        try facilitator.waitFor { $0.joined().contains("G1 · AAAA") }
        let bytesFile = facilitator.directory.appendingPathComponent("emoji.bytes").path
        try facilitator.pipePane(to: bytesFile)

        let edited = try LagomProcess.run(["note", "edit", session, id, "x👩‍👩‍👧a👍🏽b🇸🇪c👨‍👩‍👧‍👦d🏳️‍🌈e❤️f slut"])
        #expect(edited.status == 0, "note edit failed: \(edited.err)")
        let screen = try facilitator.waitFor { $0.joined().contains("slut") }
        try facilitator.stopPipingPane()

        let row = try #require(screen.first { $0.contains("G1 · ") })
        // Each one shown as what a cell holds, over the columns the layout gave it: the base
        // emoji, a flag's letters, and a space after the one-column ❤️ and 🏳️.
        #expect(row.contains("G1 · x👩a👍bSEc👨d🏳️ e❤️ f slut"), "row: \(row)")
        #expect(!row.contains("A"), "nothing left of the previous text: \(row)")
        // Every boxed row still ends on the right border at the last column.
        for line in screen where line.hasPrefix("│") {
            #expect(line.hasSuffix("│") && Self.tmuxColumns(line) == 80, "misaligned: \(line)")
        }
        let bytes = try Data(contentsOf: URL(fileURLWithPath: bytesFile))
        let sent = String(decoding: bytes, as: UTF8.self)
        #expect(!sent.unicodeScalars.contains("\u{200D}"), "no joiner sent: it would glue the next cell on")
    }
}
