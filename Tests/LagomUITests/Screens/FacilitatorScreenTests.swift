import LagomCore
import Testing

@testable import LagomUI

@Suite struct FacilitatorScreenTests {
    @Test(arguments: [(80, 24), (120, 40), (40, 12)])
    func consoleDuringGroupwork(size: (Int, Int)) throws {
        let session = try ScreenFixtures.runningGroupwork()
        let grid = FacilitatorScreen().render(ScreenFixtures.context(session, width: size.0, height: size.1))
        Snapshot.assert(grid, named: "facilitator-groupwork-\(size.0)x\(size.1)")
    }

    @Test(arguments: [(80, 24), (120, 40), (40, 12)])
    func presentModeDuringGroupwork(size: (Int, Int)) throws {
        var screen = FacilitatorScreen()
        let session = try ScreenFixtures.runningGroupwork()
        let context = ScreenFixtures.context(session, width: size.0, height: size.1)
        _ = screen.handle(.character("p"), context)
        Snapshot.assert(screen.render(context), named: "facilitator-present-\(size.0)x\(size.1)", painted: true)
    }

    @Test func beforeTheDayStartsInEnglish() {
        let context = ScreenFixtures.context(Session(plan: ScreenFixtures.plan), width: 80, height: 24, language: .en)
        Snapshot.assert(FacilitatorScreen().render(context), named: "facilitator-start-80x24-en")
    }

    @Test func helpListsEveryKeyOfTheMap() throws {
        var screen = FacilitatorScreen()
        let context = ScreenFixtures.context(try ScreenFixtures.runningGroupwork(), width: 80, height: 24)
        _ = screen.handle(.character("?"), context)
        let first = screen.render(context)
        // Taller than 80×24: the rest is one page down.
        _ = screen.handle(.end, context)
        let text = (first.lines + screen.render(context).lines).joined(separator: "\n")
        _ = screen.handle(.home, context)
        // Every key but the round's: group work has no round.
        for entry in FacilitatorKeys.map.helpEntries(.sv) where !["s", "S", "o"].contains(entry.keys) {
            #expect(text.contains(entry.help), "help overlay lacks \(entry.help)")
        }
        #expect(!text.contains("Nästa talare eller grupp"))
        Snapshot.assert(screen.render(context), named: "facilitator-help-80x24")
    }

    @Test func keysBecomeCommandsThroughTheKeyMap() throws {
        var screen = FacilitatorScreen()
        let context = ScreenFixtures.context(try ScreenFixtures.runningGroupwork(), width: 80, height: 24)
        #expect(FacilitatorKeys.map.duplicateKeys.isEmpty)
        guard case .act(.agenda(.next)) = screen.handle(.character("n"), context).first else {
            Issue.record("n is not next"); return
        }
        guard case .act(.agenda(.toggle)) = screen.handle(.character(" "), context).first else {
            Issue.record("space is not toggle"); return
        }
        guard case .quit = screen.handle(.character("q"), context).first else { Issue.record("q is not quit"); return }
        #expect(screen.handle(.character("z"), context).isEmpty)
    }

    @Test func aRefusalIsShownWithASymbol() throws {
        var screen = FacilitatorScreen()
        let context = ScreenFixtures.context(try ScreenFixtures.runningGroupwork(), width: 80, height: 24)
        screen.message = StatusMessage(.refused("det finns inget nästa steg"))
        #expect(screen.render(context).lines[22].contains("⚠ det finns inget nästa steg"))
    }

    @Test(arguments: [(1, 1), (2, 1), (10, 3), (39, 11), (0, 0)])
    func tinyTerminalsNeverCrash(size: (Int, Int)) throws {
        let context = ScreenFixtures.context(try ScreenFixtures.runningGroupwork(), width: size.0, height: size.1)
        let grid = FacilitatorScreen().render(context)
        #expect(grid.width == size.0 && grid.height == size.1)
    }

    @Test func nothingRunningMeansNoWakeUps() {
        let context = ScreenFixtures.context(Session(plan: ScreenFixtures.plan), width: 80, height: 24)
        #expect(FacilitatorScreen().nextChange(context) == nil)
    }

    @Test func aRunningCountdownWakesAtTheNextSecond() throws {
        let session = try ScreenFixtures.runningGroupwork()
        let context = ScreenFixtures.context(session, width: 80, height: 24, now: ScreenFixtures.t0 + 45 * 60_000 + 250)
        #expect(FacilitatorScreen().nextChange(context) == 750)
    }
}

@Suite struct ProjectorScreenTests {
    @Test(arguments: [(80, 24), (120, 40), (40, 12)])
    func followsTheCurrentStep(size: (Int, Int)) throws {
        let session = try ScreenFixtures.runningGroupwork()
        Snapshot.assert(
            ProjectorScreen().render(ScreenFixtures.context(session, width: size.0, height: size.1)),
            named: "projector-groupwork-\(size.0)x\(size.1)", painted: true)
    }

    @Test(arguments: [(80, 24), (120, 40), (40, 12)])
    func breakShowsBackAt(size: (Int, Int)) throws {
        var session = try ScreenFixtures.runningGroupwork()
        let at = ScreenFixtures.t0 + 60 * 60_000
        try session.append([Event(id: "b1", tx: "b1", at: at, by: .facilitator, change: .stepEntered(step: "fika"))])
        try session.append([
            Event(id: "b2", tx: "b2", at: at, by: .facilitator, change: .stepStarted(step: "fika")),
            Event(
                id: "b3", tx: "b2", at: at, by: .facilitator,
                change: .timerStarted(timer: TimerKey(step: "fika"), seconds: 1200)),
        ])
        let grid = ProjectorScreen().render(
            ScreenFixtures.context(session, width: size.0, height: size.1, now: at + 95_000))
        Snapshot.assert(grid, named: "projector-break-\(size.0)x\(size.1)", painted: true)
        // Started at 10.00 for 20 minutes: back at 10.20 (the console writes it as text).
        let console = FacilitatorScreen().render(
            ScreenFixtures.context(session, width: size.0, height: size.1, now: at + 95_000))
        #expect(console.lines.joined().contains("Åter 10.20"))
    }

    @Test func hiddenResultsNeverReachTheProjector() throws {
        var session = try ScreenFixtures.runningGroupwork()
        let at = ScreenFixtures.t0 + 60 * 60_000
        try session.append([Event(id: "v1", tx: "v1", at: at, by: .facilitator, change: .stepEntered(step: "röstning"))]
        )
        try session.append([
            Event(
                id: "v2", tx: "v2", at: at, by: .facilitator,
                change: .votesTallied(step: "röstning", tallies: [Tally(note: "n1", points: 23)]))
        ])
        for size in [(20, 5), (40, 12), (80, 24), (200, 60)] {
            let text = ProjectorScreen().render(ScreenFixtures.context(session, width: size.0, height: size.1)).lines
                .joined()
            #expect(!text.contains("Humor"), "hidden result shown at \(size)")
        }
        try session.append([
            Event(id: "v3", tx: "v3", at: at, by: .facilitator, change: .resultsRevealed(step: "röstning"))
        ])
        let revealed = ProjectorScreen().render(ScreenFixtures.context(session, width: 80, height: 24)).lines.joined()
        #expect(revealed.contains("Humor / bra klimat"))
    }
}
