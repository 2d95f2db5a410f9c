import LagomCore

/// The theme board's rows (`ThemeBoard.rows`), kept per notes epoch and grown by the notes that
/// come: within an epoch no note is themed, merged, hidden, edited or removed (each of those renews
/// it), so a new note only joins the notes in no theme, at the end of its list's run. A frame and
/// an arriving note then cost the same at 10,000 notes as at 10; a new epoch builds them afresh.
struct ThemeBoardRows: RandomAccessCollection, Sendable {
    typealias Row = ThemeBoard.Row

    /// The themes with their notes, then the row over the notes in no theme.
    var head: [Row] = []
    /// The notes in no theme: a run a list (its heading first) on a step of several lists, else one.
    var runs: [Run] = []
    /// The lists of the notes in no theme in the order their runs stand: the plan's, then others.
    var order: [String] = []
    /// A theme's notes, duplicates not counted.
    var themeCounts: [String: Int] = [:]
    /// How many of the step's live notes were looked at.
    var seen = 0
    private(set) var count = 0

    struct Run: Sendable {
        var list: String?
        var rows: [Row]
    }

    var startIndex: Int { 0 }
    var endIndex: Int { count }

    subscript(position: Int) -> Row {
        if position < head.count { return head[position] }
        var i = position - head.count
        for run in runs {
            if i < run.rows.count { return run.rows[i] }
            i -= run.rows.count
        }
        preconditionFailure("row \(position) of \(count)")
    }

    /// The rows of `step`'s notes in `session`, grown from `kept` when it is of the same epoch.
    /// `kept` is consumed: grown while no one else holds it, its runs are not copied to be appended to.
    static func of(
        _ step: StepID, lists: [String], in session: Session, kept: consuming ThemeBoardRows?
    ) -> ThemeBoardRows {
        let indices = session.liveNoteIndices(step: step)
        let state = session.state
        if var rows = kept.take(), rows.seen <= indices.count,
            rows.grow(with: indices[rows.seen...].map { state.notes[$0] }, state, showsLists: lists.count > 1)
        {
            rows.seen = indices.count
            return rows
        }
        var rows = ThemeBoardRows(step, lists: lists, notes: indices.map { state.notes[$0] }, state)
        rows.seen = indices.count
        return rows
    }

    /// Notes in no theme, none merged into them: at the end of their list's run. False when a note
    /// is not such a one (the rows are then built afresh).
    private mutating func grow(with notes: [Note], _ state: SessionState, showsLists: Bool) -> Bool {
        let board = state.board
        for note in notes {
            guard board.themeOf[note.id] == nil, board.mergedInto[note.id] == nil,
                !board.mergedInto.values.contains(note.id)
            else { return false }
        }
        for note in notes {
            let row = Row.note(note.id, depth: 0)
            count += 1
            guard showsLists else {
                if runs.isEmpty { runs.append(Run(list: nil, rows: [])) }
                runs[0].rows.append(row)
                continue
            }
            let list = note.place.list
            if let run = runs.firstIndex(where: { $0.list == list }) {
                runs[run].rows.append(row)
                continue
            }
            if !order.contains(list) { order.append(list) }
            let position = order.firstIndex(of: list) ?? order.count
            let before = runs.firstIndex { (order.firstIndex(of: $0.list ?? "") ?? 0) > position } ?? runs.count
            runs.insert(Run(list: list, rows: [.list(list), row]), at: before)
            count += 1
        }
        return true
    }

    /// Themes in order with their notes, then the notes in no theme; duplicates under the note they
    /// joined. On a step of several lists, a theme's notes stand list by list under the list's name.
    private init(_ step: StepID, lists: [String], notes: [Note], _ state: SessionState) {
        let board = state.board
        let showsLists = lists.count > 1
        var duplicates: [NoteID: [NoteID]] = [:]
        for note in notes {
            if let target = board.mergedInto[note.id] { duplicates[target, default: []].append(note.id) }
        }
        func noteRows(_ list: [Note]) -> [Row] {
            var rows: [Row] = []
            for note in list where board.mergedInto[note.id] == nil {
                rows.append(.note(note.id, depth: 0))
                for merged in duplicates[note.id] ?? [] { rows.append(.note(merged, depth: 1)) }
            }
            return rows
        }
        /// A list's runs, and the order of the lists.
        func listRuns(_ list: [Note]) -> ([Run], [String]) {
            guard showsLists else { return ([Run(list: nil, rows: noteRows(list))], []) }
            // A list the plan no longer names (the plan was edited) comes last, under its own name.
            var order = lists
            for note in list where !order.contains(note.place.list) { order.append(note.place.list) }
            var runs: [Run] = []
            for name in order {
                let these = list.filter { $0.place.list == name && board.mergedInto[$0.id] == nil }
                guard !these.isEmpty else { continue }
                runs.append(Run(list: name, rows: [.list(name)] + noteRows(these)))
            }
            return (runs, order)
        }
        let themes = board.themes[step] ?? []
        for theme in themes {
            head.append(.theme(theme.id))
            let these = notes.filter { board.themeOf[$0.id] == theme.id }
            themeCounts[theme.id] = these.filter { board.mergedInto[$0.id] == nil }.count
            head += listRuns(these).0.flatMap(\.rows)
        }
        head.append(.unthemed)
        (runs, order) = listRuns(
            notes.filter { note in board.themeOf[note.id].map { id in !themes.contains { $0.id == id } } ?? true })
        count = head.count + runs.reduce(0) { $0 + $1.rows.count }
    }
}
