import LagomCore

/// Everything a screen is a function of, besides its own UI state.
public struct ScreenContext: Sendable {
    public var session: Session
    public var now: WallTime
    /// The local time zone's offset from UTC.
    public var zoneOffsetSeconds: Int
    /// The room's clock: the time zone's offset plus a rehearsal's shift (`lagom rehearse`), read from
    /// the session, so every pane shows the same clock times.
    public var utcOffsetSeconds: Int { state.roomOffset(utcOffsetSeconds: zoneOffsetSeconds) }
    public var width: Int
    public var height: Int
    public var language: Language
    public var theme: Theme
    /// The projector panes running on this session and their sizes (`SessionStore.projectorPanes`),
    /// largest first: the console warns when the room's text is too small. Empty in tests unless set.
    public var projectorPanes: [ProjectorPane] = []

    public init(
        session: Session, now: WallTime, utcOffsetSeconds: Int, width: Int, height: Int,
        language: Language, theme: Theme
    ) {
        self.session = session
        self.now = now
        zoneOffsetSeconds = utcOffsetSeconds
        self.width = width
        self.height = height
        self.language = language
        self.theme = theme
    }

    public var plan: Plan { session.plan }
    public var state: SessionState { session.state }
    public var currentStep: Step? { state.currentStep.flatMap(plan.step) }

    public func text(_ localized: Localized) -> String { localized.text(language) }

    /// `11.20` in Swedish, `11:20` in English.
    public func clock(_ time: ClockTime) -> String { TextFormat.clock(time, language) }
}

/// What a screen asks the runner to do after a key, as plain data a test can compare. An intent
/// goes through the store, which turns it into events from the freshest state under its lock (so
/// every other process sees them); how it went comes back with `Screen.report`.
public enum Command: Equatable, Sendable {
    case act(Intent)
    /// Take back this role's last transaction.
    case undo
    case bell
    case quit
    /// Keep a secretary's unsaved text for the group until its pane opens again (nil: nothing to keep).
    case keepDraft(group: Int, NoteDraft?)

    public static func agenda(_ action: AgendaAction) -> Command { .act(.agenda(action)) }
    public static func timer(_ action: TimerAction, _ key: TimerKey) -> Command { .act(.timer(action, key)) }
    public static func stepTimers(_ action: StepTimersAction) -> Command { .act(.stepTimers(action)) }
    public static func notes(_ action: NoteAction) -> Command { .act(.notes(action)) }
    public static func board(_ action: BoardAction) -> Command { .act(.board(action)) }
    public static func round(_ action: RoundAction) -> Command { .act(.round(action)) }
    public static func vote(_ action: VotingAction) -> Command { .act(.vote(action)) }
}

/// How a command went, for the screen's message line.
public enum Outcome: Sendable, Equatable {
    case done(Localized)
    case refused(String)
    /// The store could not read or write the session: what happened in words, then the file detail.
    case storeFailed(StoreFailure, detail: Localized)
}

public protocol Screen {
    /// The keys of the screen as it is now: input handling and the `?` overlay both read it.
    func render(_ context: ScreenContext) -> Grid
    mutating func handle(_ key: Key, _ context: ScreenContext) -> [Command]
    /// The message line. The runner dates it, takes it away when it has expired, and puts there how
    /// a command went and what a person should know; the screen draws it and may set it on a key.
    var message: StatusMessage? { get set }
    /// How `command` went (nil: not caused by a command, such as a failed read), before the runner
    /// puts it on the message line: for a screen that must react (give back a refused save's text).
    mutating func report(_ outcome: Outcome, for command: Command?)
    /// Milliseconds until the screen looks different with no input (a countdown's next
    /// second), or nil: then the runner sleeps until a key or another process writes.
    func nextChange(_ context: ScreenContext) -> Int64?
    /// Called before every frame: lets a screen notice what time did with no key pressed
    /// (a countdown reaching zero) and ask for something, such as the bell.
    mutating func observe(_ context: ScreenContext) -> [Command]
    /// Called once when the screen closes, whatever closes it (its quit key, Ctrl-C, SIGTERM, a
    /// hang-up), before the terminal is given back: what must not be lost (a draft) is returned
    /// as commands, which the runner performs before it exits.
    mutating func closing(_ context: ScreenContext) -> [Command]
}

extension Screen {
    /// Most screens only show how a command went, which the runner does.
    public mutating func report(_ outcome: Outcome, for command: Command?) {}
    /// Most screens only draw what time did; they need no hook.
    public mutating func observe(_ context: ScreenContext) -> [Command] { [] }
    /// Most screens hold nothing unsaved: every action is written when it happens.
    public mutating func closing(_ context: ScreenContext) -> [Command] { [] }
}
