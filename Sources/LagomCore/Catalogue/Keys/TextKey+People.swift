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
}
