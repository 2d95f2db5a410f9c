import Foundation
import LagomCore
import LagomStore

/// `lagom-bench cost SESSIONS… [--lagom PATH] [--before PATH [--before-sessions DIR,…]] [--runs N]`: what
/// a command costs as the session grows (issue 18). Each SESSION is a folder `lagom-bench make-session`
/// wrote; each command runs on a scratch copy of it, as the real `lagom` binary (next to this one unless
/// `--lagom`), in fresh processes, median of `--runs` (default 5). With `--before`, an older `lagom` runs
/// the same commands side by side, alternating with the new one, so the machine's load falls on both
/// alike; `--before-sessions` gives it its own copy of each session, in the same order (the same log
/// with a checkpoint of the format that binary reads: one of another format is ignored, and it would
/// fold the whole log). Scratch copies live in one folder of this run, removed at exit.
enum CostBenchmark {
    struct Row {
        var session: String
        var events: Int
        var figure: String
        var after: Sample
        var before: Sample?
    }

    /// One figure's median over the runs: wall milliseconds, CPU milliseconds (user + system of the
    /// process, what it spent itself whatever the machine's load) and peak resident MiB.
    struct Sample {
        var wall: Double
        var cpu: Double
        var peak: Double

        static func median(_ samples: [Sample]) -> Sample {
            func middle(_ values: [Double]) -> Double { percentile(values.sorted(), 50) }
            return Sample(
                wall: middle(samples.map(\.wall)), cpu: middle(samples.map(\.cpu)), peak: middle(samples.map(\.peak)))
        }
    }

    static func run(_ arguments: [String]) {
        var sessions: [String] = []
        var lagom = URL(fileURLWithPath: ownExecutable()).deletingLastPathComponent().appendingPathComponent("lagom")
            .path
        var before: String?
        var beforeSessions: [String] = []
        var runs = 5
        var rest = arguments[...]
        while let argument = rest.popFirst() {
            switch argument {
            case "--lagom": lagom = rest.popFirst() ?? lagom
            case "--before": before = rest.popFirst()
            case "--before-sessions": beforeSessions = (rest.popFirst() ?? "").split(separator: ",").map(String.init)
            case "--runs": runs = Int(rest.popFirst() ?? "") ?? runs
            default: sessions.append(argument)
            }
        }
        guard !sessions.isEmpty else {
            fail(
                "usage: lagom-bench cost SESSION… [--lagom PATH] [--before PATH [--before-sessions DIR,…]] [--runs N]")
        }
        guard beforeSessions.isEmpty || (before != nil && beforeSessions.count == sessions.count) else {
            fail("cost: --before-sessions needs --before and one folder for each session, in the same order")
        }
        var rows: [Row] = []
        for (index, session) in sessions.enumerated() {
            let events = eventCount(session)
            let ownSession = beforeSessions.isEmpty ? session : beforeSessions[index]
            func measure(_ figure: String, sideBySide: Bool = true, _ body: (String, String) -> Sample) {
                let binaries = [(lagom, session)] + (sideBySide ? before.map { [($0, ownSession)] } ?? [] : [])
                var samples = binaries.map { _ in [Sample]() }
                for _ in 0..<runs {
                    for (i, (binary, folder)) in binaries.enumerated() {
                        let copy = scratchCopy(of: folder)
                        defer { try? FileManager.default.removeItem(atPath: copy) }
                        samples[i].append(body(binary, copy))
                    }
                }
                let medians = samples.map(Sample.median)
                rows.append(
                    Row(
                        session: session, events: events, figure: figure, after: medians[0],
                        before: medians.count > 1 ? medians[1] : nil))
            }
            measure("open (SessionStore.init)", sideBySide: false) { _, copy in openSample(copy) }
            for pane in ["projector", "secretary"] {
                measure("\(pane): start → first frame", sideBySide: false) { _, copy in firstFrame(copy, pane: pane) }
            }
            measure("note add: start → written") { binary, copy in
                timed(binary, ["note", "add", copy, "--as", "secretary:2", "--step", "atgarder", "Ny lapp"])
            }
            measure("export --format json") { binary, copy in
                timed(binary, ["export", copy, "--format", "json"])
            }
            // The other formats, new binary only: before issue 18's audit they were O(n²) in the notes
            // (116 s of CPU for csv at 100k events).
            for format in ["csv", "markdown"] {
                measure("export --format \(format)", sideBySide: false) { binary, copy in
                    timed(binary, ["export", copy, "--format", format])
                }
            }
            measure("undo: start → written") { binary, copy in
                timed(binary, ["undo", copy, "--as", "secretary:3"])
            }
        }
        printTable(rows)
        printTargets(rows)
    }

    static func eventCount(_ session: String) -> Int {
        (try? SessionStore(folder: session, clock: SystemClock(), ids: SystemIDSource(), access: .readOnly))?.session
            .eventCount ?? 0
    }

    /// This run's scratch folder, removed when the process exits (also after a failure, which exits).
    static let scratch: String = {
        let folder = scratchFolder("cost")
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }()

    /// A copy in this run's scratch folder (checkpoint included, as a real session has one).
    static func scratchCopy(of session: String) -> String {
        let copy = scratch + "/\(UInt32.random(in: 0...UInt32.max))"
        do { try FileManager.default.copyItem(atPath: session, toPath: copy) } catch {
            fail("cannot copy \(session): \(error)")
        }
        // On disk before it is timed, as a real session's files are (every commit syncs its log):
        // else the command's own fsync would flush the whole fresh copy, ~10 ms at 100k events.
        for name in (try? FileManager.default.contentsOfDirectory(atPath: copy)) ?? [] {
            let fd = open(copy + "/" + name, O_RDONLY)
            if fd >= 0 {
                fsync(fd)
                close(fd)
            }
        }
        return copy
    }

    static func openSample(_ folder: String) -> Sample {
        let output = spawn(["worker", "open", folder]).waitForOutput()
        guard let data = output.first?.data(using: .utf8),
            let report = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
            let milliseconds = report["milliseconds"] as? Double, let cpu = report["cpuMilliseconds"] as? Double,
            let peak = report["peakBytes"] as? Double
        else { fail("unexpected output from worker open: \(output)") }
        return Sample(wall: milliseconds, cpu: cpu, peak: peak / 1_048_576)
    }

    /// A pane's first frame (`FirstFrame`): wall time from spawning it to the line it prints once drawn.
    static func firstFrame(_ folder: String, pane: String) -> Sample {
        let process = Process()
        let output = Pipe()
        process.executableURL = URL(fileURLWithPath: ownExecutable())
        process.arguments = ["first-frame", folder, pane]
        process.standardOutput = output
        let start = bootNanoseconds()
        do { try process.run() } catch { fail("cannot start first-frame: \(error)") }
        let line = output.fileHandleForReading.readDataToEndOfFile()
        let milliseconds = Double(bootNanoseconds() - start) / 1e6
        process.waitUntilExit()
        guard process.terminationStatus == 0,
            let report = try? JSONSerialization.jsonObject(with: line) as? [String: Any],
            let cpu = report["cpuMilliseconds"] as? Double, let peak = report["peakBytes"] as? Double
        else { fail("first-frame \(pane): unexpected output \(String(decoding: line, as: UTF8.self))") }
        return Sample(wall: milliseconds, cpu: cpu, peak: peak / 1_048_576)
    }

    /// Wall milliseconds from start to exit of `binary arguments`, its CPU time, and its peak resident
    /// memory in MiB (measured through /usr/bin/time, whose own start, about a millisecond, is in the
    /// wall and CPU times).
    static func timed(_ binary: String, _ arguments: [String]) -> Sample {
        let process = Process()
        let errors = Pipe()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/time")
        process.arguments = ["-f", "peak %M", binary] + arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errors
        let cpuBefore = cpuMilliseconds(RUSAGE_CHILDREN)
        let start = bootNanoseconds()
        do { try process.run() } catch { fail("cannot start \(binary): \(error)") }
        // /usr/bin/time closes its error output as it exits, after the command: the end of the
        // command. Foundation's waitUntilExit notices an exit up to ~50 ms late, so it is not timed.
        let said = errors.fileHandleForReading.readDataToEndOfFile()
        let milliseconds = Double(bootNanoseconds() - start) / 1e6
        process.waitUntilExit()
        let cpu = cpuMilliseconds(RUSAGE_CHILDREN) - cpuBefore
        let text = String(decoding: said, as: UTF8.self)
        guard process.terminationStatus == 0 else { fail("\(binary) \(arguments.joined(separator: " ")): \(text)") }
        let kib = text.split(separator: "\n").last { $0.hasPrefix("peak ") }.flatMap { Double($0.dropFirst(5)) }
        return Sample(wall: milliseconds, cpu: cpu, peak: (kib ?? 0) / 1024)
    }

    static func printTable(_ rows: [Row]) {
        print(
            "Cost as the session grows (median of the runs: wall ms, CPU ms, peak MiB; with --before: before, after/before)"
        )
        func columns(_ sample: Sample) -> String {
            String(format: "%8.1f ms %8.1f ms CPU %6.1f MiB", sample.wall, sample.cpu, sample.peak)
        }
        for row in rows {
            let name = "\(row.events) events: \(row.figure)".padding(toLength: 50, withPad: " ", startingAt: 0)
            var line = "  \(name) \(columns(row.after))"
            if let before = row.before {
                line += " | \(columns(before)) | CPU \(String(format: "%5.2f", row.after.cpu / before.cpu))×"
            }
            print(line)
        }
    }

    /// Each target of issue 18 that these figures answer, with the figure and its ratio to the target.
    /// Times are given as CPU time and as wall time: on a machine shared with other work the wall
    /// time measures the load too.
    static func printTargets(_ rows: [Row]) {
        func sample(_ events: Int, _ name: String) -> Sample? {
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
        func timeTarget(_ what: String, _ events: Int, _ name: String, _ limit: Double) {
            let measured = sample(events, name)
            target("\(what), CPU", measured?.cpu, limit, "ms")
            target("\(what), wall", measured?.wall, limit, "ms")
        }
        // "Open a 100k-event session ≤ 50 ms to the first frame; 300k ≤ 100 ms; memory ≤ 50 MiB": the
        // memory is given at both sizes.
        for pane in ["projector", "secretary"] {
            let frame = "\(pane): start → first frame"
            timeTarget("\(pane) first frame at 100k events", 100_000, frame, 50)
            target("\(pane) first frame at 100k events, peak", sample(100_000, frame)?.peak, 50, "MiB")
            timeTarget("\(pane) first frame at 300k events", 300_000, frame, 100)
            target("\(pane) first frame at 300k events, peak", sample(300_000, frame)?.peak, 50, "MiB")
        }
        timeTarget("note add at 100k events", 100_000, "note add: start → written", 20)
        if let small = sample(1_000, "note add: start → written"),
            let large = sample(100_000, "note add: start → written")
        {
            target("note add at 100k against 1k events, CPU", large.cpu / small.cpu, 2, "×")
            target("note add at 100k against 1k events, wall", large.wall / small.wall, 2, "×")
        }
        timeTarget("export --format json at 100k events", 100_000, "export --format json", 500)
        target("export --format json at 100k events, peak", sample(100_000, "export --format json")?.peak, 60, "MiB")
        timeTarget("undo at 100k events", 100_000, "undo: start → written", 50)
        print(
            "  (each arriving note and tick: lagom-bench arrival; the countdown's bytes: lagom-bench countdown-bytes;")
        print("   its CPU against tty-clock: Tests/EndToEnd/bench-timekeeper.sh)")
    }
}
