import Testing

@testable import LagomCore

/// Attendance, groups, decisions and actions in the record, when the day has them.
@Suite struct RecordPeopleAndMinutesTests {
    static func day() throws -> Session {
        var plan = Fixtures.plan
        plan.steps[1].roles = [GroupRole(name: "Sekreterare", task: "skriver lapparna")]
        var room = Recorder()
        room.session = Session(plan: plan)
        try room.commit(
            .attendanceMarked(person: "Deltagare 1", attendance: Attendance(status: .absent, reason: "sjuk")))
        try room.commit(.attendanceMarked(person: "Deltagare 2", attendance: Attendance(status: .remote)))
        try room.commit(
            .groupsFormed(
                step: "grupparbete", seed: 7,
                groups: [
                    [GroupMember(name: "Deltagare 3", role: "Sekreterare"), GroupMember(name: "Deltagare 4")],
                    [GroupMember(name: "Deltagare 5"), GroupMember(name: "Deltagare 2")],
                ]))
        try room.commit(
            .recordAdded(
                record: "r1", entry: RecordEntry(kind: .decision, step: "grupparbete", text: "Vi inför fasta fikatider")
            ))
        try room.commit(
            .recordAdded(
                record: "r2",
                entry: RecordEntry(
                    kind: .action, step: "grupparbete", text: "Boka lokal",
                    owner: "Deltagare 3", due: "2025-01-15")))
        try room.commit(.actionMarkedDone(record: "r2", done: true))
        try room.commit(
            .recordAdded(record: "r3", entry: RecordEntry(kind: .note, step: "incheckning", text: "Alla mår bra")))
        return room.session
    }

    @Test func attendanceByNameWithoutReasons() throws {
        let document = WorkshopRecord.document(try Self.day())
        let section = try #require(document.sections.first { $0.kind == .attendance })
        #expect(document.sections.first?.kind == .attendance, "before the days")
        #expect(section.blocks[0] == .heading(level: 1, text: "Närvaro"))
        #expect(section.blocks[1] == .paragraph([RecordSpan("43 av 44 närvarande, varav 1 på distans.")]))
        guard case .table(let table) = section.blocks[2] else { Issue.record("no table"); return }
        #expect(table.columns.map(\.title) == ["Ort", "Närvarande", "Inte närvarande"])
        let storvik = try #require(table.rows.first { $0[0].text == "Storvik" })
        #expect(storvik[2].text == "Deltagare 1")
        let skogsby = try #require(table.rows.first { $0[0].text == "Skogsby" })
        #expect(skogsby[1].text.hasPrefix("Deltagare 2 (på distans), Deltagare 6"))
        #expect(!MarkdownRenderer.render(document).contains("sjuk"), "why someone was away stays out")
    }

    @Test func noAttendanceSectionWhenNothingWasMarked() {
        #expect(!WorkshopRecord.document(Session(plan: Fixtures.plan)).sections.contains { $0.kind == .attendance })
    }

    @Test func groupsDecisionsAndActionsUnderTheirStep() throws {
        let text = MarkdownRenderer.render(WorkshopRecord.document(try Self.day()))
        #expect(
            text.contains(
                "- **Sekreterare** – skriver lapparna\n\n#### Grupper\n\n| Grupp | Deltagare |\n| --: | --- |\n| 1 | Deltagare 3 (Sekreterare), Deltagare 4 |\n| 2 | Deltagare 5, Deltagare 2 |"
            ))
        #expect(
            text.contains(
                "#### Beslut\n\n1. Vi inför fasta fikatider\n\n#### Åtgärder\n\n| Åtgärd | Ansvarig | Klart senast | Klar |\n| --- | --- | --- | --- |\n| Boka lokal | Deltagare 3 | 2025-01-15 | Ja |"
            ))
        #expect(text.contains("### Incheckning\n\n**Fråga:** Hur mår du?\n\n#### Anteckningar\n\n- Alla mår bra"))
    }
}
