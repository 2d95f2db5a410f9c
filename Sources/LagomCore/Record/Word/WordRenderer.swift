/// A record as a Word document (Office Open XML, `lagom export --format docx`): the parts of the
/// package, written here as text from a minimal template; the caller zips them.
///
/// Styles Title and Heading 1–3 (or the organisation's, from `--template`), real tables with a
/// header row repeated on every page and numeric columns right-aligned, Word's own bullet and
/// number lists, page numbers in the footer, A4. Every text is XML-escaped.
public enum WordRenderer {
    /// The package's parts, `[Content_Types].xml` first, for a zip writer.
    public static func parts(_ document: RecordDocument, template: WordTemplate? = nil) -> [WordPart] {
        let styles = template?.styleIDs ?? WordStyleIDs()
        var numbering = WordNumbering()
        let body = documentXML(document, styles: styles, numbering: &numbering, template: template)
        var parts = [
            WordPart(path: "[Content_Types].xml", text: WordPackageParts.contentTypes(template: template)),
            WordPart(path: "_rels/.rels", text: WordPackageParts.packageRelationships),
            WordPart(path: "docProps/core.xml", text: WordPackageParts.coreProperties(document)),
            WordPart(path: "word/document.xml", text: body),
            WordPart(
                path: "word/_rels/document.xml.rels", text: WordPackageParts.documentRelationships(template: template)),
            WordPart(path: "word/styles.xml", text: template?.styles ?? WordStyles.xml(document.language)),
            WordPart(path: "word/numbering.xml", text: numbering.xml),
            WordPart(path: "word/settings.xml", text: WordPackageParts.settings),
            WordPart(path: "word/footer1.xml", text: WordPackageParts.footer(document.language)),
        ]
        parts += template?.carriedParts ?? []
        return parts
    }

    /// `word/document.xml`: the title, the facts, every block, and the page setup.
    static func documentXML(
        _ document: RecordDocument, styles: WordStyleIDs, numbering: inout WordNumbering,
        template: WordTemplate?
    ) -> String {
        var body = paragraph(style: styles.title, runs: [RecordSpan(document.title)])
        for fact in document.facts {
            body += paragraph(style: nil, runs: [.strong(fact.label + ":"), RecordSpan(" " + fact.value)])
        }
        var previousWasTable = false
        for block in document.blocks {
            // Two tables in a row would merge into one: a paragraph keeps them apart.
            if previousWasTable, case .table = block { body += "<w:p/>" }
            body += xml(block, styles: styles, numbering: &numbering)
            if case .table = block { previousWasTable = true } else { previousWasTable = false }
        }
        let header =
            template?.headerRelationshipID.map { "<w:headerReference w:type=\"default\" r:id=\"\($0)\"/>" } ?? ""
        let page =
            template?.pageSetup ?? "<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"
            + "<w:pgMar w:top=\"1134\" w:right=\"1134\" w:bottom=\"1134\" w:left=\"1134\" w:header=\"567\" w:footer=\"567\" w:gutter=\"0\"/>"
        return WordPackageParts.declaration
            + "<w:document xmlns:w=\"\(WordPackageParts.main)\" xmlns:r=\"\(WordPackageParts.relationships)\"><w:body>"
            + body
            + "<w:sectPr>\(header)<w:footerReference w:type=\"default\" r:id=\"rIdFooter1\"/>\(page)</w:sectPr>"
            + "</w:body></w:document>"
    }

    static func xml(_ block: RecordBlock, styles: WordStyleIDs, numbering: inout WordNumbering) -> String {
        switch block {
        case .heading(let level, let text):
            return paragraph(style: styles.heading(level), runs: [RecordSpan(text)])
        case .paragraph(let spans):
            return paragraph(style: nil, runs: spans)
        case .bullets(let items):
            return items.map { paragraph(style: styles.listParagraph, runs: $0, numbering: (WordNumbering.bullets, 0)) }
                .joined()
        case .numbered(let items):
            let id = numbering.newNumberedList()
            return items.map { paragraph(style: styles.listParagraph, runs: $0, numbering: (id, 0)) }.joined()
        case .quote(let text, let attribution):
            return paragraph(style: styles.quote, runs: [RecordSpan(text)])
                + (attribution.map { paragraph(style: styles.quote, runs: [RecordSpan("— " + $0)], alignment: "right") }
                    ?? "")
        case .table(let table):
            return self.table(table, styles: styles)
        }
    }

    static func paragraph(
        style: String?, runs: [RecordSpan], numbering: (id: Int, level: Int)? = nil,
        alignment: String? = nil, keepWithNext: Bool = false
    ) -> String {
        var properties = ""
        if let style { properties += "<w:pStyle w:val=\"\(escape(style))\"/>" }
        if keepWithNext { properties += "<w:keepNext/>" }
        if let numbering {
            properties +=
                "<w:numPr><w:ilvl w:val=\"\(numbering.level)\"/><w:numId w:val=\"\(numbering.id)\"/></w:numPr>"
        }
        if let alignment { properties += "<w:jc w:val=\"\(alignment)\"/>" }
        return "<w:p>" + (properties.isEmpty ? "" : "<w:pPr>\(properties)</w:pPr>") + runs.map(run).joined() + "</w:p>"
    }

    /// A run; a line break in its text (a note typed on several lines) is Word's `<w:br/>`.
    static func run(_ span: RecordSpan) -> String {
        let properties =
            span.style == .strong ? "<w:rPr><w:b/></w:rPr>" : span.style == .emphasis ? "<w:rPr><w:i/></w:rPr>" : ""
        let texts = span.text.split(separator: "\n", omittingEmptySubsequences: false).map {
            "<w:t xml:space=\"preserve\">\(escape(String($0)))</w:t>"
        }
        return "<w:r>\(properties)" + texts.joined(separator: "<w:br/>") + "</w:r>"
    }

    /// A real table: fixed widths over the text width, the header row bold, shaded and repeated
    /// on every page, numeric columns right-aligned, rows that do not split across pages.
    static func table(_ table: RecordTable, styles: WordStyleIDs) -> String {
        let widths = columnWidths(table)
        func cell(_ lines: [String], column: Int, header: Bool) -> String {
            let shade = header ? "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"E8E8E8\"/>" : ""
            let align = table.columns[column].numeric ? "right" : nil
            let paragraphs = (lines.isEmpty ? [""] : lines).map {
                paragraph(
                    style: nil, runs: [RecordSpan($0, header ? .strong : .plain)], alignment: align,
                    keepWithNext: header)
            }
            return "<w:tc><w:tcPr><w:tcW w:w=\"\(widths[column])\" w:type=\"dxa\"/>\(shade)</w:tcPr>"
                + paragraphs.joined() + "</w:tc>"
        }
        let grid = widths.map { "<w:gridCol w:w=\"\($0)\"/>" }.joined()
        let header =
            "<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>"
            + table.columns.indices.map { cell([table.columns[$0].title], column: $0, header: true) }.joined()
            + "</w:tr>"
        let rows = table.rows.map { row in
            "<w:tr><w:trPr><w:cantSplit/></w:trPr>"
                + table.columns.indices.map { cell($0 < row.count ? row[$0].lines : [], column: $0, header: false) }
                .joined()
                + "</w:tr>"
        }.joined()
        return
            "<w:tbl><w:tblPr><w:tblStyle w:val=\"\(escape(styles.tableGrid))\"/><w:tblW w:w=\"\(widths.reduce(0, +))\" w:type=\"dxa\"/>"
            + "<w:tblLayout w:type=\"fixed\"/><w:tblLook w:val=\"04A0\" w:firstRow=\"1\" w:lastRow=\"0\" w:firstColumn=\"0\" w:lastColumn=\"0\" w:noHBand=\"0\" w:noVBand=\"1\"/></w:tblPr>"
            + "<w:tblGrid>\(grid)</w:tblGrid>" + header + rows + "</w:tbl>"
    }

    /// Twentieths of a point over A4's text width: numbers narrow; each text column at least as
    /// wide as its longest word, the rest shared by how much the columns hold (a column of short
    /// origins gets less than the resources beside it).
    static func columnWidths(_ table: RecordTable) -> [Int] {
        let textWidth = 9638, numberWidth = 1000, perCharacter = 115, margins = 200
        let columns = table.columns.indices
        let lines = columns.map { column in table.rows.flatMap { column < $0.count ? $0[column].lines : [] } }
        let texts = columns.filter { !table.columns[$0].numeric }
        let share = textWidth - (columns.count - texts.count) * numberWidth
        let minimum = columns.map { column -> Int in
            let words = (lines[column] + [table.columns[column].title]).flatMap { $0.split(separator: " ") }
            return min((words.map(\.count).max() ?? 0) * perCharacter + margins, share / max(texts.count, 1))
        }
        let weights = columns.map { column in
            max(lines[column].isEmpty ? 0 : lines[column].map(\.count).reduce(0, +) / lines[column].count, 1)
        }
        let rest = share - texts.map { minimum[$0] }.reduce(0, +)
        let totalWeight = max(texts.map { weights[$0] }.reduce(0, +), 1)
        return columns.map { table.columns[$0].numeric ? numberWidth : minimum[$0] + rest * weights[$0] / totalWeight }
    }

    /// Text as XML 1.0 carries it: markup escaped, and the few characters XML cannot hold at all
    /// (controls other than tab and line feed, U+FFFE, U+FFFF) left out.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\t", "\n": out.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}

/// One part of a Word package: its path in the zip and its bytes.
public struct WordPart: Equatable, Sendable {
    public var path: String
    public var bytes: [UInt8]
    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }
    public init(path: String, text: String) { self.init(path: path, bytes: Array(text.utf8)) }
}

/// The list definitions a document uses: one for bullets, one restarting at 1 per numbered list.
struct WordNumbering {
    static let bullets = 1
    private(set) var numberedLists: [Int] = []

    mutating func newNumberedList() -> Int {
        let id = Self.bullets + numberedLists.count + 1
        numberedLists.append(id)
        return id
    }

    var xml: String {
        let level = { (format: String, text: String) in
            "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"\(format)\"/><w:lvlText w:val=\"\(text)\"/>"
                + "<w:lvlJc w:val=\"left\"/><w:pPr><w:ind w:left=\"720\" w:hanging=\"360\"/></w:pPr></w:lvl>"
        }
        let lists = numberedLists.map {
            "<w:num w:numId=\"\($0)\"><w:abstractNumId w:val=\"1\"/><w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"1\"/></w:lvlOverride></w:num>"
        }.joined()
        return WordPackageParts.declaration + "<w:numbering xmlns:w=\"\(WordPackageParts.main)\">"
            + "<w:abstractNum w:abstractNumId=\"0\"><w:multiLevelType w:val=\"singleLevel\"/>\(level("bullet", "•"))</w:abstractNum>"
            + "<w:abstractNum w:abstractNumId=\"1\"><w:multiLevelType w:val=\"singleLevel\"/>\(level("decimal", "%1."))</w:abstractNum>"
            + "<w:num w:numId=\"\(Self.bullets)\"><w:abstractNumId w:val=\"0\"/></w:num>" + lists + "</w:numbering>"
    }
}
