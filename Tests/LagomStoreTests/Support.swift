import Foundation
import LagomCore

@testable import LagomStore

/// A clock that stays where a test puts it.
struct FixedClock: LagomClock {
    var now: WallTime
    init(_ seconds: Int64 = 1_741_075_200) { now = WallTime(seconds: seconds) }
}

/// A made-up two-step plan: an info step, then group work that collects notes into two lists.
let testPlan = Plan(
    title: "Testdag på Lindgårdens mottagning", language: .sv,
    days: [Day(title: "Dag 1")],
    participants: [Participant(name: "Person Ett", site: "Norr"), Participant(name: "Person Två", site: "Söder")],
    steps: [
        Step(id: "intro", kind: .info, title: "Välkomna", minutes: 10, bullets: ["Syfte", "Lagom"]),
        Step(
            id: "grupp", kind: .groupwork, title: "Friskfaktorer", minutes: 30,
            lists: ["Friskfaktorer", "Riskfaktorer"], prompts: ["Vad ger oss kraft?"], groups: 2),
    ])

let notePlace = NotePlace(step: "grupp", list: "Friskfaktorer")

/// A fresh session folder under the system's temp folder, removed by `remove()`.
struct TempSession {
    let folder: String

    /// `inMemory`: under /dev/shm where there is one, for tests that save thousands of times (an fsync
    /// there costs nothing, and what is tested is what the store writes, not the disk).
    init(inMemory: Bool = false) throws {
        let shm = "/dev/shm/"
        let base = inMemory && FileManager.default.isWritableFile(atPath: shm) ? shm : NSTemporaryDirectory()
        folder = base + "lagom-store-test-" + UUID().uuidString
        try Self.make(folder: folder)
    }

    /// A session made elsewhere (with `make(folder:)`).
    init(existing folder: String) { self.folder = folder }

    /// Makes a session of `testPlan` in `folder`.
    static func make(folder: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        try SessionStore.create(folder: folder, planBytes: [UInt8](try encoder.encode(testPlan)))
    }

    var logPath: String { "\(folder)/\(SessionStore.logFile)" }

    func open(seed: UInt64 = 7) throws(StoreError) -> SessionStore {
        try SessionStore(folder: folder, clock: FixedClock(), ids: SeededIDSource(seed: seed))
    }

    func logBytes() throws -> [UInt8] { [UInt8](try Data(contentsOf: URL(fileURLWithPath: logPath))) }

    func writeLog(_ bytes: [UInt8]) throws { try Data(bytes).write(to: URL(fileURLWithPath: logPath)) }

    func files() throws -> [String] { try FileManager.default.contentsOfDirectory(atPath: folder).sorted() }

    func remove() { try? FileManager.default.removeItem(atPath: folder) }
}

extension SessionStore {
    /// Commits one note with `text` and returns its id.
    @discardableResult
    func addNote(_ text: String, by actor: Actor = .secretary(1)) throws -> NoteID {
        let events = try commit(by: actor) { _, ids throws(Refusal) in
            [.noteAdded(note: NoteID(ids.next(length: 10)), place: notePlace, text: text)]
        }
        guard case .noteAdded(let id, _, _) = events.first?.change else { throw StoreTestError("no note was added") }
        return id
    }
}

struct StoreTestError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// Same as `lagom-bench worker digest`: what every process must agree on.
func digest(_ session: Session) -> String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for note in session.state.notes {
        for byte in (note.id.rawValue + "\u{1}" + note.text + "\u{2}").utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        }
    }
    return "\(session.eventCount) \(session.state.notes.count) \(String(hash, radix: 16))"
}
