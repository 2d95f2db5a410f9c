import Foundation
import LagomCore
import LagomStore

/// `lagom-bench cost SESSIONS… [--lagom PATH] [--before PATH] [--runs N]`: what a command costs as the
/// session grows (issue 18). Each SESSION is a folder `lagom-bench make-session` wrote; each command
/// runs on a scratch copy of it, as the real `lagom` binary (next to this one unless `--lagom`), in
/// fresh processes, median of `--runs` (default 5). With `--before`, an older `lagom` runs the same
/// commands side by side, alternating with the new one, so the machine's load falls on both alike.
enum CostBenchmark {
    struct Row {
        var session: String
        var events: Int
        var figure: String
        var after: Double
        var before: Double?
        var unit: String
    }

    static func run(_ arguments: [String]) {
        var sessions: [String] = []
        var lagom = URL(fileURLWithPath: ownExecutable()).deletingLastPathComponent().appendingPathComponent("lagom")
            .path
        var before: String?
        var runs = 5
        var rest = arguments[...]
        while let argument = rest.popFirst() {
            switch argument {
            case "--lagom": lagom = rest.popFirst() ?? lagom
            case "--before": before = rest.popFirst()
            case "--runs": runs = Int(rest.popFirst() ?? "") ?? runs
            default: sessions.append(argument)
            }
        }
        guard !sessions.isEmpty else {
            fail("usage: lagom-bench cost SESSION… [--lagom PATH] [--before PATH] [--runs N]")
        }
        var rows: [Row] = []
        for session in sessions {
            let events = eventCount(session)
            func measure(
                _ figure: String, unit: String, sideBySide: Bool = true, _ body: (String, String) -> Double
            ) {
                let binaries = [lagom] + (sideBySide ? before.map { [$0] } ?? [] : [])
                var samples = binaries.map { _ in [Double]() }
                for _ in 0..<runs {
                    for (i, binary) in binaries.enumerated() {
                        let copy = scratchCopy(of: session)
                        defer { try? FileManager.default.removeItem(atPath: copy) }
                        samples[i].append(body(binary, copy))
                    }
                }
                let medians = samples.map { percentile($0.sorted(), 50) }
                rows.append(
                    Row(
                        session: session, events: events, figure: figure, after: medians[0],
                        before: medians.count > 1 ? medians[1] : nil, unit: unit))
            }
            measure("open (SessionStore.init, this process)", unit: "ms", sideBySide: false) { _, copy in
                openMilliseconds(copy)
            }
            measure("note add: start → written", unit: "ms") { binary, copy in
                timed(binary, ["note", "add", copy, "--as", "secretary:2", "--step", "atgarder", "Ny lapp"]).0
            }
            measure("export --format json", unit: "ms") { binary, copy in
                timed(binary, ["export", copy, "--format", "json"]).0
            }
            measure("export --format json peak RSS", unit: "MiB") { binary, copy in
                timed(binary, ["export", copy, "--format", "json"], peak: true).1
            }
            measure("undo: start → written", unit: "ms") { binary, copy in
                timed(binary, ["undo", copy, "--as", "secretary:3"]).0
            }
        }
        printTable(rows)
        printTargets(rows)
    }

    static func eventCount(_ session: String) -> Int {
        (try? SessionStore(folder: session, clock: SystemClock(), ids: SystemIDSource(), access: .readOnly))?.session
            .eventCount ?? 0
    }

    /// A copy beside the others in the temp folder (checkpoint included, as a real session has one).
    static func scratchCopy(of session: String) -> String {
        let copy = NSTemporaryDirectory() + "lagom-bench-cost-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        do { try FileManager.default.copyItem(atPath: session, toPath: copy) } catch {
            fail("cannot copy \(session): \(error)")
        }
        return copy
    }

    static func openMilliseconds(_ folder: String) -> Double {
        let output = spawn(["worker", "open", folder]).waitForOutput()
        guard let data = output.first?.data(using: .utf8),
            let report = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
            let milliseconds = report["milliseconds"] as? Double
        else { fail("unexpected output from worker open: \(output)") }
        return milliseconds
    }

    /// Wall milliseconds from start to exit of `binary arguments`, and with `peak` its largest resident
    /// memory in MiB (measured through /usr/bin/time, whose own start is then in the time).
    static func timed(_ binary: String, _ arguments: [String], peak: Bool = false) -> (Double, Double) {
        let process = Process()
        let errors = Pipe()
        process.executableURL = URL(fileURLWithPath: peak ? "/usr/bin/time" : binary)
        process.arguments = peak ? ["-f", "peak %M", binary] + arguments : arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errors
        let start = bootNanoseconds()
        do { try process.run() } catch { fail("cannot start \(binary): \(error)") }
        let said = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let milliseconds = Double(bootNanoseconds() - start) / 1e6
        let text = String(decoding: said, as: UTF8.self)
        guard process.terminationStatus == 0 else { fail("\(binary) \(arguments.joined(separator: " ")): \(text)") }
        let kib = text.split(separator: "\n").last { $0.hasPrefix("peak ") }.flatMap { Double($0.dropFirst(5)) }
        return (milliseconds, (kib ?? 0) / 1024)
    }

    static func printTable(_ rows: [Row]) {
        print("Cost as the session grows (median of the runs; after | before | after/before)")
        for row in rows {
            let name = "\(row.events) events: \(row.figure)".padding(toLength: 58, withPad: " ", startingAt: 0)
            var line = "  \(name) \(String(format: "%9.1f", row.after)) \(row.unit)"
            if let before = row.before {
                line += String(format: " | %9.1f %@ | %5.2f×", before, row.unit, row.after / before)
            }
            print(line)
        }
    }

    /// Each target of issue 18 that these figures answer, with the figure and its ratio to the target.
    static func printTargets(_ rows: [Row]) {
        func figure(_ events: Int, _ name: String) -> Double? {
            rows.first { $0.events >= events && $0.events < events * 11 / 10 && $0.figure == name }?.after
        }
        print("Targets (issue 18)")
        func target(_ what: String, _ value: Double?, _ limit: Double, _ unit: String) {
            guard let value else { return print("  \(what): not measured (no session of that size given)") }
            let verdict = value <= limit ? "met" : "NOT met"
            print(
                "  \(what): \(String(format: "%.1f", value)) \(unit), target ≤ \(String(format: "%g", limit)) \(unit), "
                    + "ratio \(String(format: "%.2f", value / limit)): \(verdict)")
        }
        target("open 100k events", figure(100_000, "open (SessionStore.init, this process)"), 50, "ms")
        target("open 300k events", figure(300_000, "open (SessionStore.init, this process)"), 100, "ms")
        target("note add at 100k events", figure(100_000, "note add: start → written"), 20, "ms")
        if let small = figure(1_000, "note add: start → written"),
            let large = figure(100_000, "note add: start → written")
        {
            target("note add at 100k against 1k events", large / small, 2, "×")
        }
        target("export --format json at 100k events", figure(100_000, "export --format json"), 500, "ms")
        target("export --format json at 100k events, peak", figure(100_000, "export --format json peak RSS"), 60, "MiB")
        target("undo at 100k events", figure(100_000, "undo: start → written"), 50, "ms")
    }
}
