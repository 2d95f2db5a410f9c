import Foundation
import Testing

@testable import LagomCore

/// Markdown, HTML and Word are rendered from one `RecordDocument`: the same headings and the same
/// table cells in each, read back by parsing what was written.
@Suite struct RecordFormatsTests {
    static func wordDocument(_ document: RecordDocument, template: WordTemplate? = nil) throws -> Data {
        let part = try #require(
            WordRenderer.parts(document, template: template).first { $0.path == "word/document.xml" })
        return Data(part.bytes)
    }

    /// The model's headings (0 for the title) and tables, as every format must show them.
    static func expected(_ document: RecordDocument) -> (headings: [String], tables: [[[String]]]) {
        var headings = ["0 " + document.title]
        var tables: [[[String]]] = []
        for block in document.blocks {
            if case .heading(let level, let text) = block { headings.append("\(level) \(text)") }
            if case .table(let table) = block {
                tables.append([table.columns.map(\.title)] + table.rows.map { $0.map(\.text) })
            }
        }
        return (headings, tables)
    }

    /// Markdown read back by its own rules: `#`-headings and pipe-table rows, escapes removed.
    static func markdownOutline(_ text: String) -> (headings: [String], tables: [[[String]]]) {
        var headings: [String] = []
        var tables: [[[String]]] = []
        var inTable = false
        func unescape(_ s: Substring) -> String {
            var out = "", escaped = false
            for c in s { if c == "\\" && !escaped { escaped = true } else { out.append(c); escaped = false } }
            return out
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if let hashes = line.firstIndex(of: " "), line.hasPrefix("#"), line[..<hashes].allSatisfy({ $0 == "#" }) {
                headings.append(
                    "\(line.distance(from: line.startIndex, to: hashes) - 1) "
                        + unescape(line[line.index(after: hashes)...]))
            }
            if line.hasPrefix("| ") {
                if !inTable { tables.append([]) }
                inTable = true
                let cells = line.dropFirst(2).dropLast(2).replacing("\\|", with: "\u{1}").split(
                    separator: " | ", omittingEmptySubsequences: false
                )
                .map { unescape(Substring($0.replacing("\u{1}", with: "|"))).replacing("<br>", with: " / ") }
                if !cells.allSatisfy({ $0 == "---" || $0 == "--:" }) { tables[tables.count - 1].append(cells) }
            } else {
                inTable = false
            }
        }
        return (headings, tables)
    }

    @Test func markdownHTMLAndWordShowTheSameHeadingsAndCells() throws {
        let document = try RecordMarkdownTests.sample()
        let expected = Self.expected(document)
        #expect(expected.tables.count == 3 && expected.headings.count > 8)

        let markdown = Self.markdownOutline(MarkdownRenderer.render(document))
        #expect(markdown.headings == expected.headings)
        #expect(markdown.tables == expected.tables)

        let html = XMLOutline(Data(HTMLRenderer.render(document).utf8), .html)
        #expect(html.parsed, "\(html.error ?? "")")
        #expect(html.headings.map { "\($0.0) \($0.1)" } == expected.headings)
        #expect(html.tables == expected.tables)

        let word = XMLOutline(try Self.wordDocument(document), .word)
        #expect(word.parsed, "\(word.error ?? "")")
        #expect(word.headings.map { "\($0.0) \($0.1)" } == expected.headings)
        #expect(word.tables == expected.tables)
    }

    /// A session whose notes are the hostile-text corpus and markup that would run if unescaped.
    static func hostileSession() throws -> Session {
        var room = Recorder()
        let texts =
            HostileText.corpus.map(\.text) + [
                "<script>alert('x')</script> & \"citat\" <!-- kommentar --> ]]> &amp;", "<w:p>inskjuten</w:p>",
                "Ünïcødé ⏎ ❤️ 👩‍👩‍👧 å ä ö",
            ]
        for (index, text) in texts.enumerated() {
            try room.addNote(
                NoteID("n\(index)"), text, list: index % 2 == 0 ? "Riskfaktorer" : "Friskfaktorer", group: index % 4 + 1
            )
        }
        try room.commit(
            .votesTallied(step: "röstning", tallies: [Tally(note: "n0", points: 3), Tally(note: "n20", points: 2)]))
        return room.session
    }

    @Test func htmlIsWellFormedAndEscapesEveryText() throws {
        let session = try Self.hostileSession()
        let document = WorkshopRecord.document(session)
        let html = HTMLRenderer.render(document)
        let outline = XMLOutline(Data(html.utf8), .html)
        #expect(outline.parsed, "\(outline.error ?? "")")
        let allowed: Set = [
            "html", "head", "meta", "title", "style", "body", "h1", "h2", "h3", "h4", "p", "strong", "em",
            "br", "ul", "ol", "li", "blockquote", "table", "thead", "tbody", "tr", "th", "td",
        ]
        #expect(
            outline.elements.subtracting(allowed).isEmpty,
            "unexpected elements: \(outline.elements.subtracting(allowed))")
        #expect(!html.contains("<script") && !html.contains("<!--") && !html.contains("\u{1B}"))
        for note in session.state.notes {
            #expect(
                outline.text.contains(RecordText.clean(note.text)),
                "\(note.text.debugDescription) is not in the page as text")
        }
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"sv\">"))
        #expect(html.contains("@page { size: A4;"))
        #expect(!html.contains("href=") && !html.contains("src=") && !html.contains("<link"), "self-contained")
    }

    @Test func everyWordPartIsWellFormedAndEscapesEveryText() throws {
        let session = try Self.hostileSession()
        let parts = WordRenderer.parts(WorkshopRecord.document(session))
        #expect(parts.first?.path == "[Content_Types].xml")
        for part in parts {
            let outline = XMLOutline(Data(part.bytes), .word)
            #expect(outline.parsed, "\(part.path): \(outline.error ?? "")")
        }
        let document = XMLOutline(try Self.wordDocument(WorkshopRecord.document(session)), .word)
        for note in session.state.notes {
            #expect(
                document.text.contains(RecordText.clean(note.text)),
                "\(note.text.debugDescription) is not in the document as text")
        }
    }

    /// The header row repeats on every page; numeric columns are right-aligned; page numbers in the footer.
    @Test func wordTablesAndPages() throws {
        let parts = WordRenderer.parts(try RecordMarkdownTests.sample())
        let xml = String(decoding: try #require(parts.first { $0.path == "word/document.xml" }).bytes, as: UTF8.self)
        #expect(xml.components(separatedBy: "<w:tblHeader/>").count == 4, "one header row per table")
        #expect(
            xml.contains(
                "<w:p><w:pPr><w:jc w:val=\"right\"/></w:pPr><w:r><w:t xml:space=\"preserve\">31</w:t></w:r></w:p>"))
        #expect(xml.contains("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"), "A4")
        #expect(xml.contains("<w:footerReference w:type=\"default\" r:id=\"rIdFooter1\"/>"))
        let footer = String(decoding: try #require(parts.first { $0.path == "word/footer1.xml" }).bytes, as: UTF8.self)
        #expect(footer.contains("Sida ") && footer.contains(" PAGE ") && footer.contains(" NUMPAGES "))
        let styles = String(decoding: try #require(parts.first { $0.path == "word/styles.xml" }).bytes, as: UTF8.self)
        for name in ["Title", "heading 1", "heading 2", "heading 3"] {
            #expect(styles.contains("<w:name w:val=\"\(name)\"/>"))
        }
        #expect(styles.contains("<w:lang w:val=\"sv-SE\"/>"))
    }

    /// One ranking in every output (issue 11): the JSON export, the CSV and the record all rank a
    /// resource within its demand — "Se över arbetsmetoder" is third under its demand, not last of all.
    @Test func jsonCSVAndRecordShareOneRanking() throws {
        let session = try SampleSessions.session("planeringsdagar-2024-resultat")
        let json = ExportDocument(session: session, now: WallTime(milliseconds: 0))
        let results = try #require(json.steps.first { $0.id == "resurser-rostning" }?.results)
        let csv = NoteTable.rankings(session)
        var record: [String: String] = [:]
        let demands = try #require(RecordMarkdownTests.tables(WorkshopRecord.document(session)).last)
        for row in demands.rows {
            for line in row[2].lines { record[String(line.split(separator: "\u{A0}–\u{A0}")[0])] = row[0].text }
        }
        #expect(results.count == 16)
        for result in results {
            #expect(csv[NoteID(result.note)]?.rank == result.rank, "\(result.text)")
            #expect(
                record[result.text] == session.state.note(NoteID(result.parent ?? ""))?.text,
                "\(result.text) under its demand")
        }
        let work = try #require(results.first { $0.text == "Se över arbetsmetoder" })
        #expect(work.rank == 3 && work.points == 0)
        // Parent by parent, in the order the vote chose them, each ranked from 1.
        #expect(results.map { $0.rank ?? 0 } == [1, 2, 3, 1, 2, 2, 4, 5, 6, 7, 1, 2, 2, 0, 1, 2])
    }
}
