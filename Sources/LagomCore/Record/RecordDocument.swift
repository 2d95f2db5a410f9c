/// The day's record as a document: the one model that Markdown, HTML and Word are rendered from,
/// so the formats can never disagree (docs/export-format.md, "The record").
///
/// A document is a title, a few facts under it (dates, place, who led) and sections in order.
/// A section is a run of blocks that starts with its own heading; what a section is *about*
/// (`RecordSection.Kind`) lets a builder or a test find it, renderers only read the blocks.
/// Text in the model is safe and plain: builders sanitise people's text once
/// (`RecordText.clean`), and each renderer escapes it for its own syntax.
///
/// Builders: `WorkshopRecord` (a workshop day, from a session). An agenda meeting's minutes or
/// the attendance of a day are built as the same model: add a `Kind` and a builder of sections.
public struct RecordDocument: Equatable, Sendable {
    public var language: Language
    /// The document's title (Word's Title style, Markdown's `#`).
    public var title: String
    /// Label and value lines under the title: "Datum: 3–4 december 2024".
    public var facts: [RecordFact]
    public var sections: [RecordSection]

    public init(language: Language, title: String, facts: [RecordFact] = [], sections: [RecordSection] = []) {
        self.language = language
        self.title = title
        self.facts = facts
        self.sections = sections
    }

    /// Every block, section after section, as renderers write them.
    public var blocks: [RecordBlock] { sections.flatMap(\.blocks) }
}

public struct RecordFact: Equatable, Sendable {
    public var label: String
    public var value: String
    public init(label: String, value: String) {
        self.label = label
        self.value = value
    }
}

/// A part of the document with its own heading: a day, a step, the attendance, the decisions.
public struct RecordSection: Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        /// A day of the plan (heading 1), then its steps.
        case day(Int)
        /// One step of the plan: its text, notes, themes or results (heading 2).
        case step(StepID)
        /// Who was there (by site or group).
        case attendance
        /// Which groups worked together.
        case groups
        /// An agenda item of a meeting.
        case agendaItem(String)
        case decisions
        case actions
    }

    public var kind: Kind
    public var blocks: [RecordBlock]

    public init(_ kind: Kind, blocks: [RecordBlock]) {
        self.kind = kind
        self.blocks = blocks
    }
}

/// One block of a document.
public enum RecordBlock: Equatable, Sendable {
    /// A heading under the title; `level` 1–3 (Word's Heading 1–3, Markdown's `##`–`####`).
    case heading(level: Int, text: String)
    case paragraph([RecordSpan])
    case bullets([[RecordSpan]])
    case numbered([[RecordSpan]])
    /// A quotation and who said it.
    case quote(text: String, attribution: String?)
    case table(RecordTable)
}

/// A run of text in one style; a "\n" in it is a line break within its paragraph or item.
public struct RecordSpan: Equatable, Sendable {
    public enum Style: Equatable, Sendable { case plain, strong, emphasis }
    public var text: String
    public var style: Style

    public init(_ text: String, _ style: Style = .plain) {
        self.text = text
        self.style = style
    }

    public static func strong(_ text: String) -> RecordSpan { RecordSpan(text, .strong) }
    public static func emphasis(_ text: String) -> RecordSpan { RecordSpan(text, .emphasis) }
}

/// A table with a header row. Numeric columns are right-aligned in every format.
public struct RecordTable: Equatable, Sendable {
    public struct Column: Equatable, Sendable {
        public var title: String
        public var numeric: Bool
        public init(_ title: String, numeric: Bool = false) {
            self.title = title
            self.numeric = numeric
        }
    }

    public var columns: [Column]
    /// Each row has one cell per column.
    public var rows: [[RecordCell]]

    public init(columns: [Column], rows: [[RecordCell]]) {
        self.columns = columns
        self.rows = rows
    }
}

/// A table cell: one line, or several (a list of resources in one cell).
public struct RecordCell: Equatable, Sendable, ExpressibleByStringLiteral {
    public var lines: [String]

    public init(_ text: String) { lines = [text] }
    public init(lines: [String]) { self.lines = lines }
    public init(stringLiteral text: String) { lines = [text] }
    public static func number(_ value: Int) -> RecordCell { RecordCell(String(value)) }

    /// The cell as one line, for formats and tests that want one.
    public var text: String { lines.joined(separator: " / ") }
}

/// People's text as it goes into a record.
public enum RecordText {
    /// Sanitised once (no control or bidi character survives, so every format can carry it), on
    /// one line (a note's line breaks become spaces), trimmed.
    public static func clean(_ text: String) -> String {
        let safe = Sanitiser.sanitise(text)
        return safe.split(whereSeparator: \.isNewline).map { String($0).trimmingWhitespace }
            .filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// Sanitised as `clean`, keeping the lines a person typed (a note written with Ctrl-N):
    /// each line trimmed, blank ones dropped, joined with "\n", which every renderer turns into
    /// its own line break (Markdown's hard break, `<br/>`, Word's `<w:br/>`).
    public static func lines(_ text: String) -> String {
        let safe = Sanitiser.sanitise(text)
        return safe.split(whereSeparator: \.isNewline).map { String($0).trimmingWhitespace }
            .filter { !$0.isEmpty }.joined(separator: "\n")
    }
}
