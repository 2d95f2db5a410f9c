import Foundation
import Testing

/// Voting through the real binary: the facilitator's console and the projector, each in its own
/// tmux (private socket, fixed size, UTF-8), each test on its own copy of the results session.
@Suite(.serialized) struct VotingEndToEndTests {
    @Test func fiveBallotsWhileTheProjectorHidesThemThenReveal() throws {
        guard let tmux = try Room.start(step: "krav-rostning") else { return }
        defer { tmux.stop() }
        try tmux.waitFor("Resultatet visas", window: 0)
        try tmux.waitFor("Vem röstar?", window: 1)
        // Voter 1 by name: two stacked dots and one more; then four anonymous ballots.
        tmux.keys(window: 1, "Enter", "Right", "Right", "Down", "Right")
        try tmux.waitFor("kvar 2 av 5", window: 1)
        tmux.keys(window: 1, "Enter")
        try tmux.waitFor("1 röstsedlar lagda", window: 1)
        for voter in 2...5 {
            tmux.keys(window: 1, "a", "Down", "Down", "Down", "Right", "Right", "Enter")
            try tmux.waitFor("\(voter) röstsedlar lagda", window: 1)
        }
        // Ballots and the result stay off the projector until the reveal.
        let hidden = tmux.capture(window: 0)
        #expect(hidden.contains("Resultatet visas"))
        #expect(!hidden.contains("rangordnade"))
        tmux.keys(window: 1, "r")
        try tmux.waitFor("Krav, rangordnade", window: 0)
        let shown = tmux.capture(window: 0)
        #expect(shown.contains("1. Att vara tillgänglig"))
        #expect(shown.contains("8 p"))
    }

    @Test func revealFromTheBottomStepsThroughEveryPlace() throws {
        guard let tmux = try Room.start(step: "enkat-rostning") else { return }
        defer { tmux.stop() }
        try tmux.waitFor("Riskfaktorer, rangordnade", window: 0)
        tmux.keys(window: 1, "p", "Tab")
        try tmux.waitFor("Friskfaktorer, rangordnade", window: 0)
        tmux.keys(window: 1, "f")
        try tmux.waitFor("0 av 7 platser", window: 0)
        #expect(!tmux.capture(window: 0).contains("Tydliga ramar"))
        let bottomUp = ["Tydliga ramar", "Tillit mellan", "Variation", "Gemenskap", "Gemensamma", "Humor", "Flexibilitet"]
        for (place, text) in bottomUp.enumerated() {
            tmux.keys(window: 1, "Up")
            try tmux.waitFor("\(place + 1) av 7 platser", window: 0)
            #expect(tmux.capture(window: 0).contains(text))
        }
        #expect(!tmux.capture(window: 0).contains("· · ·"))
    }
}


/// The projector (window 0) and the facilitator (window 1) on one scratch copy of the results session.
private struct Room {
    let windows: [TmuxHarness]

    static func start(step: String) throws -> Room? {
        guard TmuxHarness.isAvailable else { return nil }
        let session = try LagomProcess.scratchSession("planeringsdagar-2024-resultat")
        try LagomProcess.run(["step", "goto", session, step])
        return Room(windows: [
            try TmuxHarness(command: LagomProcess.command("projector", session), width: 80, height: 24),
            try TmuxHarness(command: LagomProcess.command("facilitator", session), width: 80, height: 24),
        ])
    }

    func keys(window: Int, _ keys: String...) {
        for key in keys { try? windows[window].sendKeys(key) }
    }

    func capture(window: Int) -> String {
        ((try? windows[window].capturePane()) ?? []).joined(separator: "\n")
    }

    func waitFor(_ text: String, window: Int) throws {
        try windows[window].waitFor("\"\(text)\" in window \(window)") { $0.joined(separator: "\n").contains(text) }
    }

    func stop() { windows.forEach { $0.kill() } }
}
