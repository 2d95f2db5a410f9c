import LagomCore

/// The facilitator's keyboard-only board for grouping a step's notes into themes:
/// create, rename, move notes (or several marked ones) into a theme, merge duplicates,
/// split them back, reorder themes, and moderate (edit or hide) a note before it shows.
/// Every change is one transaction, so `u` undoes it.
public struct ThemeBoard {
    public enum Row: Equatable, Sendable {
        case theme(String)
        case unthemed
        case note(NoteID, depth: Int)
    }

    /// What the text line at the bottom is for.
    public enum Input: Equatable, Sendable {
        case newTheme, rename(String), summary(String), editNote(NoteID)
    }

    public let step: StepID
    public var cursor = 0
    public var marked: Set<NoteID> = []
    public var input: (purpose: Input, editor: LineEditor)?
    /// Choosing the theme for `moveIntoTheme`: the index into the themes, `themes.count` = no theme.
    public var picking: Int?
    public var showingHelp = false
    /// The first key shown in the help overlay, when it is taller than the screen.
    public var helpOffset = 0
    public var message: StatusMessage?

    public init(step: StepID) { self.step = step }

    /// Themes in order with their notes, then the notes in no theme; duplicates under the note they joined.
    public func rows(_ state: SessionState) -> [Row] {
        let notes = state.notes(step: step)
        let board = state.board
        var rows: [Row] = []
        var duplicates: [NoteID: [NoteID]] = [:]
        for note in notes {
            if let target = board.mergedInto[note.id] { duplicates[target, default: []].append(note.id) }
        }
        func add(_ list: [Note]) {
            for note in list where board.mergedInto[note.id] == nil {
                rows.append(.note(note.id, depth: 0))
                for merged in duplicates[note.id] ?? [] { rows.append(.note(merged, depth: 1)) }
            }
        }
        let themes = board.themes[step] ?? []
        for theme in themes {
            rows.append(.theme(theme.id))
            add(notes.filter { board.themeOf[$0.id] == theme.id })
        }
        rows.append(.unthemed)
        add(notes.filter { note in board.themeOf[note.id].map { id in !themes.contains { $0.id == id } } ?? true })
        return rows
    }

    func currentRow(_ state: SessionState) -> Row? {
        let rows = rows(state)
        return rows.isEmpty ? nil : rows[min(cursor, rows.count - 1)]
    }

    /// The theme the cursor is in: its header or one of its notes.
    func currentTheme(_ state: SessionState) -> String? {
        let rows = rows(state)
        guard !rows.isEmpty else { return nil }
        for row in rows[...min(cursor, rows.count - 1)].reversed() {
            if case .theme(let id) = row { return id }
            if case .unthemed = row { return nil }
        }
        return nil
    }

    func currentNote(_ state: SessionState) -> NoteID? {
        if case .note(let id, _)? = currentRow(state) { return id }
        return nil
    }
}
