import LagomCore
import Testing

@testable import LagomUI

/// The console's status line at 80×24: a message too long to sit beside the running countdown
/// moves to a line of its own, so neither the countdown nor the message's end is cut.
@Suite struct StatusLineTests {
    let long = "Ångrat: timern för \"Syfte dag 1 – Psykosocial arbetsmiljö\" förlängd med 1 min"

    @Test func aLongMessageGetsItsOwnLineAboveTheCountdown() throws {
        var screen = FacilitatorScreen()
        let context = ScreenFixtures.context(try ScreenFixtures.runningGroupwork(), width: 80, height: 24)
        screen.message = StatusMessage(.verbatim(long), role: .ok)
        let lines = screen.render(context).lines
        #expect(lines[21].hasPrefix(long))
        #expect(lines[22].hasPrefix("05:00 ⚠ snart slut"))
        #expect(!lines[22].contains("Ångrat"))
        // The stage's box closes above the message, not under it.
        #expect(lines[20].hasPrefix("└"))
    }

    @Test func aShortMessageStaysBesideTheCountdown() throws {
        var screen = FacilitatorScreen()
        let context = ScreenFixtures.context(try ScreenFixtures.runningGroupwork(), width: 80, height: 24)
        let plain = screen.render(context).lines
        screen.message = StatusMessage(.verbatim("Ångrat: +1 min"), role: .ok)
        let lines = screen.render(context).lines
        #expect(lines[22].hasPrefix("05:00 ⚠ snart slut  Ångrat: +1 min"))
        #expect(Array(lines[0..<22]) == Array(plain[0..<22]), "the layout does not move for a short message")
    }

    @Test func aMessageTooLongForAnyLineEndsInAnEllipsis() throws {
        var screen = FacilitatorScreen()
        let context = ScreenFixtures.context(try ScreenFixtures.runningGroupwork(), width: 40, height: 12)
        screen.message = StatusMessage(.verbatim(long), role: .ok)
        let lines = screen.render(context).lines
        let line = try #require(lines.first { $0.hasPrefix("Ångrat") })
        #expect(line.reversed().drop { $0 == " " }.first == "…")
        #expect(lines.contains { $0.hasPrefix("05:00") })
    }
}
