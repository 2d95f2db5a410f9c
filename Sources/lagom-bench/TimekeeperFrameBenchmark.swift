import Foundation
import LagomCore
import LagomUI

/// The timekeeper's own per-second work without a terminal: one frame rendered per second of
/// a running countdown, and the cells that differ from the frame before (what the terminal
/// backend hands to ncurses). Release build; the benchmark script measures the real pane.
enum TimekeeperFrameBenchmark {
    static func run(_ arguments: [String]) {
        let planPath = arguments.first ?? "Sessions/planeringsdagar-2024/plan.json"
        guard let data = FileManager.default.contents(atPath: planPath) else { fail("cannot read \(planPath)") }
        let plan: Plan
        do { plan = try PlanLoader.load(Array(data), file: planPath) } catch { fail("\(error)") }
        guard let step = plan.steps.first(where: { $0.kind == .info }) else { fail("the plan has no information step") }
        var session = Session(plan: plan)
        let t0 = WallTime(seconds: 1_733_212_800)
        session.replay([
            Event(id: "e0", tx: "e0", at: t0, by: .facilitator, change: .stepEntered(step: step.id)),
            Event(
                id: "e1", tx: "e1", at: t0, by: .facilitator,
                change: .timerStarted(timer: TimerKey(step: step.id), seconds: 3600)),
        ])
        print("timekeeper frame, one countdown of an information step, 3,600 frames (one a second)")
        print("pane        p50 µs   p99 µs   cells changed per frame")
        for (width, height) in [(80, 24), (200, 60)] {
            let screen = TimekeeperScreen(quiet: true)
            var previous = screen.render(context(session, t0, 0, width, height))
            var times: [Double] = []
            var changed = 0
            for second in 1...3600 {
                let began = bootNanoseconds()
                let frame = screen.render(context(session, t0, Int64(second), width, height))
                changed += RenderBenchmark.changedCells(previous, frame)
                times.append(Double(bootNanoseconds() - began) / 1000)
                previous = frame
            }
            times.sort()
            print(
                "\(width)x\(height)".padding(toLength: 10, withPad: " ", startingAt: 0)
                    + String(
                        format: "%8.1f %8.1f %10.1f", percentile(times, 50), percentile(times, 99),
                        Double(changed) / 3600))
        }
    }

    private static func context(
        _ session: Session, _ t0: WallTime, _ second: Int64, _ width: Int, _ height: Int
    ) -> ScreenContext {
        ScreenContext(
            session: session, now: t0 + second * 1000 + 500, utcOffsetSeconds: 3600, width: width, height: height,
            language: .sv, theme: .standard)
    }
}
