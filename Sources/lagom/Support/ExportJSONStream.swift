import FoundationEssentials
import LagomCore

/// `lagom export --format json`, written as it is produced: byte for byte what `JSONOutput.string`
/// gives for the whole `ExportDocument`, without building that document's tree (at 100,000 events
/// it held ~230 MiB). The document is encoded without its notes and results — a small skeleton —
/// and each step's notes and results are written into it one entry at a time, in the pretty-printed,
/// sorted-keys form the encoder uses.
enum ExportJSONStream {
    static func write(_ session: Session, now: WallTime, to sink: inout OutputSink) throws {
        let skeleton = try JSONOutput.string(ExportDocument(session: session, now: now, withEntries: false))
        var steps = session.plan.steps.makeIterator()
        var step: Step?
        let lines = skeleton.split(separator: "\n", omittingEmptySubsequences: false)
        var index = 0
        while index < lines.count {
            let line = lines[index]
            // A step's own keys are indented by 6 spaces; its `"id"` comes before `"notes"` and `"results"`
            // (sorted), and ids are unique, so each placeholder is matched to its step.
            if line.hasPrefix(#"      "id" : "#) { step = steps.next() }
            if let step, let after = Self.placeholder(lines, at: index, key: "notes") {
                let entries = ExportDocument.notes(of: step.id, in: session).lazy.map(Self.note)
                try Self.array("notes", entries, lines[index...(index + 2)], after: after, to: &sink)
                index += 3
            } else if let step, let after = Self.placeholder(lines, at: index, key: "results") {
                let entries = (ExportDocument.results(of: step, in: session) ?? []).lazy.map(Self.result)
                try Self.array("results", entries, lines[index...(index + 2)], after: after, to: &sink)
                index += 3
            } else {
                try sink.append(String(line))
                try sink.append("\n")
                index += 1
            }
        }
    }

    /// The encoder writes a step's empty `key` array as three lines, `"key" : [`, an empty line and `]`
    /// (then `,` or nothing): what follows the `]`, or nil when the lines at `index` are not that.
    private static func placeholder(_ lines: [Substring], at index: Int, key: String) -> Substring? {
        guard index + 2 < lines.count, lines[index] == "      \"\(key)\" : [", lines[index + 1].isEmpty,
            lines[index + 2].hasPrefix("      ]")
        else { return nil }
        return lines[index + 2].dropFirst(7)
    }

    /// The array as the encoder writes it: the placeholder's lines when empty, else one entry after another.
    private static func array<S: Sequence>(
        _ key: String, _ entries: S, _ placeholder: ArraySlice<Substring>, after: Substring,
        to sink: inout OutputSink
    ) throws where S.Element == String {
        var first = true
        for entry in entries {
            try sink.append(first ? "      \"\(key)\" : [\n" : ",\n")
            try sink.append(Sanitiser.escapingForTerminal(json: entry))
            first = false
        }
        try sink.append(first ? placeholder.joined(separator: "\n") + "\n" : "\n      ]\(after)\n")
    }

    // MARK: - Entries, as the encoder writes them at this depth

    private static let indent = "        "
    private static let field = "          "

    private static func note(_ entry: ExportDocument.NoteEntry) -> String {
        object([
            ("addedAt", String(entry.addedAt)), ("author", string(entry.author)), ("group", number(entry.group)),
            ("hidden", entry.hidden ? "true" : "false"), ("id", string(entry.id)), ("list", string(entry.list)),
            ("mergedInto", optional(entry.mergedInto)), ("parent", optional(entry.parent)),
            ("text", string(entry.text)),
        ])
    }

    private static func result(_ entry: ExportDocument.ResultEntry) -> String {
        object([
            ("list", string(entry.list)), ("listStep", string(entry.listStep)), ("note", string(entry.note)),
            ("parent", optional(entry.parent)), ("points", number(entry.points)), ("rank", number(entry.rank)),
            ("text", string(entry.text)),
        ])
    }

    private static func object(_ fields: [(String, String)]) -> String {
        indent + "{\n" + fields.map { "\(field)\"\($0.0)\" : \($0.1)" }.joined(separator: ",\n") + "\n" + indent + "}"
    }

    private static func number(_ value: Int?) -> String { value.map(String.init) ?? "null" }

    private static func optional(_ value: String?) -> String { value.map(string) ?? "null" }

    private static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        return encoder
    }()

    /// A JSON string: as it is between quotes when nothing in it needs escaping (nearly every note),
    /// otherwise as the encoder escapes it.
    private static func string(_ text: String) -> String {
        let plain = text.utf8.allSatisfy { $0 >= 0x20 && $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: "\\") }
        if plain { return "\"" + text + "\"" }
        return (try? encoder.encode(text)).map { String(decoding: $0, as: UTF8.self) } ?? "\"\""
    }
}
