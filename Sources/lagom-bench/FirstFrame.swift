import Foundation
import LagomCore
import LagomStore
import LagomUI

/// `lagom-bench first-frame FOLDER projector|secretary`: what a pane costs before it shows anything —
/// the session opened as that pane opens it, and its first frame drawn at 80×24 (into a grid: the
/// terminal's own start is not the session's cost). Prints one JSON line once the frame is drawn:
/// `{"cpuMilliseconds":…,"peakBytes":…}`, the process's CPU time from its start (user + system,
/// runtime loading included) and its peak resident memory. The parent times the wall clock from
/// spawning it to that line (`CostBenchmark`).
enum FirstFrame {
    static func run(_ arguments: [String]) {
        guard arguments.count == 2, let pane = arguments.last, ["projector", "secretary"].contains(pane) else {
            fail("usage: lagom-bench first-frame FOLDER projector|secretary")
        }
        let projector = pane == "projector"
        let store: SessionStore
        do {
            store = try SessionStore(
                folder: arguments[0], clock: SystemClock(), ids: SystemIDSource(),
                access: projector ? .readOnly : .readWrite)
        } catch {
            fail(error.description)
        }
        let context = ScreenContext(
            session: store.session, now: store.clock.now, utcOffsetSeconds: 0, width: 80, height: 24,
            language: store.session.plan.language, theme: .standard)
        let cells =
            projector
            ? ProjectorScreen().render(context).cells.count : SecretaryScreen(group: 2).render(context).cells.count
        guard cells > 0 else { fail("an empty frame") }
        say(#"{"cpuMilliseconds":\#(cpuMilliseconds(RUSAGE_SELF)),"peakBytes":\#(peakResidentBytes())}"#)
    }
}

/// User + system CPU time in milliseconds of this process (`RUSAGE_SELF`) or of its waited-for
/// children (`RUSAGE_CHILDREN`). On a machine shared with other work the wall clock measures the load
/// as much as the program; CPU time is what the program itself spent.
func cpuMilliseconds(_ who: __rusage_who) -> Double {
    var usage = rusage()
    getrusage(who.rawValue, &usage)
    func milliseconds(_ time: timeval) -> Double { Double(time.tv_sec) * 1000 + Double(time.tv_usec) / 1000 }
    return milliseconds(usage.ru_utime) + milliseconds(usage.ru_stime)
}
