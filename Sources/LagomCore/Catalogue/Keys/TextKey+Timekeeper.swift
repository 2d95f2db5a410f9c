extension TextKey {
    /// Timekeeper's pane
    public static var tkTimekeeper: TextKey { TextKey() }
    /// Timekeeper's pane
    public static var tkNoGroupTimersToStart: TextKey { TextKey() }
    /// Timekeeper's pane
    public static var tkWholeRoom: TextKey { TextKey() }
    /// Timekeeper's pane
    public static var tkNotStarted: TextKey { TextKey() }
    /// Timekeeper's list of timers, after the time of one not started: `20:00 väntar`. Short: the
    /// list is 28 columns wide at 80×24.
    public static var tkWaiting: TextKey { TextKey() }
    /// Timekeeper's pane
    public static var tkRunning: TextKey { TextKey() }
    /// Timekeeper's pane
    public static var tkTimeIsUp: TextKey { TextKey() }
    /// Timekeeper's pane
    public static var tkTimers: TextKey { TextKey() }
    /// Timekeeper's pane
    public static var tkNoCurrentStep: TextKey { TextKey() }
    /// Timekeeper's pane under a countdown not started. {minutes}: its length, as 25:00.
    public static var tkSpaceStartsMinutes: TextKey { TextKey() }
    /// Timekeeper's message: a break's return time has passed. {time}: the return time.
    public static var tkReturnTimePassed: TextKey { TextKey() }
    /// Timekeeper's pane
    public static var tkTurnsAreHandedOn: TextKey { TextKey() }
    /// Timekeeper's pane
    public static var tkNoLength: TextKey { TextKey() }
    /// Timekeeper's pane
    public static var tkBreak: TextKey { TextKey() }
    /// Timekeeper's pane
    public static var tkNoCountdown: TextKey { TextKey() }
}
