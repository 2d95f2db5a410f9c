import LagomCore

/// The timekeeper's own words, Swedish and English.
extension Strings {
    public static let timekeeper = Localized(.tkTimekeeper)
    public static let noGroupsToStart = Localized(.tkNoGroupTimersToStart)
    public static let wholeRoom = Localized(.tkWholeRoom)
    public static let notStarted = Localized(.tkNotStarted)
    /// A countdown not started yet, in the list of timers (short, to fit 28 columns).
    public static let waiting = Localized(.tkWaiting)
    public static let running = Localized(.tkRunning)
    public static let timeIsUp = Localized(.tkTimeIsUp)
    public static let timers = Localized(.tkTimers)
    public static let noCurrentStep = Localized(.tkNoCurrentStep)
    public static func startsWith(_ minutes: String) -> Localized {
        Localized(.tkSpaceStartsMinutes, ["minutes": minutes])
    }
    public static func returnTimePassed(_ time: String) -> Localized {
        Localized(.tkReturnTimePassed, ["time": time])
    }
    public static let turnsAreHandedOn = Localized(.tkTurnsAreHandedOn)
    public static let noLength = Localized(.tkNoLength)
    /// After an exercise, until the plan's return time.
    public static let onBreak = Localized(.tkBreak)
    public static let noCountdown = Localized(.tkNoCountdown)

    /// The help of +1, +5 and −1 on a vattentrappa: they act on the speaking group's turn.
    public static func turnExtension(minutes: Int) -> Localized {
        let longer = minutes >= 0
        return Localized(longer ? .keyTurnLonger : .keyTurnShorter, ["minutes": abs(minutes)])
    }
}
