/// A record as one self-contained HTML file (`lagom export --format html`): no script, no link to
/// anything outside, print CSS for a clean A4 page ("print to PDF" from any browser).
///
/// Written as well-formed XML too (every element closed, `<br/>`), so an XML parser can check it.
/// Every text is escaped (`&`, `<`, `>`, quotes); the model's text is already sanitised.
public enum HTMLRenderer {
    public static func render(_ document: RecordDocument) -> String {
        var text = ""
        write(document) { text += $0 }
        return text
    }

    /// The record written piece by piece into `out` (a heading, a list item, a table row at a time).
    public static func write<Record: RecordSource>(_ record: Record, to out: (String) throws -> Void) rethrows {
        try out(
            """
            <!DOCTYPE html>
            <html lang="\(record.language.rawValue)">
            <head>
            <meta charset="utf-8"/>
            <meta name="viewport" content="width=device-width, initial-scale=1"/>
            <title>\(escape(record.title))</title>
            <style>
            \(style)
            </style>
            </head>
            <body>
            <h1 class="title">\(escape(record.title))</h1>

            """)
        if !record.facts.isEmpty {
            try out(
                "<p class=\"facts\">"
                    + record.facts.map {
                        "<strong>\(escape($0.label)):</strong> \(escape($0.value))"
                    }.joined(separator: "<br/>") + "</p>\n")
        }
        try record.forEachSection { section in
            for block in section.blocks {
                try write(block, to: out)
                try out("\n")
            }
        }
        try out("</body>\n</html>\n")
    }

    static func write(_ block: RecordBlock, to out: (String) throws -> Void) rethrows {
        switch block {
        case .heading(let level, let text):
            let tag = "h\(min(max(level, 1), 3) + 1)"
            try out("<\(tag)>\(escape(text))</\(tag)>")
        case .paragraph(let spans):
            try out("<p>\(html(spans))</p>")
        case .bullets(let items):
            try out("<ul>\n")
            for item in items { try out("<li>\(html(item))</li>\n") }
            try out("</ul>")
        case .numbered(let items):
            try out("<ol>\n")
            for item in items { try out("<li>\(html(item))</li>\n") }
            try out("</ol>")
        case .quote(let text, let attribution):
            try out(
                "<blockquote><p>\(escape(text))</p>"
                    + (attribution.map { "<p class=\"attribution\">— \(escape($0))</p>" } ?? "") + "</blockquote>")
        case .table(let table):
            func cls(_ column: Int) -> String { table.columns[column].numeric ? " class=\"num\"" : "" }
            let head = table.columns.indices.map {
                "<th\(cls($0)) scope=\"col\">\(escape(table.columns[$0].title))</th>"
            }.joined()
            try out("<table>\n<thead><tr>\(head)</tr></thead>\n<tbody>\n")
            for row in table.rows {
                try out(
                    "<tr>"
                        + row.indices.map { i in
                            "<td\(cls(i))>" + row[i].lines.map(escape).joined(separator: "<br/>") + "</td>"
                        }.joined() + "</tr>\n")
            }
            try out("</tbody>\n</table>")
        }
    }

    /// Styled runs; a line break in a run (a note typed on several lines) is `<br/>`.
    static func html(_ spans: [RecordSpan]) -> String {
        spans.map { span in
            let text = span.text.split(separator: "\n", omittingEmptySubsequences: false).map {
                escape(String($0))
            }.joined(separator: "<br/>")
            switch span.style {
            case .plain: return text
            case .strong: return "<strong>\(text)</strong>"
            case .emphasis: return "<em>\(text)</em>"
            }
        }.joined()
    }

    /// Text as HTML and XML read it back unchanged.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }

    /// Screen and A4 print: readable type, tables that keep their header on every page, headings
    /// that stay with what follows, page numbers where the browser supports page margin boxes.
    static let style = """
        body { font-family: "Calibri", "Carlito", "Liberation Sans", "Helvetica", sans-serif; font-size: 11pt;
               line-height: 1.4; color: #000; background: #fff; max-width: 48em; margin: 2em auto; padding: 0 1em; }
        h1.title { font-size: 22pt; margin: 0 0 0.3em; }
        h2 { font-size: 16pt; margin: 1.4em 0 0.4em; border-bottom: 1px solid #888; }
        h3 { font-size: 13pt; margin: 1.2em 0 0.3em; }
        h4 { font-size: 11pt; margin: 1em 0 0.3em; }
        p.facts { margin: 0 0 1.5em; }
        blockquote { margin: 0.6em 2em; font-style: italic; }
        blockquote p.attribution { font-style: normal; }
        table { border-collapse: collapse; width: 100%; margin: 0.5em 0 1em; }
        th, td { border: 1px solid #666; padding: 0.25em 0.5em; vertical-align: top; text-align: left; }
        thead th { background: #e8e8e8; }
        th.num, td.num { text-align: right; white-space: nowrap; }
        @page { size: A4; margin: 20mm 18mm 22mm; @bottom-center { content: counter(page) " / " counter(pages); } }
        @media print {
          body { max-width: none; margin: 0; padding: 0; }
          h2, h3, h4 { break-after: avoid; page-break-after: avoid; }
          thead { display: table-header-group; }
          tr, blockquote, li { break-inside: avoid; page-break-inside: avoid; }
        }
        """
}
