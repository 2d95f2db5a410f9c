// Words in what Lagom writes for others to read: the CSV of notes, the Word record, the next
// meeting's plan and an agenda read from a document.
extension TextKey {
    /// CSV export (`lagom export --format csv`): the header row, one column name per word,
    /// separated by `|` (step, list, group, theme, parent note, text, points, place).
    public static var csvHeader: TextKey { TextKey() }
    /// Record and Word export: the months, January first, separated by spaces ("3 december 2024").
    public static var monthNames: TextKey { TextKey() }
    /// Word export: the document's language, as Word's spelling check names it (BCP 47).
    public static var wordLanguageTag: TextKey { TextKey() }
    /// Word export's footer, centred. {page} and {pages}: Word's PAGE and NUMPAGES fields.
    public static var wordFooter: TextKey { TextKey() }
    /// Next meeting's plan: the step that carries what the last meeting left open.
    public static var carriedTitle: TextKey { TextKey() }
    /// Next meeting's plan, a bullet of the carried step: an open action.
    /// {action}: its text, its owner after " — " when it has one.
    public static var carriedAction: TextKey { TextKey() }
    /// Next meeting's plan: an open action with a due date. {action}: as above; {due}: the date,
    /// as written (2026-04-30).
    public static var carriedActionDue: TextKey { TextKey() }
    /// Next meeting's plan: an item the last meeting did not finish. {item}: its number and title.
    public static var carriedUnfinished: TextKey { TextKey() }
    /// An agenda read from a document (`lagom import`) without a title: the plan's title and its
    /// day's.
    public static var importedMeetingTitle: TextKey { TextKey() }
}
