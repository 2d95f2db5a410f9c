import Foundation
import LagomCore
import LagomLoop
@_spi(Benchmark) import LagomStore
import LagomUI

/// `lagom-bench keystroke [--notes 1000,10000] [--keys N] [--width W --height H] [--screens a,b]`:
/// keystroke → frame on every screen where people type, as the session grows (issue 18: typing
/// must not grow with the notes). For each size a scratch session (the arrival benchmark's plan,
/// the step current with its countdown running) holds that many notes from 8 groups on the step
/// typed on, texts of a day's kind (nine themes, numbered); each screen runs in this process as
/// `lagom` runs it, through the one `ScreenLoop`, and has its text typed letter by letter, then
/// erased with Backspace, again and again, each round from another of its words. Timed per key:
/// the loop's handling of the key, its frame, the comparison with the frame before (what the
/// terminal does before sending the changed cells) and `nextWake`. Median, 99th percentile and
/// mean over the keys.
///
/// Screens: `secretary` (group work), `secretary-parents` (a step whose notes hang under the 40
/// notes of an earlier list; the group's notes listed under them), `vattentrappa` (a secretary typing words no note of the
/// others says, so the hint of a similar note has to look), `vattentrappa-repeat` (typing a note
/// another group said: the hint shows), `minutes` (the minute-taker's note), `theme-edit` (the
/// console's theme board, a note's text edited), `attendance` (the console's search of the people).
enum KeystrokeBenchmark {
    static let allScreens = [
        "secretary", "secretary-parents", "vattentrappa", "vattentrappa-repeat", "minutes", "theme-edit", "attendance",
    ]

    /// The arrival benchmark's plan, its actions hanging under the group work's Friskfaktorer.
    static let plan = ArrivalBenchmark.plan.replacingOccurrences(
        of: #""lists": ["Åtgärder"],"#,
        with: #""lists": ["Åtgärder"], "parentList": {"step": "grupparbete", "list": "Friskfaktorer"},"#)

    /// Texts of a planning day's notes, numbered so no two are the same.
    static let themes = [
        "Gemensam fika på fredagar", "Tydliga prioriteringar från ledningen", "Stöd från kollegor på enheten",
        "Hög arbetsbelastning under våren", "Otydliga roller mellan teamen", "Möten som drar över tiden",
        "Återhämtning mellan passen", "Schemat läggs för sent", "Introduktion av nya kollegor",
    ]

    /// What each screen types, and the keys that bring it there first.
    static func typing(_ screen: String) -> (opening: [Key], text: String) {
        switch screen {
        case "vattentrappa-repeat": ([], "stöd från kollegor på enheten")
        case "theme-edit": ([.character("t"), .down, .down, .character("e"), .end], " och mer tid för uppföljning")
        case "attendance": ([.character("a")], "Deltagare 1")
        default: ([], "Tydligare mål för hela enheten och mer tid för uppföljning")
        }
    }

    static func run(_ arguments: [String]) {
        let sizes =
            value(after: "--notes", in: arguments)?.split(separator: ",").compactMap { Int($0) } ?? [1_000, 10_000]
        let keys = value(after: "--keys", in: arguments).flatMap { Int($0) } ?? 400
        let width = value(after: "--width", in: arguments).flatMap { Int($0) } ?? 80
        let height = value(after: "--height", in: arguments).flatMap { Int($0) } ?? 24
        let screens =
            value(after: "--screens", in: arguments).map { $0.split(separator: ",").map(String.init) } ?? allScreens
        print("keystroke → frame, \(width)×\(height), \(keys) keys each, p50 / p99 / mean (ms)")
        print(
            "screen                 "
                + sizes.map { "\($0) notes".padding(toLength: 26, withPad: " ", startingAt: 0) }.joined())
        var json: [String] = []
        for screen in screens {
            var line = screen.padding(toLength: 23, withPad: " ", startingAt: 0)
            for notes in sizes {
                let (p50, p99, mean) = measure(screen: screen, notes: notes, keys: keys, width: width, height: height)
                line += String(format: "%.3f / %.3f / %.3f", p50, p99, mean).padding(
                    toLength: 26, withPad: " ", startingAt: 0)
                json.append(
                    "{\"screen\":\"\(screen)\",\"notes\":\(notes),\"p50_ms\":\(String(format: "%.4f", p50)),"
                        + "\"p99_ms\":\(String(format: "%.4f", p99)),\"mean_ms\":\(String(format: "%.4f", mean))}")
            }
            print(line)
        }
        print("{\"keystroke\":[" + json.joined(separator: ",") + "]}")
    }

    static func value(after flag: String, in arguments: [String]) -> String? {
        guard let i = arguments.firstIndex(of: flag), i + 1 < arguments.count else { return nil }
        return arguments[i + 1]
    }

    /// Median, 99th percentile and mean milliseconds per key for one screen on a fresh session of `notes` notes.
    static func measure(screen: String, notes: Int, keys: Int, width: Int, height: Int) -> (Double, Double, Double) {
        let folder = scratchFolder("keystroke")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        do {
            let clock = ManualClock(WallTime(seconds: 1_741_075_200))
            try SessionStore.create(folder: folder, planBytes: Array(plan.utf8))
            let store = try SessionStore(folder: folder, clock: clock, ids: SeededIDSource(seed: 9))
            store.syncsEachCommit = false
            try fill(store, screen: screen, notes: notes)
            let (opening, text) = typing(screen)
            switch screen {
            case "secretary", "secretary-parents", "vattentrappa", "vattentrappa-repeat":
                return drive(SecretaryScreen(group: 2), store, clock, width, height, opening, text, keys)
            case "minutes": return drive(MinutesScreen(), store, clock, width, height, opening, text, keys)
            case "theme-edit", "attendance":
                return drive(FacilitatorScreen(), store, clock, width, height, opening, text, keys)
            default: fail("keystroke: no screen \(screen) (\(allScreens.joined(separator: ", ")))")
            }
        } catch {
            fail("keystroke: \(error)")
        }
    }

    /// The step entered, started with its countdown, then numbered notes of the day's themes, placed by `place`.
    static func fill(_ store: SessionStore, step: StepID, notes: Int, place: (Int) -> NotePlace) throws {
        try store.commit(by: .facilitator) { _, _ throws(Refusal) in
            [
                .stepEntered(step: step), .stepStarted(step: step),
                .timerStarted(timer: TimerKey(step: step), seconds: 2700),
            ]
        }
        try addNotes(store, count: notes, place: place, text: { "\(themes[$0 % themes.count]) (\($0))" })
    }

    /// Where the notes go: the screen's step over 8 groups; for `secretary-parents` the 40 demands
    /// of the group work first, then the notes of the actions' step, each under one of them.
    static func fill(_ store: SessionStore, screen: String, notes: Int) throws {
        let kind: ArrivalBenchmark.Kind = screen.hasPrefix("vattentrappa") ? .vattentrappa : .groupwork
        guard screen == "secretary-parents" else {
            return try fill(store, step: kind.step, notes: notes, place: kind.place)
        }
        try fill(store, step: "grupparbete", notes: 40) { _ in
            NotePlace(step: "grupparbete", list: "Friskfaktorer", group: 1)
        }
        let demands = store.session.state.notes(step: "grupparbete").map(\.id)
        try fill(store, step: "atgarder", notes: notes) { i in
            NotePlace(step: "atgarder", list: "Åtgärder", group: i % 8 + 1, parent: demands[i % demands.count])
        }
    }

    /// Types `text` letter by letter and erases it with Backspace, over and over, timing each key.
    static func drive<S: Screen>(
        _ screen: S, _ store: SessionStore, _ clock: ManualClock, _ width: Int, _ height: Int, _ opening: [Key],
        _ text: String, _ keys: Int
    ) -> (Double, Double, Double) {
        let loop = ScreenLoop(
            screen: screen, writer: BenchWriter(store), actor: .facilitator, clock: clock, width: width,
            height: height, language: .sv, theme: .standard, utcOffsetSeconds: 3600)
        loop.start()
        for key in opening { loop.receive(.key(key)) }
        var previous = loop.frame()
        // The text must land where it is meant to, or the figure would time something else.
        for letter in text { loop.receive(.key(.character(letter))) }
        guard loop.frame().lines.contains(where: { $0.contains(text.trimmingCharacters(in: .whitespaces)) }) else {
            fail(
                "keystroke: “\(text)” typed on \(S.self) does not show:\n\(loop.frame().lines.joined(separator: "\n"))")
        }
        for _ in text { loop.receive(.key(.backspace)) }
        var changed = 0
        var wakes: Int64 = 0
        var times: [Double] = []
        var round = 0
        while times.count < keys {
            // Each round starts its words at another one, so no round types a text an earlier one
            // typed (a pane may keep what it found for a text), and ends on the same words.
            let words = text.split(separator: " ", omittingEmptySubsequences: false)
            let start = round % words.count
            let letters = Array((words[start...] + words[..<start]).joined(separator: " "))
            round += 1
            for key in letters.map({ Key.character($0) }) + letters.map({ _ in Key.backspace }) where times.count < keys
            {
                let began = bootNanoseconds()
                loop.receive(.key(key))
                let frame = loop.frame()
                wakes &+= loop.nextWake() ?? 0
                changed &+= RenderBenchmark.changedCells(previous, frame)
                times.append(Double(bootNanoseconds() - began) / 1e6)
                previous = frame
            }
        }
        if changed < 0 || wakes < 0 { print(changed, wakes) }  // keeps the comparison from being optimised away
        let sorted = times.sorted()
        return (percentile(sorted, 50), percentile(sorted, 99), times.reduce(0, +) / Double(times.count))
    }
}
