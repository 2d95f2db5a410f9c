/// A record as Markdown (`lagom export --format markdown`): `#` for the title, `##`–`####` for
/// headings 1–3, pipe tables with numeric columns right-aligned (`--:`).
///
/// The model's text is already sanitised; here Markdown's specials are escaped, so a note that
/// reads "# Rubrik" or "*viktigt*" stays that text. A line break inside a text (a note typed on
/// several lines) is a hard break: two spaces, then the next line indented under its list item,
/// escaped as a line of its own; in a table cell it is `<br>`.
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
            return items.map { "- " + spansText($0, indent: "  ") }.joined(separator: "\n")
        case .numbered(let items):
            return items.enumerated().map { offset, item in
                let marker = "\(offset + 1). "
                return marker + spansText(item, indent: String(repeating: " ", count: marker.count))
            }.joined(separator: "\n")
        case .quote(let text, let attribution):
            return "> " + inline(text, indent: "> ") + (attribution.map { "\n>\n> — " + inline($0) } ?? "")
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
    static func spansText(_ spans: [RecordSpan], indent: String = "") -> String {
        spans.enumerated().map { index, span in
            let marker = span.style == .strong ? "**" : span.style == .emphasis ? "*" : ""
            let core = span.text.trimmingWhitespace
            guard !marker.isEmpty, !core.isEmpty else {
                return inline(span.text, atLineStart: index == 0, indent: indent)
            }
            let lead = span.text.prefix { $0 == " " }
            let trail = span.text.hasSuffix(" ") ? " " : ""
            return lead + marker + inline(String(core), indent: indent) + marker + trail
        }.joined()
    }

    /// Text as it goes into a paragraph, a list item or a table cell: Markdown's specials escaped,
    /// and at the start of a line the marks that would open a block (`#`, `>`, `-`, `1.`). Each
    /// "\n" becomes a hard line break followed by `indent` (`<br>` in a table cell).
    static func inline(_ text: String, inTable: Bool = false, atLineStart: Bool = true, indent: String = "") -> String {
        guard text.contains("\n") else { return line(text, inTable: inTable, atLineStart: atLineStart) }
        return text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map { index, part in
            line(String(part), inTable: inTable, atLineStart: atLineStart || index > 0)
        }.joined(separator: inTable ? "<br>" : "  \n" + indent)
    }

    /// One line of text escaped.
    private static func line(_ text: String, inTable: Bool, atLineStart: Bool) -> String {
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
