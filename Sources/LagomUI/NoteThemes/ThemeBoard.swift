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
    /// Kept per notes epoch and grown by the notes that come (`ThemeBoardRows`).
    func rows(_ session: Session) -> ThemeBoardRows {
        let key = RowsKey(epoch: session.notesEpoch, step: step, lists: lists)
        // Taken out while it grows, so its rows are not copied to be appended to.
        let rows = ThemeBoardRows.of(step, lists: lists, in: session, kept: Self.keptRows.take(key))
        Self.keptRows.set(key, rows)
        return rows
    }

    private struct RowsKey: Hashable, Sendable {
        var epoch: UInt64
        var step: StepID
        var lists: [String]
    }

    private static let keptRows = Memo<RowsKey, ThemeBoardRows>(most: 8)

    func currentRow(_ session: Session) -> Row? {
        let rows = rows(session)
        return rows.isEmpty ? nil : rows[min(cursor, rows.count - 1)]
    }

    /// The theme the cursor is in: its header or one of its notes.
    func currentTheme(_ session: Session) -> String? {
        let rows = rows(session)
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

    func currentNote(_ session: Session) -> NoteID? {
        if case .note(let id, _)? = currentRow(session) { return id }
        return nil
    }
}
