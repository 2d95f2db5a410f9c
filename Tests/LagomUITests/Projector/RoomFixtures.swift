import LagomCore

@testable import LagomUI

/// A planning day as the room sees it on the projector: demands and the resources under them,
/// a vattentrappa, a check-in with a long quote. Made-up names and notes.
enum RoomFixtures {
    static let t0 = WallTime(seconds: 1_733_216_400)

    static let demands = [
        "Möten som drar över tiden", "Dokumentation i flera system", "Telefontider som inte räcker", "Oplanerade besök",
    ]

    static let plan = Plan(
        title: "Planeringsdag", language: .sv, days: [Day(title: "Dag 1")],
        participants: ["Åsa Lindqvist", "Örjan Ek", "Märta Holm", "Bo Sjöberg", "Ingrid Ärlig", "Kalle Nyström"]
            .map { Participant(name: $0, site: "Nod 1") },
        steps: [
            Step(
                id: "incheckning", kind: .checkin, title: "Incheckning", start: ClockTime(hour: 10, minute: 0),
                minutes: 20,
                quote: Quote(
                    text:
                        "Två sanningar närmar sig varann, en kommer inifrån, en kommer utifrån och där de möts har man en chans att få se sig själv, om man vågar stanna upp och lyssna på båda.",
                    author: "Tomas Tranströmer"),
                question: "Vad behöver du av dina kollegor för att få en bra dag tillsammans?", secondsPerPerson: 90),
            Step(id: "krav", kind: .groupwork, title: "Balanskollen – krav", minutes: 30, lists: ["Krav"], groups: 4),
            Step(
                id: "resurser", kind: .groupwork, title: "Balanskollen – resurser", minutes: 40, lists: ["Resurser"],
                bullets: ["Beskriv vilka resurser som behövs för att möta kravet"], groups: 4,
                parentList: ListRef(step: "krav", list: "Krav")),
            Step(
                id: "trappa", kind: .vattentrappa, title: "Region Lagomland", minutes: 45, lists: ["Råd"], groups: 10,
                questions: [
                    "Vad är det viktigaste regionen kan göra för invånarnas hälsa de närmaste fem åren?",
                    "Vad ska regionen sluta göra?", "Vad kan invånarna själva göra?",
                ], minutesPerTurn: 4),
        ])

    struct Builder {
        var session = Session(plan: RoomFixtures.plan)
        var now = RoomFixtures.t0
        var n = 0
        mutating func add(_ changes: [Change], by actor: Actor = .facilitator) throws {
            n += 1
            let tx = "e\(n)"
            try session.append(
                changes.enumerated().map {
                    Event(id: "\(tx).\($0.offset)", tx: tx, at: now, by: actor, change: $0.element)
                })
        }
        mutating func add(_ change: Change, by actor: Actor = .facilitator) throws { try add([change], by: actor) }
        mutating func note(
            _ id: NoteID, _ text: String, step: StepID, list: String, group: Int, parent: NoteID? = nil
        ) throws {
            try add(
                .noteAdded(
                    note: id, place: NotePlace(step: step, list: list, group: group, parent: parent), text: text),
                by: .secretary(group))
        }
    }

    /// A resource as long as the seed's longest: a sentence or two, never cut on the wall.
    static func resource(_ i: Int) -> String {
        let texts = [
            "Tydliga agendor som skickas ut i förväg och en tidhållare på varje möte som säger till när det drar över",
            "Gemensam mall för journalanteckningar så att alla skriver på samma ställe",
            "Fler telefontider på förmiddagen när trycket är som störst från invånarna",
            "Avsatt tid varje dag för oplanerade besök, som fördelas mellan noderna efter behov",
            "Stängd dörr en timme om dagen för dokumentation utan avbrott",
        ]
        return texts[i % texts.count] + " (förslag \(i + 1))"
    }

    /// Resources step running, 20 long resources under 4 demands, one a minute.
    static func liveWall() throws -> Builder {
        var b = Builder()
        try b.add(.stepEntered(step: "krav"))
        for (i, demand) in demands.enumerated() {
            try b.note(NoteID("k\(i)"), demand, step: "krav", list: "Krav", group: i + 1)
        }
        try b.add(.stepEntered(step: "resurser"))
        try b.add([.stepStarted(step: "resurser"), .timerStarted(timer: TimerKey(step: "resurser"), seconds: 2400)])
        for i in 0..<20 {
            b.now = b.now + 60_000
            try b.note(
                NoteID("r\(i)"), resource(i), step: "resurser", list: "Resurser", group: i % 4 + 1,
                parent: NoteID("k\(i % 4)"))
        }
        return b
    }

    /// Group 5 has the word on the vattentrappa; ten notes said before it.
    static func vattentrappa() throws -> Builder {
        var b = Builder()
        try b.add(.stepEntered(step: "trappa"))
        try b.add(.stepStarted(step: "trappa"))
        for turn in 0..<5 {
            try b.add(.turnPassed(step: "trappa", turn: turn))
            guard turn < 5 else { break }
            for k in 0..<2 where turn < 4 || k == 0 {
                let n = turn * 2 + k
                try b.note(
                    NoteID("v\(n)"), "Råd \(n + 1) från grupp \(turn + 1): " + resource(n), step: "trappa", list: "Råd",
                    group: turn + 1)
            }
            if turn < 4 { b.now = b.now + 240_000 }
        }
        try b.note("v9", "Råd 10 från grupp 5: det nyaste rådet, sagt nyss", step: "trappa", list: "Råd", group: 5)
        return b
    }

    /// The check-in, Märta Holm speaking for 30 seconds.
    static func checkin() throws -> Builder {
        var b = Builder()
        try b.add(.stepEntered(step: "incheckning"))
        try b.add(.stepStarted(step: "incheckning"))
        try b.add(.speakerChanged(step: "incheckning", index: 2))
        b.now = b.now + 30_000
        return b
    }

    static func context(_ session: Session, width: Int, height: Int, now: WallTime) -> ScreenContext {
        ScreenContext(
            session: session, now: now, utcOffsetSeconds: 3600, width: width, height: height, language: .sv,
            theme: .projector)
    }

    static let sizes = [(80, 24), (120, 40), (200, 60)]

    /// The check-in is over (it ran 25 minutes of its 20) and nothing else has started.
    static func betweenSteps() throws -> Builder {
        var b = try checkin()
        b.now = t0 + 25 * 60_000
        try b.add(.stepCompleted(step: "incheckning"))
        return b
    }
}
