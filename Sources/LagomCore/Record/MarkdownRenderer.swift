/// A record as Markdown (`lagom export --format markdown`): `#` for the title, `##`–`####` for
/// headings 1–3, pipe tables with numeric columns right-aligned (`--:`).
///
/// The model's text is already sanitised; here Markdown's specials are escaped, so a note that
/// reads "# Rubrik" or "*viktigt*" stays that text. A line break inside a text (a note typed on
/// several lines) is a hard break: two spaces, then the next line indented under its list item,
/// escaped as a line of its own; in a table cell it is `<br>`.
public enum MarkdownRenderer {
    public static func render(_ document: RecordDocument) -> String {
        var text = ""
        write(document) { text += $0 }
        return text
    }

    /// The record written piece by piece into `out` (a heading, a list item, a table row at a time):
    /// paragraphs apart by a blank line, a line break at the end.
    public static func write<Record: RecordSource>(_ record: Record, to out: (String) throws -> Void) rethrows {
        try out("# " + inline(record.title))
        for fact in record.facts { try out("\n\n**" + inline(fact.label) + ":** " + inline(fact.value)) }
        try record.forEachSection { section in
            for block in section.blocks {
                try out("\n\n")
                try write(block, to: out)
            }
        }
        try out("\n")
    }

    static func write(_ block: RecordBlock, to out: (String) throws -> Void) rethrows {
        switch block {
        case .heading(let level, let text):
            try out(String(repeating: "#", count: min(max(level, 1), 3) + 1) + " " + inline(text))
        case .paragraph(let spans):
            try out(spansText(spans))
        case .bullets(let items):
            for (offset, item) in items.enumerated() {
                try out((offset == 0 ? "- " : "\n- ") + spansText(item, indent: "  "))
            }
        case .numbered(let items):
            for (offset, item) in items.enumerated() {
                let marker = "\(offset + 1). "
                try out(
                    (offset == 0 ? "" : "\n") + marker
                        + spansText(item, indent: String(repeating: " ", count: marker.count)))
            }
        case .quote(let text, let attribution):
            try out("> " + inline(text, indent: "> ") + (attribution.map { "\n>\n> — " + inline($0) } ?? ""))
        case .table(let table):
            try out("| " + table.columns.map { inline($0.title, inTable: true) }.joined(separator: " | ") + " |")
            try out("\n| " + table.columns.map { $0.numeric ? "--:" : "---" }.joined(separator: " | ") + " |")
            for row in table.rows {
                try out(
                    "\n| "
                        + row.map { cell in cell.lines.map { inline($0, inTable: true) }.joined(separator: "<br>") }
                        .joined(separator: " | ") + " |")
            }
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
