import Foundation
import LagomCore
import LagomStore

/// The made-up plan and generated history the store benchmark runs on.
enum BenchSession {
    static let plan = Plan(
        title: "Planeringsdag för Ekbackens enhet", language: .sv,
        days: [Day(title: "Dag 1", date: "2025-03-04")],
        participants: (1...24).map { Participant(name: "Deltagare \($0)", site: $0 % 2 == 0 ? "Norr" : "Söder") },
        steps: [
            Step(
                id: "incheckning", kind: .checkin, title: "Incheckning", minutes: 20,
                question: "Hur kommer du hit i dag?"),
            Step(
                id: "grupparbete", kind: .groupwork, title: "Friskfaktorer och riskfaktorer", minutes: 30,
                lists: ["Friskfaktorer", "Riskfaktorer"], prompts: ["Vad ger oss kraft i vardagen?"], groups: 6),
            Step(
                id: "omrostning", kind: .vote, title: "Omröstning", minutes: 15,
                vote: VoteSpec(
                    ranks: [ListRef(step: "grupparbete", list: "Friskfaktorer")],
                    votesPerPerson: 3, mode: .ballots)),
        ])

    static func planBytes() -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return [UInt8](try! encoder.encode(plan))
    }

    /// Writes `count` valid events straight into the log (as one process's commits would have), fast
    /// enough to build a 100,000-event session in a second: mostly notes added, with edits, moves,
    /// deletions, timer changes and a few undos, as a long workshop would produce.
    static func writeHistory(folder: String, count: Int) {
        var ids = SeededIDSource(seed: 42)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let step: StepID = "grupparbete"
        let timer = TimerKey(step: step)
        var changes: [Event.Body] = [
            .change(.stepEntered(step: step)), .change(.stepStarted(step: step)),
            .change(.timerStarted(timer: timer, seconds: 1800)),
        ]
        var live: [NoteID] = []
        var undoable: [String] = []
        var bytes: [UInt8] = []
        bytes.reserveCapacity(count * 200)
        var at = WallTime(seconds: 1_741_075_200)
        var written = 0
        while written < count {
            if changes.isEmpty {
                changes = [nextChange(number: written, live: &live, undoable: &undoable, ids: &ids, timer: timer)]
            }
            let id = ids.next(length: 12)
            let event = Event(id: id, tx: id, at: at, by: .secretary(1 + written % 6), body: changes.removeFirst())
            if case .noteEdited = event.change { undoable.append(id) }
            bytes += try! encoder.encode(event)
            bytes.append(UInt8(ascii: "\n"))
            at = at + 700
            written += 1
        }
        guard FileManager.default.createFile(atPath: "\(folder)/\(SessionStore.logFile)", contents: Data(bytes)) else {
            fail("cannot write \(folder)/\(SessionStore.logFile)")
        }
    }

    private static func nextChange(
        number: Int, live: inout [NoteID], undoable: inout [String], ids: inout SeededIDSource, timer: TimerKey
    ) -> Event.Body {
        let lists = ["Friskfaktorer", "Riskfaktorer"]
        switch number % 20 {
        case let slot where (slot == 5 || slot == 12) && live.count > 10:
            return .change(
                .noteEdited(note: live[number % live.count], text: "Ändrad lapp \(number): mer tid för återhämtning"))
        case 9 where live.count > 10:
            return .change(
                .noteMoved(
                    note: live[(number * 7) % live.count],
                    place: NotePlace(step: "grupparbete", list: lists[number % 2], group: 1 + number % 6)))
        case 15 where live.count > 10:
            return .change(.noteDeleted(note: live.remove(at: (number * 3) % live.count)))
        case 17 where number % 10_000 == 17 && !undoable.isEmpty:
            return .undo(transaction: undoable.removeLast())
        case 19 where number % 200 == 19:
            return .change(.timerExtended(timer: timer, seconds: 60))
        default:
            let note = NoteID(ids.next(length: 10))
            live.append(note)
            let text =
                "Lapp \(number): gemensam fika på fredagar, tydliga prioriteringar och stöd från kollegor på enheten"
            return .change(
                .noteAdded(
                    note: note, place: NotePlace(step: "grupparbete", list: lists[number % 2], group: 1 + number % 6),
                    text: text))
        }
    }
}
