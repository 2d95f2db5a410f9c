import Testing

@testable import LagomCore

/// Every export reads its session through `forExport`: a silent writing's notes never revealed stay out.
@Suite struct UnrevealedNotesTests {
    func silentNote() throws -> Recorder {
        var r = Recorder()
        var plan = Fixtures.plan
        plan.steps.append(
            Step(id: "tyst", kind: .brainwriting, title: "Tankefällor", minutes: 15, lists: ["Tankar"], groups: 2))
        r.session = Session(plan: plan)
        try r.addNote("n1", "Hemlig tankefälla", step: "tyst", list: "Tankar", group: 1)
        try r.addNote("n2", "Synlig lapp", step: "grupparbete", list: "Riskfaktorer", group: 1)
        return r
    }

    func exported(_ session: Session) -> (json: [String], markdown: String) {
        let json = ExportDocument(session: session, now: Fixtures.t0).steps.flatMap { $0.notes.map(\.text) }
        return (json, MarkdownRenderer.render(WorkshopRecord.document(session)))
    }

    @Test func leftOutOfEveryExportUntilRevealed() throws {
        var r = try silentNote()
        let hidden = exported(r.session)
        #expect(hidden.json == ["Synlig lapp"])
        #expect(!hidden.markdown.contains("Hemlig"))
        let asked = exported(r.session.forExport(.included))
        #expect(asked.json.contains("Hemlig tankefälla"))
        #expect(asked.markdown.contains("Hemlig tankefälla"))
        try r.commit(.resultsRevealed(step: "tyst"))
        #expect(exported(r.session).json.contains("Hemlig tankefälla"))
    }
}

extension UnrevealedNotesTests {
    @Test func theNoteTableLeavesThemOutToo() throws {
        let r = try silentNote()
        #expect(!String(decoding: NoteTable.csv(r.session), as: UTF8.self).contains("Hemlig"))
        #expect(
            String(decoding: NoteTable.csv(r.session.forExport(.included)), as: UTF8.self).contains("Hemlig tankefälla")
        )
    }
}
