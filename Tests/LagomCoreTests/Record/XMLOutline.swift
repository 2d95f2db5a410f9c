import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// What a test reads back from an HTML or Word file with a real XML parser: whether it parses,
/// every element name, every text, the headings and the tables' cells.
final class XMLOutline: NSObject, XMLParserDelegate {
    enum Dialect { case html, word }

    let dialect: Dialect
    private(set) var parsed = false
    private(set) var error: String?
    private(set) var elements: Set<String> = []
    private(set) var text = ""
    /// (level, text): 0 for the title, 1–3 for headings 1–3.
    private(set) var headings: [(Int, String)] = []
    /// Each table as rows of cells; a cell's lines joined with " / ".
    private(set) var tables: [[[String]]] = []

    private var heading: Int?
    private var headingText = ""
    private var cell: [String]?
    private var row: [String]?
    private var line = ""
    private var paragraphStyle: String?

    init(_ data: Data, _ dialect: Dialect) {
        self.dialect = dialect
        super.init()
        let parser = XMLParser(data: data)
        parser.delegate = self
        parsed = parser.parse()
        if !parsed { error = parser.parserError.map { "\($0)" } ?? "unknown" }
    }

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        elements.insert(name)
        switch (dialect, name) {
        case (.html, "h1"): heading = 0
        case (.html, "h2"), (.html, "h3"), (.html, "h4"): heading = Int(name.dropFirst())! - 1
        case (.html, "table"), (.word, "w:tbl"): tables.append([])
        case (.html, "tr"), (.word, "w:tr"): row = []
        case (.html, "td"), (.html, "th"), (.word, "w:tc"): cell = []; line = ""
        case (.html, "br"): cell?.append(line); line = ""
        case (.word, "w:p"): paragraphStyle = nil; headingText = ""; line = ""
        case (.word, "w:pStyle"): paragraphStyle = attributes["w:val"]
        default: break
        }
        if heading != nil && dialect == .html { headingText = "" }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        text += string
        if heading != nil || paragraphStyle != nil { headingText += string }
        if cell != nil { line += string }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        switch (dialect, name) {
        case (.html, "h1"), (.html, "h2"), (.html, "h3"), (.html, "h4"):
            headings.append((heading ?? 0, headingText))
            heading = nil
        case (.html, "td"), (.html, "th"), (.word, "w:tc"):
            if !line.isEmpty { cell?.append(line) }
            row?.append((cell ?? []).filter { !$0.isEmpty }.joined(separator: " / "))
            cell = nil
        case (.html, "tr"), (.word, "w:tr"):
            if let row { tables[tables.count - 1].append(row) }
            row = nil
        case (.word, "w:p"):
            if cell != nil {
                if !line.isEmpty { cell?.append(line) }
                line = ""
            } else if let style = paragraphStyle,
                let level = ["Title": 0, "Heading1": 1, "Heading2": 2, "Heading3": 3][style]
            {
                headings.append((level, headingText))
            }
            paragraphStyle = nil
        default: break
        }
    }
}
