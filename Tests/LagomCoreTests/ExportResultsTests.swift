import Testing

@testable import LagomCore

/// The export ranks a list by the notes' places (`Ranking.order`), one list at a time; it must give
/// what ranking the notes themselves gave: the definition kept here, over random points with ties,
/// unscored items, deleted and moderated notes, and a list ranked within its parents.
@Suite struct ExportResultsTests {
    /// The ranking as it was defined before `Ranking.order`: notes sorted by points, ties in the order
    /// they were written, competition ranks; the unscored after them.
    static func referenceRank(_ notes: [Note], points: [NoteID: Int]) -> [RankedItem] {
        let scored = notes.enumerated().compactMap { i, note in points[note.id].map { (i, note, $0) } }
            .sorted { $0.2 != $1.2 ? $0.2 > $1.2 : $0.0 < $1.0 }
        let ranks = Ranking.competitionRanks(scored.map(\.2))
        let ranked = zip(scored, ranks).map { RankedItem(note: $0.1, points: $0.2, rank: $1) }
        let unscored = notes.filter { points[$0.id] == nil }.map { RankedItem(note: $0, points: nil, rank: nil) }
        return ranked + unscored
    }

    /// The export's results as they were built: every ranked list whole, nested lists by their groups.
    static func referenceResults(of step: Step, in session: Session) -> [ExportDocument.ResultEntry]? {
        let session = session.forExport()
        let (plan, state) = (session.plan, session.state)
        return VoteTally(step: step, state: state).map { tally in
            tally.spec.ranks.flatMap { ref in
                let list = tally.results(of: ref, in: state)
                let items = NestedRanking.groups(list, in: state, plan: plan)?.flatMap(\.items) ?? list.items
                return items.map {
                    ExportDocument.ResultEntry(
                        list: ref.list, listStep: ref.step.rawValue, note: $0.note.id.rawValue, text: $0.note.text,
                        parent: $0.note.place.parent?.rawValue, points: $0.points, rank: $0.rank)
                }
            }
        }
    }

    @Test(arguments: [1, 2, 3, 4] as [UInt64])
    func rankingByPlacesGivesWhatRankingTheNotesGave(seed: UInt64) {
        var random = SeededIDSource(seed: seed)
        let notes = (0..<200).map {
            Note(
                id: NoteID("n\($0)"), place: NotePlace(step: "krav", list: "Krav"), text: "Lapp \($0)",
                addedAt: Fixtures.t0, by: .facilitator)
        }
        var points: [NoteID: Int] = [:]
        for note in notes where random.nextRandom() % 4 != 0 { points[note.id] = Int(random.nextRandom() % 12) }
        #expect(Ranking.rank(notes, points: points) == Self.referenceRank(notes, points: points))
        #expect(Ranking.rank([], points: [:]).isEmpty)
    }

    @Test(arguments: [5, 6, 7] as [UInt64])
    func theExportsResultsAreTheRankedListsWhole(seed: UInt64) throws {
        let plan = VoteBallotAndNestedTests.nestedPlan
        var r = Recorder()
        r.session = Session(plan: plan)
        var random = SeededIDSource(seed: seed)
        func pick(_ n: Int) -> Int { Int(random.nextRandom() % UInt64(n)) }
        for k in 0..<12 { try r.addNote(NoteID("k\(k)"), "Krav \(k) – å ä ö", step: "krav", list: "Krav") }
        var resources: [Int] = []
        for n in 0..<150 {
            let list = pick(5) == 0 ? "Varifrån" : "Resurser"
            try r.addNote(NoteID("r\(n)"), "Resurs \(n)", step: "resurser", list: list, parent: NoteID("k\(pick(12))"))
            if list == "Resurser" && n % 9 != 0 { resources.append(n) }
        }
        for n in stride(from: 0, to: 150, by: 9) { try r.commit(.noteDeleted(note: NoteID("r\(n)"))) }
        for k in [3, 7] { try r.commit(.noteHidden(note: NoteID("k\(k)"), hidden: true)) }
        try r.commit(.notesMerged(note: NoteID("r\(resources[0])"), into: NoteID("r\(resources[1])")))
        try r.commit(
            .votesTallied(
                step: "kravröstning",
                tallies: (0..<12).filter { _ in pick(3) != 0 }.map { Tally(note: NoteID("k\($0)"), points: pick(6)) }))
        try r.commit(.subjectsChosen(step: "kravröstning", notes: ["k5", "k1"]))
        try r.commit(
            .votesTallied(
                step: "resursröstning",
                tallies: resources.filter { _ in pick(4) != 0 }.map {
                    Tally(note: NoteID("r\($0)"), points: pick(8))
                }))
        for id in ["kravröstning", "resursröstning", "krav"] as [StepID] {
            let step = try #require(plan.step(id))
            let exported = ExportDocument.results(of: step, in: r.session)
            #expect(exported == Self.referenceResults(of: step, in: r.session), "\(id)")
            #expect((exported == nil) == (step.vote == nil))
        }
        let votes = try #require(ExportDocument.results(of: plan.step("kravröstning")!, in: r.session))
        #expect(votes.contains { $0.points == nil } && votes.contains { $0.rank == 1 })
        #expect(!votes.contains { $0.note == "k3" }, "moderated away")
    }
}
