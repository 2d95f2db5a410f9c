import LagomCore
import Testing

@testable import LagomUI

/// The facilitator's console during a vote: keys in, events out, the screen as drawn.
@Suite struct VoteConsoleTests {
    /// Feeds keys to the console; every write is applied to the session as the store would.
    struct Driver {
        var screen = FacilitatorScreen()
        var session: Session
        var width = 100
        var height = 30
        /// Keys that wrote something.
        var n = 0

        init(step: StepID) throws {
            session = try SeedResults.session()
            try session.append([
                Event(id: "enter", tx: "enter", at: SeedResults.t0, by: .facilitator, change: .stepEntered(step: step))
            ])
        }

        /// The same history under another plan (e.g. a different `advance`).
        init(session old: Session, plan: Plan) {
            session = Session(plan: plan)
            session.replay(old.heldHistory ?? [])
        }

        var context: ScreenContext {
            ScreenContext(
                session: session, now: SeedResults.t0, utcOffsetSeconds: 0, width: width, height: height, language: .sv,
                theme: .standard)
        }

        mutating func press(_ keys: Key...) throws {
            for key in keys {
                let before = session.eventCount
                Drive.keys(
                    [key], &screen, session: &session, as: .facilitator, at: SeedResults.t0, width: width,
                    height: height,
                    seed: UInt64(before + 1))
                if session.eventCount != before { n += 1 }
            }
        }

        var text: String { screen.render(context).lines.joined(separator: "\n") }
    }

    @Test func fiveVotersOneAfterAnotherWithinBudgetAndCap() throws {
        var d = try Driver(step: "krav-rostning")
        // Voter 1: a named participant, two stacked dots (the cap), a third refused.
        try d.press(.enter, .right, .right)
        #expect(d.text.contains("Röstar: Deltagare 1 · 3 av 5 röster kvar"))
        try d.press(.right)
        #expect(d.text.contains("högst 2 röster per punkt"))
        try d.press(.down, .right, .down, .right, .right)
        #expect(d.text.contains("0 av 5 röster kvar"))
        try d.press(.down, .right)
        #expect(d.text.contains("Deltagare 1 har redan lagt alla 5 röster"))
        try d.press(.left)  // take one back from the last item: it had none, so nothing changes
        #expect(d.text.contains("0 av 5 röster kvar"))
        try d.press(.up, .left)
        #expect(d.text.contains("1 av 5 röster kvar"))
        try d.press(.enter)
        #expect(d.session.state.ballots["krav-rostning"]?["Deltagare 1"] == ["k0", "k0", "k1", "k2"])
        #expect(d.text.contains("✓ Röstsedeln för Deltagare 1 är registrerad"))
        #expect(d.text.contains("Deltagare 1  ✓ har röstat"))
        // Voters 2-5: anonymous numbered ballots.
        for _ in 2...5 { try d.press(.character("a"), .down, .down, .down, .right, .enter) }
        #expect(d.session.state.ballots["krav-rostning"]?.keys.sorted() == ["#1", "#2", "#3", "#4", "Deltagare 1"])
        let list = VoteTally(step: SeedResults.plan.step("krav-rostning")!, state: d.session.state)!.results(
            in: d.session.state)[0]
        #expect(list.items.map(\.points) == [4, 2, 1, 1])
        #expect(list.items.first?.note.text == "Att vara tillgänglig")
        // Hidden until revealed: the console says so; the projector shows no result.
        #expect(d.text.contains("Rummet ser"))  // "… resultatet när du trycker r.", wrapped
        let projector = ProjectorScreen().render(d.context).lines.joined(separator: "\n")
        #expect(!projector.contains("Att vara tillgänglig"))
        try d.press(.character("r"))
        let revealed = ProjectorScreen().render(d.context).lines.joined(separator: "\n")
        #expect(revealed.contains("Krav, rangordnade"))
        #expect(revealed.contains("1. Att vara tillgänglig"))
    }

    @Test func ballotScreenSnapshot() throws {
        var d = try Driver(step: "krav-rostning")
        d.width = 80
        d.height = 24
        try d.press(.character("a"), .right, .right, .down, .right)
        Snapshot.assert(d.screen.render(d.context), named: "vote-ballot-80x24")
    }

    @Test func countedPointsAreTypedAndASurplusIsFlagged() throws {
        var d = try Driver(step: "enkat-rostning")
        d.width = 80
        d.height = 24
        // The first item written is "Otydlighet…" (9 p in the seed); retype it as 190.
        try d.press(
            .character("1"), .character("9"), .character("0"), .backspace, .backspace, .character("9"), .character("0"))
        #expect(d.text.contains("Poäng: 190"))
        try d.press(.enter)
        #expect(d.session.state.tallies["enkat-rostning"]?["r3"] == 190)
        #expect(d.text.contains("Summa 299 p av högst 220 (44 deltagare × 5"))
        #expect(d.text.contains("⚠ Riskfaktorer: 79 p fler än rummet kunde ge"))
        Snapshot.assert(d.screen.render(d.context), named: "vote-tally-surplus-80x24")
    }

    @Test func aTieAtTheCutWaitsForTheFacilitator() throws {
        var d = try Driver(step: "krav-rostning")
        // 2, 1, 1, 0 dots: the plan's top 4 is clear (everyone with a score and the 0).
        try d.press(.character("a"), .right, .right, .down, .right, .down, .right, .enter)
        try d.press(.character("g"))
        #expect(d.session.state.subjects["krav-rostning"] == ["k0", "k1", "k2", "k3"])
        // With a plan that takes 2, demands 2 and 3 tie for second place: nothing is saved
        // until the facilitator picks one.
        var plan = SeedResults.plan
        plan.steps[3].vote?.advance = 2
        var tied = Driver(session: d.session, plan: plan)
        try tied.press(.character("g"))
        #expect(tied.text.contains("⚠ Lika vid gränsen: Uppföljning av undernäringens ärenden, Många"))
        #expect(tied.session.state.subjects["krav-rostning"] == ["k0", "k1", "k2", "k3"])
        #expect(tied.text.contains("Lika vid gränsen – välj 1 av 2 som går vidare"))
        // The dialog shows each tied item's points: a tie is settled knowing it is one.
        #expect(tied.text.contains("Uppföljning av undernäringens ärenden  1\u{00A0}p"))
        // Recorded at the size its name says, the smallest the panes are read at.
        var small = tied
        (small.width, small.height) = (80, 24)
        Snapshot.assert(small.screen.render(small.context), named: "vote-tie-80x24")
        try tied.press(.down, .character("v"), .character("g"))
        #expect(tied.session.state.subjects["krav-rostning"] == ["k0", "k2"])
    }

    @Test func aTieIsSettledByExactlyThePlacesLeft() throws {
        var d = try Driver(step: "krav-rostning")
        // 2, 1, 1, 0 dots; with a plan that takes 2, one of the two tied demands goes on.
        try d.press(.character("a"), .right, .right, .down, .right, .down, .right, .enter)
        var plan = SeedResults.plan
        plan.steps[3].vote?.advance = 2
        var tied = Driver(session: d.session, plan: plan)
        try tied.press(.character("g"))
        #expect(tied.text.contains("välj 1 av 2 som går vidare (v)"))
        #expect(tied.text.contains("Valda:\u{00A0}0"))
        let before = tied.session.state.subjects["krav-rostning"]  // the session's earlier choice
        // Neither none nor both: the plan says how many.
        try tied.press(.character("g"))
        #expect(tied.text.contains("⚠ Välj 1 av 2 – du har valt 0"))
        try tied.press(.character("v"), .down, .character("v"), .character("g"))
        #expect(tied.text.contains("⚠ Välj 1 av 2 – du har valt 2"))
        #expect(tied.session.state.subjects["krav-rostning"] == before)
        try tied.press(.character("v"), .character("g"))  // take the second back
        #expect(tied.session.state.subjects["krav-rostning"] == ["k0", "k1"])
    }

    @Test func aBallotsMessageNamesItPlainlyAndSaysWhenItReplacesOne() throws {
        var d = try Driver(step: "krav-rostning")
        try d.press(.character("a"), .right, .enter)
        #expect(d.text.contains("✓ Röstsedel 1 är registrerad"))
        #expect(d.text.contains("1 röstsedel registrerad ·"))
        try d.press(.enter, .right, .enter)  // Deltagare 2 votes (the cursor moves on to the next voter)…
        try d.press(.up, .enter, .down, .right, .enter)  // …then comes back and changes it
        #expect(d.text.contains("✓ Röstsedeln för Deltagare 2 är ändrad"))
        #expect(d.text.contains("2 röstsedlar registrerade"))
        #expect(VotingStrings.castDone("#4", replaced: false).en == "✓ Ballot 4 cast")
        #expect(VotingStrings.ballotsCast(1).en == "1 ballot cast")
    }

    @Test func presentModeStepsTheSharedRankingTheProjectorFollows() throws {
        var d = try Driver(step: "enkat-rostning")
        d.width = 40
        d.height = 12
        try d.press(.character("p"), .tab)
        #expect(d.session.state.rankingPosition("enkat-rostning") == RankingPosition(list: 1))
        try d.press(.right)
        #expect(d.session.state.rankingPosition("enkat-rostning").page == 1)
        #expect(d.text.contains("sida 2 av"))
        try d.press(.right, .right, .right)  // clamped at the last page
        let last = d.session.state.rankingPosition("enkat-rostning").page
        try d.press(.character("f"))
        #expect(
            d.session.state.rankingPosition("enkat-rostning") == RankingPosition(list: 1, page: last, fromBottom: 0))
        // One key per place, all the way to the top; the projector shows the same.
        for place in 1...7 {
            try d.press(.up)
            #expect(d.session.state.rankingPosition("enkat-rostning").fromBottom == place)
        }
        try d.press(.up)  // no place above the first
        #expect(d.session.state.rankingPosition("enkat-rostning").fromBottom == 7)
        let projector = ProjectorScreen().render(d.context).lines.joined(separator: "\n")
        #expect(projector.contains("1. Flexibilitet"), "\(projector)")
        #expect(projector.contains("7 av 7 placeringar"))
    }
}
