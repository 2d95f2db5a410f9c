import SeedFixtures
import Testing

@testable import LagomCore

@Suite struct VoteTests {
    static let risk = SeedRankings.risk
    static let health = SeedRankings.health

    /// Adds the items in an order unlike the result (rotated; tied items keep the order they
    /// were written in, which is how ties are ordered), then tallies them.
    func seeded() throws -> Recorder {
        var r = Recorder()
        for (list, items, prefix) in [("Riskfaktorer", Self.risk, "r"), ("Friskfaktorer", Self.health, "f")] {
            for i in [3, 4, 5, 6, 7, 0, 1, 2] { try r.addNote(NoteID("\(prefix)\(i)"), items[i].0, list: list) }
        }
        var tallies: [Tally] = []
        for (i, item) in Self.risk.enumerated() { tallies.append(Tally(note: NoteID("r\(i)"), points: item.1)) }
        for (i, item) in Self.health.enumerated() { tallies.append(Tally(note: NoteID("f\(i)"), points: item.1)) }
        try r.commit(.votesTallied(step: "röstning", tallies: tallies))
        return r
    }

    @Test func seedListsRankExactlyAsInTheSeedTieIncluded() throws {
        let r = try seeded()
        let tally = try #require(VoteTally(step: Fixtures.plan.step("röstning")!, state: r.session.state))
        let lists = tally.results(in: r.session.state)
        #expect(lists.map(\.source.list) == ["Riskfaktorer", "Friskfaktorer"])
        #expect(lists[0].items.map(\.note.text) == Self.risk.map(\.0))
        #expect(lists[0].items.map(\.points) == Self.risk.map(\.1))
        #expect(lists[0].items.map(\.rank) == [1, 2, 3, 4, 5, 6, 7, 8])
        #expect(lists[1].items.map(\.note.text) == Self.health.map(\.0))
        #expect(lists[1].items.map(\.rank) == [1, 2, 3, 4, 5, 6, 6, 8])
        #expect(lists[0].totalPoints == 118)
    }

    @Test func competitionRanking() {
        #expect(Ranking.competitionRanks([38, 23, 5, 5, 3]) == [1, 2, 3, 3, 5])
        #expect(Ranking.competitionRanks([5, 5, 5]) == [1, 1, 1])
        #expect(Ranking.competitionRanks([]) == [])
    }

    @Test func noScoreIsNotZero() throws {
        var r = Recorder()
        try r.addNote("a", "Gemenskap", list: "Friskfaktorer")
        try r.addNote("b", "Tydliga ramar", list: "Friskfaktorer")
        try r.addNote("c", "Humor", list: "Friskfaktorer")
        try r.commit(
            .votesTallied(step: "röstning", tallies: [Tally(note: "a", points: 0), Tally(note: "c", points: 4)]))
        let list = VoteTally(step: Fixtures.plan.step("röstning")!, state: r.session.state)!.results(
            in: r.session.state)[1]
        #expect(list.items.map(\.note.id) == ["c", "a", "b"])
        #expect(list.items.map(\.points) == [4, 0, nil])
        #expect(list.items.map(\.rank) == [1, 2, nil])
    }

    @Test func aTallyOverWhatTheRoomCouldGiveIsFlagged() throws {
        var r = Recorder()
        try r.addNote("a", "Gemenskap", list: "Friskfaktorer")
        try r.commit(.votesTallied(step: "röstning", tallies: [Tally(note: "a", points: 230)]))
        let tally = VoteTally(step: Fixtures.plan.step("röstning")!, state: r.session.state)!
        let surplus = tally.surpluses(in: r.session.state, participants: 44)
        #expect(surplus.map(\.over) == [10])  // 44 people × 5 votes = 220
        #expect(throws: Refusal.negativePoints("a", -1)) {
            try r.commit(.votesTallied(step: "röstning", tallies: [Tally(note: "a", points: -1)]))
        }
        #expect(throws: Refusal.wrongVoteMode("röstning", expected: .tally)) {
            try r.commit(.ballotCast(step: "röstning", voter: "Ada", dots: ["a"]))
        }
    }

    @Test func ballotsCheckBudgetAndCapAndStackDots() throws {
        var r = Recorder()
        for (id, text) in [("k1", "Hålla tidsramar"), ("k2", "Uppföljning"), ("k3", "Tillgänglighet")] {
            try r.addNote(NoteID(id), text, step: "krav", list: "Krav")
        }
        try r.commit(.ballotCast(step: "kravröstning", voter: "Alva Berg", dots: ["k1", "k1", "k2", "k3", "k3"]))
        #expect(throws: Refusal.overBudget(voter: "Bo Ek", used: 6, budget: 5)) {
            try r.commit(.ballotCast(step: "kravröstning", voter: "Bo Ek", dots: ["k1", "k1", "k2", "k2", "k3", "k3"]))
        }
        #expect(throws: Refusal.overCap(note: "k2", dots: 3, cap: 2)) {
            try r.commit(.ballotCast(step: "kravröstning", voter: "Bo Ek", dots: ["k2", "k2", "k2"]))
        }
        #expect(throws: Refusal.emptyVoter) {
            try r.commit(.ballotCast(step: "kravröstning", voter: " ", dots: ["k1"]))
        }
        try r.commit(.ballotCast(step: "kravröstning", voter: "Bo Ek", dots: ["k2", "k2"]))
        // A voter who changes their mind replaces the whole ballot (a dot removed).
        try r.commit(.ballotCast(step: "kravröstning", voter: "Alva Berg", dots: ["k1", "k3", "k3"]))
        let list = VoteTally(step: Fixtures.plan.step("kravröstning")!, state: r.session.state)!.results(
            in: r.session.state)[0]
        #expect(list.items.map(\.note.id) == ["k2", "k3", "k1"])
        #expect(list.items.map(\.points) == [2, 2, 1])
        #expect(list.items.map(\.rank) == [1, 1, 3])
    }

    @Test func tiesAtTheCutAreLeftForTheFacilitator() throws {
        let r = try seeded()
        let lists = VoteTally(step: Fixtures.plan.step("röstning")!, state: r.session.state)!.results(
            in: r.session.state)
        let clean = VoteTally.cut(lists[1], top: 4)
        #expect(clean.chosen.count == 4)
        #expect(clean.tiedAtCut.isEmpty)
        let tied = VoteTally.cut(lists[1], top: 6)
        #expect(tied.chosen.map(\.points) == [38, 23, 19, 15, 6])
        #expect(tied.tiedAtCut.map(\.points) == [5, 5])
    }

    @Test func revealingTwiceIsRefused() throws {
        var r = Recorder()
        try r.commit(.resultsRevealed(step: "kravröstning"))
        #expect(r.session.state.revealed == ["kravröstning"])
        #expect(throws: Refusal.alreadyRevealed("kravröstning")) {
            try r.commit(.resultsRevealed(step: "kravröstning"))
        }
        #expect(throws: Refusal.nothingToReveal("paus")) { try r.commit(.resultsRevealed(step: "paus")) }
    }

    /// A note the facilitator hid on the theme board, or merged into another as a duplicate, is
    /// kept off the projector; the vote's items and results follow the same rule.
    @Test func notesModeratedAwayAreNoItemsOfTheVote() throws {
        var r = try seeded()
        let step = Fixtures.plan.step("röstning")!
        try r.commit(.noteHidden(note: "r0", hidden: true))  // Administration /rutiner, IT: 31 p, first place
        try r.commit(.notesMerged(note: "r7", into: "r6"))  // Stolthet/skam into "Min, mitt, mina"
        let state = r.session.state
        let risk = try #require(VoteTally(step: step, state: state)?.results(in: state).first)
        #expect(!risk.items.contains { $0.note.id == "r0" || $0.note.id == "r7" })
        #expect(risk.items.first?.note.text == Self.risk[1].0)
        #expect(risk.items.first?.rank == 1)
        #expect(risk.totalPoints == 118 - 31 - 4)
        #expect(state.votableNotes(ListRef(step: "grupparbete", list: "Riskfaktorer")).count == 6)
        // Shown again: an item again, with the points it had.
        try r.commit(.noteHidden(note: "r0", hidden: false))
        let again = try #require(VoteTally(step: step, state: r.session.state)?.results(in: r.session.state).first)
        #expect(again.items.first?.note.id == "r0")
        #expect(again.items.first?.points == 31)
    }
}

@Suite struct RefusalNamingTests {
    @Test func aRefusalNamesNotesByTheirTextForPeopleAtAScreen() {
        let refusal = Refusal.overCap(note: "k2x9a", dots: 3, cap: 2)
        #expect(refusal.message(.sv) == "högst 2 röster per punkt; k2x9a fick 3")
        #expect(
            refusal.message(.sv) { $0 == "k2x9a" ? "Att vara tillgänglig" : nil }
                == "högst 2 röster per punkt; \"Att vara tillgänglig\" fick 3")
        let long = String(repeating: "å", count: 60)
        #expect(
            refusal.message(.en) { _ in long }
                == "at most 2 votes per item; \"\(String(repeating: "å", count: 39))…\" got 3")
        // Unknown notes keep their id; a word that merely contains the id is left alone.
        #expect(Refusal.unknownNote("ab").message(.en) { _ in nil } == "there is no note ab")
    }
}
