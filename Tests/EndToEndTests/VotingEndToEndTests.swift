import Foundation
import Testing

/// Voting through the real binary: the facilitator's console and the projector, each in its own
/// tmux (private socket, fixed size, UTF-8), each test on its own copy of the results session.
@Suite(.serialized) struct VotingEndToEndTests {
    /// The projector and the facilitator on a copy of the results session, at `step`.
    static func room(step: String) throws -> Room {
        let room = try Room(bundled: "planeringsdagar-2024-resultat", copying: ["plan.json", "events.jsonl"])
        try room.lagomCLI(["step", "goto", room.session, step])
        try room.open("projektor", width: 80, height: 24, ["projector", room.session])
        try room.open("facilitator", width: 80, height: 24, ["facilitator", room.session])
        return room
    }

    @Test(.needsTmux) func fiveBallotsWhileTheProjectorHidesThemThenReveal() throws {
        let tmux = try Self.room(step: "krav-rostning")
        try tmux.expect("Resultatet visas", in: "projektor")
        try tmux.expect("Vem röstar?", in: "facilitator")
        // Voter 1 by name: two stacked dots and one more; then four anonymous ballots.
        try tmux.keys("facilitator", "Enter", "Right", "Right", "Down", "Right")
        try tmux.expect("2 av 5 röster kvar", in: "facilitator")
        try tmux.keys("facilitator", "Enter")
        try tmux.expect("1 röstsedel registrerad", in: "facilitator")
        for voter in 2...5 {
            try tmux.keys("facilitator", "a", "Down", "Down", "Down", "Right", "Right", "Enter")
            try tmux.expect("\(voter) röstsedlar registrerade", in: "facilitator")
        }
        // Ballots and the result stay off the projector until the reveal.
        let hidden = (try tmux.capture("projektor"))
        #expect(hidden.contains("Resultatet visas"))
        #expect(!hidden.contains("rangordnade"))
        try tmux.keys("facilitator", "r")
        try tmux.expect("Krav, rangordnade", in: "projektor")
        let shown = (try tmux.capture("projektor"))
        #expect(shown.contains("1. Att vara tillgänglig"))
        #expect(shown.contains("8 p"))
    }

    @Test(.needsTmux) func revealFromTheBottomStepsThroughEveryPlace() throws {
        let tmux = try Self.room(step: "enkat-rostning")
        try tmux.expect("Riskfaktorer, rangordnade", in: "projektor")
        try tmux.keys("facilitator", "p", "Tab")
        try tmux.expect("Friskfaktorer, rangordnade", in: "projektor")
        try tmux.keys("facilitator", "f")
        try tmux.expect("0 av 7 placeringar", in: "projektor")
        #expect(!(try tmux.capture("projektor")).contains("Tydliga ramar"))
        let bottomUp = [
            "Tydliga ramar", "Tillit mellan", "Variation", "Gemenskap", "Gemensamma", "Humor", "Flexibilitet",
        ]
        for (place, text) in bottomUp.enumerated() {
            try tmux.keys("facilitator", "Up")
            try tmux.expect("\(place + 1) av 7 placeringar", in: "projektor")
            #expect((try tmux.capture("projektor")).contains(text))
        }
        #expect(!(try tmux.capture("projektor")).contains("· · ·"))
    }

    /// QA's run on the sample plan: Tab on the risk/health vote, then on to the demands' vote
    /// (five votes, no cap). The demands show, dots stack, `?` lists the ballot's keys, and
    /// the cast ballot holds its dots.
    @Test(.needsTmux) func theSampleDemandsVoteAfterTheTallyVote() throws {
        let room = try Room(bundled: "planeringsdagar-2024")
        for text in ["Hålla tidsramar", "Uppföljning av undernäring", "Att vara tillgänglig"] {
            try room.lagomCLI(["note", "add", room.session, "--step", "balanskollen", "--list", "Krav", text])
        }
        try room.lagomCLI(["step", "goto", room.session, "enkat-rostning"])
        try room.open("facilitator", width: 120, height: 40, ["facilitator", room.session])
        try room.expect("Räknade poäng – Riskfaktorer", in: "facilitator")
        try room.keys("facilitator", "Tab")
        try room.expect("Räknade poäng – Friskfaktorer", in: "facilitator")
        for _ in 1...4 { try room.keys("facilitator", "n") }
        try room.expect("Vem röstar?", in: "facilitator")
        try room.keys("facilitator", "Enter", "Right", "Right")
        try room.expect("3 av 5 röster kvar", in: "facilitator")
        let ballot = try room.capture("facilitator")
        #expect(ballot.contains("› Hålla tidsramar"))
        #expect(ballot.contains("●●○○○"))
        try room.keys("facilitator", "?")
        try room.expect("Avbryt röstsedeln", in: "facilitator")
        #expect(!(try room.capture("facilitator")).contains("Gå till markerat steg"))
        try room.keys("facilitator", "?", "Enter")
        try room.expect("1 röstsedel registrerad", in: "facilitator")
        let cast = try room.events().compactMap { ($0["change"] as? [String: Any])?["ballotCast"] as? [String: Any] }
        #expect(cast.count == 1)
        #expect((cast.first?["dots"] as? [String])?.count == 2)
    }
}
