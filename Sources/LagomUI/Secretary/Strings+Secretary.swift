import LagomCore

/// The secretary pane's strings, Swedish and English.
enum SecretaryStrings {
    static func header(_ group: Int) -> Localized {
        Localized(sv: "Grupp \(group) · sekreterare", en: "Group \(group) · secretary")
    }
    static let waiting = Localized(sv: "Väntar på nästa steg", en: "Waiting for the next step")
    static let waitingWhy = Localized(
        sv: "Det här steget samlar inte in lappar. Skärmen byter själv när det är dags att skriva.",
        en: "This step collects no notes. The screen changes by itself when it is time to write.")
    static let noStep = Localized(sv: "Dagen har inte börjat.", en: "The day has not started.")
    static func now(_ title: String) -> Localized { Localized(sv: "Nu: \(title)", en: "Now: \(title)") }
    static func notInStep(_ group: Int, groups: Int) -> Localized {
        Localized(
            sv: "Steget har \(groups) grupper; grupp \(group) skriver inte här.",
            en: "This step has \(groups) groups; group \(group) does not write here.")
    }
    static let newNote = Localized(sv: "Ny lapp", en: "New note")
    static func editing(_ id: NoteID) -> Localized { Localized(sv: "Redigerar lapp \(id)", en: "Editing note \(id)") }
    static let list = Localized(sv: "Lista", en: "List")
    static func groupNotes(_ n: Int) -> Localized {
        Localized(sv: "Gruppens lappar (\(n))", en: "The group's notes (\(n))")
    }
    static let noNotesYet = Localized(
        sv: "Inga lappar än. Skriv och tryck Enter.", en: "No notes yet. Type and press Enter.")
    static let saved = Localized(sv: "✓ Sparad", en: "✓ Saved")
    static func savedMany(_ n: Int) -> Localized {
        Localized(sv: "✓ \(n) lappar sparade (en per rad)", en: "✓ \(n) notes saved (one per line)")
    }
    static let edited = Localized(sv: "✓ Ändrad", en: "✓ Changed")
    static let deleted = Localized(sv: "✓ Borttagen (Ctrl-R ångrar)", en: "✓ Deleted (Ctrl-R undoes)")
    static let empty = Localized(sv: "⚠ Lappen är tom", en: "⚠ The note is empty")
    static let nothingSelected = Localized(sv: "⚠ Markera en lapp med ↑↓ först", en: "⚠ Select a note with ↑↓ first")
    static func tooLong(_ n: Int, _ limit: Int) -> Localized {
        Localized(
            sv: "⚠ Lappen har \(n) tecken; högst \(limit) får plats",
            en: "⚠ The note has \(n) characters; the limit is \(limit)")
    }
    static let pasteOnePerLine = Localized(sv: "Inklistring: en lapp per rad", en: "Paste: one note per line")
    static let pasteAsOne = Localized(sv: "Inklistring: allt i en lapp", en: "Paste: all in one note")
    static let silent = Localized(
        sv: "Tyst skrivande: lapparna syns inte för andra förrän facilitatorn visar dem.",
        en: "Silent writing: nobody else sees the notes until the facilitator reveals them.")
    static let revealed = Localized(sv: "Lapparna är visade för alla.", en: "The notes have been revealed.")
    static let markedDone = Localized(sv: "✓ Klar (Ctrl-D ångrar)", en: "✓ Done (Ctrl-D takes it back)")
    static let notDoneYet = Localized(
        sv: "Inte klar (Ctrl-D när ni är klara)", en: "Not done (Ctrl-D when you are done)")
    /// The turn's clock as the group reads it: what is left, paused, or how far over.
    static func speakingNow(_ clock: String?, paused: Bool, over: Bool) -> Localized {
        let sv = clock.map { over ? " · \($0.dropFirst()) över tiden" : " · \($0) kvar" } ?? ""
        let en = clock.map { over ? " · \($0.dropFirst()) over time" : " · \($0) left" } ?? ""
        if paused {
            return Localized(sv: "‖ Ni har ordet" + sv + " · pausad", en: "‖ You have the word" + en + " · paused")
        }
        return Localized(sv: "▶ Ni har ordet" + sv, en: "▶ You have the word" + en)
    }
    static func listen(_ group: Int) -> Localized {
        Localized(sv: "Lyssna: grupp \(group) har ordet", en: "Listen: group \(group) has the word")
    }
    static let relayNotStarted = Localized(
        sv: "Vattentrappan har inte börjat", en: "The water staircase has not started")
    static let relayEnded = Localized(sv: "Vattentrappan är slut", en: "The water staircase has ended")
    // What the other groups said on a vattentrappa, below the group's own notes
    static func othersSaid(_ n: Int) -> Localized {
        Localized(sv: "Redan sagt av andra grupper (\(n))", en: "Already said by other groups (\(n))")
    }
    static func otherNote(group: Int?) -> Localized {
        guard let group else { return Localized(sv: "Processledaren:", en: "Facilitator:") }
        return Localized(sv: "Grupp \(group):", en: "Group \(group):")
    }
    static func similar(group: Int?, _ text: String) -> Localized {
        guard let group else {
            return Localized(
                sv: "Liknar det som redan sagts: ”\(text)”", en: "Close to what was already said: “\(text)”")
        }
        return Localized(
            sv: "Liknar det grupp \(group) redan sagt: ”\(text)”",
            en: "Close to what group \(group) already said: “\(text)”")
    }
    static let roles = Localized(sv: "Roller", en: "Roles")
    static let saving = Localized(sv: "Sparar …", en: "Saving …")

    // Notes that hang under a note of an earlier list (resources under a demand)
    static func parentLine(_ list: String, _ position: Int, of count: Int, _ text: String) -> Localized {
        Localized(
            sv: "↳ Under \(list) \(position) av \(count): \(text)",
            en: "↳ Under \(list) \(position) of \(count): \(text)")
    }
    static func parentNone(_ list: String) -> Localized {
        Localized(
            sv: "↳ \(list): inga lappar att hänga under än – lappen sparas utan",
            en: "↳ \(list): no notes to hang under yet – saved without one")
    }
    static func parentOther(_ list: String, _ text: String) -> Localized {
        Localized(sv: "↳ Under \(list): \(text)", en: "↳ Under \(list): \(text)")
    }
    static let withoutParent = Localized(sv: "Utan överordnad lapp", en: "Without a parent note")
    static func movedUnder(_ text: String) -> Localized {
        Localized(sv: "✓ Flyttad under: \(text)", en: "✓ Moved under: \(text)")
    }

    // Quitting and drafts
    static let confirmQuit = Localized(
        sv: "⚠ Lappen är inte sparad. Enter sparar den; Ctrl-X igen avslutar utan att spara.",
        en: "⚠ The note is not saved. Enter saves it; Ctrl-X again quits without saving.")
    static let draftRestored = Localized(
        sv: "✓ Utkastet från förra gången är tillbaka", en: "✓ Your draft from last time is back")
    static func draftWaiting(_ text: String) -> Localized {
        Localized(
            sv: "Ditt utkast väntar till nästa skrivsteg: \(text)",
            en: "Your draft waits for the next writing step: \(text)")
    }
    static let nothingToWriteIn = Localized(
        sv: "⚠ Här går det inte att skriva nu; skärmen byter när det är dags.",
        en: "⚠ There is nothing to write in now; the screen changes when it is time.")

    // A note removed while it was being edited
    static let editedNoteRemoved = Localized(
        sv: "⚠ Lappen du redigerar har tagits bort. Enter sparar texten som en ny lapp; Esc slänger ändringen.",
        en: "⚠ The note you are editing was removed. Enter saves the text as a new note; Esc drops the change.")
    static let removedTitle = Localized(sv: "Borttagen lapp – sparas som ny", en: "Removed note – saved as new")

    // A paste with a line that cannot be saved
    static func pasteKept(line: Int) -> Localized {
        Localized(
            sv:
                "Rad \(line) går inte att spara. Inklistringen ligger kvar: rätta raden och tryck Enter (en lapp per rad).",
            en: "Line \(line) cannot be saved. The paste is kept: fix the line and press Enter (one note per line).")
    }
    static let pastedLines = Localized(sv: "Inklistring · en lapp per rad", en: "Paste · one note per line")
}
