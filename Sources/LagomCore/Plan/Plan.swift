/// The authored workshop plan (`plan.json`): hand-editable, never written by Lagom.
public struct Plan: Codable, Equatable, Sendable {
    public var title: String
    public var language: Language
    public var days: [Day]
    public var participants: [Participant]
    public var steps: [Step]
    /// An agenda meeting's header: the minutes open with them. All optional (a workshop has none).
    public var date: String?
    public var place: String?
    public var chair: String?
    public var minuteTaker: String?

    public init(
        title: String, language: Language, days: [Day], participants: [Participant], steps: [Step],
        date: String? = nil, place: String? = nil, chair: String? = nil, minuteTaker: String? = nil
    ) {
        self.title = title
        self.language = language
        self.days = days
        self.participants = participants
        self.steps = steps
        self.date = date
        self.place = place
        self.chair = chair
        self.minuteTaker = minuteTaker
    }

    /// The top-level fields `plan.json` may have, in the order the format lists them.
    public static let knownKeys = [
        "title", "language", "date", "place", "chair", "minuteTaker", "days", "participants", "steps",
    ]

    public func step(_ id: StepID) -> Step? { steps.first { $0.id == id } }
    public func index(of id: StepID) -> Int? { steps.firstIndex { $0.id == id } }

    /// How many groups a step has by the plan's numbers: a step that keeps an earlier step's groups
    /// (`groupsFrom`) has as many as that one. Once groups are formed, `SessionState.groupCount(of:plan:)` counts them.
    public func groupCount(of step: Step) -> Int {
        var current = step
        var seen: Set<StepID> = [step.id]
        while let source = current.groupsFrom, let earlier = self.step(source), seen.insert(source).inserted {
            current = earlier
        }
        return current.groupCount(participants: participants.count)
    }

    /// A step named on the command line: its id, its 1-based position, or its agenda number ("4b").
    public func resolveStep(_ reference: String) -> Step? {
        if let step = step(StepID(reference)) { return step }
        if let number = Int(reference), number >= 1, number <= steps.count { return steps[number - 1] }
        // The agenda's own number ("4b"); a number of digits alone is a position, above.
        if Int(reference) == nil, let item = steps.first(where: { $0.agenda.number == reference }) { return item }
        return nil
    }
}

public enum Language: String, Codable, Sendable, CaseIterable {
    case sv, en
}

public struct Day: Codable, Equatable, Sendable {
    public var title: String
    /// ISO date, `2024-12-03`; optional because a template has none.
    public var date: String?

    public init(title: String, date: String? = nil) {
        self.title = title
        self.date = date
    }
}

public struct Participant: Codable, Equatable, Sendable {
    public var name: String
    /// The site (*nod*) the person works at; group work mixes by it.
    public var site: String
    public var notes: String?
    /// The plan's other fields of the person (`"unit"`, `"förvaltning"`, …): groups can be mixed by any.
    public var fields: [String: String]
    /// What is known beforehand (away on a course, arrives at 09.40); nil: expected to be here.
    public var attendance: Attendance?

    public init(
        name: String, site: String, notes: String? = nil, fields: [String: String] = [:],
        attendance: Attendance? = nil
    ) {
        self.name = name
        self.site = site
        self.notes = notes
        self.fields = fields
        self.attendance = attendance
    }

    /// The value of a participant field by its plan name: `site`, or one of `fields` ("" when missing).
    public func value(of field: String) -> String {
        field == "site" ? site : fields[field] ?? ""
    }

    /// Keys of a participant the format reads itself; any other key with a string value is a field.
    public static let ownKeys = ["name", "site", "notes", "attendance", "reason", "arrives", "leaves"]

    /// As the plan writes a person: the other fields beside the own ones, not nested.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: FieldKey.self)
        name = try c.decode(String.self, forKey: FieldKey("name"))
        site = try c.decode(String.self, forKey: FieldKey("site"))
        notes = try c.decodeIfPresent(String.self, forKey: FieldKey("notes"))
        var fields: [String: String] = [:]
        for key in c.allKeys where !Self.ownKeys.contains(key.stringValue) {
            fields[key.stringValue] = try c.decode(String.self, forKey: key)
        }
        self.fields = fields
        let status = try c.decodeIfPresent(Attendance.Status.self, forKey: FieldKey("attendance"))
        let reason = try c.decodeIfPresent(String.self, forKey: FieldKey("reason"))
        let arrives = try c.decodeIfPresent(ClockTime.self, forKey: FieldKey("arrives"))
        let leaves = try c.decodeIfPresent(ClockTime.self, forKey: FieldKey("leaves"))
        if status != nil || reason != nil || arrives != nil || leaves != nil {
            attendance = Attendance(
                status: status ?? (arrives != nil ? .late : reason != nil ? .absent : .present),
                reason: reason, arrives: arrives, leaves: leaves)
        } else {
            attendance = nil
        }
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: FieldKey.self)
        try c.encode(name, forKey: FieldKey("name"))
        try c.encode(site, forKey: FieldKey("site"))
        try c.encodeIfPresent(notes, forKey: FieldKey("notes"))
        for (key, value) in fields where !Self.ownKeys.contains(key) { try c.encode(value, forKey: FieldKey(key)) }
        if let attendance {
            try c.encode(attendance.status, forKey: FieldKey("attendance"))
            try c.encodeIfPresent(attendance.reason, forKey: FieldKey("reason"))
            try c.encodeIfPresent(attendance.arrives, forKey: FieldKey("arrives"))
            try c.encodeIfPresent(attendance.leaves, forKey: FieldKey("leaves"))
        }
    }
}

public struct StepID: StringIdentifier {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
}

/// A time of day as the plan writes it, `09:30` (or `9.30`, the Swedish way).
public struct ClockTime: Codable, Hashable, Sendable, Comparable, CustomStringConvertible {
    public var hour: Int
    public var minute: Int

    public init(hour: Int, minute: Int) {
        self.hour = hour
        self.minute = minute
    }

    public init?(parsing text: String) {
        let parts = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == ":" || $0 == "." })
        guard parts.count == 2, parts[1].count == 2,
            let hour = Int(parts[0]), let minute = Int(parts[1]),
            (0..<24).contains(hour), (0..<60).contains(minute)
        else { return nil }
        self.init(hour: hour, minute: minute)
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let time = ClockTime(parsing: text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "expected a time of day like \"09:30\", found \"\(text)\"")
        }
        self = time
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    public var minutesSinceMidnight: Int { hour * 60 + minute }
    public var description: String { format(separator: ":") }
    public func format(separator: String) -> String {
        let mm = minute < 10 ? "0\(minute)" : "\(minute)"
        let hh = hour < 10 ? "0\(hour)" : "\(hour)"
        return "\(hh)\(separator)\(mm)"
    }
    public static func < (a: ClockTime, b: ClockTime) -> Bool { a.minutesSinceMidnight < b.minutesSinceMidnight }
}
