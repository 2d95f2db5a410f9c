import LagomCore
import Testing

@testable import LagomUI

/// The timekeeper keeps its background, header and footer between frames (`TimekeeperBackdrop`)
/// and draws only the countdown and the message line over them at a tick. Whatever changes
/// between two frames, a screen that has drawn before draws what a fresh screen draws.
@Suite struct TimekeeperBackdropTests {
    let t0 = TimekeeperFixtures.t0 + 30 * 60_000

    func context(
        _ session: Session, at now: WallTime, width: Int = 80, height: Int = 24, language: Language = .sv,
        theme: Theme = .standard
    ) -> ScreenContext {
        TimekeeperFixtures.context(session, width: width, height: height, at: now, theme: theme, language: language)
    }

    /// The kept screen's frame against a fresh screen's, with the same UI state.
    func expectFresh(_ kept: TimekeeperScreen, _ context: ScreenContext, _ what: Comment) {
        var fresh = TimekeeperScreen(group: kept.ownGroup, quiet: kept.quiet)
        fresh.selectedGroup = kept.selectedGroup
        fresh.showingHelp = kept.showingHelp
        fresh.message = kept.message
        #expect(kept.render(context).lines == fresh.render(context).lines, what)
        #expect(kept.render(context) == fresh.render(context), what)
    }

    @Test func aKeptBackdropIsNeverStale() throws {
        var session = try ScreenFixtures.runningGroupwork()
        var screen = TimekeeperScreen()
        expectFresh(screen, context(session, at: t0), "first frame")
        expectFresh(screen, context(session, at: t0 + 1000), "a tick")
        _ = screen.handle(.down, context(session, at: t0))
        expectFresh(screen, context(session, at: t0 + 2000), "another group chosen: the header names it")
        expectFresh(screen, context(session, at: t0 + 2000, language: .en), "another language")
        expectFresh(screen, context(session, at: t0 + 2000, theme: .monochrome), "another theme")
        expectFresh(screen, context(session, at: t0 + 2000, width: 120, height: 40), "another size")
        expectFresh(screen, context(session, at: t0 + 2000, width: 30, height: 10), "a compact pane")
        expectFresh(screen, context(session, at: t0 + 2000, width: 12, height: 4), "too small")
        session = try TimekeeperFixtures.adding([.stepEntered(step: "fika")], to: session, at: t0 + 3000)
        expectFresh(screen, context(session, at: t0 + 3000), "another step: its kind in the header, its keys")
    }
}
