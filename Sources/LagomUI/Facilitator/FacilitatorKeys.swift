import LagomCore

/// What the facilitator can do with one key.
public enum FacilitatorAction: Hashable, Sendable {
    case next, back, toggle, complete, select(up: Bool), gotoSelected
    /// A long slide's next or previous page; past its last (or first) page, the next (previous) step.
    case page(forward: Bool)
    case nextSpeaker, extend(minutes: Int), resetTimers, stopTimers, reveal
    /// The check-in's speaker passes and comes back at the end; the round's next order.
    case passSpeaker, reorderRound
    case undo, present, help, close, quit
    /// Opens the theme board for the current step's notes.
    case themes
    /// Puts the current item's minutes on the projector, or takes them off.
    case minutes
    /// Opens the attendance screen: who is here, marked person by person.
    case attendance
}

public enum FacilitatorKeys {
    /// The one source of truth for the console's keys: input handling, footer and `?` read it.
    public static let map = KeyMap<FacilitatorAction>([
        KeyBinding([.character("n")], .next, help: Localized(.keyNextStep), footer: Localized(.footerNext)),
        KeyBinding([.character("b")], .back, help: Localized(.keyPrevious), footer: Localized(.footerBack)),
        KeyBinding([.right, .pageDown], .page(forward: true), help: Localized(.keySlideForward), inFooter: false),
        KeyBinding([.left, .pageUp], .page(forward: false), help: Localized(.keySlideBack), inFooter: false),
        KeyBinding([.character(" ")], .toggle, help: Localized(.keyStartPause)),
        // Present mode is chosen once for a console that doubles as the projector: at 80 columns
        // in Swedish it is the hint that gives way (`?` lists it).
        KeyBinding([.character("p")], .present, help: Localized(.keyPresent)),
        // Undo is pinned: after a wrong key it is the one a person looks for, at any width.
        KeyBinding([.character("u")], .undo, help: Localized(.keyUndo), pinned: true),
        KeyBinding([.character("?")], .help, help: Localized(.keyHelp), pinned: true),
        KeyBinding([.character("q")], .quit, help: Localized(.keyQuit), pinned: true),
        KeyBinding(
            [.character("d")], .complete, help: Localized(.keyMarkStepDone),
            inFooter: false),
        KeyBinding(
            [.up, .character("k")], .select(up: true),
            help: Localized(.keySelectStepAbove), inFooter: false),
        KeyBinding(
            [.down, .character("j")], .select(up: false),
            help: Localized(.keySelectStepBelow), inFooter: false),
        KeyBinding(
            [.enter], .gotoSelected, help: Localized(.keyGoToSelectedStep),
            inFooter: false),
        KeyBinding(
            [.character("s")], .nextSpeaker,
            help: Localized(.keyNextSpeakerOrGroup), inFooter: false),
        KeyBinding(
            [.character("S")], .passSpeaker,
            help: Localized(.keyPassSpeaker), inFooter: false),
        KeyBinding(
            [.character("o")], .reorderRound,
            help: Localized(.keyReorderRound), inFooter: false),
        KeyBinding(
            [.character("+")], .extend(minutes: 1),
            help: Localized(.keyStepTimersPlusOne), inFooter: false),
        KeyBinding(
            [.character("5")], .extend(minutes: 5),
            help: Localized(.keyStepTimersPlusFive), inFooter: false),
        KeyBinding(
            [.character("-")], .extend(minutes: -1),
            help: Localized(.keyStepTimersMinusOne), inFooter: false),
        KeyBinding(
            [.character("R")], .resetTimers,
            help: Localized(.keyResetStepTimers), inFooter: false),
        KeyBinding(
            [.character("x")], .stopTimers, help: Localized(.keyStopStepTimers),
            inFooter: false),
        KeyBinding(
            [.character("r")], .reveal, help: Localized(.keyRevealResultsNotes),
            inFooter: false),
        KeyBinding(
            [.character("t")], .themes, help: Localized(.keySortIntoThemes),
            inFooter: false),
        KeyBinding([.character("a")], .attendance, help: Localized(.keyAttendance), inFooter: false),
        KeyBinding(
            [.character("m")], .minutes, help: Localized(.minutesKeyProjector), inFooter: false),
        KeyBinding(
            [.escape], .close, help: Localized(.keyCloseHelpPresentMode),
            inFooter: false),
    ])
}
