/// A record as Markdown (`lagom export --format markdown`): `#` for the title, `##`–`####` for
/// headings 1–3, pipe tables with numeric columns right-aligned (`--:`).
///
/// The model's text is already sanitised; here Markdown's specials are escaped, so a note that
/// reads "# Rubrik" or "*viktigt*" stays that text.
public enum MarkdownRenderer {
    public static func render(_ document: RecordDocument) -> String {
        var paragraphs = ["# " + inline(document.title)]
        paragraphs += document.facts.map { "**" + inline($0.label) + ":** " + inline($0.value) }
        paragraphs += document.blocks.map(render)
        return paragraphs.joined(separator: "\n\n") + "\n"
    }

    static func render(_ block: RecordBlock) -> String {
        switch block {
        case .heading(let level, let text):
            return String(repeating: "#", count: min(max(level, 1), 3) + 1) + " " + inline(text)
        case .paragraph(let spans):
            return spansText(spans)
        case .bullets(let items):
            return items.map { "- " + spansText($0) }.joined(separator: "\n")
        case .numbered(let items):
            return items.enumerated().map { "\($0.offset + 1). " + spansText($0.element) }.joined(separator: "\n")
        case .quote(let text, let attribution):
            return "> " + inline(text) + (attribution.map { "\n>\n> — " + inline($0) } ?? "")
        case .table(let table):
            let header = "| " + table.columns.map { inline($0.title, inTable: true) }.joined(separator: " | ") + " |"
            let rule = "| " + table.columns.map { $0.numeric ? "--:" : "---" }.joined(separator: " | ") + " |"
            let rows = table.rows.map { row in
                "| "
                    + row.map { cell in cell.lines.map { inline($0, inTable: true) }.joined(separator: "<br>") }
                    .joined(separator: " | ") + " |"
            }
            return ([header, rule] + rows).joined(separator: "\n")
        }
    }

    /// Styled runs; the markers go inside the run's outer spaces (`* (grupp 3)*` would not be emphasis).
    static func spansText(_ spans: [RecordSpan]) -> String {
        spans.enumerated().map { index, span in
            let marker = span.style == .strong ? "**" : span.style == .emphasis ? "*" : ""
            let core = span.text.trimmingWhitespace
            guard !marker.isEmpty, !core.isEmpty else { return inline(span.text, atLineStart: index == 0) }
            let lead = span.text.prefix { $0 == " " }
            let trail = span.text.hasSuffix(" ") ? " " : ""
            return lead + marker + inline(String(core)) + marker + trail
        }.joined()
    }

    /// Text as it goes into a paragraph, a list item or a table cell: Markdown's specials escaped,
    /// and at the start of a line the marks that would open a block (`#`, `>`, `-`, `1.`).
    static func inline(_ text: String, inTable: Bool = false, atLineStart: Bool = true) -> String {
        var out = ""
        for character in text {
            switch character {
            case "\\", "*", "_", "`", "<", "[", "]", "~", "&": out += "\\\(character)"
            case "|" where inTable: out += "\\|"
            default: out.append(character)
            }
        }
        guard atLineStart else { return out }
        if let first = out.first, "#>+-=".contains(first) {
            out = "\\" + out
        } else if let dot = out.firstIndex(where: { !$0.isNumber }), dot != out.startIndex,
            out[dot] == "." || out[dot] == ")"
        {
            out.insert("\\", at: dot)
        }
        return out
    }
}
