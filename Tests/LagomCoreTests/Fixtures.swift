import LagomCore

/// A small Swedish plan with every kind the reducer tests need. Made-up names.
enum Fixtures {
    static let t0 = WallTime(seconds: 1_733_212_800)  // 2024-12-03 08:00 UTC

    static let participants: [Participant] = (1...44).map {
        Participant(name: "Deltagare \($0)", site: ["Norrhamn", "Storvik", "Skogsby", "Strandå"][$0 % 4])
    }

    static let plan = Plan(
        title: "Testdag", language: .sv, days: [Day(title: "Dag 1", date: "2024-12-03")],
        participants: participants,
        steps: [
            Step(id: "incheckning", kind: .checkin, title: "Incheckning", minutes: 10, question: "Hur mår du?"),
            Step(
                id: "grupparbete", kind: .groupwork, title: "Grupparbete", minutes: 30,
                lists: ["Riskfaktorer", "Friskfaktorer"], prompts: ["Vad är viktigast?"],
                groupSize: GroupSize(min: 5, max: 6), mixBy: "site"),
            Step(
                id: "röstning", kind: .vote, title: "Röstning",
                vote: VoteSpec(
                    ranks: [
                        ListRef(step: "grupparbete", list: "Riskfaktorer"),
                        ListRef(step: "grupparbete", list: "Friskfaktorer"),
                    ],
                    votesPerPerson: 5, mode: .tally)),
            Step(id: "krav", kind: .groupwork, title: "Krav", minutes: 20, lists: ["Krav", "Resurser"], groups: 4),
            Step(
                id: "kravröstning", kind: .vote, title: "Kravröstning",
                vote: VoteSpec(
                    ranks: [ListRef(step: "krav", list: "Krav")], votesPerPerson: 5, maxPerItem: 2,
                    mode: .ballots, hidden: true, advance: 2)),
            Step(id: "paus", kind: .break, title: "Fika", minutes: 15, timer: TimerSpec(stop: .hard)),
        ])
}

/// Builds events the way the store would: deterministic ids, a clock that moves only when told.
struct Recorder {
    var session = Session(plan: Fixtures.plan)
    var now = Fixtures.t0
    private var counter = 0

    mutating func event(_ change: Change, by actor: Actor = .facilitator, tx: String? = nil) -> Event {
        event(.change(change), by: actor, tx: tx)
    }

    mutating func event(_ body: Event.Body, by actor: Actor = .facilitator, tx: String? = nil) -> Event {
        counter += 1
        let id = "e\(counter)"
        return Event(id: id, tx: tx ?? id, at: now, by: actor, body: body)
    }

    /// Appends one transaction; returns its id.
    @discardableResult
    mutating func commit(_ changes: [Change], by actor: Actor = .facilitator) throws(Refusal) -> String {
        try commit(bodies: changes.map(Event.Body.change), by: actor)
    }

    /// Appends one transaction of changes and undos, as `commit(_:by:)`; returns its id.
    @discardableResult
    mutating func commit(bodies: [Event.Body], by actor: Actor = .facilitator) throws(Refusal) -> String {
        var batch: [Event] = []
        var tx: String?
        for body in bodies {
            let e = event(body, by: actor, tx: tx)
            tx = tx ?? e.id
            batch.append(e)
        }
        try session.append(batch)
        return tx ?? ""
    }

    @discardableResult
    mutating func commit(_ change: Change, by actor: Actor = .facilitator) throws(Refusal) -> String {
        try commit([change], by: actor)
    }

    /// Takes back transaction `tx` (an undo of its own); returns the undo's transaction.
    @discardableResult
    mutating func undo(_ tx: String, by actor: Actor = .facilitator) throws(Refusal) -> String {
        try commit(bodies: [.undo(transaction: tx)], by: actor)
    }

    mutating func perform(_ action: AgendaAction) throws(Refusal) {
        try commit(try action.changes(in: session, at: now, utcOffsetSeconds: 0))
    }

    mutating func advance(seconds: Int64) { now = now + seconds * 1000 }

    mutating func addNote(
        _ id: NoteID, _ text: String, step: StepID = "grupparbete", list: String = "Riskfaktorer",
        group: Int? = nil, parent: NoteID? = nil, by actor: Actor = .facilitator
    ) throws(Refusal) {
        try commit(
            .noteAdded(note: id, place: NotePlace(step: step, list: list, group: group, parent: parent), text: text),
            by: actor)
    }
}
