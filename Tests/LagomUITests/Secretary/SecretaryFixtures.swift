import LagomCore
import LagomLoop
import Testing

@testable import LagomUI

/// A day with group work (two lists), a relay, silent writing and a break. Made-up names.
enum SecretaryFixtures {
    static let t0 = WallTime(seconds: 1_733_216_400)

    static let plan = Plan(
        title: "Planeringsdag", language: .sv, days: [Day(title: "Dag 1")],
        participants: (1...24).map { Participant(name: "Person \($0)", site: "Nod \($0 % 3)") },
        steps: [
            Step(
                id: "grupp", kind: .groupwork, title: "Grupparbete", minutes: 30,
                lists: ["Riskfaktorer", "Friskfaktorer"],
                noteLimit: 40, prompts: ["Identifiera 2 friskfaktorer och 2 riskfaktorer"], groups: 4,
                roles: [GroupRole(name: "Sekreterare", task: "skriver postit-lappar")]),
            Step(
                id: "trappa", kind: .vattentrappa, title: "Region Lagomland", minutes: 45, lists: ["Råd"], groups: 3,
                questions: ["Vad är viktigast?", "Vad är lagom?", "Vad väljer de bort?"], minutesPerTurn: 5),
            Step(
                id: "tyst", kind: .brainwriting, title: "Tankefällor", prompts: ["Vilka tankefällor har du?"], groups: 4
            ),
            Step(id: "fika", kind: .break, title: "Fika", minutes: 20),
        ])

    struct Builder {
        var session = Session(plan: SecretaryFixtures.plan)
        var now = SecretaryFixtures.t0
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
        mutating func note(_ id: NoteID, _ text: String, step: StepID, list: String = "", group: Int) throws {
            try add(
                .noteAdded(note: id, place: NotePlace(step: step, list: list, group: group), text: text),
                by: .secretary(group))
        }
    }

    static func context(_ session: Session, width: Int = 80, height: Int = 24, now: WallTime? = nil) -> ScreenContext {
        ScreenContext(
            session: session, now: now ?? t0, utcOffsetSeconds: 0, width: width, height: height, language: .sv,
            theme: .monochrome)
    }

    /// Sends `keys` to `screen` through the loop, writing as `actor` into `builder`'s session.
    @discardableResult
    static func press<S: Screen>(
        _ keys: Key..., to screen: inout S, on builder: inout Builder, as actor: Actor,
        width: Int = 80, height: Int = 24, failure: WriteError? = nil
    ) -> [Outcome] {
        builder.n += 1
        let outcomes = Drive.keys(
            keys, &screen, session: &builder.session, as: actor, at: builder.now, width: width, height: height,
            seed: UInt64(builder.n), failure: failure
        ).map(\.outcome)
        for outcome in outcomes where failure == nil {
            if case .done = outcome { continue }
            Issue.record("\(keys): \(outcome)")
        }
        return outcomes
    }
}
