import Foundation
import LagomCore
import LagomUI

/// Render + diff time of one frame with 10,000 notes in the session (target ≤ 5 ms, release).
/// "Diff" is the cell-by-cell comparison with the previous frame — the work ncurses does
/// before it sends only changed cells.
enum RenderBenchmark {
    static func run(_ arguments: [String]) {
        let planPath = arguments.first ?? "Sessions/planeringsdagar-2024/plan.json"
        guard let data = FileManager.default.contents(atPath: planPath) else { fail("cannot read \(planPath)") }
        let plan: Plan
        do { plan = try PlanLoader.load(Array(data), file: planPath) } catch { fail("\(error)") }
        let session = sessionWithNotes(plan: plan, count: 10_000)

        var rows: [(String, Double, Double)] = []
        for (width, height) in [(80, 24), (200, 60)] {
            let screens: [(String, any Screen)] = [
                ("facilitator", FacilitatorScreen()),
                ("projector", ProjectorScreen()),
                ("timekeeper", TimekeeperScreen(quiet: true)),
            ]
            for (name, screen) in screens {
                let times = measure(screen: screen, session: session, width: width, height: height)
                rows.append(("\(name) \(width)x\(height)", percentile(times, 50), percentile(times, 99)))
            }
        }
        print("render + diff, 10,000 notes (target p99 ≤ 5 ms)")
        print("frame                      p50 ms   p99 ms")
        for (name, p50, p99) in rows {
            print(name.padding(toLength: 24, withPad: " ", startingAt: 0) + String(format: "%9.3f%9.3f", p50, p99))
        }
        let json = rows.map {
            "{\"frame\":\"\($0.0)\",\"p50_ms\":\(String(format: "%.3f", $0.1)),\"p99_ms\":\(String(format: "%.3f", $0.2))}"
        }
        print("{\"render\":[" + json.joined(separator: ",") + "]}")
    }

    /// 10,000 notes spread over the groups and lists of the first group work, which is current and running.
    static func sessionWithNotes(plan: Plan, count: Int) -> Session {
        guard let step = plan.steps.first(where: { $0.kind == .groupwork }) else { fail("the plan has no group work") }
        var session = Session(plan: plan)
        let t0 = WallTime(seconds: 1_733_212_800)
        var events: [Event] = [
            Event(id: "e0", tx: "e0", at: t0, by: .facilitator, change: .stepEntered(step: step.id)),
            Event(id: "e1", tx: "e1", at: t0, by: .facilitator, change: .stepStarted(step: step.id)),
            Event(
                id: "e2", tx: "e2", at: t0, by: .facilitator,
                change: .timerStarted(timer: TimerKey(step: step.id), seconds: 1800)),
        ]
        let groups = max(1, plan.groupCount(of: step))
        let lists = step.lists.isEmpty ? [""] : step.lists
        let texts = [
            "Väntelista / orimlig arbetsmängd", "Humor / bra klimat 😀", "Flexibilitet /påverkan /frihet",
            "Gemensamma väntelistor, noden tar ansvar för patienterna och ingen sitter ensam", "Tydliga ramar",
        ]
        for i in 0..<count {
            let place = NotePlace(step: step.id, list: lists[i % lists.count], group: i % groups + 1)
            events.append(
                Event(
                    id: "n\(i)", tx: "n\(i)", at: t0 + Int64(i), by: .secretary(i % groups + 1),
                    change: .noteAdded(note: NoteID("n\(i)"), place: place, text: "\(texts[i % texts.count]) #\(i)")))
        }
        session.replay(events)
        return session
    }

    static func measure(screen: any Screen, session: Session, width: Int, height: Int) -> [Double] {
        let start = WallTime(seconds: 1_733_212_800 + 600)
        func context(_ second: Int64) -> ScreenContext {
            ScreenContext(
                session: session, now: start + second * 1000, utcOffsetSeconds: 3600, width: width, height: height,
                language: .sv, theme: .standard)
        }
        var previous = screen.render(context(0))
        var times: [Double] = []
        var changed = 0
        for second in 1...400 {
            let began = bootNanoseconds()
            let frame = screen.render(context(Int64(second)))
            changed &+= changedCells(previous, frame)
            times.append(Double(bootNanoseconds() - began) / 1_000_000)
            previous = frame
        }
        if changed < 0 { print(changed) }  // keeps the diff from being optimised away
        return times.sorted()
    }

    static func changedCells(_ old: Grid, _ new: Grid) -> Int {
        guard old.width == new.width, old.height == new.height else { return new.cells.count }
        var count = 0
        for i in new.cells.indices where old.cells[i] != new.cells[i] { count += 1 }
        return count
    }
}
