// The people in the room: the check-in round over who is here, and the attendance screen.
extension TextKey {
    /// Stage of a check-in before its first speaker: how many speak. {count}: people here.
    public static var roundPeopleHere: TextKey { TextKey() }
    /// Stage of a status round before its first speaker: how many units speak. {count}: units.
    public static var roundUnits: TextKey { TextKey() }
    /// Stage of a check-in before its first speaker: the heading over who goes first.
    public static var roundFirst: TextKey { TextKey() }
    /// Stage of a check-in: the heading over who follows the speaker.
    public static var roundNext: TextKey { TextKey() }
    /// Stage of a check-in, after three names: how many more follow. {count}: the rest.
    public static var roundMore: TextKey { TextKey() }
    /// Stage of a check-in: the heading over those who passed and speak at the end.
    public static var roundComesBack: TextKey { TextKey() }
    /// Stage of a check-in: the heading over those expected later (late arrivals).
    public static var roundExpected: TextKey { TextKey() }
    /// Stage of a check-in once everyone here has spoken. {count}: how many spoke.
    public static var roundOver: TextKey { TextKey() }
    /// Console message: `S` or `o` on a step that is not a check-in.
    public static var roundNotACheckin: TextKey { TextKey() }
    /// Console message after `o`: the round starts over in a new order. {order}: roundOrder….
    public static var roundOrdered: TextKey { TextKey() }
    /// The round's order, as `o` names it: as the plan lists the people.
    public static var roundOrderListed: TextKey { TextKey() }
    /// The round's order: the groups formed before it, one after the other.
    public static var roundOrderGroup: TextKey { TextKey() }
    /// The round's order: one site after the other.
    public static var roundOrderSite: TextKey { TextKey() }
    /// The round's order: shuffled.
    public static var roundOrderShuffled: TextKey { TextKey() }
    /// Facilitator's key help: `S`.
    public static var keyPassSpeaker: TextKey { TextKey() }
    /// Facilitator's key help: `o`.
    public static var keyReorderRound: TextKey { TextKey() }
    /// Attendance screen: its heading, before the counts.
    public static var attendanceTitle: TextKey { TextKey() }
    /// Attendance screen: the label of the search line.
    public static var attendanceFind: TextKey { TextKey() }
    /// Attendance screen: a person added on the day.
    public static var attendanceGuest: TextKey { TextKey() }
    /// Attendance screen: a person here (also in the counts: "38 här").
    public static var attendancePresent: TextKey { TextKey() }
    /// Attendance screen: a person not here.
    public static var attendanceAbsent: TextKey { TextKey() }
    /// Attendance screen: a person taking part digitally.
    public static var attendanceRemote: TextKey { TextKey() }
    /// Attendance screen: a person expected later.
    public static var attendanceLate: TextKey { TextKey() }
    /// Attendance screen: when a late person comes. {time}: the time of day.
    public static var attendanceArrives: TextKey { TextKey() }
    /// Attendance screen: when someone leaves early. {time}: the time of day.
    public static var attendanceLeaves: TextKey { TextKey() }
    /// Attendance screen: the prompt for a late person's time. {name}: the person.
    public static var attendanceAsksArrival: TextKey { TextKey() }
    /// Attendance screen: the prompt for a leaving time. {name}: the person.
    public static var attendanceAsksLeaving: TextKey { TextKey() }
    /// Attendance screen: the search finds nobody. {name}: what was typed.
    public static var attendanceNobodyFound: TextKey { TextKey() }
    /// Attendance screen: Enter while the search finds someone.
    public static var attendanceGuestOnlyWhenNobodyFound: TextKey { TextKey() }
    /// Attendance screen: a state key with nobody found.
    public static var attendanceFindFirst: TextKey { TextKey() }
    /// Attendance screen: the typed time cannot be read. {text}: what was typed.
    public static var attendanceNotATime: TextKey { TextKey() }
    /// Attendance screen and lagom attendance --guest: where a guest comes from, when not said.
    public static var guestSite: TextKey { TextKey() }
    /// Facilitator's key help: `a`, the attendance screen.
    public static var keyAttendance: TextKey { TextKey() }
    /// Attendance screen key help: `1`.
    public static var keyMarkPresent: TextKey { TextKey() }
    /// Attendance screen key help: `2`.
    public static var keyMarkAbsent: TextKey { TextKey() }
    /// Attendance screen key help: `3`.
    public static var keyMarkRemote: TextKey { TextKey() }
    /// Attendance screen key help: `4`.
    public static var keyMarkLate: TextKey { TextKey() }
    /// Attendance screen key help: `5`.
    public static var keyMarkLeaves: TextKey { TextKey() }
    /// Attendance screen key help: Ctrl-R.
    public static var keyAttendanceUndo: TextKey { TextKey() }
    /// Attendance screen key help: Esc.
    public static var keyAttendanceClose: TextKey { TextKey() }
    /// Attendance screen key help: Enter.
    public static var keyAttendanceGuest: TextKey { TextKey() }
    /// Attendance screen key help: Backspace.
    public static var keyAttendanceErase: TextKey { TextKey() }
    /// Attendance screen key help: ↑.
    public static var keyAttendanceUp: TextKey { TextKey() }
    /// Attendance screen key help: ↓.
    public static var keyAttendanceDown: TextKey { TextKey() }
    /// Attendance screen key help: PgUp.
    public static var keyAttendancePageUp: TextKey { TextKey() }
    /// Attendance screen key help: PgDn.
    public static var keyAttendancePageDown: TextKey { TextKey() }
    /// Attendance screen key help: `?`.
    public static var keyAttendanceHelp: TextKey { TextKey() }
}
