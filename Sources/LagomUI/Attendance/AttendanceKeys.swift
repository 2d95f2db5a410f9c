import LagomCore

/// What the facilitator can do on the attendance screen with one key. Letters find a person, so
/// every state has a digit and undo is Ctrl-R (as where the secretary types).
public enum AttendanceKey: Hashable, Sendable {
    /// Marks the chosen person; `late` and `leaves` ask for the time first.
    case mark(AttendanceMarkKind)
    case move(up: Bool), page(up: Bool)
    /// Enter: a guest by the typed name when it finds nobody.
    case addGuest
    case erase, undo, help, close
}

/// The states one key gives.
public enum AttendanceMarkKind: Hashable, Sendable, CaseIterable {
    case present, absent, remote, late, leaves
}

public enum AttendanceKeys {
    public static let map = KeyMap<AttendanceKey>([
        KeyBinding([.character("1")], .mark(.present), help: Localized(.keyMarkPresent)),
        KeyBinding([.character("2")], .mark(.absent), help: Localized(.keyMarkAbsent)),
        KeyBinding([.character("3")], .mark(.remote), help: Localized(.keyMarkRemote)),
        KeyBinding([.character("4")], .mark(.late), help: Localized(.keyMarkLate)),
        KeyBinding([.character("5")], .mark(.leaves), help: Localized(.keyMarkLeaves)),
        KeyBinding([.ctrl("r")], .undo, help: Localized(.keyAttendanceUndo)),
        // Pinned, so that the way out and the help show at 80 columns beside the five marks.
        KeyBinding([.escape], .close, help: Localized(.keyAttendanceClose), pinned: true, footer: Localized(.keyBack)),
        KeyBinding([.enter], .addGuest, help: Localized(.keyAttendanceGuest), inFooter: false),
        KeyBinding([.backspace], .erase, help: Localized(.keyAttendanceErase), inFooter: false),
        KeyBinding([.up], .move(up: true), help: Localized(.keyAttendanceUp), inFooter: false),
        KeyBinding([.down], .move(up: false), help: Localized(.keyAttendanceDown), inFooter: false),
        KeyBinding([.pageUp], .page(up: true), help: Localized(.keyAttendancePageUp), inFooter: false),
        KeyBinding([.pageDown], .page(up: false), help: Localized(.keyAttendancePageDown), inFooter: false),
        KeyBinding([.character("?")], .help, help: Localized(.keyAttendanceHelp), pinned: true),
    ])
}
