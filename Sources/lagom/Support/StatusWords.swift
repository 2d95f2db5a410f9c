import LagomCore

/// The one-word states the scriptable commands print in a tab-separated column, in the command's
/// language. The English words are the values of the JSON export, so `--lang en` gives a script
/// the same words in every session.
enum StatusWords {
    static func step(_ status: StepStatus) -> Localized {
        switch status {
        case .pending: Localized(.cliStepPending)
        case .active: Localized(.cliStepActive)
        case .paused: Localized(.cliStepPaused)
        case .done: Localized(.cliStepDone)
        }
    }

    static func timer(running: Bool, paused: Bool) -> Localized {
        running ? Localized(.cliTimerRunning) : paused ? Localized(.cliTimerPaused) : Localized(.cliTimerStopped)
    }

    static func attendance(_ status: Attendance.Status) -> Localized {
        switch status {
        case .present: Localized(.cliAttendancePresent)
        case .absent: Localized(.cliAttendanceAbsent)
        case .remote: Localized(.cliAttendanceRemote)
        case .late: Localized(.cliAttendanceLate)
        }
    }
}
