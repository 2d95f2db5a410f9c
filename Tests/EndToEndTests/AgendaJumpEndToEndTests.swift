import Foundation
import Testing

/// Jumping in the agenda (↓ Enter) and `lagom step goto` leave no step running behind them: in a real
/// day Incheckning, Tankefällor and Lunch were all ▶ at once.
@Suite struct AgendaJumpEndToEndTests {
    /// The agenda's status column: how many steps show ▶ (running) or ✓ (done) before their clock time
    /// (the stage's own "▶ pågår" is no agenda row).
    static func count(_ symbol: String, in screen: String) -> Int {
        screen.components(separatedBy: symbol + " ").dropFirst().filter { $0.first?.isNumber == true }.count
    }

    @Test(.needsTmux)
    func aJumpInTheAgendaEndsTheStepItLeaves() throws {
        let room = try Room(bundled: "planeringsdagar-2024")
        try room.open("f", width: 100, height: 30, ["facilitator", room.session])
        try room.expect("Dagen har inte börjat", in: "f")
        try room.keys("f", "n", "Space")
        let started = try room.waitFor("f") { Self.count("▶", in: $0) == 1 }
        #expect(started.ok, "\(started.screen)")
        // Down to Tankefällor (the 7th step) and Enter: the check-in ends as `n` would end it.
        for _ in 0..<6 { try room.keys("f", "Down") }
        try room.keys("f", "Enter")
        let jumped = try room.waitFor("f") {
            $0.contains("Tankefällor") && Self.count("▶", in: $0) == 0 && Self.count("✓", in: $0) >= 1
        }
        #expect(jumped.ok, "the left step shows done, none runs: \(jumped.screen)")
        try room.keys("f", "Space")
        let one = try room.waitFor("f") { Self.count("▶", in: $0) == 1 }
        #expect(one.ok, "\(one.screen)")
        // The same from the command line, while Tankefällor runs.
        let moved = try room.lagomCLI(["step", "goto", room.session, "lunch-1"])
        #expect(!moved.contains("rror"), "\(moved)")
        let none = try room.waitFor("f") { Self.count("▶", in: $0) == 0 && Self.count("✓", in: $0) >= 2 }
        #expect(none.ok, "\(none.screen)")
        let completed = try room.events().compactMap {
            (($0["change"] as? [String: Any])?["stepCompleted"] as? [String: Any])?["step"] as? String
        }
        #expect(completed == ["incheckning", "tankefallor"])
    }
}
