import Testing

@testable import LagomCore

/// Ballots at the laptop, the shared ranking position, subjects going on, nested ranking.
@Suite struct VoteBallotAndNestedTests {
    static let spec = VoteSpec(
        ranks: [ListRef(step: "krav", list: "Krav")], votesPerPerson: 5, maxPerItem: 2, mode: .ballots)

    @Test func dotsStackUpToTheCapAndTheBudgetIsAlwaysKnown() throws {
        var draft = BallotDraft(voter: "Alva Berg", spec: Self.spec)
        try draft.place(on: "k1")
        try draft.place(on: "k1")
        #expect(draft.dots(on: "k1") == 2)
        #expect(draft.remaining == 3)
        #expect(throws: Refusal.overCap(note: "k1", dots: 3, cap: 2)) {
            var trial = draft; try trial.place(on: "k1")
        }
        #expect(draft.dots == ["k1", "k1"])  // a refused dot changes nothing
        try draft.place(on: "k2")
        try draft.place(on: "k3")
        try draft.place(on: "k3")
        #expect(draft.remaining == 0)
        #expect(throws: Refusal.overBudget(voter: "Alva Berg", used: 6, budget: 5)) {
            var trial = draft; try trial.place(on: "k2")
        }
        let removed = draft.remove(from: "k1")
        let removedNothing = draft.remove(from: "k9")
        #expect(removed)
        #expect(!removedNothing)
        #expect(draft.dots == ["k1", "k2", "k3", "k3"])
        #expect(draft.remaining == 1)
        #expect(
            draft.cast(step: "kravröstning")
                == .ballotCast(step: "kravröstning", voter: "Alva Berg", dots: ["k1", "k2", "k3", "k3"]))
    }

    @Test func withoutACapEveryDotMayGoOnOneItem() throws {
        var draft = BallotDraft(voter: "#1", spec: VoteSpec(ranks: [], votesPerPerson: 3, mode: .ballots))
        for _ in 0..<3 { try draft.place(on: "k1") }
        #expect(draft.dots(on: "k1") == 3)
        #expect(throws: Refusal.overBudget(voter: "#1", used: 4, budget: 3)) {
            var trial = draft; try trial.place(on: "k1")
        }
    }

    @Test func aDraftTheReducerAcceptsIsWhatTheBallotsSum() throws {
        var r = Recorder()
        for (id, text) in [("k1", "Hålla tidsramar"), ("k2", "Uppföljning"), ("k3", "Tillgänglighet")] {
            try r.addNote(NoteID(id), text, step: "krav", list: "Krav")
        }
        let spec = try #require(Fixtures.plan.step("kravröstning")?.vote)
        for (n, dots) in [["k1", "k1", "k2"], ["k3"], ["k2", "k2", "k3", "k1", "k3"]].enumerated() {
            var draft = BallotDraft(
                voter: BallotVoters.anonymous(BallotVoters.nextAnonymous(step: "kravröstning", in: r.session.state)),
                spec: spec)
            for id in dots { try draft.place(on: NoteID(id)) }
            try r.commit(draft.cast(step: "kravröstning"))
            #expect(BallotVoters.count(step: "kravröstning", in: r.session.state) == n + 1)
        }
        #expect(r.session.state.ballots["kravröstning"]?.keys.sorted() == ["#1", "#2", "#3"])
        let list = try #require(VoteTally(step: Fixtures.plan.step("kravröstning")!, state: r.session.state)).results(
            in: r.session.state)[0]
        #expect(list.items.map(\.note.id) == ["k1", "k2", "k3"])
        #expect(list.items.map(\.points) == [3, 3, 3])
        #expect(list.items.map(\.rank) == [1, 1, 1])
        // Removing a voter's dot is casting their ballot again without it.
        try r.commit(.ballotCast(step: "kravröstning", voter: "#2", dots: []))
        let after = VoteTally(step: Fixtures.plan.step("kravröstning")!, state: r.session.state)!.results(
            in: r.session.state)[0]
        #expect(after.items.map(\.points) == [3, 3, 2])
        #expect(after.items.map(\.rank) == [1, 1, 3])
    }

    @Test func theRankingPositionIsSharedAndChecked() throws {
        var r = Recorder()
        #expect(r.session.state.rankingPosition("röstning") == .start)
        try r.commit(.rankingShown(step: "röstning", position: RankingPosition(list: 1, page: 2, fromBottom: 3)))
        #expect(r.session.state.rankingPosition("röstning") == RankingPosition(list: 1, page: 2, fromBottom: 3))
        #expect(r.session.state.rankingPositions == ["röstning": RankingPosition(list: 1, page: 2, fromBottom: 3)])
        #expect(throws: Refusal.badRankingPosition("röstning", lists: 2)) {
            try r.commit(.rankingShown(step: "röstning", position: RankingPosition(list: 2)))
        }
        #expect(throws: Refusal.badRankingPosition("röstning", lists: 2)) {
            try r.commit(.rankingShown(step: "röstning", position: RankingPosition(page: -1)))
        }
        #expect(throws: Refusal.notAVote("paus")) { try r.commit(.rankingShown(step: "paus", position: .start)) }
        let tx = try r.commit(.rankingShown(step: "röstning", position: .start))
        try r.undo(tx)
        #expect(r.session.state.rankingPosition("röstning").page == 2)
    }

    @Test func revealFromTheBottomShowsWholePlacesTiesTogether() throws {
        let r = try VoteTests().seeded()
        let health = VoteTally(step: Fixtures.plan.step("röstning")!, state: r.session.state)!.results(
            in: r.session.state)[1]
        #expect(health.places == [1, 2, 3, 4, 5, 6, 8])
        #expect(health.revealed(fromBottom: 0).isEmpty)
        #expect(health.revealed(fromBottom: 1).map(\.points) == [3])
        #expect(health.revealed(fromBottom: 2).map(\.points) == [5, 5, 3])
        #expect(health.revealed(fromBottom: 7).map(\.points) == health.items.map(\.points))
        #expect(health.revealed(fromBottom: nil) == health.items)
    }

    @Test func subjectsGoOnOnlyFromTheVotesItems() throws {
        var r = Recorder()
        for (id, text) in [("k1", "Hålla tidsramar"), ("k2", "Uppföljning"), ("k3", "Tillgänglighet")] {
            try r.addNote(NoteID(id), text, step: "krav", list: "Krav")
        }
        try r.addNote("x", "Gemenskap", list: "Friskfaktorer")
        try r.commit(.subjectsChosen(step: "kravröstning", notes: ["k3", "k1"]))
        #expect(r.session.state.subjects == ["kravröstning": ["k3", "k1"]])
        #expect(throws: Refusal.notRanked(step: "kravröstning", note: "x")) {
            try r.commit(.subjectsChosen(step: "kravröstning", notes: ["x"]))
        }
        #expect(throws: Refusal.subjectTwice("k1")) {
            try r.commit(.subjectsChosen(step: "kravröstning", notes: ["k1", "k1"]))
        }
    }

    @Test func tiesAtTheCutOfABallotVoteAreShownApart() throws {
        var r = Recorder()
        for (id, text) in [("k1", "A"), ("k2", "B"), ("k3", "C"), ("k4", "D")] {
            try r.addNote(NoteID(id), text, step: "krav", list: "Krav")
        }
        try r.commit(.ballotCast(step: "kravröstning", voter: "#1", dots: ["k1", "k1", "k2", "k3", "k4"]))
        let list = VoteTally(step: Fixtures.plan.step("kravröstning")!, state: r.session.state)!.results(
            in: r.session.state)[0]
        let cut = VoteTally.cut(list, top: 2)  // the plan's advance
        #expect(cut.chosen.map(\.note.id) == ["k1"])
        #expect(cut.tiedAtCut.map(\.note.id) == ["k2", "k3", "k4"])
    }

    // MARK: Nested: demands with their resources

    static let nestedPlan = Plan(
        title: "Balanskollen", language: .sv, days: [Day(title: "Dag 1")], participants: Fixtures.participants,
        steps: [
            Step(id: "krav", kind: .groupwork, title: "Krav", lists: ["Krav"]),
            Step(
                id: "kravröstning", kind: .vote, title: "Kravröstning",
                vote: VoteSpec(
                    ranks: [ListRef(step: "krav", list: "Krav")], votesPerPerson: 5, mode: .tally, advance: 2)),
            Step(
                id: "resurser", kind: .groupwork, title: "Resurser", lists: ["Resurser", "Varifrån"], groups: 4,
                parentList: ListRef(step: "krav", list: "Krav")),
            Step(
                id: "resursröstning", kind: .vote, title: "Resursröstning",
                vote: VoteSpec(ranks: [ListRef(step: "resurser", list: "Resurser")], votesPerPerson: 5, mode: .tally)),
        ])

    @Test func resourcesRankUnderTheirDemandInTheChosenOrder() throws {
        var r = Recorder()
        r.session = Session(plan: Self.nestedPlan)
        try r.addNote("k1", "Hålla tidsramar", step: "krav", list: "Krav")
        try r.addNote("k2", "Uppföljning", step: "krav", list: "Krav")
        try r.addNote("k3", "Tillgänglighet", step: "krav", list: "Krav")
        try r.commit(.subjectsChosen(step: "kravröstning", notes: ["k2", "k1"]))
        #expect(
            r.session.state.subjects(of: Self.nestedPlan.step("resurser")!, plan: Self.nestedPlan).map(\.id) == [
                "k2", "k1",
            ])
        try r.addNote("o1", "Verksamheten", step: "resurser", list: "Varifrån", parent: "k1")
        try r.addNote("a", "Revidera listan", step: "resurser", list: "Resurser", parent: "k1")
        try r.addNote("b", "Jämna ut fördelningen", step: "resurser", list: "Resurser", parent: "k1")
        try r.addNote("c", "Se över arbetsmetoder", step: "resurser", list: "Resurser", parent: "k1")
        try r.addNote("d", "Pilotprojekt", step: "resurser", list: "Resurser", parent: "k2")
        try r.addNote("e", "Skicka brev", step: "resurser", list: "Resurser", parent: "k2")
        try r.addNote("f", "Tom dag", step: "resurser", list: "Resurser", parent: "k2")
        try r.addNote("g", "Webbtidbok", step: "resurser", list: "Resurser", parent: "k3")
        try r.commit(
            .votesTallied(
                step: "resursröstning",
                tallies: [
                    Tally(note: "a", points: 9), Tally(note: "b", points: 16), Tally(note: "c", points: 0),
                    Tally(note: "d", points: 7), Tally(note: "e", points: 7), Tally(note: "g", points: 2),
                ]))
        let state = r.session.state
        let list = VoteTally(step: Self.nestedPlan.step("resursröstning")!, state: state)!.results(in: state)[0]
        let groups = NestedRanking.groups(list, in: state, subjects: state.subjects["kravröstning"] ?? [])
        #expect(groups.map { $0.parent?.id } == ["k2", "k1", "k3"])
        #expect(groups[0].items.map(\.note.id) == ["d", "e", "f"])
        #expect(groups[0].items.map(\.points) == [7, 7, nil])
        #expect(groups[0].items.map(\.rank) == [1, 1, nil])
        #expect(groups[0].context.isEmpty)
        #expect(groups[1].items.map(\.note.id) == ["b", "a", "c"])
        #expect(groups[1].items.map(\.points) == [16, 9, 0])
        #expect(groups[1].items.map(\.rank) == [1, 2, 3])
        #expect(groups[1].context.map(\.text) == ["Verksamheten"])
        #expect(groups[2].items.map(\.rank) == [1])
    }
}
