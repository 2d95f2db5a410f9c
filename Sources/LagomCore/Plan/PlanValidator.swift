/// Checks what a well-typed plan means: references resolve, numbers are in range,
/// each step kind has what it needs. Pass the parsed `source` to get line:column.
public struct PlanValidator {
    public static func validate(_ plan: Plan, source: JSONNode? = nil, file: String = "plan.json") -> [PlanError] {
        var validator = PlanValidator(plan: plan, source: source, file: file)
        validator.checkPlan()
        validator.checkParticipants()
        validator.checkSteps()
        return PlanLoader.stableSorted(validator.errors)
    }

    let plan: Plan
    let source: JSONNode?
    let file: String
    private(set) var errors: [PlanError] = []

    /// Attributes of a participant that groups can be mixed by.
    public static let mixAttributes = ["site"]

    mutating func report(_ path: JSONPath, _ problem: Localized) {
        errors.append(PlanError(file: file, position: source?.position(of: path), path: path, problem: problem))
    }

    /// `steps[3] (40:13)`, to say where an earlier thing was written.
    func place(_ path: JSONPath) -> String {
        guard let position = source?.position(of: path) else { return path.description }
        return "\(path) (\(position))"
    }

    func isBlank(_ text: String) -> Bool { text.allSatisfy(\.isWhitespace) }

    private mutating func checkPlan() {
        if isBlank(plan.title) { report("title", Localized(.planEmpty)) }
        if plan.days.isEmpty { report("days", Localized(.planNoDays)) }
        if plan.steps.isEmpty { report("steps", Localized(.planNoSteps)) }
        if let date = plan.date, !PlanValidator.isISODate(date) {
            report("date", Localized(.planBadDate, ["found": JSONValue.quoted(date, limit: 40)]))
        }
        for (key, count, limit, what) in [
            ("participants", plan.participants.count, PlanLimits.participants, Localized(.planLimitPeople)),
            ("days", plan.days.count, PlanLimits.days, Localized(.planLimitDays)),
            ("steps", plan.steps.count, PlanLimits.steps, Localized(.planLimitSteps)),
        ] where count > limit {
            report(JSONPath(stringLiteral: key), PlanLimits.tooMany(count, limit, what))
        }
        for (index, day) in plan.days.enumerated() {
            let path = JSONPath("days").appending(index)
            if isBlank(day.title) { report(path.appending("title"), Localized(.planEmpty)) }
            if let date = day.date, !PlanValidator.isISODate(date) {
                report(path.appending("date"), Localized(.planBadDate, ["found": JSONValue.quoted(date, limit: 40)]))
            }
        }
    }

    private mutating func checkParticipants() {
        var firstByName: [String: Int] = [:]
        for (index, person) in plan.participants.enumerated() {
            let path = JSONPath("participants").appending(index)
            if isBlank(person.name) { report(path.appending("name"), Localized(.planEmpty)); continue }
            if isBlank(person.site) { report(path.appending("site"), Localized(.planEmpty)) }
            if let attendance = person.attendance { checkAttendance(attendance, path) }
            if let first = firstByName[person.name] {
                let firstPath = JSONPath("participants").appending(first).appending("name")
                report(
                    path.appending("name"),
                    Localized(
                        .planDuplicateParticipant,
                        ["name": JSONValue.quoted(person.name, limit: 40), "place": place(firstPath)]))
            } else {
                firstByName[person.name] = index
            }
        }
    }

    private mutating func checkAttendance(_ attendance: Attendance, _ path: JSONPath) {
        if attendance.reason != nil, attendance.status != .absent {
            report(path.appending("reason"), Localized(.planReasonNotAbsent))
        }
        if attendance.arrives != nil, attendance.status != .late {
            report(path.appending("arrives"), Localized(.planArrivesNotLate))
        }
        if attendance.status == .late, attendance.arrives == nil {
            report(path.appending("attendance"), Localized(.planLateWithoutArrives))
        }
        if let arrives = attendance.arrives, let leaves = attendance.leaves, leaves <= arrives {
            report(
                path.appending("leaves"), Localized(.planLeavesBeforeArrives, ["leaves": leaves, "arrives": arrives]))
        }
    }

    /// `YYYY-MM-DD` with a real month and a day that month can have.
    public static func isISODate(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
            (1...12).contains(month)
        else { return false }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return (1...lengths[month - 1]).contains(day)
    }
}
