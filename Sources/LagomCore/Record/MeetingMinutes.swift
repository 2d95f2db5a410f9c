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
    static let time = Localized(sv: "Tid", en: "Time")
    static let chair = Localized(sv: "Ordförande", en: "Chair")
    static let minuteTaker = Localized(sv: "Protokollförare", en: "Minute-taker")
    static let attendance = Localized(sv: "Närvaro", en: "Attendance")
    static let present = Localized(sv: "Närvarande", en: "Present")
    static let remote = Localized(sv: "Deltog digitalt", en: "Remote")
    static let late = Localized(sv: "Kom senare", en: "Late")
    static let left = Localized(sv: "Gick tidigare", en: "Left early")
    static let absent = Localized(sv: "Frånvarande", en: "Absent")
    static let responsible = Localized(sv: "Ansvarig", en: "Responsible")
    static let purpose = Localized(sv: "Syfte", en: "Purpose")
    static let material = Localized(sv: "Underlag", en: "Material")
    static let notes = Localized(sv: "Anteckningar", en: "Notes")
    static let decisions = Localized(sv: "Beslut", en: "Decisions")
    static let actions = Localized(sv: "Åtgärder", en: "Actions")
    static let what = Localized(sv: "Vad", en: "What")
    static let who = Localized(sv: "Vem", en: "Who")
    static let when = Localized(sv: "När", en: "When")
    static let item = Localized(sv: "Punkt", en: "Item")
    static let noDate = Localized(sv: "–", en: "–")
    static func planned(_ span: String, _ minutes: Int?) -> Localized {
        let length = minutes.map { " (\($0) min)" } ?? ""
        return Localized(sv: "Planerat \(span)\(length)", en: "Planned \(span)\(length)")
    }
    static func took(_ minutes: Int) -> Localized { Localized(sv: "tog \(minutes) min", en: "took \(minutes) min") }
    static let notReached = Localized(sv: "behandlades inte", en: "not reached")
    static func arrives(_ time: ClockTime) -> Localized { Localized(sv: "från \(time)", en: "from \(time)") }
    static func leaves(_ time: ClockTime) -> Localized { Localized(sv: "till \(time)", en: "until \(time)") }
}
