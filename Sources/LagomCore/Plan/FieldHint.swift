/// The hints that turn a plan mistake into its fix: the valid fields after an unknown one, and
/// `returnAt` wherever an agenda's end time or time range was copied in.
enum FieldHint {
    /// Names people give an end time; the plan calls it `returnAt`.
    static let endTimeWords: Set<String> = [
        "end", "ends", "endat", "endtime", "end_time", "until", "till", "to", "stop", "finish", "finishat",
        "slut", "sluttid", "åter", "ater", "back", "backat", "return", "returntime", "time", "tid", "timerange",
    ]

    /// `unknown field "end" (an end time is "returnAt" …); an info step's fields: id, kind, …`
    static func unknownField(_ key: String, suggestion: String?, valid: String) -> String {
        var message = "unknown field \(JSONValue.quoted(key, limit: 40))"
        if endTimeWords.contains(key.lowercased()) {
            message +=
                " (an end time is written \"returnAt\", like \"returnAt\": \"10:10\"; a range "
                + "\"10:00–10:10\" is \"start\": \"10:00\" and \"returnAt\": \"10:10\")"
        } else if let suggestion {
            message += " (did you mean \"\(suggestion)\"?)"
        }
        return message + "; " + valid
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

    /// `; write "start": "10:00" and "returnAt": "10:10"` for a time range, else "".
    static func rangeAdvice(_ text: String) -> String {
        guard let range = timeRange(text) else { return "" }
        return "; for the time range write \"start\": \"\(range.start)\" and \"returnAt\": \"\(range.end)\""
    }
}
