import Foundation
import Testing

@testable import LagomCore

/// `lagom check` on an agenda meeting: overlaps, gaps, a round that cannot fit, and the hints that
/// turn an agenda's end time or time range into `returnAt`.
@Suite struct AgendaCheckTests {
    /// A meeting plan whose steps are `steps` (JSON objects, one per line).
    static func plan(_ steps: [String]) -> String {
        """
        {
          "title": "Coordination", "language": "en", "date": "2026-03-12", "place": "Room Birch",
          "chair": "Vera Lindqvist", "minuteTaker": "Omar Haddad",
          "days": [{ "title": "Meeting" }],
          "participants": [
            { "name": "Vera Lindqvist", "site": "North" }, { "name": "Omar Haddad", "site": "North" },
            { "name": "Ines Falk", "site": "South" }, { "name": "Pål Öberg", "site": "Harbour" }
          ],
          "steps": [
            \(steps.joined(separator: ",\n    "))
          ]
        }
        """
    }

    static func warnings(_ text: String) -> [String] {
        PlanLoader.warnings(Array(text.utf8), file: "plan.json").map(\.description)
    }

    static func errors(_ text: String) -> [String] {
        PlanLoader.validate(Array(text.utf8), file: "plan.json").map(\.description)
    }

    @Test func aPlanThatFitsHasNoWarnings() {
        let text = Self.plan([
            #"{ "id": "a", "kind": "info", "title": "Opening", "number": "1", "start": "09:00", "minutes": 10 }"#,
            #"{ "id": "b", "kind": "info", "title": "Budget", "number": "2", "start": "09:10" }"#,
            #"{ "id": "b1", "kind": "info", "title": "Outcome", "number": "2a", "start": "09:10", "minutes": 10 }"#,
            #"{ "id": "b2", "kind": "info", "title": "Next year", "number": "2b", "minutes": 10 }"#,
            #"{ "id": "c", "kind": "break", "title": "Break", "start": "09:30", "returnAt": "09:40" }"#,
        ])
        #expect(Self.errors(text) == [])
        #expect(Self.warnings(text) == [])
    }

    @Test func overlappingItemsAreNamed() {
        let text = Self.plan([
            #"{ "id": "a", "kind": "info", "title": "Opening", "start": "09:00", "minutes": 15 }"#,
            #"{ "id": "b", "kind": "info", "title": "Budget", "start": "09:10", "minutes": 10 }"#,
        ])
        #expect(
            Self.warnings(text) == [
                "plan.json:11:62: steps[1].start: starts at 09:10, before steps[0] \"Opening\" ends (09:15): the items overlap"
            ])
    }

    @Test func aGapBetweenItemsIsNamed() {
        let text = Self.plan([
            #"{ "id": "a", "kind": "info", "title": "Opening", "start": "09:00", "minutes": 10 }"#,
            #"{ "id": "b", "kind": "info", "title": "Budget", "start": "09:20", "minutes": 10 }"#,
        ])
        #expect(
            Self.warnings(text) == [
                "plan.json:11:62: steps[1].start: 10 min unplanned between the end of steps[0] \"Opening\" (09:10) "
                    + "and this start 09:20; give that item more time, or plan a break"
            ])
    }

    @Test func subItemsThatOutrunTheirItemAreNamed() {
        let text = Self.plan([
            #"{ "id": "b", "kind": "info", "title": "Budget", "number": "2", "start": "09:00", "minutes": 15 }"#,
            #"{ "id": "b1", "kind": "info", "title": "Outcome", "number": "2a", "start": "09:00", "minutes": 10 }"#,
            #"{ "id": "b2", "kind": "info", "title": "Next year", "number": "2b", "minutes": 10 }"#,
        ])
        #expect(
            Self.warnings(text) == [
                "plan.json:12:5: steps[2]: the sub-items of item 2 end at 09:20, after the item's own end 09:15"
            ])
    }

    @Test func aRoundThatCannotFitIsNamed() {
        let text = Self.plan([
            #"{ "id": "r", "kind": "checkin", "title": "Status", "start": "09:00", "minutes": 5, "#
                + #""roundBy": "site", "secondsPerPerson": 120, "headings": ["Done", "Next"] }"#
        ])
        #expect(Self.errors(text) == [])
        #expect(
            Self.warnings(text) == [
                "plan.json:10:127: steps[0].secondsPerPerson: the round cannot fit: 3 units × 120 s = 6 min, "
                    + "but the item has 5 min (at most 100 s each)"
            ])
        // One speaker per unit: three units of four people fit in six minutes.
        let fits = text.replacingOccurrences(of: #""minutes": 5"#, with: #""minutes": 6"#)
        #expect(Self.warnings(fits) == [])
    }

    @Test func anEndTimeFieldSuggestsReturnAt() {
        let text = Self.plan([#"{ "id": "a", "kind": "info", "title": "Opening", "start": "09:00", "end": "09:10" }"#])
        let errors = Self.errors(text)
        #expect(errors.count == 1)
        #expect(
            errors.first?.hasPrefix(
                "plan.json:10:72: steps[0]: unknown field \"end\" (an end time is written "
                    + "\"returnAt\", like \"returnAt\": \"10:10\"; a range \"10:00–10:10\" is \"start\": \"10:00\" and "
                    + "\"returnAt\": \"10:10\"); an info step's fields: id, kind, title") == true)
    }

    @Test func aTimeRangeInStartSuggestsReturnAt() {
        let text = Self.plan([#"{ "id": "a", "kind": "info", "title": "Opening", "start": "10:00 – 10:10" }"#])
        #expect(
            Self.errors(text) == [
                "plan.json:10:63: steps[0].start: expected one time, found \"10:00 – 10:10\"; "
                    + "for the time range write \"start\": \"10:00\" and \"returnAt\": \"10:10\""
            ])
        let inMinutes = Self.plan([#"{ "id": "a", "kind": "info", "title": "Opening", "minutes": "9.00-9.15" }"#])
        #expect(
            Self.errors(inMinutes) == [
                "plan.json:10:65: steps[0].minutes: expected a number, found \"9.00-9.15\"; "
                    + "for the time range write \"start\": \"09:00\" and \"returnAt\": \"09:15\""
            ])
    }

    @Test func everyUnknownFieldListsTheValidOnes() {
        let top = Self.plan([#"{ "id": "a", "kind": "info", "title": "Opening" }"#])
            .replacingOccurrences(of: #""place": "Room Birch""#, with: #""venue": "Room Birch""#)
        #expect(
            Self.errors(top) == [
                "plan.json:2:68: unknown field \"venue\"; expected one of: title, language, date, place, chair, "
                    + "minuteTaker, days, participants, steps"
            ])
        let step = Self.plan([#"{ "id": "a", "kind": "break", "title": "Break", "minutes": 10, "purpos": "Rest" }"#])
        #expect(
            Self.errors(step) == [
                "plan.json:10:68: steps[0]: unknown field \"purpos\" (did you mean \"purpose\"?); a break step's fields: "
                    + "id, kind, title, day, start, minutes, owners, returnAt, timer, bullets, number, purpose, material, "
                    + "preparation"
            ])
    }

    @Test func meetingFieldsAreRead() throws {
        let text = Self.plan([
            #"{ "id": "a", "kind": "info", "title": "Budget", "number": "4b", "purpose": "Decision", "#
                + #""material": ["Budget draft"], "preparation": "Read the draft", "owners": ["Ines Falk"] }"#
        ])
        let plan = try PlanLoader.load(Array(text.utf8), file: "plan.json")
        #expect(plan.date == "2026-03-12")
        #expect(plan.place == "Room Birch")
        #expect(plan.chair == "Vera Lindqvist")
        #expect(plan.minuteTaker == "Omar Haddad")
        #expect(
            plan.steps[0].agenda
                == AgendaItem(
                    number: "4b", purpose: "Decision", material: ["Budget draft"],
                    preparation: "Read the draft"))
        #expect(plan.steps[0].agenda.parentNumber == "4")
        let bad = text.replacingOccurrences(of: "2026-03-12", with: "12/3")
        #expect(Self.errors(bad) == ["plan.json:2:54: date: expected a date like \"2024-12-03\", found \"12/3\""])
    }
}
