import LagomCore
import Testing

@testable import LagomUI

/// The console's attendance screen: a few letters find a person, one key marks them, and what
/// each key meant is compared as data.
@Suite struct AttendancePanelTests {
    func type(_ text: String, _ screen: inout FacilitatorScreen, _ context: ScreenContext) {
        for c in text { #expect(screen.handle(.character(c), context) == []) }
    }

    @Test func lettersFindAPersonAndADigitMarksThem() throws {
        let sample = try Sample("team-day-en")
        var screen = FacilitatorScreen()
        let context = sample.context(width: 80, height: 24)
        #expect(screen.handle(.character("a"), context) == [])
        #expect(screen.attendance != nil)
        type("fa", &screen, context)
        // A word of the name starting with the letters comes first.
        #expect(
            screen.attendance?.found(Roster(plan: sample.session.plan, state: sample.session.state)).map(\.name) == [
                "Farah Castell"
            ])
        #expect(
            screen.handle(.character("2"), context) == [
                .act(.attendance(.mark(person: "Farah Castell", .absent(reason: nil))))
            ])
        // The search is cleared for the next person; the row stays on the one marked.
        #expect(screen.attendance?.search.text == "")
        type("ca", &screen, context)
        #expect(screen.handle(.character("3"), context) == [.act(.attendance(.mark(person: "Callum Reyes", .remote)))])
        #expect(screen.handle(.ctrl("r"), context) == [.undo])
        // Esc clears the search first, then closes.
        type("x", &screen, context)
        _ = screen.handle(.escape, context)
        #expect(screen.attendance?.search.text == "")
        _ = screen.handle(.escape, context)
        #expect(screen.attendance == nil)
    }

    /// At 80 columns the five marks filled the footer and the way out (Esc) and the help (?) fell
    /// off it: both are pinned now, in Swedish, the longer language.
    @Test func theFooterKeepsTheWayOutAndTheHelpAt80Columns() throws {
        let sample = try Sample.sv()
        var screen = FacilitatorScreen()
        let context = sample.context(width: 80, height: 24)
        _ = screen.handle(.character("a"), context)
        let footer = try #require(screen.render(context).lines.last)
        for hint in ["1 Här", "Esc Tillbaka", "? Hjälp"] { #expect(footer.contains(hint), "\(footer)") }
    }

    @Test func lateAndLeavingAskForTheTime() throws {
        let sample = try Sample("team-day-en")
        var screen = FacilitatorScreen()
        // The room's clock is 09:00: the time offered is the next quarter.
        let context = sample.context(width: 80, height: 24)
        _ = screen.handle(.character("a"), context)
        type("gus", &screen, context)
        #expect(screen.handle(.character("4"), context) == [])
        #expect(screen.attendance?.asking?.editor.text == "09:00")
        for _ in 0..<5 { _ = screen.handle(.backspace, context) }
        for c in "10.3x0" { _ = screen.handle(.character(c), context) }
        #expect(screen.attendance?.asking?.editor.text == "10.30")
        #expect(screen.render(context).lines.joined().contains("Gus Lindell arrives at (Enter): 10.30"))
        #expect(
            screen.handle(.enter, context) == [
                .act(.attendance(.mark(person: "Gus Lindell", .late(ClockTime(hour: 10, minute: 30)))))
            ])
        type("lou", &screen, context)
        _ = screen.handle(.character("5"), context)
        for _ in 0..<5 { _ = screen.handle(.backspace, context) }
        for c in "99" { _ = screen.handle(.character(c), context) }
        #expect(screen.handle(.enter, context) == [])
        #expect(screen.message?.text.en == "⚠ \"99\" is not a time; type one like 09:40")
    }

    @Test func enterAddsAGuestWhenTheSearchFindsNobody() throws {
        let sample = try Sample("team-day-en")
        var screen = FacilitatorScreen()
        let context = sample.context(width: 80, height: 24)
        _ = screen.handle(.character("a"), context)
        type("al", &screen, context)
        #expect(screen.handle(.enter, context) == [])
        #expect(screen.message?.text.en == "⚠ Enter adds a guest when the search finds nobody.")
        _ = screen.handle(.escape, context)
        type("Mira Öst", &screen, context)
        #expect(screen.render(context).lines.joined().contains("Nobody is called \"Mira Öst\""))
        #expect(screen.handle(.enter, context) == [.act(.attendance(.addGuest(name: "Mira Öst", site: "Guest")))])
    }

    @Test func theScreenShowsEveryoneAndTheCountsAt80x24() throws {
        var sample = try Sample("team-day-en")
        try sample.add(
            contentsOf: try AttendanceAction.mark(person: "Brenda", .absent(reason: "ill")).changes(in: sample.session))
        try sample.add(
            contentsOf: try AttendanceAction.mark(person: "Gus", .late(ClockTime(hour: 10, minute: 30))).changes(
                in: sample.session))
        var screen = FacilitatorScreen()
        let context = sample.context(width: 80, height: 24)
        _ = screen.handle(.character("a"), context)
        let lines = screen.render(context).lines
        #expect(lines.contains { $0.contains("Attendance · 10 present · 1 absent · 1 late") })
        #expect(lines.contains { $0.contains("Brenda Okafor · North · absent (ill)") })
        #expect(lines.contains { $0.contains("Gus Lindell · South · late, arrives 10:30") })
        #expect(lines.last?.contains("1 Present") == true)
        // Through the store's intent, the mark is the same as the command line's.
        var ids: any IDSource = SeededIDSource(seed: 1)
        let changes = try Intent.attendance(.mark(person: "Alex Moreton", .remote)).changes(
            in: sample.session, at: sample.now, utcOffsetSeconds: 0, ids: &ids)
        #expect(changes.first == .attendanceMarked(person: "Alex Moreton", attendance: Attendance(status: .remote)))
    }
}
