import LagomCore
import Testing

@testable import LagomUI

@Suite struct TimekeeperScreenTests {
    let own = TimerKey(step: "grupparbete")
    let group2 = TimerKey(step: "grupparbete", group: 2)

    func context(_ session: Session, at now: WallTime, width: Int = 80, height: Int = 24) -> ScreenContext {
        TimekeeperFixtures.context(session, width: width, height: height, at: now)
    }

    @Test func keysActOnTheCountdownShownBig() throws {
        let session = try ScreenFixtures.runningGroupwork()
        let ctx = context(session, at: TimekeeperFixtures.t0 + 30 * 60_000)
        var screen = TimekeeperScreen(group: 2)
        func timerCommand(_ key: Key) -> (TimerAction, TimerKey)? {
            guard case .act(.timer(let action, let key))? = screen.handle(key, ctx).first else { return nil }
            return (action, key)
        }
        #expect(timerCommand(.character(" ")).map { $0 == (.toggle, group2) } == true)
        #expect(timerCommand(.character("+")).map { $0 == (.extend(seconds: 60), group2) } == true)
        #expect(timerCommand(.character("5")).map { $0 == (.extend(seconds: 300), group2) } == true)
        #expect(timerCommand(.character("-")).map { $0 == (.extend(seconds: -60), group2) } == true)
        #expect(timerCommand(.character("r")).map { $0 == (.reset, group2) } == true)
        #expect(timerCommand(.character("x")).map { $0 == (.stop, group2) } == true)
        #expect(timerCommand(.enter).map { $0 == (.start(seconds: nil), group2) } == true)
        _ = screen.handle(.up, ctx)
        _ = screen.handle(.up, ctx)
        #expect(screen.selectedGroup == nil)
        _ = screen.handle(.up, ctx)  // stays on the first
        #expect(screen.selectedGroup == nil)
        #expect(timerCommand(.character(" ")).map { $0 == (.toggle, own) } == true)
        for _ in 0..<20 { _ = screen.handle(.down, ctx) }
        #expect(screen.selectedGroup == 8)
    }

    @Test func startAllGroupsStartsOnlyTheIdleOnes() throws {
        var session = try ScreenFixtures.runningGroupwork()
        var screen = TimekeeperScreen()
        let groups = (1...8).map { TimerKey(step: "grupparbete", group: $0) }
        #expect(
            screen.handle(.character("a"), context(session, at: TimekeeperFixtures.t0)) == [
                .stepTimers(.startIdle(groups, seconds: 1800))
            ])
        let before = session.eventCount
        Drive.keys([.character("a")], &screen, session: &session, as: .timekeeper, at: TimekeeperFixtures.t0)
        // Group 2 already runs; the other seven start with the plan's 30 minutes, in one transaction.
        #expect(session.eventCount == before + 7)
        #expect(groups.allSatisfy { session.state.timers[$0]?.isRunning == true })
    }

    @Test func helpOpensAndAnyKeyClosesItWithoutActing() throws {
        let session = try ScreenFixtures.runningGroupwork()
        let ctx = context(session, at: TimekeeperFixtures.t0)
        var screen = TimekeeperScreen()
        #expect(screen.handle(.character("?"), ctx).isEmpty)
        #expect(screen.showingHelp)
        #expect(screen.handle(.character(" "), ctx).isEmpty)
        #expect(!screen.showingHelp)
        guard case .quit? = screen.handle(.character("q"), ctx).first else { Issue.record("q does not quit"); return }
    }

    @Test func redrawsOnlyWhileACountdownRuns() throws {
        var session = try ScreenFixtures.runningGroupwork()
        let screen = TimekeeperScreen()
        #expect(screen.nextChange(context(session, at: TimekeeperFixtures.t0 + 30 * 60_000 + 250)) == 750)
        let at = TimekeeperFixtures.t0 + 31 * 60_000
        session = try TimekeeperFixtures.adding(
            [.timerPaused(timer: own), .timerPaused(timer: group2)], to: session, at: at)
        #expect(screen.nextChange(context(session, at: at + 5_000)) == nil)
        // Nothing on screen runs in the compact pane either, though another group's would.
        session = try TimekeeperFixtures.adding([.timerResumed(timer: group2)], to: session, at: at + 6_000)
        #expect(screen.nextChange(context(session, at: at + 6_100, width: 40, height: 12)) == nil)
        #expect(screen.nextChange(context(session, at: at + 6_100)) == 900)
    }

    @Test func bellOncePerCrossingOnlyWhereItWasSeenRunning() throws {
        var session = try ScreenFixtures.runningGroupwork()
        let deadline = TimekeeperFixtures.deadline
        var watching = TimekeeperScreen(group: nil)
        var quiet = TimekeeperScreen(quiet: true)
        var lateStarter = TimekeeperScreen()
        func rings(_ screen: inout TimekeeperScreen, _ now: WallTime) -> Bool {
            guard case .bell? = screen.observe(context(session, at: now, width: 40, height: 12)).first else {
                return false
            }
            return true
        }
        #expect(!rings(&watching, deadline + -2_000))
        #expect(!rings(&quiet, deadline + -2_000))
        #expect(rings(&watching, deadline + 1))
        #expect(!rings(&quiet, deadline + 1))
        #expect(!quiet.render(context(session, at: deadline + 1, width: 40, height: 12))[0, 0].style.reverse)
        #expect(!rings(&watching, deadline + 1_001))  // once, not every second of overtime
        #expect(!rings(&lateStarter, deadline + 5_000))  // restarted after zero: no bell
        #expect(!rings(&lateStarter, deadline + 6_000))
        // The flash blinks for two seconds, then the pane is drawn normally again.
        #expect(watching.nextChange(context(session, at: deadline + 101, width: 40, height: 12)) == 300)
        #expect(watching.alarm.isFlashing(at: deadline + 1))
        #expect(!watching.alarm.isFlashing(at: deadline + 401))
        #expect(watching.alarm.isFlashing(at: deadline + 801))
        #expect(!watching.alarm.isFlashing(at: deadline + 2_001))
        // +5 min brings it back above zero (five minutes from then); the next crossing rings again.
        session = try TimekeeperFixtures.adding(
            [.timerExtended(timer: own, seconds: 300)], to: session, at: deadline + 10_000)
        #expect(!rings(&watching, deadline + 10_000))
        #expect(!rings(&watching, deadline + 300_000))
        #expect(rings(&watching, deadline + 310_001))
    }

    @Test func aHardStopRingsOnceAndThenHoldsAtZeroSayingTimeIsUp() throws {
        let at = TimekeeperFixtures.t0 + 60 * 60_000
        let session = try TimekeeperFixtures.hardStopBreak(at: at, seconds: 60)
        var screen = TimekeeperScreen()
        #expect(screen.observe(context(session, at: at + 59_000, width: 40, height: 12)).isEmpty)
        guard case .bell? = screen.observe(context(session, at: at + 60_001, width: 40, height: 12)).first else {
            Issue.record("no bell at the hard stop")
            return
        }
        #expect(screen.observe(context(session, at: at + 61_001, width: 40, height: 12)).isEmpty)
        let step = try #require(session.plan.step("fika"))
        let target = try #require(TimerTarget.all(for: step, in: context(session, at: at + 90_000)).first)
        #expect(target.reading?.clock == "00:00")
        #expect(target.reading?.phase == .timeUp)
        #expect(target.status(.sv) == "‼ tiden är ute", "not \"pausad\": nobody chose to pause")
        #expect(target.timer?.phase == .paused(remaining: 0))
        #expect(screen.nextChange(context(session, at: at + 90_000)) == nil)
    }
}

@Suite struct TimekeeperHeadingTests {
    /// At 40 columns the step title is too long to keep the group's name beside it: the title
    /// is shortened, the name stays (QA: "Grupparbete medarbetarenkätens resultat…", no group).
    @Test func aNarrowPaneShortensTheTitleAndKeepsTheGroup() throws {
        let session = try ScreenFixtures.runningGroupwork()
        let now = TimekeeperFixtures.t0 + 30 * 60_000
        for width in [30, 40, 80] {
            let grid = TimekeeperScreen(group: 2).render(
                TimekeeperFixtures.context(session, width: width, height: 12, at: now))
            #expect(
                grid.lines.contains { $0.contains("Grupp 2") },
                "\(width) columns:\n\(grid.lines.joined(separator: "\n"))")
        }
    }
}

extension TimekeeperScreenTests {
    @Test func aGroupsHeadingNamesTheItemItWorksOn() throws {
        let now = TimekeeperFixtures.t0 + 30 * 60_000
        let session = try TimekeeperFixtures.adding(
            [
                .noteAdded(
                    note: "krav3", place: NotePlace(step: "grupparbete", list: "Riskfaktorer"),
                    text: "Krav 3:\nTid för återhämtning"),
                .groupItemSet(step: "grupparbete", group: 2, note: "krav3"),
            ], to: try ScreenFixtures.runningGroupwork(), at: now)
        let lines = TimekeeperScreen(group: 2).render(
            TimekeeperFixtures.context(session, width: 80, height: 24, at: now)
        ).lines
        #expect(
            lines.contains { $0.contains("Grupp 2 · Krav 3: Tid för återhämtning") },
            "\(lines.joined(separator: "\n"))")
        #expect(!lines.contains { $0.contains("Grupp 3") && $0.contains("Krav 3") })
    }
}

@Suite struct TimerWordTests {
    /// With `criticalMinutes: 3` the critical word must not say "last minute" at 03:00.
    @Test func theCriticalWordSaysHowManyMinutesThePlanGave() throws {
        var step = try #require(ScreenFixtures.plan.step("grupparbete"))
        let now = TimekeeperFixtures.t0
        let timer = TimerState(
            phase: .running(deadline: now + 180_000), total: 1_800_000, planned: 1_800_000, startedAt: now)
        step.timer = TimerSpec(criticalMinutes: 3)
        let three = TimerReading(key: TimerKey(step: step.id), timer: timer, step: step, now: now)
        #expect(three.level == .critical)
        #expect(three.line(.sv) == "03:00 ‼ sista 3 minuterna")
        #expect(three.line(.en) == "03:00 ‼ last 3 minutes")
        // Under a minute left it is the last minute, whatever the plan's threshold (QA: "sista 3
        // minuterna" at 00:57 of a countdown cut to 1:43, where the threshold was halved).
        #expect(
            TimerReading(key: TimerKey(step: step.id), timer: timer, step: step, now: now + 123_000).line(.sv)
                == "00:57 ‼ sista minuten")
        step.timer = TimerSpec()
        let one = TimerReading(key: TimerKey(step: step.id), timer: timer, step: step, now: now + 150_000)
        #expect(one.line(.sv) == "00:30 ‼ sista minuten")
    }
}
