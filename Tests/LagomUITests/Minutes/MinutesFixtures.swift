import LagomCore
import LagomLoop
import Testing

@testable import LagomUI

/// A made-up Swedish coordination meeting: two information items, a status round by unit on
/// four headings, a break. Names are invented.
enum MinutesFixtures {
    static let t0 = WallTime(seconds: 1_773_306_000)  // 2026-03-12 09:00 UTC

    static let headings = ["Gjort sedan sist", "Pågår", "Planerat", "Hinder"]

    static let plan = Plan(
        title: "Samordningsmöte", language: .sv, days: [Day(title: "Möte", date: "2026-03-12")],
        participants: [
            Participant(name: "Vera Lindqvist", site: "Kansliet"),
            Participant(name: "Omar Haddad", site: "Kansliet"),
            Participant(name: "Ines Falk", site: "Norra"),
            Participant(name: "Pål Öberg", site: "Södra"),
            Participant(name: "Hanna Vik", site: "IT"),
        ],
        steps: [
            Step(
                id: "p1", kind: .info, title: "Inledning", start: ClockTime(hour: 9, minute: 0), minutes: 10,
                owners: ["Vera Lindqvist"], agenda: AgendaItem(number: "1")),
            Step(
                id: "p2", kind: .info, title: "Budget", minutes: 20, owners: ["Ines Falk"],
                agenda: AgendaItem(number: "2")),
            Step(
                id: "p3", kind: .checkin, title: "Statusrunda", minutes: 30, owners: ["Vera Lindqvist"],
                agenda: AgendaItem(number: "3"), roundBy: "site", headings: headings),
            Step(id: "paus", kind: .break, title: "Paus", minutes: 15),
        ], date: "2026-03-12", chair: "Vera Lindqvist", minuteTaker: "Omar Haddad")

    struct Builder {
        var session = Session(plan: MinutesFixtures.plan)
        var now = MinutesFixtures.t0
        var n = 0
        mutating func add(_ change: Change, by actor: Actor = .facilitator) throws {
            n += 1
            try session.append([Event(id: "e\(n).0", tx: "e\(n)", at: now, by: actor, change: change)])
        }
    }

    static func context(
        _ session: Session, width: Int = 80, height: Int = 24, language: Language = .sv
    )
        -> ScreenContext
    {
        ScreenContext(
            session: session, now: t0, utcOffsetSeconds: 0, width: width, height: height, language: language,
            theme: .monochrome)
    }

    static func type(_ text: String, into screen: inout MinutesScreen, _ session: Session) {
        for c in text { _ = screen.handle(.character(c), context(session)) }
    }

    /// Sends `keys` through the loop as the minute-taker; every outcome must be done.
    static func press(_ keys: Key..., to screen: inout MinutesScreen, on builder: inout Builder) {
        builder.n += 1
        let outcomes = Drive.keys(
            keys, &screen, session: &builder.session, as: .minuteTaker, at: builder.now, seed: UInt64(builder.n))
        for (_, outcome) in outcomes {
            if case .done = outcome { continue }
            Issue.record("\(keys): \(outcome)")
        }
    }

    static func text(_ screen: MinutesScreen, _ session: Session, width: Int = 80, height: Int = 24) -> String {
        screen.render(context(session, width: width, height: height)).lines.joined(separator: "\n")
    }
}
