/// Reads an agenda as chairs write it — plain text or Markdown — into a plan:
///
///     # Coordination meeting 12 March
///     Date: 2026-03-12 · Place: … · Chair: … · Minute-taker: …
///     ## Participants
///     - Vera Lindqvist (North clinic)
///     ## Agenda
///     1. 09.00–09.10 Opening (Vera Lindqvist)
///     4. 10.10–10.40 Budget
///        a) 10.10–10.25 Outcome (Ines Falk)
///        Purpose: Decision
///     Paus 10.00–10.10
///
/// A numbered line is an item, an indented one with a letter its sub-item ("4a"); a time range
/// gives the start and length; a name in brackets at the end is who leads it. Indented
/// `Purpose:`/`Material:`/`Preparation:`/`Headings:` lines belong to the item above (headings
/// make it a status round, one speaker per unit). Lines it cannot place are returned, with their
/// line numbers, so nothing is dropped silently.
public enum AgendaImport {
    public struct Result: Sendable {
        public var plan: Plan
        /// `line 14: "…"` for every line that became nothing.
        public var unplaced: [String]
    }

    public static func read(_ text: String, language: Language? = nil) -> Result {
        var reader = AgendaReader(language: language)
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            reader.read(String(raw), line: index + 1)
        }
        return reader.result()
    }
}

/// Words an agenda uses, in both languages.
enum AgendaWords {
    static let breaks = ["paus", "break", "fika", "lunch", "coffee", "kaffe", "rast"]
    static let participants = ["participants", "deltagare", "attendees", "närvarande", "kallade", "invited"]
    static let agenda = ["agenda", "dagordning", "program"]
    static let fields: [String: String] = [
        "date": "date", "datum": "date", "place": "place", "plats": "place", "location": "place", "lokal": "place",
        "chair": "chair", "ordförande": "chair", "mötesordförande": "chair",
        "minute-taker": "minuteTaker", "minute taker": "minuteTaker", "minutes": "minuteTaker",
        "sekreterare": "minuteTaker",
        "protokollförare": "minuteTaker", "purpose": "purpose", "syfte": "purpose", "material": "material",
        "underlag": "material", "preparation": "preparation", "förberedelse": "preparation", "prepare": "preparation",
        "headings": "headings", "rubriker": "headings", "responsible": "owners", "ansvarig": "owners",
    ]
    static let swedishHints = [
        "paus", "fika", "dagordning", "deltagare", "datum", "plats", "ordförande", "incheckning",
        "syfte", "underlag", "ansvarig", "rubriker", "övrigt", "avslutning", "mötets",
    ]
}
