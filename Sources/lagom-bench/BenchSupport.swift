import Foundation
import LagomCore
import LagomStore

/// Monotonic nanoseconds, the same across processes (CLOCK_BOOTTIME), for cross-process latency.
func bootNanoseconds() -> Int64 {
    var spec = timespec()
    clock_gettime(CLOCK_BOOTTIME, &spec)
    return Int64(spec.tv_sec) * 1_000_000_000 + Int64(spec.tv_nsec)
}

/// Peak resident memory of this process in bytes: `VmHWM` from /proc/self/status.
///
/// Not `getrusage`'s ru_maxrss: Linux carries it across exec, so a worker spawned by a bench process
/// that had grown bigger (generating the 100,000-event log) would report its parent's peak.
func peakResidentBytes() -> Int64 {
    if let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
        let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
        let kib = Int64(line.split(separator: " ").dropFirst().first ?? "")
    {
        return kib * 1024
    }
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Int64(usage.ru_maxrss) * 1024
}

func percentile(_ sorted: [Double], _ p: Double) -> Double {
    guard !sorted.isEmpty else { return .nan }
    let rank = Int((p / 100 * Double(sorted.count - 1)).rounded())
    return sorted[min(sorted.count - 1, max(0, rank))]
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("lagom-bench: \(message)\n".utf8))
    exit(1)
}

/// Writes one line to stdout and flushes it at once, so a parent reading a pipe sees it even if this
/// process is killed right after.
func say(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
}

/// The first step of the plan where notes can be written, and a list of it.
func noteTarget(in plan: Plan) -> NotePlace {
    guard let step = plan.steps.first(where: \.collectsNotes) else { fail("the plan has no step that collects notes") }
    return NotePlace(step: step.id, list: step.defaultList)
}

/// The path of this executable, for spawning workers.
func ownExecutable() -> String {
    (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
}

/// A scratch folder of this run in the temp folder (`lagom-bench-NAME-PID`), removed when the process
/// exits: also when a benchmark fails, since `fail` exits and a `defer` does not run then.
func scratchFolder(_ name: String) -> String {
    let folder = NSTemporaryDirectory() + "lagom-bench-\(name)-\(getpid())"
    ScratchFolders.keep(folder)
    return folder
}

/// The scratch folders to remove at exit (one `atexit` handler for all).
enum ScratchFolders {
    nonisolated(unsafe) private static var folders: Set<String> = []

    static func keep(_ folder: String) {
        if folders.isEmpty {
            atexit { for folder in ScratchFolders.folders { try? FileManager.default.removeItem(atPath: folder) } }
        }
        folders.insert(folder)
    }
}

/// `count` notes added by the command line, 500 to a transaction, note `i` at `place(i)` reading
/// `text(i)`: how the benchmarks fill a session quickly through the store.
func addNotes(
    _ store: SessionStore, count: Int, place: (Int) -> NotePlace, text: (Int) -> String
) throws {
    var made = 0
    while made < count {
        let batch = min(500, count - made)
        let start = made
        try store.commit(by: .cli) { session, ids throws(Refusal) in
            var used: Set<NoteID> = []
            return (start..<(start + batch)).map { i in
                var id = session.freshNoteID(&ids)
                while !used.insert(id).inserted { id = session.freshNoteID(&ids) }
                return .noteAdded(note: id, place: place(i), text: text(i))
            }
        }
        made += batch
    }
}
