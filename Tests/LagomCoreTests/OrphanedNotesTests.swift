import Foundation
import Testing

@testable import LagomCore

/// `lagom check` names the notes a plan edit left without a place, with the log line that put them there.
@Suite struct OrphanedNotesTests {
    static let results = "planeringsdagar-2024-resultat"

    /// The sample's log as the store reads it: one event a line, lines from 1.
    static func numbered() throws -> [(line: Int, event: Event)] {
        try SampleSessions.events(results).enumerated().map { ($0.offset + 1, $0.element) }
    }

    /// The sample's plan after `sed -i 's/FROM/TO/g' plan.json`.
    static func plan(replacing from: String = "", with to: String = "") throws -> Plan {
        var text = String(decoding: try SampleSessions.bytes(results, "plan.json"), as: UTF8.self)
        if !from.isEmpty { text = text.replacingOccurrences(of: from, with: to) }
        return try PlanLoader.load(Array(text.utf8), file: "plan.json")
    }

    static func find(_ plan: Plan, _ events: [(line: Int, event: Event)]) -> [OrphanedNote] {
        OrphanedNotes.find(plan: plan, events: events, isUndone: { _ in false })
    }

    @Test func theUnchangedSampleHasNone() throws {
        #expect(Self.find(try Self.plan(), try Self.numbered()) == [])
        #expect(OrphanedNotes.count(in: try SampleSessions.session(Self.results)) == 0)
    }

    @Test func aRenamedListNamesEveryNoteLeftInTheOldName() throws {
        let plan = try Self.plan(replacing: "\"Riskfaktorer\"", with: "\"Risker\"")
        #expect(PlanLoader.validate(Array(try JSONEncoder().encode(plan)), file: "plan.json").isEmpty)
        let orphans = Self.find(plan, try Self.numbered())
        #expect(orphans.map(\.line) == Array(1...8))
        #expect(Set(orphans.map(\.reason)) == [.noSuchList(step: "enkat", list: "Riskfaktorer")])
        #expect(
            OrphanedNotes.messages(Array(orphans.prefix(2)), file: "events.jsonl").map { $0.text(.en) } == [
                "events.jsonl:1: note in list \"Riskfaktorer\", which step enkat no longer has",
                "events.jsonl:2: note in list \"Riskfaktorer\", which step enkat no longer has",
            ])
        // Many with the same problem: one line that counts them.
        #expect(
            OrphanedNotes.messages(orphans, file: "events.jsonl").map { $0.text(.en) } == [
                "events.jsonl:1: 8 notes in list \"Riskfaktorer\", which step enkat no longer has (lines 1, 2, 3, … 8)"
            ])
        // In a Swedish session's `lagom check`, the same in Swedish.
        #expect(
            OrphanedNotes.messages(orphans, file: "events.jsonl").map { $0.text(.sv) } == [
                "events.jsonl:1: 8 lappar i listan \"Riskfaktorer\", som steget enkat inte längre har (rad 1, 2, 3, … 8)"
            ])
        // The screens' one line counts the same notes from the folded state.
        var session = Session(plan: plan)
        session.replay(try SampleSessions.events(Self.results))
        #expect(OrphanedNotes.count(in: session) == 8)
        #expect(OrphanedNotes.screenWarning(8).sv.hasPrefix("8 lappar"))
    }

    @Test func aRemovedStepAndADroppedGroup() throws {
        var plan = try Self.plan(replacing: "\"groups\": 4", with: "\"groups\": 3")
        let events = try Self.numbered()
        // Group 4 wrote one "Varifrån" and two resources under the last demand.
        let dropped = Self.find(plan, events)
        #expect(dropped.count == 3)
        #expect(Set(dropped.map(\.reason)) == [.noSuchGroup(step: "resurser", group: 4, groups: 3)])
        #expect(
            OrphanedNotes.messages(dropped, file: "events.jsonl").first?.text(.en)
                == "events.jsonl:\(dropped[0].line): note of group 4, which step resurser no longer has (3 groups)")

        plan.steps.removeAll { $0.id == "resurser" }
        let removed = Self.find(plan, events)
        #expect(removed.count == 4 + 16)
        #expect(OrphanedNotes.messages(removed, file: "events.jsonl").count == 1)
        #expect(
            OrphanedNotes.messages(removed, file: "events.jsonl")[0].text(.en).contains(
                "20 notes in step resurser, which the plan no longer has"))
    }

    /// Only where a note is now counts: a later move into a list the plan has, a deletion, or an undone
    /// adding leaves nothing to report; a move INTO a missing list is named by the move's line.
    @Test func movesDeletionsAndUndoneNotes() throws {
        let plan = Fixtures.plan
        func add(_ id: NoteID, _ list: String, tx: String) -> Event {
            Event(
                id: tx, tx: tx, at: Fixtures.t0, by: .facilitator,
                change: .noteAdded(note: id, place: NotePlace(step: "grupparbete", list: list), text: "x"))
        }
        func move(_ id: NoteID, _ list: String) -> Event {
            Event(
                id: "m\(id)", tx: "m\(id)", at: Fixtures.t0, by: .facilitator,
                change: .noteMoved(note: id, place: NotePlace(step: "grupparbete", list: list)))
        }
        let events: [(line: Int, event: Event)] = [
            (1, add("a", "Gammal", tx: "t1")), (2, move("a", "Riskfaktorer")),
            (3, add("b", "Gammal", tx: "t3")),
            (4, Event(id: "t4", tx: "t4", at: Fixtures.t0, by: .facilitator, change: .noteDeleted(note: "b"))),
            (5, add("c", "Gammal", tx: "t5")),
            (6, add("d", "Riskfaktorer", tx: "t6")), (8, move("d", "Gammal")),
        ]
        let orphans = OrphanedNotes.find(plan: plan, events: events, isUndone: { $0 == "t5" })
        #expect(orphans == [OrphanedNote(note: "d", line: 8, reason: .noSuchList(step: "grupparbete", list: "Gammal"))])
    }
}
