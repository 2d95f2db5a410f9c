import LagomCore
import Testing

@testable import LagomUI

/// The vote console from one vote step to the next, and the keys it offers: what QA found on
/// the real binary (a list choice carried over, empty ballots, `g` with nothing to advance,
/// help listing the agenda's keys, moderated notes in results, a row drawn into the border).
@Suite struct VoteConsoleFlowTests {
    typealias Driver = VoteConsoleTests.Driver

    /// The seed's plan with the demands' vote as the sample plan has it: five votes, no cap.
    static var planWithoutCap: Plan {
        var plan = SeedResults.plan
        plan.steps[3].vote?.maxPerItem = nil
        return plan
    }

    @Test func aVoteAfterAnotherVoteStartsOnItsFirstListWithItsItems() throws {
        // QA: Tab on the risk/health vote, then on to the demands: the console kept list 2 of a
        // vote that has one, drew no items and cast an empty ballot as a success.
        var d = Driver(session: try Driver(step: "enkat-rostning").session, plan: Self.planWithoutCap)
        try d.press(.tab)
        #expect(d.text.contains("Räknade poäng – Friskfaktorer"))
        try d.go(to: "krav-rostning")
        try d.press(.enter, .right, .right)
        #expect(d.text.contains("Röstar: Deltagare 1 · 3 av 5 röster kvar"))
        // No cap: an item takes up to all five votes, drawn as five places.
        #expect(d.text.contains("› Hålla tidsramar"))
        #expect(d.text.contains("●●○○○"))
        #expect(d.text.contains("○○○○○"))
        try d.press(.enter)
        #expect(d.session.state.ballots["krav-rostning"]?["Deltagare 1"] == ["k0", "k0"])
    }

    @Test func theTallyListIsChosenPerStep() throws {
        var d = try Driver(step: "enkat-rostning")
        try d.press(.tab, .down)
        #expect(d.text.contains("Räknade poäng – Friskfaktorer"))
        try d.go(to: "resurser-rostning")
        #expect(d.text.contains("Räknade poäng – Resurser"))
        #expect(d.text.contains("› Revidera prioriteringslistan"))
        try d.go(to: "enkat-rostning")
        #expect(d.text.contains("Räknade poäng – Riskfaktorer"))
        #expect(d.text.contains("› Otydlighet om förväntningar"))
    }

    @Test func anEmptyBallotIsCastOnlyAfterASecondEnter() throws {
        var d = try Driver(step: "krav-rostning")
        try d.press(.enter, .enter)
        #expect(d.session.state.ballots["krav-rostning"] == nil)
        #expect(d.text.contains("⚠ Röstsedeln för Deltagare 1 är tom. Tryck Enter igen för att registrera den tom"))
        #expect(d.text.contains("Röstar: Deltagare 1"))
        // Any other key first: the question starts over.
        try d.press(.down)
        #expect(!d.text.contains("Tryck Enter igen för att registrera den tom"))
        try d.press(.enter)
        #expect(d.session.state.ballots["krav-rostning"] == nil)
        try d.press(.enter)
        #expect(d.session.state.ballots["krav-rostning"]?["Deltagare 1"] == [])
        #expect(d.text.contains("✓ Röstsedeln för Deltagare 1 är registrerad"))
    }

    @Test func nothingToVoteOnIsSaidAndNoBallotOpens() throws {
        var d = Driver(session: Session(plan: SeedResults.plan), plan: SeedResults.plan)
        try d.go(to: "krav-rostning")
        try d.press(.enter)
        #expect(d.text.contains("⚠ Inget att rösta på: Krav har inga lappar än."))
        #expect(!d.text.contains("Röstar:"))
        try d.press(.character("a"))
        #expect(!d.text.contains("Röstar:"))
        try d.press(.enter)
        #expect(d.session.state.ballots["krav-rostning"] == nil)
        try d.go(to: "enkat-rostning")
        #expect(d.text.contains("Riskfaktorer har inga lappar än."))
    }

    @Test func goOnIsRefusedWithAReasonWhenNothingGoesOn() throws {
        // No `advance` in the plan: nothing is saved, and the console says why.
        var d = try Driver(step: "enkat-rostning")
        try d.press(.character("g"))
        #expect(d.text.contains("⚠ Planen säger inte hur många som går vidare (advance)"))
        #expect(d.session.state.subjects["enkat-rostning"] == nil)
        #expect(d.n == 0)
        // No ballot yet: the four demands chosen earlier stay chosen.
        try d.go(to: "krav-rostning")
        try d.press(.character("g"))
        #expect(d.text.contains("⚠ Krav har inga röster eller poäng än – inget går vidare."))
        #expect(d.session.state.subjects["krav-rostning"] == ["k0", "k1", "k2", "k3"])
        #expect(d.n == 0)
    }

    @Test func helpListsTheKeysThatActOnTheVoteStep() throws {
        var d = try Driver(step: "enkat-rostning")
        try d.press(.character("?"))
        let tally = d.text
        for text in [
            "0–9", "Skriv poäng", "Spara poängen", "Backsteg", "Radera siffra", "Tab", "Nästa lista",
            "Spara vilka som går vidare", "Nästa punkt", "Nästa steg", "Ångra",
        ] {
            #expect(tally.contains(text), "tally help lacks \(text)")
        }
        for text in ["Markera steg ovanför", "Markera steg nedanför", "Gå till markerat steg"] {
            #expect(!tally.contains(text), "tally help lists \(text), which ↑↓/Enter do not do here")
        }
        try d.press(.character("?"))

        try d.go(to: "krav-rostning")
        try d.press(.enter, .character("?"))
        let ballot = d.text
        for text in ["Lägg en prick", "Ta bort en prick", "Registrera rösterna", "Avbryt röstsedeln"] {
            #expect(ballot.contains(text), "ballot help lacks \(text)")
        }
        #expect(!ballot.contains("Stäng hjälp/presentation"))  // Esc cancels the ballot here
        #expect(!ballot.contains("Nästa lista"))  // one list: Tab does nothing
        try d.press(.character("?"), .escape)

        // Present mode: ↑ shows a place; no key picks a step (the agenda is not on screen).
        try d.press(.character("p"))
        let entries = d.screen.activeKeys(d.context)
        for help in ["Nästa sida", "Föregående sida", "Visa nedifrån på/av", "Visa nästa placering"] {
            #expect(entries.contains { $0.help == help }, "present help lacks \(help)")
        }
        #expect(!entries.contains { $0.help == "Markera steg ovanför" })
        #expect(entries.contains(KeyHint(keys: "Esc", help: "Stäng hjälp/presentation")))
        #expect(!entries.contains { $0.keys.contains("↑") && $0.help == "Markera steg ovanför" })
    }

    @Test(arguments: [VoteConsoleMode.tally, .voters, .finding, .ballot, .tie, .present])
    func eachModeBindsAKeyOnce(mode: VoteConsoleMode) {
        #expect(VoteKeys.map(mode, lists: 2).duplicateKeys.isEmpty)
        #expect(VoteKeys.map(mode, lists: 1).bindings.allSatisfy { $0.action != .nextList })
    }

    @Test func theKeyHintKeepsWholeHints() throws {
        var d = try Driver(step: "enkat-rostning")
        d.width = 120
        d.height = 40
        let row = try #require(d.screen.render(d.context).lines.first { $0.contains("Skriv poäng") })
        #expect(!row.contains("…"))
        #expect(row.contains("0–9 Skriv poäng · Enter Spara poängen · Tab Nästa lista"))
        // Lower-priority hints are left out whole when the width runs short.
        #expect(VoteKeys.hint(VoteKeys.tally, .sv, width: 40) == "0–9 Skriv poäng · Enter Spara poängen")
        #expect(VoteKeys.hint(VoteKeys.tally, .sv, width: 14) == "")
    }

    @Test func notesHiddenOnTheThemeBoardStayOutOfTheResults() throws {
        var d = try Driver(step: "enkat-rostning")
        let before = ProjectorScreen().render(d.context).lines.joined(separator: "\n")
        #expect(before.contains("Administration /rutiner"))
        try d.session.append([
            Event(
                id: "hide", tx: "hide", at: SeedResults.t0, by: .facilitator,
                change: .noteHidden(note: "r0", hidden: true))
        ])
        let projector = ProjectorScreen().render(d.context).lines.joined(separator: "\n")
        #expect(projector.contains("Riskfaktorer, rangordnade"))
        #expect(!projector.contains("Administration"))
        #expect(projector.contains("1. Väntelista"))
        #expect(!d.text.contains("Administration"))  // the console's own list
        try d.press(.character("p"))
        #expect(!d.text.contains("Administration"))
    }

    @Test(
        arguments: [("enkat-rostning", [Key]()), ("krav-rostning", []), ("krav-rostning", [.enter, .right])]
            as [(String, [Key])])
    func theSmallestConsoleKeepsItsRowsInsideTheFrame(step: String, keys: [Key]) throws {
        var d = try Driver(step: StepID(step))
        d.width = 40
        d.height = 12
        for key in keys { try d.press(key) }
        let lines = d.screen.render(d.context).lines
        // Row 9 is the bottom of the agenda's and the stage's frames: nothing drawn over it.
        #expect(lines[9].allSatisfy { "└┘─".contains($0) }, "\(lines[9])")
        // And the entry still shows: an item with its points or dots, or a name.
        let stage = lines[2..<9].joined(separator: "\n")
        #expect(stage.contains("9 p") || stage.contains("Deltagare 1") || stage.contains("●○"), "\(stage)")
    }

    @Test func revealSaysWhatHappenedAndUndoTakesItBack() throws {
        var d = try Driver(step: "krav-rostning")
        try d.press(.character("r"))
        #expect(d.session.state.revealed.contains("krav-rostning"))
        #expect(d.text.contains("✓ Resultatet visas nu på projektorn (u ångrar)."))
        try d.press(.character("u"))
        #expect(!d.session.state.revealed.contains("krav-rostning"))
        #expect(!ProjectorScreen().render(d.context).lines.joined().contains("Krav, rangordnade"))
        // A vote that is not hidden has nothing to reveal: said, and nothing written.
        try d.go(to: "resurser-rostning")
        let writes = d.n
        try d.press(.character("r"))
        #expect(d.text.contains("⚠ Röstningen är inte dold"))
        #expect(d.n == writes)
    }

    @Test func afterABallotTheNextPersonWhoHasNotVotedIsMarked() throws {
        var d = try Driver(step: "krav-rostning")
        try d.press(.down, .enter, .right, .enter)  // Deltagare 2
        #expect(d.text.contains("› Deltagare 3"))
        try d.press(.up, .up, .enter, .right, .enter)  // Deltagare 1; Deltagare 2 has voted
        #expect(d.text.contains("› Deltagare 3"))
        #expect(d.session.state.ballots["krav-rostning"]?.count == 2)
    }

    @Test func aVoterIsFoundByTypingPartOfTheName() throws {
        var d = try Driver(step: "krav-rostning")
        try d.press(.character("/"), .character("1"), .character("7"))
        #expect(d.text.contains("Sök namn: 17▏"))
        #expect(d.text.contains("› Deltagare 17"))
        // While finding, letters are the name's: q does not quit, n does not go on.
        #expect(d.screen.handle(.character("q"), d.context).isEmpty)
        try d.press(.backspace, .enter)
        #expect(d.text.contains("Röstar: Deltagare 17 · 5 av 5 röster kvar"))
        // Finding starts at the marked name (17): the next with a 4 is 24, then 34.
        try d.press(.escape, .character("/"), .character("4"))
        #expect(d.text.contains("› Deltagare 24"))
        try d.press(.down)
        #expect(d.text.contains("› Deltagare 34"))
        try d.press(.escape)
        #expect(!d.text.contains("Sök namn"))
    }
}

extension VoteConsoleTests.Driver {
    /// The facilitator (or a CLI `step goto`) moves the day on to `step`.
    mutating func go(to step: StepID) throws {
        try session.append([
            Event(
                id: "go-\(step)-\(session.state.eventCount)", tx: "go-\(step)-\(session.state.eventCount)",
                at: SeedResults.t0, by: .facilitator, change: .stepEntered(step: step))
        ])
        _ = screen.observe(context)  // the next frame
    }
}
