/// The notes as a table for Excel (`lagom export --format csv`): `;`-separated UTF-8 with a BOM
/// (what a Swedish Excel opens without asking), a header row, one row per note the room saw —
/// step, list, group, theme, parent, text, points, rank — numbers written as numbers.
///
/// The same notes as the record: unrevealed silent writing, hidden notes and merged duplicates
/// are left out. Points and place come from the vote that ranked the note's list (a resource is
/// ranked within its demand, as everywhere). Text is sanitised (no terminal control survives)
/// but keeps its line breaks; a cell Excel would read as a formula (`=`, `+`, `-`, `@`) starts with `'`.
public enum NoteTable {
    public static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// The header row's column names, in the export's language.
    static func header(_ language: Language) -> [String] {
        Catalogue.text(.csvHeader, language).split(separator: "|").map(String.init)
    }

    public enum Cell: Equatable, Sendable {
        case text(String)
        case number(Int)
        case empty
    }

    public static func csv(_ session: Session, language: Language? = nil) -> [UInt8] {
        var bytes: [UInt8] = []
        write(session, language: language) { bytes += $0.utf8 }
        return bytes
    }

    /// The table written a row at a time into `out`: the byte order mark and the header row first,
    /// each line ended by CR LF.
    public static func write(_ session: Session, language: Language? = nil, to out: (String) throws -> Void) rethrows {
        let session = session.forExport()  // unless made with forExport(.included)
        let words = header(language ?? session.plan.language)
        try out(String(decoding: byteOrderMark, as: UTF8.self))
        try out(line(words.map(Cell.text)))
        try forEachRow(session) { try out(line($0)) }
    }

    private static func line(_ cells: [Cell]) -> String {
        cells.map(field).joined(separator: ";") + "\r\n"
    }

    /// One row per note, in plan order, then as written, each handed to `body` as it is made.
    static func forEachRow(_ session: Session, _ body: ([Cell]) throws -> Void) rethrows {
        let plan = session.plan, state = session.state
        let ranks = rankings(session)
        for step in plan.steps {
            for note in state.shownNotes(step) {
                let theme = state.board.themeOf[note.id].flatMap { state.board.theme($0)?.theme.title }
                let ranked = ranks[note.id]
                try body([
                    .text(step.title), note.place.list.isEmpty ? .empty : .text(note.place.list),
                    note.place.group.map(Cell.number) ?? .empty, theme.map(Cell.text) ?? .empty,
                    note.place.parent.flatMap(state.note).map { .text($0.text) } ?? .empty, .text(note.text),
                    ranked?.points.map(Cell.number) ?? .empty, ranked?.rank.map(Cell.number) ?? .empty,
                ])
            }
        }
    }

    /// Each ranked note's points and place, from the first vote that scored its list.
    static func rankings(_ session: Session) -> [NoteID: RankedItem] {
        var result: [NoteID: RankedItem] = [:]
        for step in session.plan.steps {
            guard let tally = VoteTally(step: step, state: session.state) else { continue }
            for list in tally.results(in: session.state) {
                let items =
                    NestedRanking.groups(list, in: session.state, plan: session.plan)?.flatMap(\.items) ?? list.items
                for item in items where item.points != nil && result[item.note.id] == nil {
                    result[item.note.id] = item
                }
            }
        }
        return result
    }

    /// One field: numbers bare; text quoted when it holds `;`, `"`, a line break or outer spaces.
    static func field(_ cell: Cell) -> String {
        switch cell {
        case .empty: return ""
        case .number(let value): return String(value)
        case .text(let raw):
            var text = Sanitiser.sanitise(raw)
            if let first = text.first, "=+-@".contains(first) { text = "'" + text }
            let needsQuotes =
                text.contains { $0 == ";" || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
                || text.first == " " || text.last == " "
            return needsQuotes ? "\"" + text.replacing("\"", with: "\"\"") + "\"" : text
        }
    }
}
