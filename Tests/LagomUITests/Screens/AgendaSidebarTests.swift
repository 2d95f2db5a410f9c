import LagomCore
import Testing

@testable import LagomUI

/// The agenda's planned → actual minutes.
@Suite struct AgendaSidebarTests {
    /// A step that ran under half a minute says "<1", not a cryptic 0 (QA: "15→0").
    @Test func aStepThatRanBrieflyShowsLessThanOneMinute() throws {
        var sample = try Sample.sv()
        try sample.add(.stepEntered(step: "incheckning"), .stepStarted(step: "incheckning"))
        sample.advance(seconds: 20)
        try sample.add(.stepCompleted(step: "incheckning"))
        let row = try #require(Schedule(plan: sample.session.plan, state: sample.session.state).rows.first)
        #expect(AgendaSidebar(selection: nil).minutes(row) == "15→<1")
        sample.advance(seconds: 0)
        #expect(sample.console(width: 120, height: 40).contains("15→<1"))
    }
}
