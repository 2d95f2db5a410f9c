import LagomCore
import Testing

@testable import LagomUI

/// The big-digit pane at the sizes a room uses, in every urgency, in colour and in monochrome.
/// The style block (legend) shows where urgency styles apply; in monochrome the word or symbol
/// next to the digits still says the state.
@Suite struct TimekeeperSnapshotTests {
    static let sizes = [(20, 5), (40, 12), (80, 24), (200, 60)]

    @Test(arguments: sizes)
    func bigDigitPane(width: Int, height: Int) throws {
        let session = try ScreenFixtures.runningGroupwork()
        for theme in [Theme.standard, .monochrome] {
            for moment in TimekeeperFixtures.moments {
                let now = TimekeeperFixtures.deadline + -moment.before
                let context = TimekeeperFixtures.context(session, width: width, height: height, at: now, theme: theme)
                let grid = TimekeeperScreen().render(context)
                let name = "timekeeper-\(width)x\(height)-\(moment.name)-" + (theme == .monochrome ? "mono" : "colour")
                Snapshot.assert(grid, named: name, legend: TimekeeperFixtures.legend(theme), painted: true)
            }
        }
    }

    @Test func groupTimerWithEnglishAndPausedState() throws {
        var session = try ScreenFixtures.runningGroupwork()
        session = try TimekeeperFixtures.adding(
            [.timerPaused(timer: TimerKey(step: "grupparbete", group: 2))],
            to: session, at: TimekeeperFixtures.t0 + 40 * 60_000)
        let context = TimekeeperFixtures.context(
            session, width: 80, height: 24, at: TimekeeperFixtures.t0 + 45 * 60_000, language: .en)
        Snapshot.assert(
            TimekeeperScreen(group: 2).render(context), named: "timekeeper-80x24-group2-paused-en", painted: true)
    }

    @Test func breakWithHardStopHeldAtZeroAndItsReturnTime() throws {
        let at = TimekeeperFixtures.t0 + 60 * 60_000  // 10.00
        let session = try TimekeeperFixtures.hardStopBreak(at: at, seconds: 20 * 60)
        let running = TimekeeperFixtures.context(session, width: 60, height: 16, at: at + 5 * 60_000)
        Snapshot.assert(TimekeeperScreen().render(running), named: "timekeeper-60x16-break", painted: true)
        let held = TimekeeperFixtures.context(session, width: 60, height: 16, at: at + 25 * 60_000)
        Snapshot.assert(TimekeeperScreen().render(held), named: "timekeeper-60x16-break-held-at-zero", painted: true)
    }

    @Test func eightGroupsFitAsAListOn120x40() throws {
        let session = try ScreenFixtures.runningGroupwork()
        let context = TimekeeperFixtures.context(
            session, width: 120, height: 40, at: TimekeeperFixtures.t0 + 45 * 60_000)
        let grid = TimekeeperScreen(group: 2).render(context)
        Snapshot.assert(grid, named: "timekeeper-120x40-groups", painted: true)
        for n in 1...8 { #expect(grid.lines.contains { $0.contains("Grupp \(n) ") }, "Grupp \(n) missing") }
    }

    @Test func theFlashInvertsThePaneAtZero() throws {
        let session = try ScreenFixtures.runningGroupwork()
        var screen = TimekeeperScreen()
        _ = screen.observe(
            TimekeeperFixtures.context(session, width: 40, height: 12, at: TimekeeperFixtures.deadline + -1_000))
        let atZero = TimekeeperFixtures.context(session, width: 40, height: 12, at: TimekeeperFixtures.deadline + 1)
        _ = screen.observe(atZero)
        let grid = screen.render(atZero)
        #expect(grid[0, 0].style.reverse)
        Snapshot.assert(grid, named: "timekeeper-40x12-flash", legend: [Style(reverse: true): "R"], painted: true)
    }
}
