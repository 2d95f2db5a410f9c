/// The words between the ids of a `lagom log` line (`EventWords.logLine`), in the command's
/// language. The event's name (`noteAdded`), ids and values from the log (a kind, a status) stay as
/// the log file writes them, so a line can be read beside the file.
extension TextKey {
    /// slideTurned: the slide turned from. {slide}: its number.
    public static var logFromSlide: TextKey { TextKey() }
    /// ballotCast: how many votes the ballot gives. {count}: the number.
    public static var logVotes: TextKey { TextKey() }
    /// rankingShown: which list and page. {list}, {page}: numbers from 1.
    public static var logRankingPage: TextKey { TextKey() }
    /// rankingShown: revealed from the bottom. {count}: how many places.
    public static var logFromBottom: TextKey { TextKey() }
    /// turnPassed, turnExtended: a group's turn. {turn}: its number from 1.
    public static var logTurn: TextKey { TextKey() }
    /// turnPassed, speakerCalled: the relay or the round ended.
    public static var logEnd: TextKey { TextKey() }
    /// groupMarkedDone, actionMarkedDone: done.
    public static var logDone: TextKey { TextKey() }
    /// groupMarkedDone: not done.
    public static var logNotDone: TextKey { TextKey() }
    /// actionMarkedDone: open again.
    public static var logOpen: TextKey { TextKey() }
    /// noteHidden: hidden.
    public static var logHidden: TextKey { TextKey() }
    /// noteHidden: shown again.
    public static var logShown: TextKey { TextKey() }
    /// noteThemed, groupItemSet: no theme, no item.
    public static var logNone: TextKey { TextKey() }
    /// themesShown, minutesShown: on the projector.
    public static var logOn: TextKey { TextKey() }
    /// themesShown, minutesShown: off the projector.
    public static var logOff: TextKey { TextKey() }
    /// recordAdded/recordEdited: who owns the action. {owner}: the name, quoted.
    public static var logOwner: TextKey { TextKey() }
    /// recordAdded/recordEdited: when the action is due. {due}: as written.
    public static var logDue: TextKey { TextKey() }
    /// attendanceMarked: arrives at. {time}: a time of day.
    public static var logArrives: TextKey { TextKey() }
    /// attendanceMarked: leaves at. {time}: a time of day.
    public static var logLeaves: TextKey { TextKey() }
    /// groupsFormed: the seed and the groups' sizes. {seed}: the seed; {sizes}: as 4+4+3.
    public static var logGroupsFormed: TextKey { TextKey() }
    /// roundOrdered: the seed of the order. {seed}: the seed.
    public static var logSeed: TextKey { TextKey() }
    /// groupLocked: locked.
    public static var logLocked: TextKey { TextKey() }
    /// groupLocked: unlocked.
    public static var logUnlocked: TextKey { TextKey() }
}
