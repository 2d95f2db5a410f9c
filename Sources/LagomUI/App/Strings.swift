import LagomCore

/// Every interface string, in Swedish and English. One language per screen.
public enum Strings {
    public static let agenda = Localized(.agendaHeading)
    public static func day(_ number: Int) -> Localized { Localized(.dayNumber, ["day": number]) }
    public static let noStepYet = Localized(.dayNotStarted)
    public static let onTime = Localized(.onSchedule)
    public static func behind(_ minutes: Int) -> Localized { Localized(.behindSchedule, ["minutes": minutes]) }
    public static func ahead(_ minutes: Int) -> Localized { Localized(.aheadOfSchedule, ["minutes": minutes]) }
    public static func minutes(_ n: Int) -> Localized { Localized(.minutesShort, ["minutes": n]) }
    public static func backAt(_ time: String) -> Localized { Localized(.backAt, ["time": time]) }

    public static func status(_ status: StepStatus) -> Localized {
        switch status {
        case .pending: Localized(.stepPending)
        case .active: Localized(.stepRunning)
        case .paused: Localized(.stepPaused)
        case .done: Localized(.stepDone)
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
        case .normal: .verbatim("")
        case .warning: Localized(.timerEndingSoon)
        case .critical where criticalMinutes > 1: Localized(.timerLastMinutes, ["minutes": criticalMinutes])
        case .critical: Localized(.timerLastMinute)
        case .overtime: Localized(.timerOvertime)
        }
    }

    public static let paused = Localized(.timerPaused)
    /// A hard stop held at zero.
    public static let timeUp = Localized(.timerTimeUp)
    public static let stopped = Localized(.timerStopped)

    public static func kind(_ kind: StepKind) -> Localized {
        switch kind {
        case .info: Localized(.kindInfo)
        case .checkin: Localized(.kindCheckin)
        case .groupwork: Localized(.kindGroupwork)
        case .vattentrappa: Localized(.kindVattentrappa)
        case .brainwriting: Localized(.kindBrainwriting)
        case .vote: Localized(.kindVote)
        case .break: Localized(.kindBreak)
        }
    }

    public static let question = Localized(.checkinQuestion)
    public static let round = Localized(.checkinRound)
    public static let speaking = Localized(.checkinSpeaking)
    public static func perPerson(_ seconds: Int) -> Localized {
        seconds % 60 == 0
            ? Localized(.perPersonMinutes, ["minutes": seconds / 60])
            : Localized(.perPersonSeconds, ["seconds": seconds])
    }
    public static let prompts = Localized(.stageTask)
    public static let roles = Localized(.stageRoles)
    /// "6 grupper om 7–8", "1 grupp om 11", "22 par": the sizes the groups will have.
    public static func groups(_ count: Int, sizes: ClosedRange<Int>?, mixBy: String?) -> Localized {
        let mix: Localized = mixBy.map { Localized(.mixedList, ["mix": PeopleStrings.mixedBy($0)]) } ?? .verbatim("")
        if sizes == 2...2 { return Localized(.pairsToForm, ["count": count, "mix": mix]) }
        guard let sizes else { return Localized(.groupsToForm, ["count": count, "mix": mix]) }
        let span =
            sizes.lowerBound == sizes.upperBound ? "\(sizes.lowerBound)" : "\(sizes.lowerBound)–\(sizes.upperBound)"
        return Localized(.groupsOfSize, ["count": count, "sizes": span, "mix": mix])
    }
    public static func timeBox(_ minutes: Int) -> Localized { Localized(.timeBox, ["minutes": minutes]) }
    /// A step with a length and a return time: the exercise, then a break until the return time.
    public static func exerciseThenBreak(_ minutes: Int) -> Localized {
        Localized(.exerciseThenBreak, ["minutes": minutes])
    }
    public static func notesSoFar(_ n: Int) -> Localized { Localized(.notesSoFar, ["count": n]) }
    public static func notesCount(_ n: Int) -> Localized { Localized(.notesCount, ["count": n]) }
    public static func groupName(_ n: Int) -> Localized { Localized(.groupNumber, ["group": n]) }
    public static func perTurn(_ minutes: Int) -> Localized { Localized(.perTurn, ["minutes": minutes]) }
    public static let vattentrappaBrief = Localized(.vattentrappaBrief)
    public static let brainwritingBrief = Localized(.brainwritingBrief)
    public static let brainwritingShared = Localized(.brainwritingShared)
    public static func voteBrief(_ votes: Int, cap: Int?) -> Localized {
        guard let cap else { return Localized(.voteBrief, ["votes": votes]) }
        return Localized(.voteBriefCapped, ["votes": votes, "cap": cap])
    }
    public static let resultsHidden = Localized(.resultsHidden)
    public static func points(_ n: Int) -> String { "\(n) p" }
    public static let noScore = Localized(.withoutPoints)
    public static let ranks = Localized(.ranked)
    public static let owners = Localized(.ledBy)

    /// The sign that something did not fit: "… 3 till".
    public static func more(_ n: Int) -> Localized { Localized(.moreNotShown, ["count": n]) }
    /// A break not started yet: its length, not a return time that would move with the clock.
    public static func breakLength(_ minutes: Int) -> Localized { Localized(.breakLength, ["minutes": minutes]) }
    public static let stepDone = Localized(.stepDoneMark)
    public static let noTurnYet = Localized(.noTurnYet)

    // Messages
    public static let undone = Localized(.undone)
    public static func pasteCut(keptKiB: Int) -> Localized { Localized(.pasteCut, ["kib": keptKiB]) }
    public static let saved = Localized(.saved)
    public static let present = Localized(.presentMode)
}
