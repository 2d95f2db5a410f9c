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
                let entries = ExportDocument.noteEntries(of: step.id, in: session)
                try Self.array("notes", entries, Self.note, lines[index...(index + 2)], after: after, to: &sink)
                index += 3
            } else if let step, let after = Self.placeholder(lines, at: index, key: "results") {
                let entries = ExportDocument.resultEntries(of: step, in: session) ?? AnySequence([])
                try Self.array("results", entries, Self.result, lines[index...(index + 2)], after: after, to: &sink)
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
        _ key: String, _ entries: S, _ entry: (S.Element, inout OutputSink) throws -> Void,
        _ placeholder: ArraySlice<Substring>, after: Substring, to sink: inout OutputSink
    ) throws {
        var first = true
        for element in entries {
            try sink.append(first ? "      \"\(key)\" : [\n" : ",\n")
            try entry(element, &sink)
            first = false
        }
        try sink.append(first ? placeholder.joined(separator: "\n") + "\n" : "\n      ]\(after)\n")
    }

    // MARK: - Entries, as the encoder writes them at this depth, straight into the sink

    private static let indent = "        "
    private static let field = "          "

    private static func note(_ entry: ExportDocument.NoteEntry, to sink: inout OutputSink) throws {
        var object = ObjectWriter()
        try object.raw("addedAt", String(entry.addedAt), to: &sink)
        try object.string("author", entry.author, to: &sink)
        try object.raw("group", number(entry.group), to: &sink)
        try object.raw("hidden", entry.hidden ? "true" : "false", to: &sink)
        try object.string("id", entry.id, to: &sink)
        try object.string("list", entry.list, to: &sink)
        try object.string("mergedInto", entry.mergedInto, to: &sink)
        try object.string("parent", entry.parent, to: &sink)
        try object.string("text", entry.text, to: &sink)
        try object.end(&sink)
    }

    private static func result(_ entry: ExportDocument.ResultEntry, to sink: inout OutputSink) throws {
        var object = ObjectWriter()
        try object.string("list", entry.list, to: &sink)
        try object.string("listStep", entry.listStep, to: &sink)
        try object.string("note", entry.note, to: &sink)
        try object.string("parent", entry.parent, to: &sink)
        try object.raw("points", number(entry.points), to: &sink)
        try object.raw("rank", number(entry.rank), to: &sink)
        try object.string("text", entry.text, to: &sink)
        try object.end(&sink)
    }

    /// One object's fields, pretty-printed as the encoder does, written one after another: no string
    /// is built for the whole entry (at 100,000 notes that was most of the export's time).
    private struct ObjectWriter {
        var first = true

        mutating func raw(_ key: String, _ value: String, to sink: inout OutputSink) throws {
            try sink.append(
                first ? ExportJSONStream.indent + "{\n" + ExportJSONStream.field : ",\n" + ExportJSONStream.field)
            first = false
            try sink.append("\"")
            try sink.append(key)
            try sink.append("\" : ")
            try sink.append(value)
        }

        mutating func string(_ key: String, _ value: String?, to sink: inout OutputSink) throws {
            guard let value else { return try raw(key, "null", to: &sink) }
            try raw(key, "", to: &sink)
            try ExportJSONStream.string(value, to: &sink)
        }

        func end(_ sink: inout OutputSink) throws {
            try sink.append("\n" + ExportJSONStream.indent + "}")
        }
    }

    private static func number(_ value: Int?) -> String { value.map(String.init) ?? "null" }

    private static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        return encoder
    }()

    /// A JSON string as the encoder writes it and `Sanitiser.escapingForTerminal(json:)` makes it safe:
    /// text neither would change (nearly every id, name and note, å ä ö included) as it is; anything
    /// else through the encoder and the sanitiser, as the whole document would have gone.
    private static func string(_ text: String, to sink: inout OutputSink) throws {
        let ascii = text.utf8.allSatisfy {
            $0 >= 0x20 && $0 < 0x7F && $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: "\\")
        }
        if ascii || Sanitiser.isPlainJSONString(text) {
            try sink.append("\"")
            try sink.append(text)
            try sink.append("\"")
            return
        }
        let encoded = (try? encoder.encode(text)).map { String(decoding: $0, as: UTF8.self) } ?? "\"\""
        try sink.append(Sanitiser.escapingForTerminal(json: encoded))
    }
}
