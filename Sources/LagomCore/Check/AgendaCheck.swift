/// Warnings about the agenda's clock times, for `lagom check`: items that overlap, minutes nobody
/// planned between two items, and a round whose speakers cannot fit in its time. The plan still
/// loads (a chair may mean it); the warnings name the step and the times.
public enum AgendaCheck {
    public static func warnings(_ plan: Plan, source: JSONNode? = nil, file: String = "plan.json") -> [PlanError] {
        var found: [PlanError] = []
        func warn(_ path: JSONPath, _ problem: Localized) {
            found.append(PlanError(file: file, position: source?.position(of: path), path: path, problem: problem))
        }
        checkTimes(plan, warn)
        checkRounds(plan, warn)
        return PlanLoader.stableSorted(found)
    }

    /// How many speak in a round: one per unit with `roundBy`, else everyone.
    public static func speakers(of step: Step, in plan: Plan) -> Int {
        guard step.roundBy == "site" else { return plan.participants.count }
        return Set(plan.participants.map(\.site)).count
    }

    /// A step's planned span on its day, in minutes since midnight; nil without a start.
    static func span(_ step: Step, start: Int?) -> (start: Int, end: Int?)? {
        guard let start else { return nil }
        if let back = step.returnAt { return (start, back.minutesSinceMidnight) }
        return (start, step.minutes.map { start + $0 })
    }

    private static func checkTimes(_ plan: Plan, _ warn: (JSONPath, Localized) -> Void) {
        // The end of what came before, and who it was; reset at each new day.
        var previous: (index: Int, end: Int)?
        // A main item whose sub-items follow: it contains their times instead of coming before them.
        var container: (index: Int, number: String, end: Int?)?
        var day = 0
        for (index, step) in plan.steps.enumerated() {
            if step.day != day { day = step.day; previous = nil; container = nil }
            let path = JSONPath("steps").appending(index)
            let isSub = container.map { step.agenda.parentNumber == $0.number } ?? false
            if !isSub { closeItem(&container, &previous, warn) }
            let start = step.start?.minutesSinceMidnight ?? previous?.end
            guard let span = span(step, start: start) else { previous = nil; continue }
            if let explicit = step.start?.minutesSinceMidnight, let last = previous {
                let other = "steps[\(last.index)] \(JSONValue.quoted(plan.steps[last.index].title, limit: 40))"
                if explicit < last.end {
                    warn(
                        path.appending("start"),
                        Localized(.agendaOverlap, ["start": clock(explicit), "other": other, "end": clock(last.end)]))
                } else if explicit > last.end {
                    let arguments: [String: any TextArgumentConvertible] = [
                        "minutes": explicit - last.end, "other": other, "end": clock(last.end),
                        "start": clock(explicit),
                    ]
                    warn(path.appending("start"), Localized(.agendaGap, arguments))
                }
            }
            let nextIsSub =
                index + 1 < plan.steps.count && step.agenda.number != nil
                && plan.steps[index + 1].agenda.parentNumber == step.agenda.number
            if nextIsSub, let number = step.agenda.number {
                container = (index, number, span.end)
                previous = (index, span.start)
            } else if let end = span.end {
                previous = (index, end)
            } else {
                // An item without a length: what follows may start whenever it likes.
                previous = nil
            }
            if index + 1 == plan.steps.count || plan.steps[index + 1].day != day {
                closeItem(&container, &previous, warn)
            }
        }
    }

    /// After an item's sub-items: they must end within the item, and what follows comes after both.
    private static func closeItem(
        _ container: inout (index: Int, number: String, end: Int?)?,
        _ previous: inout (index: Int, end: Int)?, _ warn: (JSONPath, Localized) -> Void
    ) {
        guard let open = container else { return }
        if let end = open.end, let last = previous, last.end > end {
            warn(
                JSONPath("steps").appending(last.index),
                Localized(
                    .agendaSubItemsOverrun, ["number": open.number, "end": clock(last.end), "itemEnd": clock(end)]))
        }
        if let end = open.end { previous = (open.index, max(end, previous?.end ?? end)) }
        container = nil
    }

    private static func checkRounds(_ plan: Plan, _ warn: (JSONPath, Localized) -> Void) {
        var cursor: Int?
        var day = 0
        for (index, step) in plan.steps.enumerated() {
            if step.day != day { day = step.day; cursor = nil }
            let start = step.start?.minutesSinceMidnight ?? cursor
            let span = span(step, start: start)
            let minutes = step.minutes ?? span.flatMap { s in s.end.map { $0 - s.start } }
            if let span, let end = span.end { cursor = end } else { cursor = span?.start }
            guard step.kind == .checkin, let seconds = step.secondsPerPerson, let minutes, minutes > 0 else { continue }
            let speakers = speakers(of: step, in: plan)
            let needed = speakers * seconds
            guard needed > minutes * 60 else { continue }
            let bySite = step.roundBy != nil
            let who = Localized(bySite ? .agendaSpeakersSites : .agendaSpeakersParticipants, ["count": speakers])
            let arguments: [String: any TextArgumentConvertible] = [
                "who": who, "seconds": seconds, "needed": roundUpMinutes(needed), "minutes": minutes,
                "each": minutes * 60 / max(1, speakers),
            ]
            warn(
                JSONPath("steps").appending(index).appending("secondsPerPerson"),
                Localized(.agendaRoundCannotFit, arguments))
        }
    }

    private static func clock(_ minutes: Int) -> ClockTime { ClockTime(minutesSinceMidnight: minutes) }
    private static func roundUpMinutes(_ seconds: Int) -> Int { (seconds + 59) / 60 }
}

extension PlanLoader {
    /// The agenda's warnings (overlaps, gaps, rounds that cannot fit) of a plan that loads; empty otherwise.
    public static func warnings(_ bytes: [UInt8], file: String) -> [PlanError] {
        guard let root = try? JSONParser.parse(bytes), let plan = try? load(bytes, file: file) else { return [] }
        return AgendaCheck.warnings(plan, source: root, file: file)
    }
}
