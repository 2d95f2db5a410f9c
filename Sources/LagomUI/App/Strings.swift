import LagomCore

/// Every interface string, in Swedish and English. One language per screen.
public enum Strings {
    public static let agenda = Localized(sv: "Agenda", en: "Agenda")
    public static let day = Localized(sv: "Dag", en: "Day")
    public static let noStepYet = Localized(
        sv: "Dagen har inte börjat. Tryck n för första steget.",
        en: "The day has not started. Press n for the first step.")
    public static let onTime = Localized(sv: "i tid", en: "on time")
    public static func behind(_ minutes: Int) -> Localized {
        Localized(sv: "\(minutes) min efter", en: "\(minutes) min behind")
    }
    public static func ahead(_ minutes: Int) -> Localized {
        Localized(sv: "\(minutes) min före", en: "\(minutes) min ahead")
    }
    public static func minutes(_ n: Int) -> Localized { Localized(sv: "\(n) min", en: "\(n) min") }
    public static func backAt(_ time: String) -> Localized { Localized(sv: "Åter \(time)", en: "Back at \(time)") }

    public static func status(_ status: StepStatus) -> Localized {
        switch status {
        case .pending: Localized(sv: "ej startat", en: "not started")
        case .active: Localized(sv: "pågår", en: "running")
        case .paused: Localized(sv: "pausat", en: "paused")
        case .done: Localized(sv: "klart", en: "done")
        }
    }

    /// A symbol per status, so the agenda reads without colour.
    public static func statusSymbol(_ status: StepStatus) -> String {
        switch status {
        case .pending: " "
        case .active: "▶"
        case .paused: "‖"
        case .done: "✓"
        }
    }

    public static func level(_ level: TimerLevel, criticalMinutes: Int = 1) -> Localized {
        switch level {
        case .normal: Localized(sv: "", en: "")
        case .warning: Localized(sv: "snart slut", en: "ending soon")
        case .critical where criticalMinutes > 1:
            Localized(sv: "sista \(criticalMinutes) minuterna", en: "last \(criticalMinutes) minutes")
        case .critical: Localized(sv: "sista minuten", en: "last minute")
        case .overtime: Localized(sv: "övertid", en: "overtime")
        }
    }

    public static let paused = Localized(sv: "pausad", en: "paused")
    /// A hard stop held at zero.
    public static let timeUp = Localized(sv: "tiden är ute", en: "time's up")
    public static let stopped = Localized(sv: "stoppad", en: "stopped")

    public static func kind(_ kind: StepKind) -> Localized {
        switch kind {
        case .info: Localized(sv: "Information", en: "Information")
        case .checkin: Localized(sv: "Incheckning", en: "Check-in")
        case .groupwork: Localized(sv: "Grupparbete", en: "Group work")
        case .vattentrappa: Localized(sv: "Vattentrappa", en: "Water staircase")
        case .brainwriting: Localized(sv: "Tyst skrivande", en: "Silent writing")
        case .vote: Localized(sv: "Röstning", en: "Vote")
        case .break: Localized(sv: "Paus", en: "Break")
        }
    }

    public static let question = Localized(sv: "Fråga", en: "Question")
    public static let round = Localized(sv: "Rundan", en: "The round")
    public static let speaking = Localized(sv: "Talar nu", en: "Speaking")
    public static func perPerson(_ seconds: Int) -> Localized {
        seconds % 60 == 0
            ? Localized(sv: "\(seconds / 60) min per person", en: "\(seconds / 60) min each")
            : Localized(sv: "\(seconds) s per person", en: "\(seconds) s each")
    }
    public static let prompts = Localized(sv: "Uppgift", en: "Task")
    public static let roles = Localized(sv: "Roller i gruppen", en: "Roles in each group")
    /// "6 grupper om 7–8", "4 grupper om 11", "22 par": the sizes the groups will have.
    public static func groups(_ count: Int, sizes: ClosedRange<Int>?, mixBy: String?) -> Localized {
        let mixSv = mixBy.map { ", " + PeopleStrings.mixedBy($0).sv } ?? ""
        let mixEn = mixBy.map { ", " + PeopleStrings.mixedBy($0).en } ?? ""
        if sizes == 2...2 { return Localized(sv: "\(count) par\(mixSv)", en: "\(count) pairs\(mixEn)") }
        let span = sizes.map {
            $0.lowerBound == $0.upperBound ? "\($0.lowerBound)" : "\($0.lowerBound)–\($0.upperBound)"
        }
        let sizeSv = span.map { " om \($0)" } ?? ""
        let sizeEn = span.map { " of \($0)" } ?? ""
        return Localized(sv: "\(count) grupper\(sizeSv)\(mixSv)", en: "\(count) groups\(sizeEn)\(mixEn)")
    }
    public static func timeBox(_ minutes: Int) -> Localized {
        Localized(sv: "Tid: \(minutes) min", en: "Time: \(minutes) min")
    }
    /// A step with a length and a return time: the exercise, then a break until the return time.
    public static func exerciseThenBreak(_ minutes: Int) -> Localized {
        Localized(sv: "Övning \(minutes) min, sedan paus", en: "Exercise \(minutes) min, then a break")
    }
    public static func notesSoFar(_ n: Int) -> Localized {
        Localized(
            sv: n == 1 ? "1 lapp hittills" : "\(n) lappar hittills", en: n == 1 ? "1 note so far" : "\(n) notes so far")
    }
    public static func notesCount(_ n: Int) -> Localized {
        Localized(sv: n == 1 ? "1 lapp" : "\(n) lappar", en: n == 1 ? "1 note" : "\(n) notes")
    }
    public static func groupName(_ n: Int) -> Localized { Localized(sv: "Grupp \(n)", en: "Group \(n)") }
    public static func perTurn(_ minutes: Int) -> Localized {
        Localized(sv: "\(minutes) min per grupp och tur", en: "\(minutes) min per group and turn")
    }
    public static let vattentrappaBrief = Localized(
        sv:
            "Grupperna talar i tur och ordning. Varje grupp fortsätter där förra slutade, utan att upprepa. Alla andra lyssnar.",
        en: "Groups speak in turn. Each continues where the last stopped, without repeating. Everyone else listens.")
    public static let brainwritingBrief = Localized(
        sv: "Alla skriver tyst. Lapparna visas först när processledaren visar dem.",
        en: "Everyone writes in silence. Notes are shown only when the facilitator reveals them.")
    public static let brainwritingShared = Localized(
        sv: "Lapparna är visade: nu delar vi.", en: "The notes are revealed: now we share.")
    public static func voteBrief(_ votes: Int, cap: Int?) -> Localized {
        let capSv = cap.map { ", högst \($0) per punkt" } ?? ""
        let capEn = cap.map { ", at most \($0) per item" } ?? ""
        return Localized(sv: "Alla har \(votes) röster\(capSv).", en: "Everyone has \(votes) votes\(capEn).")
    }
    public static let resultsHidden = Localized(
        sv: "Resultatet visas när processledaren visar det.",
        en: "The result is shown when the facilitator reveals it.")
    public static func points(_ n: Int) -> String { "\(n) p" }
    public static let noScore = Localized(sv: "ingen poäng", en: "no score")
    public static let ranks = Localized(sv: "rangordnade", en: "ranked")
    public static let owners = Localized(sv: "Ansvarig", en: "Led by")

    /// The sign that something did not fit: "… 3 till".
    public static func more(_ n: Int) -> Localized { Localized(sv: "… \(n) till", en: "… \(n) more") }
    /// A break not started yet: its length, not a return time that would move with the clock.
    public static func breakLength(_ minutes: Int) -> Localized {
        Localized(sv: "\(minutes) minuter", en: "\(minutes) minutes")
    }
    public static let stepDone = Localized(sv: "✓ Klart", en: "✓ Done")
    public static let noTurnYet = Localized(sv: "Ingen grupp har ordet än.", en: "No group has the word yet.")

    // Messages
    public static let undone = Localized(sv: "Ångrat.", en: "Undone.")
    public static func pasteCut(keptKiB: Int) -> Localized {
        Localized(
            sv: "Inklistringen var för lång: bara de första \(keptKiB) KiB togs med.",
            en: "The paste was too long: only its first \(keptKiB) KiB were kept.")
    }
    public static let saved = Localized(sv: "Sparat.", en: "Saved.")
    public static let present = Localized(sv: "Presentationsläge", en: "Present mode")
}
