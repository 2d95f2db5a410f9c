import LagomCore

/// The facilitator's keyboard-only board for grouping a step's notes into themes:
/// create, rename, move notes (or several marked ones) into a theme, merge duplicates,
/// split them back, reorder themes, and moderate (edit or hide) a note before it shows.
/// Every change is one transaction, so `u` undoes it.
public struct ThemeBoard {
    public enum Row: Equatable, Sendable {
        case theme(String)
        case unthemed
        /// A heading over the notes of one list, when the step has several: a note's list is
        /// read once per run, not squeezed into every line.
        case list(String)
        case note(NoteID, depth: Int)
    }

    /// What the text line at the bottom is for.
    public enum Input: Equatable, Sendable {
        case newTheme, rename(String), summary(String), editNote(NoteID)
    }

    public let step: StepID
    /// The step's lists in the plan's order; with more than one, the notes stand under list headings.
    public let lists: [String]
    public var cursor = 0
    public var marked: Set<NoteID> = []
    public var input: (purpose: Input, editor: LineEditor)?
    /// Choosing the theme for `moveIntoTheme`: the index into the themes, `themes.count` = no theme.
    public var picking: Int?
    public var showingHelp = false
    /// The first key shown in the help overlay, when it is taller than the screen.
    public var helpOffset = 0
    public var message: StatusMessage?

    public init(step: StepID, lists: [String] = []) {
        self.step = step
        self.lists = lists
    }

    /// Whether the notes stand under the headings of their lists.
    var showsLists: Bool { lists.count > 1 }

    /// Themes in order with their notes, then the notes in no theme; duplicates under the note they
    /// joined. On a step of several lists, a theme's notes stand list by list under the list's name.
    public func rows(_ state: SessionState) -> [Row] {
        let notes = state.notes(step: step)
        let board = state.board
        var rows: [Row] = []
        var duplicates: [NoteID: [NoteID]] = [:]
        for note in notes {
            if let target = board.mergedInto[note.id] { duplicates[target, default: []].append(note.id) }
        }
        func addNotes(_ list: [Note]) {
            for note in list where board.mergedInto[note.id] == nil {
                rows.append(.note(note.id, depth: 0))
                for merged in duplicates[note.id] ?? [] { rows.append(.note(merged, depth: 1)) }
            }
        }
        func add(_ list: [Note]) {
            guard showsLists else { return addNotes(list) }
            // A list the plan no longer names (the plan was edited) comes last, under its own name.
            var order = lists
            for note in list where !order.contains(note.place.list) { order.append(note.place.list) }
            for name in order {
                let these = list.filter { $0.place.list == name && board.mergedInto[$0.id] == nil }
                guard !these.isEmpty else { continue }
                rows.append(.list(name))
                addNotes(these)
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
            switch row {
            case .theme(let id): return id
            case .unthemed: return nil
            case .list, .note: continue
            }
        }
        return nil
    }

    func currentNote(_ state: SessionState) -> NoteID? {
        if case .note(let id, _)? = currentRow(state) { return id }
        return nil
    }
}
