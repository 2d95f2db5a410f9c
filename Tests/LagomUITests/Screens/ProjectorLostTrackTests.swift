import LagomCore
import Testing

@testable import LagomUI

/// A projector whose session can no longer be read says so on its bottom row, rather than showing
/// the room a frozen picture as if it were live (QA: a log replaced by `sed -i`, then silence).
@Suite struct ProjectorLostTrackTests {
    @Test func aStoreFailureIsShownOnTheBottomRowUntilARestart() throws {
        let context = ScreenFixtures.context(try ScreenFixtures.runningGroupwork(), width: 100, height: 30)
        var screen = ProjectorScreen()
        #expect(!screen.render(context).lines.joined().contains("starta om projektorn"))
        screen.report(.done(Localized(sv: "Sparat.", en: "Saved.")), for: nil)
        #expect(screen.lostTrack == nil)
        screen.report(
            .storeFailed(.logChanged, detail: .verbatim("events.jsonl:2: the log was replaced outside Lagom")), for: nil
        )
        let bottom = try #require(screen.render(context).lines.last)
        #expect(
            bottom.hasPrefix("‼ Visar inte längre det senaste – starta om projektorvyn (lagom projector)."), "\(bottom)"
        )
    }
}
