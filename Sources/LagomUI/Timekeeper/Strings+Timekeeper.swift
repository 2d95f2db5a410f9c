import LagomCore

/// The timekeeper's own words, Swedish and English.
extension Strings {
    public static let timekeeper = Localized(sv: "Tidshållare", en: "Timekeeper")
    public static let noGroupsToStart = Localized(
        sv: "Inga gruppers timrar att starta här.", en: "No group timers to start here.")
    public static let wholeRoom = Localized(sv: "Hela rummet", en: "Whole room")
    public static let notStarted = Localized(sv: "ej startad", en: "not started")
    public static let running = Localized(sv: "går", en: "running")
    public static let timeIsUp = Localized(sv: "Tiden är ute", en: "Time is up")
    public static let timers = Localized(sv: "Timrar", en: "Timers")
    public static let noCurrentStep = Localized(
        sv: "Inget steg pågår. Facilitatorn väljer steg.",
        en: "No step yet. The facilitator chooses the step.")
    public static func startsWith(_ minutes: String) -> Localized {
        Localized(sv: "Mellanslag startar \(minutes)", en: "Space starts \(minutes)")
    }
    public static func returnTimePassed(_ time: String) -> Localized {
        Localized(
            sv: "Åter \(time) har redan passerat: + eller 5 startar 1 eller 5 minuter",
            en: "Back at \(time) has passed: + or 5 starts 1 or 5 minutes")
    }
    public static let turnsAreHandedOn = Localized(
        sv: "Vattentrappa: klockan är talarens tur, processledaren lämnar ordet med s",
        en: "Water staircase: the clock is the turn; the facilitator hands it on with s")
    public static let noLength = Localized(
        sv: "Steget har ingen tid i planen: + eller 5 startar 1 eller 5 minuter",
        en: "The step has no length in the plan: + or 5 starts 1 or 5 minutes")
    /// After an exercise, until the plan's return time.
    public static let onBreak = Localized(sv: "paus", en: "break")
    public static let noCountdown = Localized(sv: "utan nedräkning", en: "no countdown")
}
