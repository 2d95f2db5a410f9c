/// An agenda meeting's minutes, built as the one record model (`RecordDocument`): the header (date,
/// place, time, chair, minute-taker), the attendance, then item by item the planned and actual time,
/// who was responsible, the minute-taker's notes (a status round's by speaker and heading), the
/// decisions and the actions; and the action table (what, who, when) at the end.
public enum MeetingMinutes {
    /// A plan is a meeting when it numbers its items or names a chair or a minute-taker.
    public static func isMeeting(_ plan: Plan) -> Bool {
        plan.chair != nil || plan.minuteTaker != nil || plan.steps.contains { $0.agenda.number != nil }
    }

    public static func document(_ session: Session, language: Language? = nil) -> RecordDocument {
        let builder = MinutesBuilder(session: session, language: language ?? session.plan.language)
        return RecordDocument(
            language: builder.language, title: RecordText.clean(session.plan.title),
            facts: builder.facts(), sections: builder.sections())
    }
}

enum MinutesWords {
    static let time = Localized(.minTime)
    static let chair = Localized(.recChair)
    static let minuteTaker = Localized(.minMinuteTaker)
    static let attendance = Localized(.recAttendance)
    static let present = Localized(.recPresent)
    static let remote = Localized(.minRemote)
    static let late = Localized(.minLate)
    static let left = Localized(.minLeftEarly)
    static let absent = Localized(.minAbsent)
    static let responsible = Localized(.minResponsible)
    static let purpose = Localized(.minPurpose)
    static let material = Localized(.minMaterial)
    static let notes = Localized(.recNotes)
    static let decisions = Localized(.recDecisions)
    static let actions = Localized(.recActions)
    static let what = Localized(.minWhat)
    static let who = Localized(.minWho)
    static let when = Localized(.minWhen)
    static let item = Localized(.minItem)
    static let noDate = Localized(.minNoTime)
    static func planned(_ span: String, _ minutes: Int?) -> Localized {
        let length = minutes.map { " (\($0) min)" } ?? ""
        return Localized(.minPlanned, ["span": span, "length": length])
    }
    static func took(_ minutes: Int) -> Localized { Localized(.minTook, ["minutes": minutes]) }
    static let notReached = Localized(.minNotReached)
    static func arrives(_ time: ClockTime) -> Localized { Localized(.minFrom, ["time": time]) }
    static func leaves(_ time: ClockTime) -> Localized { Localized(.minUntil, ["time": time]) }
}
