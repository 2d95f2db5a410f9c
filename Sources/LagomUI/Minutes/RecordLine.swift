import LagomCore

/// How one record of the minutes reads on a screen, the same in the minute-taker's pane, on the
/// console and on the projector.
enum RecordLine {
    /// "Write the booking routine — Pål Öberg, 2026-04-09"; a status round's note says who spoke
    /// and under which heading: "Ines Falk · Obstacles: Long waits for the lab".
    static func body(_ entry: RecordEntry) -> String {
        var text = entry.text
        if entry.kind == .note {
            let said = [entry.speaker, entry.heading].compactMap { $0 }.joined(separator: " · ")
            if !said.isEmpty { text = said + ": " + text }
        }
        if entry.kind == .action {
            let who = [entry.owner, entry.due].compactMap { $0 }.joined(separator: ", ")
            if !who.isEmpty { text += " — " + who }
        }
        return text
    }

    /// With its kind in front: "Beslut: …".
    static func labelled(_ entry: RecordEntry, _ language: Language) -> String {
        MinutesStrings.kind(entry.kind).text(language) + ": " + body(entry)
    }

    /// The role a record is drawn in: decisions and actions stand out from notes.
    static func role(_ kind: RecordKind) -> Role {
        switch kind {
        case .decision, .action: .accent
        case .note: .normal
        }
    }
}
