import Foundation
import Testing

@testable import LagomCore

/// `lagom export --format json` against docs/export-format.md: the doc's field table is read and
/// compared with a real export of the results sample, both ways, so the two cannot drift apart.
@Suite struct ExportFormatTests {
    struct DocumentedField: Hashable {
        /// Where the object holding the field sits: "" (the top), "steps[]", "steps[].notes[]", …
        var parent: String
        var key: String
        /// "*vote steps only*": absent on other steps.
        var conditional: Bool
    }

    /// The rows of the doc's field table: "| `steps[].notes[].group` | … |".
    static func documentedFields() throws -> [DocumentedField] {
        let doc = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("docs/export-format.md")
        let text = try String(contentsOf: doc, encoding: .utf8)
        return text.split(separator: "\n").compactMap { line -> DocumentedField? in
            guard line.hasPrefix("| `") else { return nil }
            let cells = line.split(separator: "|", omittingEmptySubsequences: false)
            let path = cells[1].trimmingCharacters(in: .whitespaces).trimmingCharacters(
                in: CharacterSet(charactersIn: "`"))
            let dot = path.lastIndex(of: ".")
            let parent = dot.map { String(path[..<$0]) } ?? ""
            var key = dot.map { String(path[path.index(after: $0)...]) } ?? path
            if key.hasSuffix("[]") { key.removeLast(2) }
            return DocumentedField(parent: parent, key: key, conditional: cells[2].contains("*vote steps only*"))
        }
    }

    /// The key sets of every object in a JSON export, by where the object sits.
    static func objects(in json: Any) -> [String: [Set<String>]] {
        var found: [String: [Set<String>]] = [:]
        func walk(_ value: Any, _ path: String) {
            guard let object = value as? [String: Any] else { return }
            found[path, default: []].append(Set(object.keys))
            for (key, child) in object {
                let childPath = path.isEmpty ? key : "\(path).\(key)"
                if let array = child as? [Any] {
                    for element in array { walk(element, childPath + "[]") }
                } else {
                    walk(child, childPath)
                }
            }
        }
        walk(json, "")
        return found
    }

    /// Builds events on top of a session as the store would, a minute apart.
    struct Appender {
        var session: Session
        var now: WallTime
        var count = 0

        init(_ session: Session) {
            self.session = session
            now = (session.state.notes.map(\.addedAt).max() ?? WallTime(milliseconds: 0)) + 60_000
        }

        mutating func commit(_ changes: [Change]) throws {
            count += 1
            let tx = "x\(count)"
            try session.append(
                changes.enumerated().map {
                    Event(id: "\(tx)-\($0.offset)", tx: tx, at: now, by: .facilitator, change: $0.element)
                })
        }
    }

    /// The results sample, plus what it has not (a run step with its countdown, a theme, a hidden
    /// and a merged note), so every documented field has somewhere to appear.
    static func fullSession() throws -> Session {
        var room = Appender(try SampleSessions.session("planeringsdagar-2024-resultat"))
        let risk = room.session.state.notes(step: "enkat", list: "Riskfaktorer").map(\.id)
        try room.commit([.stepEntered(step: "enkat")])
        try room.commit(try AgendaAction.start.changes(in: room.session, at: room.now, utcOffsetSeconds: 0))
        try room.commit([.themeCreated(theme: "t1", step: "enkat", title: "Arbetsbelastning")])
        try room.commit([.noteThemed(note: risk[1], theme: "t1"), .noteThemed(note: risk[0], theme: "t1")])
        try room.commit([.noteHidden(note: risk[7], hidden: true)])
        try room.commit([.notesMerged(note: risk[5], into: risk[4])])
        try room.commit([
            .recordAdded(
                record: "r1", entry: RecordEntry(kind: .decision, step: "enkat", text: "Vi går vidare med fyra krav"))
        ])
        try room.commit([
            .recordAdded(
                record: "r2",
                entry: RecordEntry(
                    kind: .action, step: "enkat", text: "Boka lokal",
                    owner: "Kim Ek", due: "2024-12-20"))
        ])
        try room.commit([
            .recordAdded(record: "r3", entry: RecordEntry(kind: .note, step: "enkat", text: "Många nämnde IT"))
        ])
        room.now = room.now + 34 * 60_000
        try room.commit([.stepCompleted(step: "enkat")])
        // Someone away, the resources step's groups formed (group N on the N:th chosen demand).
        try room.commit(
            try AttendanceAction.mark(person: "Josefin Wallin", .absent(reason: "sjuk")).changes(in: room.session))
        try room.commit(try GroupAction.form(step: "resurser", seed: 1).changes(in: room.session))
        let demand = try #require(room.session.state.notes(step: "krav").first?.id)
        try room.commit(try GroupAction.item(step: "resurser", group: 1, note: demand).changes(in: room.session))
        return room.session
    }

    static func exportJSON(_ session: Session) throws -> [String: Any] {
        let data = try JSONEncoder().encode(
            ExportDocument(session: session, now: WallTime(milliseconds: 1_795_500_000_000)))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    @Test func everyDocumentedFieldIsWrittenAndNothingElse() throws {
        let documented = try Self.documentedFields()
        #expect(documented.count > 30)
        let objects = Self.objects(in: try Self.exportJSON(try Self.fullSession()))
        for field in documented {
            let sets = objects[field.parent] ?? []
            #expect(!sets.isEmpty, "no object at \(field.parent) to hold \(field.key)")
            let holding = sets.filter { $0.contains(field.key) }.count
            if field.conditional {
                #expect(holding > 0, "\(field.parent).\(field.key) is written nowhere")
            } else {
                #expect(
                    holding == sets.count,
                    "\(field.parent).\(field.key) missing in \(sets.count - holding) of \(sets.count) objects")
            }
        }
        for (parent, sets) in objects {
            for key in sets.reduce(into: Set<String>(), { $0.formUnion($1) }) {
                #expect(
                    documented.contains { $0.parent == parent && $0.key == key },
                    "\(parent.isEmpty ? "" : parent + ".")\(key) is written but not in docs/export-format.md")
            }
        }
    }

    @Test func unsetValuesAreWrittenAsNull() throws {
        let json = try Self.exportJSON(try SampleSessions.session("planeringsdagar-2024-resultat"))
        let steps = try #require(json["steps"] as? [[String: Any]])
        let enkat = try #require(steps.first)
        #expect(enkat["actualMinutes"] is NSNull)
        let note = try #require((enkat["notes"] as? [[String: Any]])?.first)
        #expect(note["group"] is NSNull)
        #expect(note["parent"] is NSNull)
        #expect(note["mergedInto"] is NSNull)
        #expect(note["hidden"] as? Bool == false)
        // A vote nobody chose from yet says so with null; a step that is not a vote has no vote fields.
        #expect(steps[1]["subjectsChosen"] is NSNull)
        #expect(enkat["results"] == nil && enkat["subjectsChosen"] == nil)

        // A break with only a return time lasts until then (12.00 to 13.00).
        let plan = try PlanLoader.load(try SampleSessions.bytes("planeringsdagar-2024", "plan.json"), file: "plan.json")
        let sample = try Self.exportJSON(Session(plan: plan))
        let lunch = try #require((sample["steps"] as? [[String: Any]])?.first { $0["id"] as? String == "lunch-1" })
        #expect(lunch["plannedMinutes"] as? Int == 60)
        #expect(lunch["start"] as? String == "12:00")
        #expect(lunch["number"] is NSNull)
        #expect(sample["decisions"] as? [Any] != nil && sample["actions"] as? [Any] != nil)
        #expect(sample["currentStep"] is NSNull)
    }

    @Test func chosenSubjectsThemesAndNoteFlags() throws {
        let session = try Self.fullSession()
        let export = ExportDocument(session: session, now: WallTime(milliseconds: 1_795_500_000_000))
        let state = session.state
        let demands = state.notes(step: "krav").map(\.id.rawValue)
        #expect(demands.count == 4)
        #expect(export.steps.first { $0.id == "krav-rostning" }?.subjectsChosen == demands)
        #expect(export.steps.first { $0.id == "resurser-rostning" }?.subjectsChosen == nil)

        let enkat = try #require(export.steps.first { $0.id == "enkat" })
        let risk = state.notes(step: "enkat", list: "Riskfaktorer").map(\.id.rawValue)
        // Write order, not the order the notes were put in the theme.
        #expect(enkat.themes == [.init(id: "t1", title: "Arbetsbelastning", notes: [risk[0], risk[1]])])
        #expect(enkat.notes.filter(\.hidden).map(\.id) == [risk[7]])
        #expect(enkat.notes.first { $0.id == risk[5] }?.mergedInto == risk[4])
        #expect(enkat.notes.filter { $0.mergedInto != nil }.count == 1)
        #expect(enkat.actualMinutes == 34)
        #expect(enkat.timers.map(\.group) == [nil])
    }
}
