import Foundation
import LagomCore
import LagomLoop
@_spi(Benchmark) import LagomStore
import LagomUI

/// `lagom-bench arrival [--notes 0,1000,5000,10000] [--arrivals N] [--width W --height H] [--panes a,b]
/// [--step groupwork|vattentrappa]`: what one arriving note costs each pane, and what one second of
/// countdown costs it, as the session grows (issue 18: flat from 0 to 10,000 notes, ≤ 0.3 ms a note).
/// Besides the four roles: `themeboard`, the console with its theme board open on the step, and
/// `vattentrappa`, a secretary on a vattentrappa step with a draft typed (the others' notes and the
/// hint of a similar one); `--step vattentrappa` runs every pane on that step.
///
/// For each size a scratch session (the `make-session` plan, its group work current with its
/// countdown running) is filled with that many notes from 8 groups; each pane runs in this process as
/// `lagom` runs it — a `SessionStore` of its own, the one `ScreenLoop` — and a second store, as a
/// secretary's process would, commits one note at a time. Timed per arrival: the pane's refresh
/// (`.watch`), its next frame, the comparison with the frame before (what the terminal does
/// before sending the changed cells) and the loop's `nextWake` (the runner asks it before each
/// sleep). Per tick: the clock one second on, `.tick`, frame, comparison.
/// Medians over the arrivals.
enum ArrivalBenchmark {
    static let allPanes = ["projector", "facilitator", "secretary", "timekeeper", "themeboard", "vattentrappa"]

    /// The step the notes go to: the make-session plan's group work, or a vattentrappa added to it.
    enum Kind: String {
        case groupwork, vattentrappa

        var step: StepID { self == .groupwork ? "grupparbete" : "trappa" }
        func place(_ i: Int) -> NotePlace {
            switch self {
            case .groupwork:
                NotePlace(step: step, list: i % 2 == 0 ? "Friskfaktorer" : "Riskfaktorer", group: i % 8 + 1)
            case .vattentrappa: NotePlace(step: step, list: "Råd", group: i % 8 + 1)
            }
        }
    }

    /// The make-session plan with a vattentrappa of 8 groups after its steps.
    static let plan = MakeSession.plan.replacingOccurrences(
        of: "}]}",
        with: """
            }, {"id": "trappa", "kind": "vattentrappa", "title": "Region Lagomland", "minutes": 45, "groups": 8,
             "lists": ["Råd"], "questions": ["Vad är viktigast?"], "minutesPerTurn": 5}]}
            """, options: .backwards)
    /// What the vattentrappa's secretary has typed: words no note has, so the hint looks at every note.
    static let draft = "Mer tid för planering och uppföljning varje vecka"

    static func run(_ arguments: [String]) {
        let sizes =
            value(after: "--notes", in: arguments)?.split(separator: ",").compactMap { Int($0) }
            ?? [0, 1_000, 5_000, 10_000]
        let arrivals = value(after: "--arrivals", in: arguments).flatMap { Int($0) } ?? 200
        let width = value(after: "--width", in: arguments).flatMap { Int($0) } ?? 120
        let height = value(after: "--height", in: arguments).flatMap { Int($0) } ?? 40
        let panes = value(after: "--panes", in: arguments).map { $0.split(separator: ",").map(String.init) } ?? allPanes
        let step = value(after: "--step", in: arguments) ?? Kind.groupwork.rawValue
        guard let kind = Kind(rawValue: step) else { fail("arrival: --step groupwork or vattentrappa, not \(step)") }
        print(
            "per arriving note and per second of countdown, \(width)×\(height), \(kind.rawValue), median of \(arrivals) (ms)"
        )
        print("notes    " + panes.map { $0.padding(toLength: 24, withPad: " ", startingAt: 0) }.joined())
        print("         " + panes.map { _ in "note      tick          " }.joined())
        var json: [String] = []
        var figures: [ArrivalFigure] = []
        for notes in sizes {
            var line = String(notes).padding(toLength: 9, withPad: " ", startingAt: 0)
            for pane in panes {
                let (note, tick) = measure(
                    pane: pane, kind: pane == "vattentrappa" ? .vattentrappa : kind, notes: notes, arrivals: arrivals,
                    width: width, height: height)
                line += String(format: "%-10.3f%-14.3f", note, tick)
                figures.append(ArrivalFigure(pane: pane, notes: notes, note: note, tick: tick))
                json.append(
                    "{\"pane\":\"\(pane)\",\"notes\":\(notes),\"note_ms\":\(String(format: "%.4f", note)),"
                        + "\"tick_ms\":\(String(format: "%.4f", tick))}")
            }
            print(line)
        }
        print("{\"arrival\":[" + json.joined(separator: ",") + "]}")
        printTargets(figures, panes: panes)
    }

    static func value(after flag: String, in arguments: [String]) -> String? {
        guard let i = arguments.firstIndex(of: flag), i + 1 < arguments.count else { return nil }
        return arguments[i + 1]
    }

    /// Median milliseconds per arriving note and per tick for one pane on a fresh session of `notes` notes.
    static func measure(
        pane: String, kind: Kind, notes: Int, arrivals: Int, width: Int, height: Int
    ) -> (
        Double, Double
    ) {
        let folder = scratchFolder("arrival")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        do {
            let clock = ManualClock(WallTime(seconds: 1_741_075_200))
            try SessionStore.create(folder: folder, planBytes: Array(plan.utf8))
            let writer = try SessionStore(folder: folder, clock: clock, ids: SeededIDSource(seed: 7))
            writer.syncsEachCommit = false
            try fill(writer, kind, notes: notes)
            let store = try SessionStore(
                folder: folder, clock: clock, ids: SeededIDSource(seed: 8),
                access: pane == "projector" ? .readOnly : .readWrite)
            let run = Run(store: store, writer: writer, clock: clock, kind: kind, arrivals: arrivals)
            switch pane {
            case "projector": return try run.drive(ProjectorScreen(), width, height)
            case "facilitator": return try run.drive(FacilitatorScreen(), width, height)
            case "themeboard": return try run.drive(FacilitatorScreen(), width, height, typing: "t")
            case "secretary": return try run.drive(SecretaryScreen(group: 2), width, height)
            case "vattentrappa": return try run.drive(SecretaryScreen(group: 2), width, height, typing: draft)
            case "timekeeper": return try run.drive(TimekeeperScreen(quiet: true), width, height)
            default: fail("arrival: no pane \(pane) (\(allPanes.joined(separator: ", ")))")
            }
        } catch {
            fail("arrival: \(error)")
        }
    }

    /// The step entered, started with its countdown, then notes over 8 groups (and both lists).
    static func fill(_ store: SessionStore, _ kind: Kind, notes: Int) throws {
        try store.commit(by: .facilitator) { _, _ throws(Refusal) in
            [
                .stepEntered(step: kind.step), .stepStarted(step: kind.step),
                .timerStarted(timer: TimerKey(step: kind.step), seconds: 2700),
            ]
        }
        try addNotes(store, count: notes, place: kind.place, text: { "Lapp \($0): stöd från kollegor på enheten" })
    }

}

/// One pane's run: its store, the secretary's store that writes the arriving notes, the clock.
private struct Run {
    var store: SessionStore
    var writer: SessionStore
    var clock: ManualClock
    var kind: ArrivalBenchmark.Kind
    var arrivals: Int

    /// `typing`: keys typed before the first frame (`t` opens the theme board, a draft's text).
    func drive<S: Screen>(_ screen: S, _ width: Int, _ height: Int, typing: String = "") throws -> (Double, Double) {
        let loop = ScreenLoop(
            screen: screen, writer: BenchWriter(store), actor: .facilitator, clock: clock, width: width,
            height: height, language: .sv, theme: .standard, utcOffsetSeconds: 3600)
        loop.start()
        for key in typing { loop.receive(.key(.character(key))) }
        var previous = loop.frame()
        var changed = 0
        var wakes: Int64 = 0
        var noteTimes: [Double] = []
        var tickTimes: [Double] = []
        for i in 0..<arrivals {
            let text = "Ny lapp \(i) från grupp \(i % 8 + 1)"
            try writer.commit(by: .secretary(i % 8 + 1)) { session, ids throws(Refusal) in
                [.noteAdded(note: session.freshNoteID(&ids), place: kind.place(i), text: text)]
            }
            var began = bootNanoseconds()
            loop.receive(.watch)
            var frame = loop.frame()
            wakes &+= loop.nextWake() ?? 0
            changed &+= RenderBenchmark.changedCells(previous, frame)
            noteTimes.append(Double(bootNanoseconds() - began) / 1e6)
            previous = frame
            clock.advance(milliseconds: 1000)
            began = bootNanoseconds()
            loop.receive(.tick)
            frame = loop.frame()
            wakes &+= loop.nextWake() ?? 0
            changed &+= RenderBenchmark.changedCells(previous, frame)
            tickTimes.append(Double(bootNanoseconds() - began) / 1e6)
            previous = frame
        }
        if changed < 0 || wakes < 0 { print(changed, wakes) }  // keeps the comparison from being optimised away
        return (percentile(noteTimes.sorted(), 50), percentile(tickTimes.sorted(), 50))
    }
}

/// The store as the loop's writer, as `lagom`'s own `StoreWriter` is (which the benchmark cannot import).
final class BenchWriter: SessionWriter {
    let store: SessionStore
    init(_ store: SessionStore) { self.store = store }
    var session: Session { store.session }

    func commit(_ intent: Intent, by actor: Actor) throws(WriteError) -> [Event] {
        do { return try store.commit(by: actor, intent) } catch { throw Self.failed(error) }
    }

    func undo(by actor: Actor) throws(WriteError) -> [Event] {
        do { return try store.undo(by: actor) } catch { throw Self.failed(error) }
    }

    func keepDraft(_ draft: NoteDraft?, group: Int) throws(WriteError) -> String? { nil }

    func refresh() throws(WriteError) -> Bool {
        do { return try store.refresh() } catch { throw Self.failed(error) }
    }

    func takeNotices(_ language: Language) -> [String] { [] }

    static func failed(_ error: StoreError) -> WriteError {
        if case .refused(let refusal) = error { return .refused(refusal) }
        return .failed(.readOnly, detail: error.words)
    }
}
