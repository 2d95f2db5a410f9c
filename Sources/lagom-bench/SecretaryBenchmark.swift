import Foundation
import LagomCore
import LagomStore
import LagomUI

/// `lagom-bench secretary [--notes N] [--saves N]`: with N notes in the session (default 10,000),
/// 1. keystroke → frame: one typed character handled and the secretary pane rendered at 80×24;
/// 2. note saved → visible: a note committed (locked, appended, fsynced) in this process until a
///    separate projector process has read it and drawn a frame that contains it.
enum SecretaryBenchmark {
    static let plan = """
        {"title": "Bänk", "language": "sv", "days": [{"title": "Dag 1"}],
         "participants": [{"name": "Person Ett", "site": "Nod A"}],
         "steps": [{"id": "grupp", "kind": "groupwork", "title": "Grupparbete", "minutes": 30, "groups": 8,
                    "lists": ["Riskfaktorer", "Friskfaktorer"], "prompts": ["Skriv lappar"]}]}
        """

    static func run(_ arguments: [String]) {
        let notes = value(after: "--notes", in: arguments) ?? 10_000
        let saves = value(after: "--saves", in: arguments) ?? 200
        let folder = scratchFolder("secretary")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        do {
            try SessionStore.create(folder: folder, planBytes: Array(plan.utf8))
            let store = try SessionStore(folder: folder, clock: SystemClock(), ids: SystemIDSource())
            try fill(store, notes: notes)
            print("secretary: \(notes) notes in the session")
            keystrokes(store.session)
            try saveToProjector(store, folder: folder, saves: saves)
        } catch {
            FileHandle.standardError.write(Data("secretary benchmark failed: \(error)\n".utf8))
            exit(1)
        }
    }

    static func value(after flag: String, in arguments: [String]) -> Int? {
        guard let i = arguments.firstIndex(of: flag), i + 1 < arguments.count else { return nil }
        return Int(arguments[i + 1])
    }

    /// Notes spread over 8 groups and both lists, 500 to a transaction.
    static func fill(_ store: SessionStore, notes: Int) throws {
        try store.commit(by: .facilitator) { _, _ throws(Refusal) in [.stepEntered(step: "grupp")] }
        try addNotes(
            store, count: notes,
            place: { i in
                NotePlace(step: "grupp", list: i % 2 == 0 ? "Riskfaktorer" : "Friskfaktorer", group: i % 8 + 1)
            }, text: { "Lapp \($0): hög arbetsbelastning på våren, åäö" })
    }

    static func keystrokes(_ session: Session) {
        var screen = SecretaryScreen(group: 2)
        let context = ScreenContext(
            session: session, now: SystemClock().now, utcOffsetSeconds: 0, width: 80, height: 24,
            language: .sv, theme: .standard)
        let typed = Array("Återkoppling saknas från ledningen 👩‍👩‍👧 ")
        var samples: [Double] = []
        var checksum = 0
        for i in 0..<2000 {
            let start = DispatchTime.now().uptimeNanoseconds
            if i % 60 == 59 { screen.editor.clear() }
            _ = screen.handle(.character(typed[i % typed.count]), context)
            checksum &+= screen.render(context).cells.count
            samples.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
        }
        report("keystroke → frame (secretary pane 80×24)", samples, extra: "checksum \(checksum)")
    }

    static func saveToProjector(_ store: SessionStore, folder: String, saves: Int) throws {
        let watcher = Process()
        watcher.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
        watcher.arguments = ["secretary-projector", folder]
        let output = Pipe()
        watcher.standardOutput = output
        try watcher.run()
        let reader = LineReader(output.fileHandleForReading)
        guard reader.next() == "ready" else { throw BenchFailure("the projector process did not start") }
        var samples: [Double] = []
        for i in 0..<saves {
            let marker = "Sparad-\(i)-åäö"
            let start = DispatchTime.now().uptimeNanoseconds
            try store.commit(by: .secretary(1)) { session, ids throws(Refusal) in
                [
                    .noteAdded(
                        note: session.freshNoteID(&ids),
                        place: NotePlace(step: "grupp", list: "Riskfaktorer", group: 1), text: marker)
                ]
            }
            // Markers arrive in the order the frame shows them; wait for this one.
            while true {
                guard let line = reader.next() else {
                    throw BenchFailure("the projector process ended before showing note \(i)")
                }
                if line == marker { break }
            }
            samples.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
        }
        kill(watcher.processIdentifier, SIGKILL)
        watcher.waitUntilExit()
        report("note saved → drawn by a projector process (120×40)", samples, extra: nil)
    }

    static func report(_ name: String, _ samples: [Double], extra: String?) {
        let sorted = samples.sorted()
        func at(_ q: Double) -> Double { sorted[min(sorted.count - 1, Int(Double(sorted.count) * q))] }
        let line = String(
            format: "%@: n=%d p50=%.3f ms p99=%.3f ms max=%.3f ms", name, sorted.count, at(0.5), at(0.99),
            sorted.last ?? 0)
        print(line + (extra.map { "  (\($0))" } ?? ""))
    }

    struct BenchFailure: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }

    /// Reads lines from a pipe one at a time.
    final class LineReader {
        let handle: FileHandle
        var buffer = Data()
        init(_ handle: FileHandle) { self.handle = handle }
        func next() -> String? {
            while true {
                if let newline = buffer.firstIndex(of: 0x0A) {
                    let line = String(decoding: buffer[buffer.startIndex..<newline], as: UTF8.self)
                    buffer.removeSubrange(buffer.startIndex...newline)
                    return line
                }
                let chunk = handle.availableData
                if chunk.isEmpty { return nil }
                buffer.append(chunk)
            }
        }
    }
}

/// The projector side of the benchmark, a process of its own: waits on the store's watcher,
/// draws the projector's frame after each change and prints every marker note the frame shows.
enum SecretaryProjectorProcess {
    static func run(_ arguments: [String]) {
        guard let folder = arguments.first,
            let store = try? SessionStore(folder: folder, clock: SystemClock(), ids: SystemIDSource())
        else { exit(1) }
        var screen = ProjectorScreen()
        _ = screen.handle(.character("x"), context(store))
        var printed: Set<String> = []
        say("ready")
        while true {
            var descriptor = pollfd(fd: store.pollDescriptor, events: Int16(POLLIN), revents: 0)
            guard poll(&descriptor, 1, 5000) >= 0 else { continue }
            guard (try? store.refresh()) != nil else { exit(1) }
            let frame = screen.render(context(store))
            // The wall has several columns, so one row can hold several markers.
            for line in frame.lines {
                var rest = line[...]
                while let range = rest.range(of: "Sparad-") {
                    let marker = String(rest[range.lowerBound...].prefix { $0 != " " })
                    if printed.insert(marker).inserted { say(marker) }
                    rest = rest[range.upperBound...]
                }
            }
        }
    }

    /// One line straight to the pipe, unbuffered, so the parent's clock stops when the frame was drawn.
    static func say(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }

    static func context(_ store: SessionStore) -> ScreenContext {
        ScreenContext(
            session: store.session, now: SystemClock().now, utcOffsetSeconds: 0, width: 120, height: 40,
            language: .sv, theme: .projector)
    }
}
