import Foundation
import LagomCore
import Testing
import ZIPFoundation

/// `lagom export` through the real binary: formats, `--output` and `--force`.
@Suite struct ExportCommandTests {
    static let shippedMarkdown = LagomProcess.packageRoot
        .appendingPathComponent("Sessions/planeringsdagar-2024-resultat/sammanstallning.md")

    @Test func markdownPrintsTheShippedRecordAndMdIsTheSame() throws {
        let session = try LagomProcess.scratchSession(
            "planeringsdagar-2024-resultat", copying: ["plan.json", "events.jsonl"])
        defer { try? FileManager.default.removeItem(atPath: session) }
        let shipped = try String(contentsOf: Self.shippedMarkdown, encoding: .utf8)
        for format in ["markdown", "md"] {
            let result = try LagomProcess.run(["export", session, "--format", format])
            #expect(result.status == 0)
            #expect(result.out == shipped, "--format \(format)")
        }
        let wrong = try LagomProcess.run(["export", session, "--format", "pdf"])
        #expect(wrong.status != 0)
        #expect(wrong.err.contains("--format: \"pdf\" finns inte"))
    }

    /// A file is written once; the second time it is refused, naming the file, until `--force`.
    @Test func outputRefusesToOverwriteWithoutForce() throws {
        let session = try LagomProcess.scratchSession(
            "planeringsdagar-2024-resultat", copying: ["plan.json", "events.jsonl"])
        defer { try? FileManager.default.removeItem(atPath: session) }
        let file = session + "/sammanställning.md"
        let first = try LagomProcess.run(["export", session, "--format", "md", "--output", file])
        #expect(first.status == 0 && first.out == "")
        #expect(
            try String(contentsOfFile: file, encoding: .utf8)
                == String(contentsOf: Self.shippedMarkdown, encoding: .utf8))

        try "kept".write(toFile: file, atomically: true, encoding: .utf8)
        let second = try LagomProcess.run(["export", session, "--format", "md", "--output", file])
        #expect(second.status != 0)
        #expect(second.err == "Fel: \(file): finns redan (lägg till --force för att skriva över den)\n")
        #expect(try String(contentsOfFile: file, encoding: .utf8) == "kept")

        let forced = try LagomProcess.run(["export", session, "--format", "md", "--output", file, "--force"])
        #expect(forced.status == 0)
        #expect(try String(contentsOfFile: file, encoding: .utf8) != "kept")
    }
}

/// `lagom export --format docx|html|csv --output FILE` through the real binary; the Word document
/// read back by unzipping `word/document.xml`.
@Suite struct ExportDocumentTests {
    static func session() throws -> String {
        try LagomProcess.scratchSession("planeringsdagar-2024-resultat", copying: ["plan.json", "events.jsonl"])
    }

    /// The text of each `<w:tc>`'s paragraphs, per table, per row: good enough to read a table back.
    static func tables(_ xml: String) -> [[[String]]] {
        xml.components(separatedBy: "<w:tbl>").dropFirst().map { table in
            table.components(separatedBy: "</w:tbl>")[0].components(separatedBy: "<w:tr>").dropFirst().map { row in
                row.components(separatedBy: "<w:tc>").dropFirst().map { cell in
                    cell.components(separatedBy: "<w:t xml:space=\"preserve\">").dropFirst()
                        .map { $0.components(separatedBy: "</w:t>")[0] }.joined(separator: " / ")
                }
            }
        }
    }

    @Test func wordDocumentHoldsTheSeedsHeadingsAndTables() throws {
        let session = try Self.session()
        defer { try? FileManager.default.removeItem(atPath: session) }
        let file = session + "/s.docx"
        let result = try LagomProcess.run(["export", session, "--format", "docx", "--output", file])
        #expect(result.status == 0, "\(result.err)")
        let archive = try Archive(url: URL(fileURLWithPath: file), accessMode: .read)
        let entry = try #require(archive["word/document.xml"])
        var data = Data()
        _ = try archive.extract(entry) { data.append($0) }
        let xml = String(decoding: data, as: UTF8.self)

        #expect(
            xml.contains(
                "<w:pStyle w:val=\"Title\"/></w:pPr><w:r><w:t xml:space=\"preserve\">Planeringsdagar 2024 – resultat</w:t>"
            ))
        for heading in [
            "Heading1\"/></w:pPr><w:r><w:t xml:space=\"preserve\">Dag 1 – Arbetsmiljö och balans",
            "Heading3\"/></w:pPr><w:r><w:t xml:space=\"preserve\">Riskfaktorer, rangordnade",
            "Heading3\"/></w:pPr><w:r><w:t xml:space=\"preserve\">Friskfaktorer, rangordnade",
            "Heading3\"/></w:pPr><w:r><w:t xml:space=\"preserve\">Krav och resurser, resultat och rangordning",
        ] {
            #expect(xml.contains("<w:pStyle w:val=\"" + heading), "\(heading)")
        }
        let tables = Self.tables(xml)
        #expect(tables.count == 3)
        #expect(tables[0].first == ["Plats", "Riskfaktorer", "Poäng"])
        #expect(tables[0].map { $0.last ?? "" }.dropFirst() == ["31", "28", "25", "9", "8", "7", "6", "4"])
        #expect(tables[1][6] == ["6", "Självledarskap i att ta rast/gå hem i tid", "5"])
        #expect(tables[1][7] == ["6", "Tillit mellan chef och medarbetare", "5"], "the tie shares place 6")
        #expect(tables[2].first == ["Krav", "Varifrån kommer kravet", "Resurser"])
        #expect(tables[2].count == 5 && tables[2].allSatisfy { $0.count == 3 })
        #expect(tables[2][1][1] == "Verksamheten, mej själv")
        #expect(
            tables[2][1][2].hasPrefix(
                "Jämna ut fördelning mellan dietister så att noden kan ta ansvar för nodens ärenden, teamuppbyggnad\u{A0}–\u{A0}16\u{A0}p / "
            ))
        #expect(
            tables[2][4][2]
                == "Formulera ett minimum för tillgänglighet komma tillgänglighetshygien.\u{A0}–\u{A0}5\u{A0}p / Webbtidbok.\u{A0}–\u{A0}2\u{A0}p"
        )

        let toTerminal = try LagomProcess.run(["export", session, "--format", "docx"])
        #expect(toTerminal.status != 0 && toTerminal.err.contains("behöver --output FIL.docx"))
    }

    /// What a Word document must pass to count: LibreOffice opens it and makes a PDF of it.
    @Test(
        .enabled(
            if: FileManager.default.isExecutableFile(atPath: "/usr/bin/soffice"),
            "LibreOffice (soffice) is not installed"))
    func libreOfficeTurnsTheWordDocumentIntoAPDF() throws {
        let session = try Self.session()
        defer { try? FileManager.default.removeItem(atPath: session) }
        #expect(
            try LagomProcess.run(["export", session, "--format", "docx", "--output", session + "/s.docx"]).status == 0)
        let soffice = Process()
        soffice.executableURL = URL(fileURLWithPath: "/usr/bin/soffice")
        soffice.arguments = [
            "-env:UserInstallation=file://\(session)/profile", "--headless", "--convert-to", "pdf", "--outdir", session,
            session + "/s.docx",
        ]
        soffice.standardOutput = FileHandle.nullDevice
        soffice.standardError = FileHandle.nullDevice
        try soffice.run()
        soffice.waitUntilExit()
        #expect(soffice.terminationStatus == 0)
        let pdf = try Data(contentsOf: URL(fileURLWithPath: session + "/s.pdf"))
        #expect(pdf.starts(with: Array("%PDF".utf8)))
    }

    @Test func htmlAndCSVFiles() throws {
        let session = try Self.session()
        defer { try? FileManager.default.removeItem(atPath: session) }
        #expect(
            try LagomProcess.run(["export", session, "--format", "html", "--output", session + "/s.html"]).status == 0)
        let html = try String(contentsOfFile: session + "/s.html", encoding: .utf8)
        #expect(
            html.contains("<th class=\"num\" scope=\"col\">Poäng</th>") && html.contains("<td class=\"num\">31</td>"))
        let csv = try LagomProcess.run(["export", session, "--format", "csv"])
        #expect(csv.status == 0)
        #expect(csv.out.hasPrefix("\u{FEFF}Steg;Lista;Grupp;Tema;Överordnad lapp;Text;Poäng;Plats\r\n"))
        let template = try LagomProcess.run(["export", session, "--format", "csv", "--template", "x.dotx"])
        #expect(template.status != 0 && template.err.contains("--template: bara med --format docx"))
        let notZip = try LagomProcess.run([
            "export", session, "--format", "docx", "--output", session + "/t.docx", "--template",
            session + "/plan.json",
        ])
        #expect(notZip.status != 0 && notZip.err.contains("plan.json: är inget Word-dokument eller Word-mall"))
    }
}

extension ExportDocumentTests {
    /// The Word document shipped beside the results sample is what the export writes today.
    @Test func theShippedWordDocumentIsCurrent() throws {
        let session = try Self.session()
        defer { try? FileManager.default.removeItem(atPath: session) }
        #expect(
            try LagomProcess.run(["export", session, "--format", "docx", "--output", session + "/s.docx"]).status == 0)
        func documentXML(_ path: String) throws -> Data {
            let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
            var data = Data()
            _ = try archive.extract(try #require(archive["word/document.xml"])) { data.append($0) }
            return data
        }
        let shipped = LagomProcess.packageRoot.appendingPathComponent(
            "Sessions/planeringsdagar-2024-resultat/sammanstallning.docx"
        ).path
        #expect(
            try documentXML(shipped) == documentXML(session + "/s.docx"),
            "rebuild it: bash Sessions/planeringsdagar-2024-resultat/make-results.sh")
    }
}

/// `lagom export --format json` is written as it is made (`ExportJSONStream`), never as one tree: its
/// bytes must be exactly what encoding the whole document gives.
@Suite struct StreamedJSONExportTests {
    func wholeDocumentEncoding(of output: String) throws -> String {
        let document = try JSONDecoder().decode(ExportDocument.self, from: Data(output.utf8))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return Sanitiser.escapingForTerminal(json: String(decoding: try encoder.encode(document), as: UTF8.self)) + "\n"
    }

    @Test func theStreamIsByteForByteTheWholeDocument() throws {
        let session = try LagomProcess.scratchSession(
            "planeringsdagar-2024-resultat", copying: ["plan.json", "events.jsonl"])
        defer { try? FileManager.default.removeItem(atPath: session) }
        // Text the encoder must escape, among plain notes: quotes, a backslash, a tab, a line break, ESC;
        // and what only a terminal must not get raw: a bidi override, a C1 control, a line separator.
        for text in [
            "Citat \"så här\" \\ och\tflik", "Två\nrader", "Styrtecken \u{1B}[2J kvar",
            "Vänd \u{202E}text\u{202C} här", "C1 \u{85} och \u{2028} avskiljare",
        ] {
            let added = try LagomProcess.run(
                ["note", "add", session, "--step", "enkat", "--list", "Friskfaktorer", text])
            #expect(added.status == 0, "\(added.err)")
        }
        let result = try LagomProcess.run(["export", session, "--format", "json"])
        #expect(result.status == 0)
        #expect(result.out.contains(#"Citat \"så här\" \\ och\tflik"#))
        #expect(result.out == (try wholeDocumentEncoding(of: result.out)))
        let file = session + "/export.json"
        #expect(try LagomProcess.run(["export", session, "--output", file]).status == 0)
        let written = try String(contentsOfFile: file, encoding: .utf8)
        #expect(written.count > 10_000)
        #expect(written == (try wholeDocumentEncoding(of: written)))
    }
}

extension ExportDocumentTests {
    /// A template that is a zip but no Word file, or whose part is damaged, is named with what is
    /// wrong in the plan's language; the zip library's own name for the damage is only a detail.
    @Test func aBadTemplateIsNamedInThePlansLanguage() throws {
        let session = try Self.session()
        defer { try? FileManager.default.removeItem(atPath: session) }
        func template(_ name: String, _ part: String, _ text: String) throws -> String {
            let path = session + "/" + name
            let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .create)
            let data = Data(text.utf8)
            try archive.addEntry(
                with: part, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate
            ) { position, size in data.subdata(in: Int(position)..<Int(position) + size) }
            return path
        }
        func export(_ template: String) throws -> String {
            try LagomProcess.run([
                "export", session, "--format", "docx", "--output", session + "/t.docx", "--template", template,
            ]).err
        }
        let noStyles = try template("tom.dotx", "word/document.xml", "<w:document/>")
        #expect(try export(noStyles).contains("tom.dotx: mallen har ingen word/styles.xml"))
        // The compressed bytes of the part overwritten (they start after the 30-byte local header and
        // the part's name): it cannot be unpacked.
        let styles = (0..<400).map { "<w:style w:styleId=\"s\($0)\"/>" }.joined()
        let damaged = try template("skadad.dotx", "word/styles.xml", "<w:styles>" + styles)
        var bytes = try Data(contentsOf: URL(fileURLWithPath: damaged))
        for at in 50..<90 { bytes[at] = 0xFF }
        try bytes.write(to: URL(fileURLWithPath: damaged))
        let said = try export(damaged)
        #expect(
            said.contains("skadad.dotx: word/styles.xml går inte att läsa: zip-filen är skadad eller packad"),
            "\(said)")
    }
}
