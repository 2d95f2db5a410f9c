import Testing
import LagomCore
@testable import LagomUI

/// A check-in's quote in the marks of the screen's language (QA: Swedish ”…” on an English screen).
@Suite struct StageQuoteTests {
    @Test func quotationMarksFollowTheLanguage() throws {
        var english = try Sample("team-day-en")
        try english.add(.stepEntered(step: "checkin"))
        #expect(english.projector(width: 120, height: 40).contains("“Many hands make light work.”"))
        var swedish = try Sample.sv()
        try swedish.add(.stepEntered(step: "incheckning"))
        #expect(swedish.projector(width: 160, height: 50).contains("”"))
    }
}
