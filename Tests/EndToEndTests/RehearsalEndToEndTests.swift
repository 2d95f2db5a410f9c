import Foundation
import Testing

/// Rehearsing on another day: `lagom rehearse` puts the plan's day on the room's clock, and every
/// pane follows (Lunch counts down to 13.00; no pane says its return time has passed or that it
/// has not started while another says it runs).
@Suite struct RehearsalEndToEndTests {
    @Test(.needsTmux)
    func everyPaneRehearsesThePlansDay() throws {
        let room = try Room(bundled: "planeringsdagar-2024")
        try room.open("f", width: 100, height: 30, ["facilitator", room.session])
        try room.open("t", width: 80, height: 24, ["timekeeper", room.session])
        try room.expect("Dagen har inte börjat", in: "f")
        let said = try room.lagomCLI(["rehearse", room.session])
        #expect(said.contains("repetition av dag 1: rummets klocka visar nu 09.00 den 2024-12-03"), "\(said)")
        try room.lagomCLI(["step", "goto", room.session, "lunch-1"])
        try room.expect("Lunch", in: "f")
        try room.keys("f", "Space")
        let console = try room.waitFor("f") { $0.contains("▶ pågår") && $0.contains("Åter 13.00") }
        #expect(console.ok, "\(console.screen)")
        #expect(!console.screen.contains("har redan passerat"))
        // 09.00 on the room's clock: four hours to 13.00, on the timekeeper too.
        let timekeeper = try room.waitFor("t") { $0.contains("▶ igång · Åter 13.00") }
        #expect(timekeeper.ok, "\(timekeeper.screen)")
        #expect(!timekeeper.screen.contains("inte startad"))
    }
}
