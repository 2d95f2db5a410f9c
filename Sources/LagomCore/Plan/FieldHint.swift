/// The hints that turn a plan mistake into its fix: the valid fields after an unknown one, and
/// `returnAt` wherever an agenda's end time or time range was copied in.
enum FieldHint {
    /// Names people give an end time; the plan calls it `returnAt`.
    static let endTimeWords: Set<String> = [
        "end", "ends", "endat", "endtime", "end_time", "until", "till", "to", "stop", "finish", "finishat",
        "slut", "sluttid", "åter", "ater", "back", "backat", "return", "returntime", "time", "tid", "timerange",
    ]

    /// `unknown field "end" (an end time is "returnAt" …); an info step's fields: id, kind, …`
    static func unknownField(_ key: String, suggestion: String?, valid: Localized) -> Localized {
        let quoted = JSONValue.quoted(key, limit: 40)
        if endTimeWords.contains(key.lowercased()) {
            return Localized(.planUnknownFieldEndTime, ["key": quoted, "valid": valid])
        } else if let suggestion {
            return Localized(.planUnknownFieldDidYouMean, ["key": quoted, "suggestion": suggestion, "valid": valid])
        }
        return Localized(.planUnknownField, ["key": quoted, "valid": valid])
    }

    /// "10:00 – 10:10", "9.00-9.15", "10.00–10.10": the two times of an agenda's time range.
    static func timeRange(_ text: String) -> (start: ClockTime, end: ClockTime)? {
        let dashes: Set<Character> = ["-", "–", "—"]
        let parts = text.split(whereSeparator: { dashes.contains($0) })
        guard parts.count == 2,
            let start = ClockTime(parsing: String(String(parts[0]).trimmingWhitespace)),
            let end = ClockTime(parsing: String(String(parts[1]).trimmingWhitespace))
        else { return nil }
        return (start, end)
    }

    /// The arguments of `planNumberNotRange` and `planOneTimeNotRange`: a time range where one
    /// number or time goes, and the two fields it should be.
    static func arguments(
        found: JSONValue, _ range: (start: ClockTime, end: ClockTime)
    ) -> [String: any TextArgumentConvertible] {
        ["found": found.summary, "start": range.start, "end": range.end]
    }
}
