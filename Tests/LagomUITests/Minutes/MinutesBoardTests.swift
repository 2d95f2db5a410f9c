import Foundation
import LagomCore
import Testing

@testable import LagomUI

/// The minutes where the room and the facilitator see them: `m` on the console, the projector's
/// board, the console's list under the stage, and the agenda's items with number and owner.
@Suite struct MinutesBoardTests {
    typealias F = MinutesFixtures

    /// Item 2 with a decision, an action and a note, as the minute-taker wrote them.
    static func budgetItem() throws -> F.Builder {
        var b = F.Builder()
        try b.add(.stepEntered(step: "p2"))
        try b.add(.stepStarted(step: "p2"))
        try b.add(
            .recordAdded(record: "r1", entry: RecordEntry(kind: .decision, step: "p2", text: "Budgeten godkändes")),
            by: .minuteTaker)
        try b.add(
            .recordAdded(
                record: "r2",
                entry: RecordEntry(
                    kind: .action, step: "p2", text: "Skriv rutinen för bemanning", owner: "Pål Öberg",
                    due: "2026-04-30")), by: .minuteTaker)
        try b.add(
            .recordAdded(
                record: "r3", entry: RecordEntry(kind: .note, step: "p2", text: "Kostnaderna ligger 2 % över")),
            by: .minuteTaker)
        return b
    }

    @Test func mOnTheConsolePutsTheMinutesOnTheProjectorAndTakesThemOff() throws {
        var b = try Self.budgetItem()
        var console = FacilitatorScreen()
        #expect(console.handle(.character("m"), F.context(b.session)) == [.act(.minutes(.show(true)))])
        #expect(console.message?.text.sv.contains("visas på projektorn") == true)
        try b.add(.minutesShown(visible: true))
        #expect(console.handle(.character("m"), F.context(b.session)) == [.act(.minutes(.show(false)))])
        #expect(FacilitatorKeys.map.duplicateKeys.isEmpty)
    }

    @Test(arguments: [(80, 24), (120, 35)])
    func theProjectorShowsTheItemsDecisionsAndActions(size: (Int, Int)) throws {
        var b = try Self.budgetItem()
        let before = ProjectorScreen().render(F.context(b.session, width: size.0, height: size.1))
        #expect(!before.lines.joined().contains("Budgeten godkändes"), "shown only when the facilitator asks")
        try b.add(.minutesShown(visible: true))
        let shown = ProjectorScreen().render(F.context(b.session, width: size.0, height: size.1))
        let text = shown.lines.joined(separator: "\n")
        #expect(text.contains("2 Budget — Protokoll"))
        #expect(shown.lines.contains { $0.trimmingCharacters(in: .whitespaces) == "Beslut" })
        #expect(text.contains("• Budgeten godkändes"))
        #expect(text.contains("Åtgärder"))
        #expect(text.contains("• Skriv rutinen för bemanning — Pål Öberg, 2026-04-30"))
        #expect(text.contains("• Kostnaderna ligger 2 % över"))
        // The facilitator's present mode shows the room the same.
        var console = FacilitatorScreen()
        console.presenting = true
        let present = console.render(F.context(b.session, width: size.0, height: size.1)).lines.joined(separator: "\n")
        #expect(present.contains("• Skriv rutinen för bemanning — Pål Öberg, 2026-04-30"))
    }

    @Test func anItemWithoutDecisionsSaysSoOnTheProjector() throws {
        var b = F.Builder()
        try b.add(.stepEntered(step: "p1"))
        try b.add(.minutesShown(visible: true))
        let text = ProjectorScreen().render(F.context(b.session)).lines.joined(separator: "\n")
        #expect(text.contains("1 Inledning — Protokoll"))
        #expect(text.contains("Inga beslut eller åtgärder än på den här punkten."))
    }

    @Test func theConsoleListsTheItemsRecordsUnderTheStage() throws {
        var b = try Self.budgetItem()
        try b.add(.minutesShown(visible: true))
        let text = FacilitatorScreen().render(F.context(b.session, width: 130, height: 30)).lines.joined(
            separator: "\n")
        #expect(text.contains("Protokoll (3) · på projektorn"))
        #expect(text.contains("Beslut: Budgeten godkändes"))
        #expect(text.contains("Åtgärd: Skriv rutinen för bemanning — Pål Öberg, 2026-04-30"))
    }

    @Test func theAgendaOnTheProjectorNamesEachItemsNumberAndOwner() throws {
        let b = F.Builder()
        let text = ProjectorScreen().render(F.context(b.session, width: 80, height: 30)).lines.joined(separator: "\n")
        #expect(text.contains("09.00  1 Inledning — Vera Lindqvist"))
        #expect(text.contains("09.10  2 Budget — Ines Falk"))
        #expect(text.contains("Nästa: 09.00 1 Inledning"))
        let sub = Step(
            id: "p4b", kind: .info, title: "Besparingar", owners: ["Ines Falk", "Pål Öberg"],
            agenda: AgendaItem(number: "4b"))
        #expect(RoomAgenda.item(sub) == "  4b Besparingar — Ines Falk, Pål Öberg")
        #expect(RoomAgenda.item(Step(id: "fika", kind: .break, title: "Fika")) == "Fika")
    }
}
