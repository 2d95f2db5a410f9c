import LagomCore
import LagomUI
import Testing

/// The group work of `ScreenFixtures` at chosen moments: its own 30-minute countdown started at
/// 09:20 (deadline 09:50), group 2's a minute later, and a hard-stop break.
enum TimekeeperFixtures {
    static let t0 = ScreenFixtures.t0
    static let deadline = t0 + 50 * 60_000

    /// Minutes:seconds before (negative: after) the step's own deadline, per state.
    static let moments: [(name: String, before: Int64)] = [
        ("normal", 20 * 60_000), ("warning", 4 * 60_000), ("critical", 30_000), ("overtime", -133_000),
    ]

    /// The same day with a hard-stop fika the room must be back from at 10.40.
    static func hardStopBreak(at start: WallTime, seconds: Int) throws -> Session {
        var plan = ScreenFixtures.plan
        let index = try #require(plan.steps.firstIndex { $0.id == "fika" })
        plan.steps[index].timer = TimerSpec(stop: .hard)
        plan.steps[index].returnAt = ClockTime(hour: 10, minute: 40)
        var session = Session(plan: plan)
        try session.append([
            Event(id: "h1", tx: "h1", at: start, by: .facilitator, change: .stepEntered(step: "fika")),
            Event(
                id: "h2", tx: "h1", at: start, by: .facilitator,
                change: .timerStarted(timer: TimerKey(step: "fika"), seconds: seconds)),
        ])
        return session
    }

    static func context(
        _ session: Session, width: Int, height: Int, at now: WallTime,
        theme: Theme = .standard, language: Language = .sv
    ) -> ScreenContext {
        ScreenFixtures.context(session, width: width, height: height, now: now, language: language, theme: theme)
    }

    /// The theme's styles that matter for the countdown, one letter each (first role wins a style
    /// several roles share, as monochrome does).
    static func legend(_ theme: Theme) -> [Style: Character] {
        var legend: [Style: Character] = [:]
        let roles: [(Role, Character)] = [
            (.overtime, "O"), (.critical, "C"), (.warning, "W"), (.selected, "S"),
            (.title, "T"), (.accent, "A"), (.dim, "D"),
        ]
        for (role, letter) in roles where legend[theme[role]] == nil { legend[theme[role]] = letter }
        // The digits' ink: the urgency's style without underline (lower case where it differs).
        for (role, letter) in [(Role.overtime, Character("o")), (.critical, "c"), (.warning, "w")] {
            var ink = theme[role]
            ink.underline = false
            if legend[ink] == nil { legend[ink] = letter }
        }
        // Big digits are painted without bold, their blanks without a text colour (`BigPicture`):
        // the urgency's letter still, as a blank there shows the urgency's background.
        for (role, letter) in roles.prefix(3) {
            var painted = theme[role]
            painted.underline = false
            painted.bold = false
            if !painted.reverse && painted.foreground != .terminalDefault && painted.background != .terminalDefault {
                painted.foreground = .terminalDefault
            }
            if legend[painted] == nil && painted != .plain { legend[painted] = letter }
        }
        for (role, letter) in [(Role.overtime, Character("o")), (.critical, "c"), (.warning, "w")] {
            var ink = theme[role]
            ink.bold = false
            ink = ink.ink
            if legend[ink] == nil && ink != .plain { legend[ink] = letter }
        }
        return legend
    }

    /// Appends events at `at`, as the store would.
    static func adding(_ changes: [Change], to session: Session, at: WallTime) throws -> Session {
        var session = session
        let n = session.eventCount
        try session.append(
            changes.enumerated().map { i, change in
                Event(id: "t\(n + i)", tx: "t\(n)", at: at, by: .timekeeper, change: change)
            })
        return session
    }
}
