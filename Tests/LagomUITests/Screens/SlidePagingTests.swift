import LagomCore
import Testing

@testable import LagomUI

/// A slide longer than the pane pages with `→`/`PgDn` and back with `←`/`PgUp`, and the step
/// changes only after its last page (a presenter's clicker sends PgDn); the projector follows.
@Suite struct SlidePagingTests {
    static let bullets = (1...20).map { "Punkt \($0): Dietistenheten i Lagomland berättar om året som gått" }
    static let plan = Plan(
        title: "Planeringsdag", language: .sv, days: [Day(title: "Dag 1")], participants: [],
        steps: [
            Step(id: "inledning", kind: .info, title: "Inledning", bullets: bullets),
            Step(id: "efter", kind: .info, title: "Efteråt", bullets: ["Sist"]),
        ])
    static let t0 = WallTime(milliseconds: 1_733_212_800_000)

    func press(_ keys: [Key], _ screen: inout FacilitatorScreen, _ session: inout Session) {
        Drive.keys(keys, &screen, session: &session, as: .facilitator, at: Self.t0)
    }

    func projector(_ session: Session) -> String {
        ProjectorScreen().render(
            ScreenContext(
                session: session, now: Self.t0, utcOffsetSeconds: 0, width: 80, height: 24, language: .sv,
                theme: .monochrome)
        ).lines.joined(separator: "\n")
    }

    @Test func aLongSlidePagesAndChangesStepOnlyAfterItsLastPage() {
        var session = Session(plan: Self.plan)
        var screen = FacilitatorScreen()
        press([.character("n")], &screen, &session)
        #expect(session.state.currentStep == "inledning")
        let first = projector(session)
        #expect(first.contains("Punkt 1:") && !first.contains("Punkt 20:"))
        #expect(first.contains(/… \d+ till/), "more follows, and says so")
        var seen = Set<Int>()
        var presses = 0
        // PgDn and → alike, until the step changes; every bullet is on some page on the projector.
        while session.state.currentStep == "inledning", presses < 30 {
            let frame = projector(session)
            for n in 1...20 where frame.contains("Punkt \(n):") { seen.insert(n) }
            press([presses % 2 == 0 ? .pageDown : .right], &screen, &session)
            presses += 1
        }
        #expect(seen == Set(1...20), "bullets never shown: \(Set(1...20).subtracting(seen).sorted())")
        #expect(presses > 1, "the slide took more than one page")
        #expect(session.state.currentStep == "efter")
        // Back: ← on the first page of a step goes to the previous step, which starts at its first page.
        press([.left], &screen, &session)
        #expect(session.state.currentStep == "inledning")
        #expect(session.state.slideStarts["inledning"] == nil)
        press([.pageDown, .pageUp], &screen, &session)
        #expect(session.state.currentStep == "inledning")
        #expect(session.state.slideStarts["inledning"] == nil)
        // n changes the step at once, whatever the page.
        press([.pageDown, .character("n")], &screen, &session)
        #expect(session.state.currentStep == "efter")
    }

    @Test func aSlideThatFitsChangesStepAtOnce() {
        var session = Session(plan: Self.plan)
        var screen = FacilitatorScreen()
        press([.character("n"), .character("n"), .pageUp], &screen, &session)
        #expect(session.state.currentStep == "inledning")
        press([.character("n"), .pageDown], &screen, &session)
        #expect(session.state.currentStep == "efter", "no next step: refused, the step stays")
    }
}
