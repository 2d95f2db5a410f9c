/// Step checks: ids, days and times in order, and what each kind needs.
extension PlanValidator {
    mutating func checkSteps() {
        var firstByID: [StepID: Int] = [:]
        var previousDay = 1
        var previousStart: (index: Int, day: Int, time: ClockTime)?
        for (index, step) in plan.steps.enumerated() {
            let path = JSONPath("steps").appending(index)
            checkID(step, path, firstByID: &firstByID, index: index)
            checkDay(step, path, previousDay: &previousDay)
            if let start = step.start {
                if let previous = previousStart, previous.day == step.day, start < previous.time {
                    report(
                        path.appending("start"),
                        "\(start) is before the start of steps[\(previous.index)] (\(previous.time)) on the same day")
                }
                previousStart = (index, step.day, start)
                if let back = step.returnAt, back <= start {
                    report(path.appending("returnAt"), "\(back) is not after the start \(start)")
                }
            }
            if isBlank(step.title) { report(path.appending("title"), "must not be empty") }
            checkCounts(step, path)
            checkKindNeeds(step, path)
            checkLists(step, path, index: index)
            checkGrouping(step, path, index: index)
            if let vote = step.vote { checkVote(vote, path.appending("vote"), index: index) }
        }
    }

    private mutating func checkID(_ step: Step, _ path: JSONPath, firstByID: inout [StepID: Int], index: Int) {
        let id = step.id.rawValue
        let idPath = path.appending("id")
        if isBlank(id) { report(idPath, "must not be empty"); return }
        if id.contains(where: \.isWhitespace) {
            report(idPath, "step id \(JSONValue.quoted(id, limit: 40)) must not contain spaces")
        } else if id.allSatisfy({ $0.isASCII && $0.isNumber }) {
            // `lagom goto 3` means the third step; an id "3" would make that ambiguous.
            report(
                idPath,
                "step id \(JSONValue.quoted(id, limit: 40)) must not be only digits (numbers mean step positions)")
        }
        if let first = firstByID[step.id] {
            let firstPath = JSONPath("steps").appending(first).appending("id")
            report(idPath, "duplicate step id \(JSONValue.quoted(id, limit: 40)) (first at \(place(firstPath)))")
        } else {
            firstByID[step.id] = index
        }
    }

    private mutating func checkDay(_ step: Step, _ path: JSONPath, previousDay: inout Int) {
        let dayPath = path.appending("day")
        if plan.days.isEmpty { return }  // already reported once for the plan
        guard (1...plan.days.count).contains(step.day) else {
            let count = plan.days.count
            report(
                dayPath,
                "day \(step.day) does not exist (the plan has \(count) day\(count == 1 ? "" : "s"), numbered from 1)")
            return
        }
        if step.day < previousDay {
            report(dayPath, "day \(step.day) comes after a step on day \(previousDay); keep the steps in day order")
        }
        previousDay = max(previousDay, step.day)
    }

    private mutating func checkCounts(_ step: Step, _ path: JSONPath) {
        let counts: [(String, Int?)] = [
            ("minutes", step.minutes), ("minutesPerTurn", step.minutesPerTurn),
            ("secondsPerPerson", step.secondsPerPerson), ("noteLimit", step.noteLimit), ("groups", step.groups),
        ]
        for (key, value) in counts {
            if let value, value <= 0 { report(path.appending(key), "must be more than 0, found \(value)") }
        }
        // Upper bounds (PlanLimits): nothing a screen draws or sums may run away.
        let bounds: [(String, Int?, Int, String)] = [
            ("secondsPerPerson", step.secondsPerPerson, PlanLimits.secondsPerPerson, "an hour each"),
            ("noteLimit", step.noteLimit, PlanLimits.noteLimit, "characters on one note"),
            ("groups", step.groups, PlanLimits.groups, "groups in one room"),
        ]
        for (key, value, limit, what) in bounds {
            if let value, let problem = PlanLimits.problem(value, limit, what) { report(path.appending(key), problem) }
        }
        let lines: [(String, Int)] = [
            ("bullets", step.bullets.count), ("prompts", step.prompts.count), ("questions", step.questions.count),
            ("headings", step.headings.count), ("material", step.agenda.material.count),
            ("owners", step.owners.count), ("roles", step.roles.count),
        ]
        for (key, count) in lines where count > PlanLimits.linesPerStep {
            report(path.appending(key), "has \(count) entries; at most \(PlanLimits.linesPerStep) (lines on one step)")
        }
        if step.lists.count > PlanLimits.lists {
            report(
                path.appending("lists"),
                "has \(step.lists.count) entries; at most \(PlanLimits.lists) (lists on one step)")
        }
        // Countdowns: a timer longer than a day is refused every time it is started.
        for (key, value) in [("minutes", step.minutes), ("minutesPerTurn", step.minutesPerTurn)] {
            if let value, value > Step.maxMinutes, let problem = Step.minutesProblem(value) {
                report(path.appending(key), problem)
            }
        }
        if let timer = step.timer {
            let timerPath = path.appending("timer")
            if !(0...100).contains(timer.warnPercent) {
                report(timerPath.appending("warnPercent"), "must be from 0 to 100, found \(timer.warnPercent)")
            }
            for (key, value) in [("warnMinutes", timer.warnMinutes), ("criticalMinutes", timer.criticalMinutes)]
            where !(0...Step.maxMinutes).contains(value) {
                report(timerPath.appending(key), "must be from 0 to \(Step.maxMinutes), found \(value)")
            }
        }
    }

    private mutating func checkKindNeeds(_ step: Step, _ path: JSONPath) {
        func needs(_ field: String) -> String { "\(PlanValidator.aStep(step.kind)) needs \"\(field)\"" }
        switch step.kind {
        case .info:
            break
        case .checkin:
            // A status round asks its headings instead of one question.
            if step.headings.isEmpty, step.question.map(isBlank) ?? true {
                report(path, needs("question") + " (or \"headings\", for a status round)")
            }
            if let field = step.roundBy, !PlanValidator.mixAttributes.contains(field) {
                let names = PlanValidator.mixAttributes.joined(separator: ", ")
                report(
                    path.appending("roundBy"),
                    "unknown participant attribute \(JSONValue.quoted(field, limit: 40)) (expected one of: \(names))")
            }
            for (position, heading) in step.headings.enumerated() where isBlank(heading) {
                report(path.appending("headings").appending(position), "headings must not be empty")
            }
        case .groupwork:
            if step.prompts.isEmpty { report(path, needs("prompts") + " (at least one)") }
            if step.minutes == nil { report(path, needs("minutes")) }
        case .brainwriting:
            if step.prompts.isEmpty { report(path, needs("prompts") + " (at least one)") }
        case .vattentrappa:
            if step.questions.isEmpty { report(path, needs("questions") + " (at least one)") }
            if step.minutesPerTurn == nil { report(path, needs("minutesPerTurn")) }
        case .vote:
            if step.vote == nil { report(path, needs("vote")) }
        case .break:
            if step.minutes == nil && step.returnAt == nil {
                report(path, "a break step needs \"minutes\" or \"returnAt\"")
            }
        }
    }

    private mutating func checkLists(_ step: Step, _ path: JSONPath, index: Int) {
        var seen: Set<String> = []
        for (position, list) in step.lists.enumerated() {
            let listPath = path.appending("lists").appending(position)
            if isBlank(list) { report(listPath, "list names must not be empty") }
            if !seen.insert(list).inserted { report(listPath, "duplicate list \(JSONValue.quoted(list, limit: 40))") }
        }
        if let parents = step.parentList {
            checkReference(parents, path.appending("parentList"), from: index, use: "hang notes under")
        }
    }

    private mutating func checkGrouping(_ step: Step, _ path: JSONPath, index: Int) {
        if let size = step.groupSize {
            let sizePath = path.appending("groupSize")
            if size.min < 1 { report(sizePath.appending("min"), "must be at least 1, found \(size.min)") }
            if size.min > size.max { report(sizePath, "min \(size.min) is larger than max \(size.max)") }
            for (key, value) in [("min", size.min), ("max", size.max)] {
                if let problem = PlanLimits.problem(value, PlanLimits.groupSize, "people in one group") {
                    report(sizePath.appending(key), problem)
                }
            }
        }
        if let attribute = step.mixBy, !mixFields.contains(attribute) {
            let names = mixFields.sorted().joined(separator: ", ")
            report(
                path.appending("mixBy"),
                "no participant has the field \(JSONValue.quoted(attribute, limit: 40)) (fields: \(names))"
                    + Suggestion.hint(for: attribute, among: mixFields.sorted()))
        }
        checkPeopleReferences(step, path, index: index)
    }

    /// Fields groups can be mixed by: `site`, and every other field a participant has.
    var mixFields: Set<String> {
        plan.participants.reduce(into: Set(PlanValidator.mixAttributes)) { $0.formUnion($1.fields.keys) }
    }

    private mutating func checkPeopleReferences(_ step: Step, _ path: JSONPath, index: Int) {
        if let source = step.groupsFrom {
            let quoted = JSONValue.quoted(source.rawValue, limit: 40)
            if let target = plan.index(of: source) {
                if target >= index {
                    report(
                        path.appending("groupsFrom"),
                        "step \(quoted) is not before this step; groups can only be kept from an earlier step")
                } else if plan.steps[target].groupSize == nil && plan.steps[target].groups == nil
                    && plan.steps[target].groupsFrom == nil
                {
                    report(
                        path.appending("groupsFrom"),
                        "step \(quoted) forms no groups (it has no \"groupSize\" or \"groups\")")
                }
            } else {
                report(
                    path.appending("groupsFrom"),
                    "no step has the id \(quoted)"
                        + Suggestion.hint(for: source.rawValue, among: plan.steps.map(\.id.rawValue)))
            }
            for key in ["groupSize", "groups", "mixBy"]
            where
                (key == "groupSize" ? step.groupSize != nil : key == "groups" ? step.groups != nil : step.mixBy != nil)
            {
                report(path.appending(key), "\(key) is not used with \"groupsFrom\" (the groups are kept as they were)")
            }
        }
        let names = Set(plan.participants.map(\.name))
        for (person, role) in step.pinnedRoles.sorted(by: { $0.key < $1.key }) {
            let rolePath = path.appending("pinnedRoles").appending(person)
            if !names.contains(person) {
                report(
                    rolePath,
                    "\(JSONValue.quoted(person, limit: 40)) is not one of the participants"
                        + Suggestion.hint(for: person, among: names.sorted()))
            } else if !step.roles.contains(where: { $0.name == role }) {
                let known = step.roles.map { JSONValue.quoted($0.name, limit: 40) }.joined(separator: ", ")
                report(
                    rolePath,
                    "the step has no role \(JSONValue.quoted(role, limit: 40)) (its roles: \(known.isEmpty ? "none" : known))"
                )
            }
        }
        if let source = step.itemsFrom {
            let quoted = JSONValue.quoted(source.rawValue, limit: 40)
            if let target = plan.index(of: source) {
                if target >= index {
                    report(path.appending("itemsFrom"), "step \(quoted) is not before this step")
                } else if plan.steps[target].vote == nil {
                    report(
                        path.appending("itemsFrom"),
                        "step \(quoted) is not a vote; items come from the items a vote chose")
                }
            } else {
                report(
                    path.appending("itemsFrom"),
                    "no step has the id \(quoted)"
                        + Suggestion.hint(for: source.rawValue, among: plan.steps.map(\.id.rawValue)))
            }
        }
    }

    private mutating func checkVote(_ vote: VoteSpec, _ path: JSONPath, index: Int) {
        if vote.ranks.isEmpty { report(path.appending("ranks"), "must name at least one list to rank") }
        for (position, reference) in vote.ranks.enumerated() {
            checkReference(reference, path.appending("ranks").appending(position), from: index, use: "rank")
        }
        if vote.ranks.count > PlanLimits.lists {
            report(
                path.appending("ranks"),
                "has \(vote.ranks.count) entries; at most \(PlanLimits.lists) (lists in one vote)")
        }
        if vote.votesPerPerson < 1 {
            report(path.appending("votesPerPerson"), "must be at least 1, found \(vote.votesPerPerson)")
        } else if let problem = PlanLimits.problem(vote.votesPerPerson, PlanLimits.votesPerPerson, "dots per person") {
            report(path.appending("votesPerPerson"), problem)
        }
        if let cap = vote.maxPerItem {
            if cap < 1 {
                report(path.appending("maxPerItem"), "must be at least 1, found \(cap)")
            } else if cap > vote.votesPerPerson {
                report(
                    path.appending("maxPerItem"),
                    "\(cap) is more than votesPerPerson (\(vote.votesPerPerson)); a person cannot give one item more votes than they have"
                )
            }
        }
        if let advance = vote.advance, advance < 1 {
            report(path.appending("advance"), "must be at least 1, found \(advance)")
        } else if let advance = vote.advance,
            let problem = PlanLimits.problem(advance, PlanLimits.advance, "items that go on")
        {
            report(path.appending("advance"), problem)
        }
    }

    /// A `{step, list}` reference must name an earlier step that collects notes, and one of its lists.
    private mutating func checkReference(_ reference: ListRef, _ path: JSONPath, from index: Int, use: String) {
        let stepPath = path.appending("step")
        let quotedID = JSONValue.quoted(reference.step.rawValue, limit: 40)
        guard let target = plan.index(of: reference.step) else {
            let ids = plan.steps.map(\.id.rawValue)
            report(
                stepPath, "no step has the id \(quotedID)" + Suggestion.hint(for: reference.step.rawValue, among: ids))
            return
        }
        let step = plan.steps[target]
        guard target < index else {
            report(stepPath, "step \(quotedID) is not before this step; it can only \(use) notes of an earlier step")
            return
        }
        guard step.collectsNotes else {
            report(stepPath, "step \(quotedID) collects no notes (\(PlanValidator.aStep(step.kind)) without \"lists\")")
            return
        }
        let quotedList = JSONValue.quoted(reference.list, limit: 40)
        if step.lists.isEmpty, !reference.list.isEmpty {
            report(
                path.appending("list"), "step \(quotedID) has no named lists; leave out \"list\" (found \(quotedList))")
        } else if !step.lists.isEmpty, reference.list.isEmpty {
            let names = step.lists.map { JSONValue.quoted($0, limit: 40) }.joined(separator: ", ")
            report(path, "missing \"list\": step \(quotedID) has lists \(names); name one")
        } else if !step.lists.isEmpty, !step.lists.contains(reference.list) {
            let names = step.lists.map { JSONValue.quoted($0, limit: 40) }.joined(separator: ", ")
            let hint = Suggestion.hint(for: reference.list, among: step.lists)
            report(path.appending("list"), "step \(quotedID) has no list \(quotedList)\(hint) (its lists: \(names))")
        }
    }

    /// "a groupwork step", "an info step".
    static func aStep(_ kind: StepKind) -> String {
        (kind == .info ? "an " : "a ") + kind.rawValue + " step"
    }
}
