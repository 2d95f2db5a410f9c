import Foundation
import LagomCore
import LagomStore

/// `lagom-bench store`: commit latency, opening a 100,000-event session, and cross-process propagation.
enum StoreBenchmark {
    struct Figure {
        var name: String
        var value: Double
        var unit: String
        var target: String
    }

    static func run(_ arguments: [String]) {
        let given = arguments.count == 2 && arguments[0] == "--folder" ? arguments[1] : nil
        let base = given ?? NSTemporaryDirectory() + "lagom-bench-\(getpid())"
        let scratch = base + "/store-bench"
        try? FileManager.default.removeItem(atPath: scratch)
        // The temporary folder is this run's own: removed whole, not only what was made inside it.
        defer { try? FileManager.default.removeItem(atPath: given == nil ? base : scratch) }

        var figures: [Figure] = []
        figures += commitLatency(folder: scratch + "/append", commits: 1000)
        figures += openLarge(folder: scratch + "/open", events: 100_000)
        figures += undoLarge(folder: scratch + "/open")
        figures += propagation(folder: scratch + "/propagation", notes: 400)
        printTable(figures)
        printJSON(figures)
    }

    static func makeSession(_ folder: String) {
        do { try SessionStore.create(folder: folder, planBytes: BenchSession.planBytes()) } catch {
            fail(error.description)
        }
    }

    /// One process commits notes one after another; each commit is lock + read + check + write + fsync.
    static func commitLatency(folder: String, commits: Int) -> [Figure] {
        makeSession(folder)
        let store = Worker.openStore(folder)
        let place = noteTarget(in: store.session.plan)
        var samples: [Double] = []
        for number in 0..<commits {
            let start = bootNanoseconds()
            do {
                try store.commit(by: .secretary(2)) { _, ids throws(Refusal) in
                    [.noteAdded(note: NoteID(ids.next(length: 10)), place: place, text: "Lapp \(number)")]
                }
            } catch {
                fail(error.description)
            }
            samples.append(Double(bootNanoseconds() - start) / 1e6)
        }
        samples.sort()
        return [
            Figure(name: "commit (append+fsync) p50", value: percentile(samples, 50), unit: "ms", target: "-"),
            Figure(name: "commit (append+fsync) p99", value: percentile(samples, 99), unit: "ms", target: "-"),
        ]
    }

    /// Opens a 100,000-event session in fresh processes: the first one right after the log was written
    /// (cold page cache, no state.json), then five more. Reports the median of the later opens, the largest
    /// peak RSS among them, and the first open on its own.
    static func openLarge(folder: String, events: Int) -> [Figure] {
        makeSession(folder)
        BenchSession.writeHistory(folder: folder, count: events)
        var coldMilliseconds = 0.0
        var coldPeak: Int64 = 0
        var times: [Double] = []
        var peak: Int64 = 0
        for round in 0..<6 {
            let output = spawn(["worker", "open", folder]).waitForOutput()
            guard let data = output.first?.data(using: .utf8),
                let report = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
                let milliseconds = report["milliseconds"] as? Double, let bytes = report["peakBytes"] as? Int,
                report["events"] as? Int == events
            else { fail("unexpected output from worker open: \(output)") }
            if round == 0 {
                (coldMilliseconds, coldPeak) = (milliseconds, Int64(bytes))
            } else {
                times.append(milliseconds)
                peak = max(peak, Int64(bytes))
            }
        }
        times.sort()
        return [
            Figure(name: "open 100k events (median of 5)", value: percentile(times, 50), unit: "ms", target: "<= 300"),
            Figure(name: "open 100k events (first open)", value: coldMilliseconds, unit: "ms", target: "-"),
            Figure(name: "open 100k events peak RSS", value: Double(peak) / 1_048_576, unit: "MiB", target: "<= 50"),
            Figure(
                name: "open 100k events peak RSS (first open)", value: Double(coldPeak) / 1_048_576, unit: "MiB",
                target: "-"),
        ]
    }

    /// Undoes the newest transaction of the 100,000-event session `openLarge` made, in fresh processes,
    /// three times (each appends one line). Reports the median undo (commit) time and the largest peak
    /// RSS of those processes, opening included.
    static func undoLarge(folder: String) -> [Figure] {
        var times: [Double] = []
        var peak: Int64 = 0
        for _ in 0..<3 {
            let output = spawn(["worker", "undo", folder]).waitForOutput()
            guard let data = output.first?.data(using: .utf8),
                let report = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
                let milliseconds = report["milliseconds"] as? Double, let bytes = report["peakBytes"] as? Int
            else { fail("unexpected output from worker undo: \(output)") }
            times.append(milliseconds)
            peak = max(peak, Int64(bytes))
        }
        times.sort()
        return [
            Figure(
                name: "undo at 100k events (history read back)", value: percentile(times, 50), unit: "ms", target: "-"),
            Figure(name: "undo at 100k events peak RSS", value: Double(peak) / 1_048_576, unit: "MiB", target: "-"),
        ]
    }

    /// A follower process waits in poll() on pollDescriptor; this process commits notes carrying the
    /// CLOCK_BOOTTIME instant just before the commit; the follower prints how long until it had applied each.
    static func propagation(folder: String, notes: Int) -> [Figure] {
        makeSession(folder)
        let follower = spawn(["worker", "follow", folder, String(notes)])
        guard follower.readLine() == "ready" else { fail("the follower did not start") }
        let store = Worker.openStore(folder)
        let place = noteTarget(in: store.session.plan)
        for _ in 0..<notes {
            let sent = bootNanoseconds()
            do {
                try store.commit(by: .secretary(3)) { _, ids throws(Refusal) in
                    [.noteAdded(note: NoteID(ids.next(length: 10)), place: place, text: "t=\(sent)")]
                }
            } catch {
                fail(error.description)
            }
            usleep(5_000)
        }
        let samples = follower.waitForOutput().compactMap { Double($0) }.map { $0 / 1000 }.sorted()
        guard samples.count == notes else { fail("the follower saw \(samples.count) of \(notes) notes") }
        return [
            Figure(name: "propagation p50", value: percentile(samples, 50), unit: "ms", target: "<= 5"),
            Figure(name: "propagation p99", value: percentile(samples, 99), unit: "ms", target: "<= 20"),
        ]
    }

    static func printTable(_ figures: [Figure]) {
        let width = figures.map(\.name.count).max() ?? 0
        print("Store benchmark")
        for figure in figures {
            let name = figure.name.padding(toLength: width, withPad: " ", startingAt: 0)
            print(
                "  \(name)  \(String(format: "%9.2f", figure.value)) \(figure.unit.padding(toLength: 4, withPad: " ", startingAt: 0))  target \(figure.target)"
            )
        }
    }

    static func printJSON(_ figures: [Figure]) {
        let entries = figures.map {
            #"{"name":"\#($0.name)","value":\#(String(format: "%.3f", $0.value)),"unit":"\#($0.unit)","target":"\#($0.target)"}"#
        }
        print(#"{"store":[\#(entries.joined(separator: ","))]}"#)
    }
}

/// A child `lagom-bench` process with its stdout on a pipe.
final class Child {
    let process = Process()
    private let pipe = Pipe()
    private var buffered: [UInt8] = []

    init(_ arguments: [String]) {
        process.executableURL = URL(fileURLWithPath: ownExecutable())
        process.arguments = arguments
        process.standardOutput = pipe
        do { try process.run() } catch { fail("cannot start \(ownExecutable()): \(error)") }
    }

    func readLine() -> String? {
        while true {
            if let newline = buffered.firstIndex(of: UInt8(ascii: "\n")) {
                let line = String(decoding: buffered[..<newline], as: UTF8.self)
                buffered.removeSubrange(...newline)
                return line
            }
            let data = pipe.fileHandleForReading.availableData
            if data.isEmpty { return nil }
            buffered += data
        }
    }

    func waitForOutput() -> [String] {
        var lines: [String] = []
        while let line = readLine() { lines.append(line) }
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { fail("worker \(process.arguments ?? []) failed") }
        return lines
    }
}

func spawn(_ arguments: [String]) -> Child { Child(arguments) }
