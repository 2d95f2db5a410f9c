import LagomCore
import LagomUI
import SeedFixtures

/// Seed 000's three result tables, entered as counted tallies, in a small plan shaped like
/// the sample's day 1 (participants are made up).
enum SeedResults {
    static let risk = SeedRankings.risk
    static let health = SeedRankings.health
    /// Demand, where it comes from, and its resources with points (nil: the seed gives none).
    static let demands: [(String, String, [(String, Int?)])] = [
        (
            "Hålla tidsramar enligt prioriteringslista", "Verksamheten, mej själv",
            [
                ("Revidera prioriteringslistan och förväntade väntetider", 9),
                (
                    "Jämna ut fördelning mellan dietister så att noden kan ta ansvar för nodens ärenden, teamuppbyggnad",
                    16
                ),
                ("Se över arbetsmetoder", 0),
            ]
        ),
        (
            "Uppföljning av undernäringens ärenden", "Verksamheten",
            [
                ("Pilotprojekt SDK", 1),
                (
                    "Skicka brev till patienter där det finns uttag kvar på ordinationen. Avsluta om de inte tar kontakt.",
                    7
                ),
                ("Ha en tom dag varje vecka för uppföljningar och eventuella A-remisser", 0),
                ("Samla brev komma kallelser etcetera i informationsbank", 3),
                (
                    "Kalla patienter för nybesök respektive uppföljning av undernäring till en specifik tid. Uteblir – brev om att avsluta kontakt.",
                    7
                ),
                ("Samstämmighet i remissbedömning. Skicka åter för komplettering.", 2),
                ("Skriva exakt på samma sätt i bokningarna i väntelistan.", 15),
            ]
        ),
        (
            "Många administrativa rutiner och IT-stöd utan interoperabilitet/samordning", "Beslutsfattare",
            [
                ("Struktur i kalendern. Avsatt tid för administrativa system.", 2),
                ("Ta hjälp av experter på KSD", nil),
                ("Gränssättning gentemot patient och vårdpersonal.", 2),
                ("Tydliggöra mål och riktlinjer. Vilka krav finns på återkoppling?", 4),
            ]
        ),
        (
            "Att vara tillgänglig", "Verksamheten, jag själv",
            [
                ("Formulera ett minimum för tillgänglighet komma tillgänglighetshygien.", 5),
                ("Webbtidbok.", 2),
            ]
        ),
    ]

    static let t0 = WallTime(seconds: 1_733_216_400)

    static let plan = Plan(
        title: "Planeringsdagar – resultat", language: .sv, days: [Day(title: "Dag 1", date: "2024-12-03")],
        participants: (1...44).map {
            Participant(name: "Deltagare \($0)", site: ["Norrhamn", "Storvik", "Skogsby", "Strandå"][$0 % 4])
        },
        steps: [
            Step(
                id: "enkat", kind: .groupwork, title: "Grupparbete medarbetarenkäten",
                lists: ["Riskfaktorer", "Friskfaktorer"]),
            Step(
                id: "enkat-rostning", kind: .vote, title: "Rangordning av risk- och friskfaktorer",
                vote: VoteSpec(
                    ranks: [
                        ListRef(step: "enkat", list: "Riskfaktorer"), ListRef(step: "enkat", list: "Friskfaktorer"),
                    ],
                    votesPerPerson: 5, mode: .tally, hidden: true)),
            Step(id: "krav", kind: .groupwork, title: "Balanskollen – krav", lists: ["Krav"]),
            Step(
                id: "krav-rostning", kind: .vote, title: "Prioritera bland kraven",
                vote: VoteSpec(
                    ranks: [ListRef(step: "krav", list: "Krav")], votesPerPerson: 5, maxPerItem: 2, mode: .ballots,
                    hidden: true, advance: 4)),
            Step(
                id: "resurser", kind: .groupwork, title: "Balanskollen – resurser", lists: ["Resurser", "Varifrån"],
                groups: 4,
                parentList: ListRef(step: "krav", list: "Krav")),
            Step(
                id: "resurser-rostning", kind: .vote, title: "Rangordning av resurserna",
                vote: VoteSpec(ranks: [ListRef(step: "resurser", list: "Resurser")], votesPerPerson: 5, mode: .tally)),
        ])

    /// Every table entered; the demands chosen in the seed's order; the risk/health vote revealed.
    static func session() throws -> Session {
        var session = Session(plan: plan)
        var n = 0
        func add(_ changes: [Change]) throws {
            n += 1
            try session.append(
                changes.enumerated().map { i, change in
                    Event(id: "e\(n)-\(i)", tx: "e\(n)", at: t0 + Int64(n) * 1000, by: .facilitator, change: change)
                })
        }
        var tallies: [Tally] = []
        // Written in an order unlike the result, so the ranking has to sort (rotated: tied
        // items keep the order they were written in, which is how the seed lists its tie).
        for (list, items, prefix) in [("Riskfaktorer", risk, "r"), ("Friskfaktorer", health, "f")] {
            for i in [3, 4, 5, 6, 7, 0, 1, 2] {
                try add([
                    .noteAdded(
                        note: NoteID("\(prefix)\(i)"), place: NotePlace(step: "enkat", list: list), text: items[i].0)
                ])
                tallies.append(Tally(note: NoteID("\(prefix)\(i)"), points: items[i].1))
            }
        }
        try add([.votesTallied(step: "enkat-rostning", tallies: tallies), .resultsRevealed(step: "enkat-rostning")])
        var resourceTallies: [Tally] = []
        for (d, demand) in demands.enumerated() {
            let demandID = NoteID("k\(d)")
            try add([.noteAdded(note: demandID, place: NotePlace(step: "krav", list: "Krav"), text: demand.0)])
            try add([
                .noteAdded(
                    note: NoteID("o\(d)"),
                    place: NotePlace(step: "resurser", list: "Varifrån", group: d + 1, parent: demandID), text: demand.1
                )
            ])
            for (i, resource) in demand.2.enumerated() {
                let id = NoteID("k\(d)r\(i)")
                try add([
                    .noteAdded(
                        note: id, place: NotePlace(step: "resurser", list: "Resurser", group: d + 1, parent: demandID),
                        text: resource.0)
                ])
                if let points = resource.1 { resourceTallies.append(Tally(note: id, points: points)) }
            }
        }
        try add([.subjectsChosen(step: "krav-rostning", notes: (0..<4).map { NoteID("k\($0)") })])
        try add([.votesTallied(step: "resurser-rostning", tallies: resourceTallies)])
        return session
    }

    static func context(
        _ session: Session, width: Int, height: Int, step: StepID? = nil, language: Language = .sv
    ) throws -> ScreenContext {
        var session = session
        if let step {
            try session.append([
                Event(
                    id: "enter-\(step)", tx: "enter-\(step)", at: t0 + 3_600_000, by: .facilitator,
                    change: .stepEntered(step: step))
            ])
        }
        return ScreenContext(
            session: session, now: t0 + 3_600_000, utcOffsetSeconds: 0, width: width, height: height,
            language: language, theme: .standard)
    }
}
