import LagomCore
import LagomLoop
import Testing

@testable import LagomUI

/// The loop wakes when the next second shows, however late the last wake was: a countdown shows
/// every second it is awake for, and after a late wake (a suspended laptop, a busy machine) it
/// shows the right one at once and keeps to the boundaries from there.
@Suite struct TickScheduleTests {
    let own = TimerKey(step: "grupparbete")
    let group2 = TimerKey(step: "grupparbete", group: 2)

    func pane() throws -> (ScreenLoop<TimekeeperScreen>, ManualClock, MemoryWriter) {
        let clock = ManualClock(ScreenFixtures.t0 + 45 * 60_000 + 437)
        let writer = MemoryWriter(
            session: try ScreenFixtures.runningGroupwork(), clock: clock, ids: SeededIDSource(seed: 5))
        let loop = ScreenLoop(
            screen: TimekeeperScreen(quiet: true), writer: writer, actor: .timekeeper, clock: clock, width: 100,
            height: 30, language: .sv, theme: .monochrome, utcOffsetSeconds: 0)
        return (loop, clock, writer)
    }

    /// The room's countdown as the list beside the big digits says it, and as it should be now.
    func shown(_ loop: ScreenLoop<TimekeeperScreen>) -> String { loop.frame().lines.joined(separator: "\n") }

    func expected(_ writer: MemoryWriter, _ clock: ManualClock) throws -> String {
        let timer = try #require(writer.session.state.timers[own])
        guard case .running(let deadline) = timer.phase else { throw TimerNotRunning() }
        return TimerMath.format(remaining: deadline - clock.now)
    }

    struct TimerNotRunning: Error {}

    @Test func everySecondShowsAndALateWakeShowsTheRightOne() throws {
        let (loop, clock, writer) = try pane()
        // Lateness after each wake: none, a busy machine's few ms, a suspended laptop's 7.3 s.
        let lateness: [Int64] = [0, 0, 3, 0, 180, 7_300, 0, 0, 999, 0, 61_250, 0, 0]
        var seen: [String] = []
        for late in lateness {
            let text = shown(loop)
            let now = try expected(writer, clock)
            #expect(text.contains(now), "\(now) not shown at \(clock.now)")
            seen.append(now)
            let wake = try #require(loop.nextWake())
            // Just past the next boundary, not before it and not a second after it.
            #expect(wake >= 1 && wake <= 1000)
            let before = clock.now
            clock.advance(milliseconds: wake - 1)
            #expect(try expected(writer, clock) == now, "woken before the second changed")
            clock.advance(milliseconds: 1)
            #expect(try expected(writer, clock) != now, "the wake missed the second's change")
            #expect(clock.now.milliseconds - before.milliseconds == wake)
            clock.advance(milliseconds: 1 + late)  // the runner's +1 ms, and the lateness
        }
        #expect(Set(seen).count == seen.count, "a second shown twice: \(seen)")
    }

    @Test func aChangeSeenBetweenTwoFramesMovesTheNextWake() throws {
        let (loop, clock, writer) = try pane()
        _ = loop.frame()
        #expect(loop.nextWake() != nil)
        // Another pane pauses both running countdowns; the watcher tells the loop.
        _ = try writer.append([.timerPaused(timer: own), .timerPaused(timer: group2)], by: .facilitator)
        loop.receive(.watch)
        #expect(loop.nextWake() == nil, "nothing on screen changes by itself now")
        clock.advance(seconds: 5)
        #expect(loop.nextWake() == nil)
    }
}
