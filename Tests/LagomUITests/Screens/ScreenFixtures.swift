import LagomCore
import LagomUI

/// A short Swedish day with one step of each kind the front shows. Made-up names.
enum ScreenFixtures {
    static let t0 = WallTime(seconds: 1_733_216_400)  // 2024-12-03 09:00 UTC
    static let people = ["Åsa Lindqvist", "Örjan Ek", "Märta Holm", "Bo Sjöberg", "Ingrid Ärlig", "Kalle Nyström"]

    static let plan = Plan(
        title: "Planeringsdag för enheten", language: .sv,
        days: [Day(title: "Dag 1 · tisdag 3 december", date: "2024-12-03")],
        participants: (0..<44).map {
            Participant(
                name: people[$0 % people.count] + ($0 < 6 ? "" : " \($0)"),
                site: ["Norrhamn", "Storvik", "Skogsby", "Strandå"][$0 % 4])
        },
        steps: [
            Step(
                id: "incheckning", kind: .checkin, title: "Incheckning", start: ClockTime(hour: 9, minute: 0),
                minutes: 15,
                quote: Quote(text: "Två sanningar närmar sig varann.", author: "Okänd poet"),
                question: "Vad behöver du av dina kollegor för att få en bra dag tillsammans?", secondsPerPerson: 60),
            Step(
                id: "syfte", kind: .info, title: "Syfte dag 1", minutes: 10,
                bullets: ["Hur kan vi stärka friskfaktorer för att minska stress?", "Finna vårt lagom 😀"]),
            Step(
                id: "grupparbete", kind: .groupwork, title: "Grupparbete: enkätens resultat", minutes: 30,
                owners: ["Chef"], lists: ["Riskfaktorer", "Friskfaktorer"],
                prompts: [
                    "Vad säger den, vad är det viktigaste för vår enhet?",
                    "Identifiera 2 friskfaktorer och 2 riskfaktorer",
                ],
                groupSize: GroupSize(min: 5, max: 6), mixBy: "site",
                roles: [
                    GroupRole(name: "Samtalsledare", task: "ser till att alla kommer till tals"),
                    GroupRole(name: "Sekreterare", task: "skriver postit-lappar"),
                ]),
            Step(id: "fika", kind: .break, title: "Fika", minutes: 20),
            Step(
                id: "röstning", kind: .vote, title: "Rangordning",
                vote: VoteSpec(
                    ranks: [ListRef(step: "grupparbete", list: "Friskfaktorer")], votesPerPerson: 5, mode: .tally,
                    hidden: true)),
        ])

    /// A session where the check-in ran, the group work is running and a group has a timer.
    static func runningGroupwork() throws -> Session {
        var session = Session(plan: plan)
        var n = 0
        func event(_ change: Change, _ at: WallTime, _ by: Actor = .facilitator) -> Event {
            n += 1
            return Event(id: "e\(n)", tx: "e\(n)", at: at, by: by, change: change)
        }
        try session.append([event(.stepEntered(step: "incheckning"), t0)])
        try session.append([event(.stepStarted(step: "incheckning"), t0)])
        try session.append([event(.stepCompleted(step: "incheckning"), t0 + 17 * 60_000)])
        try session.append([event(.stepEntered(step: "syfte"), t0 + 17 * 60_000)])
        try session.append([event(.stepEntered(step: "grupparbete"), t0 + 20 * 60_000)])
        try session.append([event(.stepStarted(step: "grupparbete"), t0 + 20 * 60_000)])
        try session.append([event(.timerStarted(timer: TimerKey(step: "grupparbete"), seconds: 1800), t0 + 20 * 60_000)]
        )
        try session.append([
            event(.timerStarted(timer: TimerKey(step: "grupparbete", group: 2), seconds: 1800), t0 + 21 * 60_000)
        ])
        try session.append([
            event(
                .noteAdded(
                    note: "n1", place: NotePlace(step: "grupparbete", list: "Friskfaktorer", group: 2),
                    text: "Humor / bra klimat"), t0 + 25 * 60_000, .secretary(2))
        ])
        return session
    }

    static func context(
        _ session: Session, width: Int, height: Int, now: WallTime? = nil,
        language: Language = .sv, theme: Theme = .standard
    ) -> ScreenContext {
        ScreenContext(
            session: session, now: now ?? t0 + 45 * 60_000, utcOffsetSeconds: 0, width: width, height: height,
            language: language, theme: theme)
    }
}
