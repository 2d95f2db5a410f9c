/// What the facilitator asks of the theme board: themes, and notes hidden, merged, put in themes.
/// `changes(in:ids:)` turns it into the events to append, from the freshest state.
public enum BoardAction: Equatable, Sendable {
    case createTheme(step: StepID, title: String)
    case renameTheme(String, title: String)
    /// The theme's summary line for the record; empty takes it away.
    case summariseTheme(String, summary: String)
    /// One place up (`by: -1`) or down (`by: 1`) among the step's themes.
    case moveTheme(String, by: Int)
    /// Into a theme, or out of every theme (nil).
    case putInTheme([NoteID], theme: String?)
    case hide(NoteID, hidden: Bool)
    /// Duplicates merged into one note, which keeps its place.
    case merge([NoteID], into: NoteID)
    /// A merged note split off again; on the note they were merged into, all of its parts.
    case split(NoteID)
    /// The step's theme summary on the projector (true) or back off it.
    case showThemes(step: StepID, visible: Bool)

    public func changes(in session: Session, ids: inout any IDSource) throws(Refusal) -> [Change] {
        let board = session.state.board
        switch self {
        case .createTheme(let step, let title):
            return [.themeCreated(theme: session.freshThemeID(&ids), step: step, title: title)]
        case .renameTheme(let theme, let title):
            return [.themeRenamed(theme: theme, title: title)]
        case .summariseTheme(let theme, let summary):
            return [.themeSummarised(theme: theme, summary: summary)]
        case .moveTheme(let theme, let offset):
            guard let found = board.theme(theme) else { throw .unknownTheme(theme) }
            return [.themeMoved(theme: theme, position: found.index + offset)]
        case .putInTheme(let notes, let theme):
            return notes.map { .noteThemed(note: $0, theme: theme) }
        case .hide(let id, let hidden):
            return [.noteHidden(note: id, hidden: hidden)]
        case .merge(let duplicates, let into):
            return duplicates.map { .notesMerged(note: $0, into: into) }
        case .split(let id):
            let parts =
                board.mergedInto[id] != nil ? [id] : board.merged(into: id, among: session.state.notes).map(\.id)
            return parts.map { .noteSplit(note: $0) }
        case .showThemes(let step, let visible):
            return [.themesShown(step: step, visible: visible)]
        }
    }
}
