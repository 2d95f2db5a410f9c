import Testing

@testable import LagomCore

/// Rules a vote's input must keep: bounded points, one tally per item, a known voter, and as
/// many items going on as the plan says.
@Suite struct VoteRulesTests {
    let tallyStep = Fixtures.plan.step("röstning")!
    let ballotStep = Fixtures.plan.step("kravröstning")!

    /// The command line's `vote choose` follows the console's `g`: no `advance`, nothing to choose.
    @Test func aChoiceFromAVoteWithoutAdvanceIsRefused() throws {
        var r = Recorder()
        try r.addNote("n1", "Stress")
        let vote = try #require(Fixtures.plan.step("röstning"))
        let tally = try #require(VoteTally(step: vote, state: r.session.state))
        #expect(throws: Refusal.noAdvance("röstning")) { try tally.checkChoice(["n1"], in: r.session.state) }
    }

    @Test func pointsAboveTheBoundAreRefusedWithTheirOwnReason() throws {
        var r = Recorder()
        try r.addNote("a", "Gemenskap", list: "Friskfaktorer")
        try r.addNote("b", "Humor", list: "Friskfaktorer")
        let huge = [Tally(note: "a", points: Int.max), Tally(note: "b", points: 1)]
        #expect(throws: Refusal.tooManyPoints("a", Int.max, limit: 1_000_000)) {
            try r.commit(.votesTallied(step: "röstning", tallies: huge))
        }
        try r.commit(.votesTallied(step: "röstning", tallies: [Tally(note: "a", points: 1_000_000)]))
        #expect(
            Refusal.tooManyPoints("a", 1_000_001, limit: 1_000_000).message(.en)
                == "a can get at most 1,000,000 points, not 1,000,001")
    }

    @Test func pointsStoredBeforeTheBoundAreSummedWithoutOverflow() throws {
        // A log written before the bound: replay folds it unchecked, and reading it must not trap.
        var r = Recorder()
        try r.addNote("a", "Gemenskap", list: "Friskfaktorer")
        try r.addNote("b", "Humor", list: "Friskfaktorer")
        var old = Session(plan: Fixtures.plan)
        old.replay(
            try #require(r.session.heldHistory) + [
                r.event(
                    .votesTallied(
                        step: "röstning", tallies: [Tally(note: "a", points: Int.max), Tally(note: "b", points: 1)]))
            ])
        let tally = try #require(VoteTally(step: tallyStep, state: old.state))
        let list = tally.results(in: old.state)[1]
        #expect(list.totalPoints == Int.max)
        #expect(list.items.map(\.note.id) == ["a", "b"])
        #expect(tally.surpluses(in: old.state, participants: 44).map(\.over) == [Int.max - 220])
    }

    @Test func oneTallyCannotGiveTheSameItemPointsTwice() throws {
        var r = Recorder()
        try r.addNote("x", "Gemenskap", list: "Friskfaktorer")
        #expect(throws: Refusal.talliedTwice("x")) {
            try r.commit(
                .votesTallied(step: "röstning", tallies: [Tally(note: "x", points: 5), Tally(note: "x", points: 6)]))
        }
        #expect(r.session.state.tallies["röstning"] == nil)
    }

    @Test func aChoiceHoldsExactlyAsManyItemsAsThePlanAdvances() throws {
        var r = Recorder()
        for id in ["k1", "k2", "k3"] { try r.addNote(NoteID(id), "Krav \(id)", step: "krav", list: "Krav") }
        let tally = try #require(VoteTally(step: ballotStep, state: r.session.state))  // advance: 2
        #expect(tally.neededChoices(in: r.session.state) == 2)
        #expect(throws: Refusal.wrongChoiceCount(chosen: 3, needed: 2)) {
            try tally.checkChoice(["k1", "k2", "k3"], in: r.session.state)
        }
        #expect(throws: Refusal.wrongChoiceCount(chosen: 1, needed: 2)) {
            try tally.checkChoice(["k1"], in: r.session.state)
        }
        try tally.checkChoice(["k3", "k1"], in: r.session.state)
        // Fewer items than `advance`: every item goes on.
        var few = Recorder()
        try few.addNote("k1", "Ensamt krav", step: "krav", list: "Krav")
        #expect(VoteTally(step: ballotStep, state: few.session.state)?.neededChoices(in: few.session.state) == 1)
        // No `advance`: any choice.
        #expect(VoteTally(step: tallyStep, state: r.session.state)?.neededChoices(in: r.session.state) == nil)
    }

    @Test func whatGoesOnIsTheTopUntilChosenThenTheChoice() throws {
        var r = Recorder()
        for id in ["k1", "k2", "k3", "k4"] { try r.addNote(NoteID(id), "Krav \(id)", step: "krav", list: "Krav") }
        try r.commit(.ballotCast(step: "kravröstning", voter: "#1", dots: ["k1", "k1", "k2", "k3"]))
        // 2, 1, 1, 0 with advance 2: k1 clear, k2 and k3 tied for the second place.
        let tally = try #require(VoteTally(step: ballotStep, state: r.session.state))
        #expect(tally.advancing(in: r.session.state) == Advancing(chosen: nil, top: ["k1"], tied: ["k2", "k3"]))
        try r.commit(.subjectsChosen(step: "kravröstning", notes: ["k1", "k3"]))
        #expect(tally.advancing(in: r.session.state) == Advancing(chosen: ["k1", "k3"], top: [], tied: []))
    }

    @Test func aTypedVoterNameIsThePlansSpellingWhateverTheCase() throws {
        var r = Recorder()
        let plan = Fixtures.plan
        func resolve(_ typed: String) throws(Refusal) -> String {
            try BallotVoters.resolve(typed, step: "kravröstning", plan: plan, state: r.session.state)
        }
        #expect(try resolve("deltagare 7") == "Deltagare 7")
        #expect(try resolve("  DELTAGARE 7 ") == "Deltagare 7")
        #expect(try resolve("3") == "#3")
        #expect(try resolve("#12") == "#12")
        #expect(throws: Refusal.emptyVoter) { try resolve("  ") }
        #expect(throws: Refusal.unknownVoter("Deltagre 7", suggestion: "Deltagare 7")) { try resolve("Deltagre 7") }
        #expect(throws: Refusal.unknownVoter("Bob", suggestion: nil)) { try resolve("Bob") }
        // An earlier ballot under another name (written before names were checked) is matched too.
        try r.addNote("k1", "Krav", step: "krav", list: "Krav")
        try r.commit(.ballotCast(step: "kravröstning", voter: "Alva Berg", dots: ["k1"]))
        #expect(try resolve("alva berg") == "Alva Berg")
        // A plan without participants takes any name.
        var open = plan
        open.participants = []
        #expect(try BallotVoters.resolve("Bob", step: "kravröstning", plan: open, state: SessionState()) == "Bob")
    }
}
