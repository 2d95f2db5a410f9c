import Foundation
import LagomCore
@_spi(Benchmark) import LagomStore

/// `lagom-bench make-session DIR --events N`: a realistic session of N events written through the
/// store, one commit at a time as the panes would write it, so anyone can reproduce the cost figures
/// of a long day: notes from 8 groups (edits, moves, deletions), step and timer changes, a vote with
/// ballots, and undos. Seeded: the same N gives the same session.
enum MakeSession {
    static let plan = """
        {"title": "Planeringsdag för Björkvikens enhet", "language": "sv",
         "days": [{"title": "Dag 1", "date": "2025-03-04"}],
         "participants": [\((1...24).map { #"{"name": "Deltagare \#($0)", "site": "\#($0 % 2 == 0 ? "Norr" : "Söder")"}"# }.joined(separator: ", "))],
         "steps": [
           {"id": "incheckning", "kind": "checkin", "title": "Incheckning", "minutes": 20,
            "question": "Hur kommer du hit i dag?"},
           {"id": "grupparbete", "kind": "groupwork", "title": "Friskfaktorer och riskfaktorer", "minutes": 45,
            "groups": 8, "lists": ["Friskfaktorer", "Riskfaktorer"], "prompts": ["Vad ger oss kraft i vardagen?"]},
           {"id": "omrostning", "kind": "vote", "title": "Omröstning", "minutes": 15,
            "vote": {"ranks": [{"step": "grupparbete", "list": "Friskfaktorer"}], "votesPerPerson": 3,
                     "mode": "ballots"}},
           {"id": "atgarder", "kind": "groupwork", "title": "Åtgärder", "minutes": 40, "groups": 8,
            "lists": ["Åtgärder"], "prompts": ["Vad gör vi första veckan?"]}]}
        """

    static func run(_ arguments: [String]) {
        guard let folder = arguments.first, !folder.hasPrefix("-"),
            let events = SecretaryBenchmark.value(after: "--events", in: arguments), events > 0
        else { fail("usage: lagom-bench make-session DIR --events N") }
        let started = bootNanoseconds()
        do {
            try write(folder: folder, events: events)
        } catch {
            fail("make-session: \(error)")
        }
        let seconds = Double(bootNanoseconds() - started) / 1e9
        say("\(folder): \(events) events written through the store in \(String(format: "%.1f", seconds)) s")
    }

    /// Creates `folder` and commits changes until the log holds at least `events` events.
    static func write(folder: String, events: Int) throws {
        try SessionStore.create(folder: folder, planBytes: Array(plan.utf8))
        let clock = ManualClock(WallTime(seconds: 1_741_075_200))
        let store = try SessionStore(folder: folder, clock: clock, ids: SeededIDSource(seed: 4711))
        store.syncsEachCommit = false
        var day = Day(store: store, clock: clock, total: events)
        try day.run()
    }

    /// Who does what, event by event.
    private struct Day {
        let store: SessionStore
        let clock: ManualClock
        let total: Int
        var written = 0
        var step: StepID = "grupparbete"
        var timerPaused = false
        /// Live notes, newest last, per step.
        var notes: [StepID: [NoteID]] = [:]
        var ids = SeededIDSource(seed: 1848)

        init(store: SessionStore, clock: ManualClock, total: Int) {
            self.store = store
            self.clock = clock
            self.total = total
        }

        mutating func run() throws {
            try start("incheckning", seconds: 1200)
            try start("grupparbete", seconds: 2700)
            let voteAt = total * 45 / 100
            let actionsAt = total * 50 / 100
            while written < total {
                if step == "grupparbete", written >= voteAt {
                    try start("omrostning", seconds: 900)
                } else if step == "omrostning", written >= actionsAt {
                    try commit(.facilitator, [.resultsRevealed(step: "omrostning")])
                    try start("atgarder", seconds: 2400)
                }
                try next()
            }
        }

        /// The facilitator moves on: the step entered and started with its countdown, one commit.
        mutating func start(_ next: StepID, seconds: Int) throws {
            step = next
            timerPaused = false
            try commit(
                .facilitator,
                [.stepEntered(step: next), .stepStarted(step: next), .timerStarted(timer: timerKey, seconds: seconds)])
        }

        var timerKey: TimerKey { TimerKey(step: step) }

        mutating func next() throws {
            let number = written
            clock.advance(milliseconds: 400)
            if number % 250 == 100 || (number % 250 == 110 && timerPaused) {
                try commit(.timekeeper, [timerPaused ? .timerResumed(timer: timerKey) : .timerPaused(timer: timerKey)])
                timerPaused.toggle()
                return
            }
            if number % 500 == 120 {
                try commit(.timekeeper, [.timerExtended(timer: timerKey, seconds: 60)])
                return
            }
            if step == "omrostning" {
                return try ballot(number)
            }
            let group = 1 + number % 8
            let secretary = Actor.secretary(group)
            if number % 1000 == 41 {
                let undone = try store.undo(by: secretary)
                written += 1
                forget(undone)
                return
            }
            let live = notes[step, default: []]
            let chosen = live.isEmpty ? nil : live[(number * 7) % live.count]
            if let note = chosen, store.session.state.liveNote(note) != nil, live.count > 20 {
                switch number % 50 {
                case 7, 31:
                    return try commit(secretary, [.noteEdited(note: note, text: text(number, edited: true))])
                case 13:
                    return try commit(secretary, [.noteMoved(note: note, place: place(number + 1, group: group))])
                case 23:
                    notes[step]?.removeAll { $0 == note }
                    return try commit(secretary, [.noteDeleted(note: note)])
                default: break
                }
            }
            let note = NoteID(ids.next(length: 10))
            notes[step, default: []].append(note)
            try commit(secretary, [.noteAdded(note: note, place: place(number, group: group), text: text(number))])
        }

        /// A participant casts (or recasts) three dots on live notes of the ranked list.
        mutating func ballot(_ number: Int) throws {
            let ranked = store.session.state.notes(step: "grupparbete", list: "Friskfaktorer")
            guard ranked.count >= 3 else {
                return try commit(.facilitator, [.rankingShown(step: "omrostning", position: RankingPosition())])
            }
            let dots = (0..<3).map { ranked[(number * 13 + $0 * 101) % ranked.count].id }
            try commit(.cli, [.ballotCast(step: "omrostning", voter: "Deltagare \(1 + number % 24)", dots: dots)])
        }

        func place(_ number: Int, group: Int) -> NotePlace {
            let list = step == "atgarder" ? "Åtgärder" : (number % 2 == 0 ? "Friskfaktorer" : "Riskfaktorer")
            return NotePlace(step: step, list: list, group: group)
        }

        func text(_ number: Int, edited: Bool = false) -> String {
            let texts = [
                "Gemensam fika på fredagar", "Tydliga prioriteringar från ledningen", "Stöd från kollegor på enheten",
                "Hög arbetsbelastning under våren", "Otydliga roller mellan teamen", "Möten som drar över tiden",
                "Återhämtning mellan passen", "Schemat läggs för sent", "Introduktion av nya kollegor",
            ]
            let base = texts[number % texts.count]
            return edited ? "\(base), förtydligad (\(number))" : "\(base) (\(number))"
        }

        /// Notes whose adding an undo took back are gone.
        mutating func forget(_ undone: [Event]) {
            for event in undone {
                if case .noteAdded(let note, let place, _) = event.change {
                    notes[place.step]?.removeAll { $0 == note }
                }
            }
        }

        mutating func commit(_ actor: Actor, _ changes: [Change]) throws {
            written += try store.commit(by: actor) { _, _ throws(Refusal) in changes }.count
        }
    }
}
