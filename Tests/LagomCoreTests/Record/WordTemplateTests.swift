import Foundation
import Testing

@testable import LagomCore

/// `--template ORG.dotx`: a Swedish organisation's template, its localised style ids, its header.
@Suite struct WordTemplateTests {
    static let w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    static let logo: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 1, 2, 3]

    /// What a Swedish Word saves: "Rubrik1" for heading 1, a header with the logo, its own margins.
    static func swedishTemplate() -> [String: [UInt8]] {
        let parts = [
            "[Content_Types].xml":
                "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"png\" ContentType=\"image/png\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>",
            "word/styles.xml":
                "<?xml version=\"1.0\"?><w:styles xmlns:w=\"\(w)\"><w:style w:type=\"paragraph\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/></w:style>"
                + "<w:style w:type=\"paragraph\" w:styleId=\"Rubrik1\"><w:name w:val=\"heading 1\"/><w:rPr><w:color w:val=\"005A9C\"/></w:rPr></w:style>"
                + "<w:style w:type=\"paragraph\" w:styleId=\"Rubrik\"><w:name w:val=\"Title\"/></w:style></w:styles>",
            "word/document.xml":
                "<?xml version=\"1.0\"?><w:document xmlns:w=\"\(w)\" xmlns:r=\"r\"><w:body><w:p/><w:sectPr>"
                + "<w:headerReference w:type=\"first\" r:id=\"rId8\"/><w:headerReference w:type=\"default\" r:id=\"rId7\"/>"
                + "<w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1985\" w:right=\"1418\" w:bottom=\"1418\" w:left=\"1418\" w:header=\"709\" w:footer=\"709\" w:gutter=\"0\"/></w:sectPr></w:body></w:document>",
            "word/_rels/document.xml.rels":
                "<?xml version=\"1.0\"?><Relationships xmlns=\"x\"><Relationship Id=\"rId7\" Type=\"t/header\" Target=\"header1.xml\"/><Relationship Id=\"rId8\" Type=\"t/header\" Target=\"header2.xml\"/></Relationships>",
            "word/header1.xml":
                "<?xml version=\"1.0\"?><w:hdr xmlns:w=\"\(w)\"><w:p><w:r><w:t>Region Lagomland – Dietistenheten</w:t></w:r></w:p></w:hdr>",
            "word/_rels/header1.xml.rels":
                "<?xml version=\"1.0\"?><Relationships xmlns=\"x\"><Relationship Id=\"rId1\" Type=\"t/image\" Target=\"media/logo.png\"/></Relationships>",
        ]
        var bytes = parts.mapValues { Array($0.utf8) }
        bytes["word/media/logo.png"] = logo
        return bytes
    }

    @Test func takesTheTemplatesStylesMarginsAndHeader() throws {
        let template = try WordTemplate(parts: Self.swedishTemplate())
        #expect(template.styleIDs.heading1 == "Rubrik1")
        #expect(template.styleIDs.title == "Rubrik")
        #expect(template.styleIDs.heading2 == "Heading2", "a style the template lacks keeps Lagom's id")
        #expect(template.styles.contains("<w:color w:val=\"005A9C\"/>"), "the organisation's look is kept")
        #expect(
            template.styles.contains("<w:name w:val=\"heading 2\"/>")
                && template.styles.contains("<w:name w:val=\"Table Grid\"/>"))
        #expect(!template.styles.contains("<w:name w:val=\"heading 1\"/><w:basedOn"), "heading 1 is not defined twice")

        let parts = WordRenderer.parts(try RecordMarkdownTests.sample(), template: template)
        func text(_ path: String) throws -> String {
            String(decoding: try #require(parts.first { $0.path == path }).bytes, as: UTF8.self)
        }
        let document = try text("word/document.xml")
        #expect(document.contains("<w:pStyle w:val=\"Rubrik1\"/>") && !document.contains("\"Heading1\""))
        #expect(document.contains("<w:pStyle w:val=\"Rubrik\"/>"))
        #expect(document.contains("<w:headerReference w:type=\"default\" r:id=\"rIdTemplateHeader\"/>"))
        #expect(document.contains("w:top=\"1985\""), "the template's margins")
        #expect(
            try text("word/_rels/document.xml.rels").contains(
                "Id=\"rIdTemplateHeader\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/header\" Target=\"header1.xml\""
            ))
        #expect(try text("word/header1.xml").contains("Region Lagomland"))
        #expect(parts.first { $0.path == "word/media/logo.png" }?.bytes == Self.logo)
        #expect(!parts.contains { $0.path == "word/header2.xml" })
        let types = try text("[Content_Types].xml")
        #expect(types.contains("<Default Extension=\"png\" ContentType=\"image/png\"/>"))
        #expect(types.contains("<Override PartName=\"/word/header1.xml\""))
        for part in parts where part.path.hasSuffix(".xml") || part.path.hasSuffix(".rels") {
            #expect(XMLOutline(Data(part.bytes), .word).parsed, "\(part.path)")
        }
    }

    @Test func aFileWithoutStylesIsNoTemplate() {
        #expect(throws: WordTemplate.Failure.noStyles) { try WordTemplate(parts: ["word/document.xml": []]) }
        #expect(throws: WordTemplate.Failure.notText("word/styles.xml")) {
            try WordTemplate(parts: ["word/styles.xml": [0xFF, 0xFE]])
        }
    }

    @Test func aBadTemplateIsNamedInTheCommandsLanguage() {
        #expect(WordTemplate.Failure.noStyles.words.sv.hasPrefix("mallen har ingen word/styles.xml"))
        #expect(WordTemplate.Failure.noStyles.description.hasPrefix("the template has no word/styles.xml"))
        let notText = WordTemplate.Failure.notText("word/styles.xml")
        #expect(notText.words.sv == "word/styles.xml i mallen är inte text i UTF-8")
        #expect(notText.words.en == "word/styles.xml in the template is not UTF-8 text")
    }
}
