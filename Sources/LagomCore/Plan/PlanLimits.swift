/// The largest value each number of a plan may hold, in one place: what a real room needs with a
/// wide margin, and small enough that no screen, loop or sum can run away with it (a plan with
/// `"groups": 4611686018427387904` once took a pane to 4.5 GB). `lagom check` names the bound a
/// plan goes over (PlanValidator), and screens clamp to the same numbers (`bounded`), so an
/// unchecked plan cannot take them down either. docs/plan-format.md lists them.
public enum PlanLimits {
    /// People listed in `participants`: a unit of forty, a large conference day.
    public static let participants = 1_000
    /// Entries of `days`.
    public static let days = 14
    /// Entries of `steps`.
    public static let steps = 500
    /// `groups`: far more tables than a room has.
    public static let groups = 100
    /// `groupSize.min` and `groupSize.max`.
    public static let groupSize = 100
    /// `minutes`, `minutesPerTurn`, a countdown, `timer.warnMinutes` and `timer.criticalMinutes`: a day.
    public static let minutes = 24 * 60
    /// `secondsPerPerson`: an hour each.
    public static let secondsPerPerson = 3_600
    /// `noteLimit`, in characters: pages of text on one post-it.
    public static let noteLimit = 10_000
    /// `vote.votesPerPerson` (and so `vote.maxPerItem`, which cannot exceed it): dots per person.
    public static let votesPerPerson = 100
    /// `vote.advance`: items that go on to the next step.
    public static let advance = 100
    /// Points typed in for one item of a counted vote (`lagom vote tally`, the vote console).
    public static let points = 1_000_000
    /// `lists` of one step, and `vote.ranks` of one vote.
    public static let lists = 20
    /// `bullets`, `prompts`, `questions`, `headings`, `material`, `owners` and `roles` of one step.
    public static let linesPerStep = 100

    /// Every bound with the plan field it limits, for `lagom check`, the docs and the fuzz tests.
    public static let all: [(field: String, limit: Int)] = [
        ("participants", participants), ("days", days), ("steps", steps), ("groups", groups),
        ("groupSize", groupSize), ("minutes", minutes), ("minutesPerTurn", minutes),
        ("secondsPerPerson", secondsPerPerson), ("noteLimit", noteLimit), ("votesPerPerson", votesPerPerson),
        ("maxPerItem", votesPerPerson), ("advance", advance), ("points", points), ("lists", lists),
        ("ranks", lists), ("bullets", linesPerStep), ("prompts", linesPerStep), ("questions", linesPerStep),
        ("headings", linesPerStep), ("material", linesPerStep),
        ("owners", linesPerStep), ("roles", linesPerStep), ("warnMinutes", minutes), ("criticalMinutes", minutes),
        ("warnPercent", 100),
    ]

    /// `value` held within 0...limit: what a screen uses of a number no check may have seen.
    public static func bounded(_ value: Int, _ limit: Int) -> Int { min(max(0, value), limit) }

    /// Why `value` is too large for `field`, or nil. `what`: a planLimit… text.
    static func problem(_ value: Int, _ limit: Int, _ what: Localized) -> Localized? {
        value > limit
            ? Localized(.planAtMost, ["limit": String(limit), "what": what, "found": String(value)]) : nil
    }

    /// A list of `count` entries, more than `limit`. `what`: a planLimit… text.
    static func tooMany(_ count: Int, _ limit: Int, _ what: Localized) -> Localized {
        Localized(.planTooMany, ["count": String(count), "limit": String(limit), "what": what])
    }
}
