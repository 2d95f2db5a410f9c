import Foundation
import Testing

@testable import LagomCore

/// `lagom export` of csv, markdown and html writes as it makes (issue 18): the same bytes as the
/// whole document rendered at once, handed over a row, an item or a heading at a time.
@Suite struct RecordStreamingTests {
    static let workshops = ["planeringsdagar-2024-resultat", "team-day-en"]

    /// Every piece `write` hands over, in order.
    static func pieces(_ write: ((String) -> Void) -> Void) -> [String] {
        var pieces: [String] = []
        write { pieces.append($0) }
        return pieces
    }

    @Test(arguments: workshops) func sectionsMadeOneByOneAreTheDocuments(name: String) throws {
        let session = try SampleSessions.session(name)
        let document = WorkshopRecord.document(session)
        let streamed = WorkshopRecord.sections(of: session)
        var sections: [RecordSection] = []
        streamed.forEachSection { sections.append($0) }
        #expect(sections == document.sections)
        #expect(streamed.title == document.title && streamed.facts == document.facts)
        #expect(streamed.language == document.language)
    }

    @Test(arguments: workshops) func markdownAndHTMLStreamedAreTheRenderedBytes(name: String) throws {
        let session = try SampleSessions.session(name)
        let document = WorkshopRecord.document(session)
        let markdown = Self.pieces { MarkdownRenderer.write(WorkshopRecord.sections(of: session), to: $0) }
        let html = Self.pieces { HTMLRenderer.write(WorkshopRecord.sections(of: session), to: $0) }
        #expect(markdown.joined() == MarkdownRenderer.render(document))
        #expect(html.joined() == HTMLRenderer.render(document))
    }

    /// A list or a table goes out an item or a row at a time, never as one piece.
    @Test func aListIsWrittenItemByItem() throws {
        let session = try SampleSessions.session("planeringsdagar-2024-resultat")
        let markdown = Self.pieces { MarkdownRenderer.write(WorkshopRecord.sections(of: session), to: $0) }
        let html = Self.pieces { HTMLRenderer.write(WorkshopRecord.sections(of: session), to: $0) }
        #expect(markdown.contains { $0.hasPrefix("\n- ") })
        #expect(markdown.allSatisfy { $0.components(separatedBy: "\n- ").count <= 2 })
        #expect(markdown.allSatisfy { $0.components(separatedBy: "\n| ").count <= 2 })
        #expect(html.allSatisfy { $0.components(separatedBy: "<li>").count <= 2 })
        #expect(html.allSatisfy { $0.components(separatedBy: "<tr>").count <= 2 })
    }

    @Test func theNotesTableIsWrittenRowByRow() throws {
        let session = try SampleSessions.session("planeringsdagar-2024-resultat")
        let rows = Self.pieces { NoteTable.write(session, to: $0) }
        #expect(Array(rows.joined().utf8) == NoteTable.csv(session))
        #expect(rows.count > 10)
        #expect(rows.dropFirst().allSatisfy { $0.hasSuffix("\r\n") && $0.components(separatedBy: "\r\n").count == 2 })
    }
}
