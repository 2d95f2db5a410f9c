import Foundation
import LagomCore
import LagomStore

/// `lagom-bench faults [--rounds N] [--folder F]`: the kill -9 experiment of docs/reliability.md, at a
/// size `swift test` does not run. Each round starts a worker that commits three-note pastes as fast
/// as it can, waits for its first acknowledged paste, kills it with SIGKILL a random 1–30 ms later, and
/// keeps every paste the worker printed as committed. At the end (and every 100 rounds) a fresh process opens the session and counts:
/// acknowledged pastes missing a note (lost), pastes in the log with one or two of their three notes
/// (half-saved), and whether the session opens and saves.
enum FaultBenchmark {
    static func run(_ arguments: [String]) {
        var rounds = 1_000
        var folder = NSTemporaryDirectory() + "lagom-faults-\(getpid())"
        var index = 0
        while index < arguments.count {
            switch arguments[index] {
            case "--rounds": rounds = Int(arguments[index + 1]) ?? rounds; index += 2
            case "--folder": folder = arguments[index + 1]; index += 2
            default: fail("usage: lagom-bench faults [--rounds N] [--folder F]")
            }
        }
        StoreBenchmark.makeSession(folder)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var acknowledged: [[String]] = []
        var generator = SystemRandomNumberGenerator()
        let started = Date()
        for round in 1...rounds {
            let worker = Process()
            let output = Pipe()
            worker.executableURL = URL(fileURLWithPath: ownExecutable())
            worker.arguments = ["worker", "paste", folder, "1000000"]
            worker.standardOutput = output
            worker.standardError = FileHandle.nullDevice
            do { try worker.run() } catch { fail("cannot start a worker: \(error)") }
            // Killed while it saves, not while it starts: after its first acknowledged paste.
            var data = Data()
            while !data.contains(UInt8(ascii: "\n")) {
                let more = output.fileHandleForReading.availableData
                if more.isEmpty { break }
                data += more
            }
            usleep(UInt32.random(in: 1_000...30_000, using: &generator))
            kill(worker.processIdentifier, SIGKILL)
            data += output.fileHandleForReading.readDataToEndOfFile()
            worker.waitUntilExit()
            var lines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            lines.removeLast()  // after the last newline: empty, or a line cut by the kill
            acknowledged += lines.map { $0.split(separator: " ").map(String.init) }
            if round % 100 == 0 || round == rounds {
                report(round: round, folder: folder, acknowledged: acknowledged, since: started)
            }
        }
    }

    private static func report(round: Int, folder: String, acknowledged: [[String]], since: Date) {
        let store = Worker.openStore(folder)
        let present = Set(store.session.state.notes.map(\.id.rawValue))
        let lost = acknowledged.filter { !$0.allSatisfy(present.contains) }.count
        // The workers' pastes (by secretary 2; the control notes are the cli's), counted per commit.
        var perCommit: [String: Int] = [:]
        for event in (try? store.loadHistory()) ?? [] where event.by.description == "secretary:2" {
            perCommit[event.tx, default: 0] += 1
        }
        let half = perCommit.values.filter { $0 != 3 }.count
        var opensAndSaves = "yes"
        do {
            try store.commit(by: .cli) { _, ids throws(Refusal) in
                [
                    .noteAdded(
                        note: NoteID(ids.next(length: 10)), place: noteTarget(in: store.session.plan), text: "Kontroll")
                ]
            }
        } catch {
            opensAndSaves = "no: \(error)"
        }
        let torn = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter {
            $0.hasPrefix("events.torn-")
        }.count
        print(
            String(
                format:
                    "rounds %d  acknowledged pastes %d (%d notes)  lost %d  half-saved %d  torn copies %d  opens and saves: %@  %.0f s",
                round, acknowledged.count, acknowledged.count * 3, lost, half, torn, opensAndSaves,
                Date().timeIntervalSince(since)))
    }
}
