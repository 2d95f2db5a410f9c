import LagomCore

/// The texts of the minute-taker's pane and of the minutes wherever a screen shows them.
enum MinutesStrings {
    static let header = Localized(sv: "Protokoll", en: "Minutes")
    static let waiting = Localized(
        sv: "Mötet har inte börjat. Rutan följer punkten som pågår.",
        en: "The meeting has not started. The pane follows the item under way.")
    static let pickWithPage = Localized(
        sv: "PgUp/PgDn väljer en punkt att skriva på redan nu.", en: "PgUp/PgDn picks an item to write on now.")

    /// "Beslut", "Åtgärd", "Anteckning": the record's kind as a label.
    static func kind(_ kind: RecordKind) -> Localized {
        switch kind {
        case .note: Localized(sv: "Anteckning", en: "Note")
        case .decision: Localized(sv: "Beslut", en: "Decision")
        case .action: Localized(sv: "Åtgärd", en: "Action")
        }
    }
    /// The editor's title: "Nytt beslut".
    static func new(_ kind: RecordKind) -> Localized {
        switch kind {
        case .note: Localized(sv: "Ny anteckning", en: "New note")
        case .decision: Localized(sv: "Nytt beslut", en: "New decision")
        case .action: Localized(sv: "Ny åtgärd", en: "New action")
        }
    }
    static func editing(_ kind: RecordKind) -> Localized {
        Localized(sv: "Ändrar: \(kind.swedish)", en: "Editing the \(kind.rawValue)")
    }
    static let kindHint = Localized(sv: "Tab byter sort", en: "Tab switches kind")
    static let owner = Localized(sv: "Ansvarig", en: "Owner")
    static let due = Localized(sv: "Klart senast", en: "Due")
    static let dueHint = Localized(sv: "ÅÅÅÅ-MM-DD, eller tomt", en: "YYYY-MM-DD, or empty")
    static let ownerHint = Localized(sv: "Tab fyller i namnet", en: "Tab completes the name")
    static func records(_ count: Int) -> Localized {
        Localized(sv: "Punktens protokoll (\(count))", en: "The item's minutes (\(count))")
    }
    static let noRecordsYet = Localized(
        sv: "Inget antecknat än. Skriv och tryck Enter.", en: "Nothing recorded yet. Type and press Enter.")
    static let responsible = Localized(sv: "Ansvarig", en: "Responsible")
    static func meetingIsAt(_ item: String) -> Localized {
        Localized(sv: "↳ Mötet är nu på \(item) (Esc följer med)", en: "↳ The meeting is now at \(item) (Esc follows)")
    }
    static let meetingNotStarted = Localized(
        sv: "↳ Mötet har inte börjat (Esc följer med)", en: "↳ The meeting has not started (Esc follows)")
    static let speaking = Localized(sv: "Talar", en: "Speaking")
    static let nobodySpeaking = Localized(sv: "ingen har ordet", en: "nobody has the word")
    static let heading = Localized(sv: "Rubrik", en: "Heading")
    static let noHeading = Localized(sv: "ingen", en: "none")
    static let headingHint = Localized(sv: "F3 byter", en: "F3 switches")

    // Messages
    static func saved(_ kind: RecordKind) -> Localized {
        switch kind {
        case .note: Localized(sv: "✓ Anteckningen sparad", en: "✓ Note saved")
        case .decision: Localized(sv: "✓ Beslutet sparat", en: "✓ Decision saved")
        case .action: Localized(sv: "✓ Åtgärden sparad", en: "✓ Action saved")
        }
    }
    static let changed = Localized(sv: "✓ Ändrad", en: "✓ Changed")
    static let deleted = Localized(sv: "✓ Borttagen (Ctrl-R ångrar)", en: "✓ Deleted (Ctrl-R undoes)")
    static let empty = Localized(sv: "⚠ Skriv en text först", en: "⚠ Type a text first")
    static func tooLong(_ count: Int) -> Localized {
        Localized(
            sv: "⚠ Texten har \(count) tecken; högst \(RecordEntry.textLimit) får plats",
            en: "⚠ The text has \(count) characters; the limit is \(RecordEntry.textLimit)")
    }
    static let needsOwner = Localized(
        sv: "⚠ En åtgärd behöver en ansvarig: skriv ett namn (Tab fyller i)",
        en: "⚠ An action needs an owner: type a name (Tab completes)")
    static func badDue(_ text: String) -> Localized {
        Localized(
            sv: "⚠ \"\(text)\" är inget datum; skriv som 2026-03-26, eller lämna tomt",
            en: "⚠ \"\(text)\" is no date; write it as 2026-03-26, or leave it empty")
    }
    static let nothingSelected = Localized(
        sv: "⚠ Markera en post med ↑↓ först", en: "⚠ Select a record with ↑↓ first")
    static let noItem = Localized(
        sv: "⚠ Ingen punkt att skriva på: mötet har inte börjat (PgDn väljer en)",
        en: "⚠ No item to write on: the meeting has not started (PgDn picks one)")
    static let noHeadings = Localized(
        sv: "⚠ Punkten har inga rubriker att välja", en: "⚠ The item has no headings to choose from")
    static let noCompletion = Localized(
        sv: "Inget namn i mötet börjar så; texten sparas som den står",
        en: "No name in the meeting starts so; the text is saved as it is")
    static let confirmQuit = Localized(
        sv: "⚠ Texten är inte sparad. Enter sparar; Ctrl-X igen avslutar utan att spara.",
        en: "⚠ The text is not saved. Enter saves it; Ctrl-X again quits without saving.")
    static let recordRemoved = Localized(
        sv: "⚠ Posten du ändrar har tagits bort; Enter sparar texten som en ny",
        en: "⚠ The record you are editing was removed; Enter saves the text as a new one")

    // The minutes where the room sees them
    static func onProjector(_ shown: Bool) -> Localized {
        shown
            ? Localized(
                sv: "✓ Protokollet visas på projektorn (m tar bort det)",
                en: "✓ The minutes are on the projector (m takes them off)")
            : Localized(sv: "✓ Protokollet är borta från projektorn", en: "✓ The minutes are off the projector")
    }
    static let decisions = Localized(sv: "Beslut", en: "Decisions")
    static let actions = Localized(sv: "Åtgärder", en: "Actions")
    static let notes = Localized(sv: "Anteckningar", en: "Notes")
    static let nothingYet = Localized(
        sv: "Inga beslut eller åtgärder än på den här punkten.", en: "No decisions or actions on this item yet.")
}
