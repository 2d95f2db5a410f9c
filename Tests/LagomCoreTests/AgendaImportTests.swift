import Foundation
import Testing

@testable import LagomCore

/// An agenda as a chair writes it, read into a plan; what cannot be placed is said.
@Suite struct AgendaImportTests {
    @Test func aSwedishAgendaWithTimesSubItemsABreakAndOwners() throws {
        let agenda = """
            # Samverkansgrupp mars
            Datum: 2026-03-12 · Plats: Lilla salen
            Ordförande: Anna Ek
            ## Deltagare
            - Anna Ek (Norrhamn)
            - Örjan Björk, Strandå
            ## Dagordning
            09.00–09.15 Incheckning (Anna)
            1. 09.15–09.45 Ekonomi
               a) 09.15–09.30 Utfall
               b) 09.30–09.45 Prognos (Örjan Björk)
               Syfte: Beslut
            Paus 09.45–10.00
            2) 10.00–10.30 Statusrunda
               Rubriker: Klart, Pågår, Hinder
            Övrigt utan tid
            """
        let result = AgendaImport.read(agenda)
        let plan = result.plan
        #expect(plan.language == .sv)
        #expect(plan.title == "Samverkansgrupp mars")
        #expect(plan.date == "2026-03-12" && plan.place == "Lilla salen" && plan.chair == "Anna Ek")
        #expect(plan.participants.map(\.site) == ["Norrhamn", "Strandå"])
        #expect(plan.steps.map(\.agenda.number) == [nil, "1", "1a", "1b", nil, "2"])
        #expect(plan.steps.map(\.kind) == [.info, .info, .info, .info, .break, .checkin])
        #expect(plan.steps[0].owners == ["Anna"] && plan.steps[0].start == ClockTime(hour: 9, minute: 0))
        #expect(plan.steps[0].minutes == 15)
        #expect(plan.steps[1].minutes == nil)  // its sub-items carry the time
        #expect(plan.steps[3].agenda.purpose == "Beslut" && plan.steps[3].owners == ["Örjan Björk"])
        #expect(plan.steps[4].returnAt == ClockTime(hour: 10, minute: 0))
        #expect(plan.steps[5].headings == ["Klart", "Pågår", "Hinder"] && plan.steps[5].roundBy == "site")
        #expect(result.unplaced == ["line 16: \"Övrigt utan tid\" (no time, number or field Lagom knows)"])
        #expect(PlanValidator.validate(plan).isEmpty)
        #expect(AgendaCheck.warnings(plan).isEmpty)
    }

    @Test func theSampleAgendaGivesTheSamplePlan() throws {
        let agenda = String(decoding: try SampleSessions.bytes("coordination-meeting-en", "agenda.md"), as: UTF8.self)
        let result = AgendaImport.read(agenda)
        let shipped = try PlanLoader.load(
            try SampleSessions.bytes("coordination-meeting-en", "plan.json"), file: "plan.json")
        #expect(result.plan == shipped)
        #expect(result.plan.participants.count == 15)
        #expect(Set(result.plan.participants.map(\.site)).count == 8)
        #expect(result.unplaced.count == 1)
    }
}
