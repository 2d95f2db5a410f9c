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
                        Localized(
                            .planStartBeforePrevious,
                            ["start": start, "index": String(previous.index), "previous": previous.time]))
                }
                previousStart = (index, step.day, start)
                if let back = step.returnAt, back <= start {
                    report(
                        path.appending("returnAt"), Localized(.planReturnNotAfterStart, ["back": back, "start": start]))
                }
            }
            if isBlank(step.title) { report(path.appending("title"), Localized(.planEmpty)) }
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
        if isBlank(id) { report(idPath, Localized(.planEmpty)); return }
        if id.contains(where: \.isWhitespace) {
            report(idPath, Localized(.planIDHasSpaces, ["id": JSONValue.quoted(id, limit: 40)]))
        } else if id.allSatisfy({ $0.isASCII && $0.isNumber }) {
            // `lagom goto 3` means the third step; an id "3" would make that ambiguous.
            report(idPath, Localized(.planIDOnlyDigits, ["id": JSONValue.quoted(id, limit: 40)]))
        }
        if let first = firstByID[step.id] {
            let firstPath = JSONPath("steps").appending(first).appending("id")
            report(
                idPath, Localized(.planDuplicateID, ["id": JSONValue.quoted(id, limit: 40), "place": place(firstPath)]))
        } else {
            firstByID[step.id] = index
        }
    }

    private mutating func checkDay(_ step: Step, _ path: JSONPath, previousDay: inout Int) {
        let dayPath = path.appending("day")
        if plan.days.isEmpty { return }  // already reported once for the plan
        guard (1...plan.days.count).contains(step.day) else {
            report(dayPath, Localized(.planNoSuchDay, ["day": String(step.day), "count": plan.days.count]))
            return
        }
        if step.day < previousDay {
            report(dayPath, Localized(.planDaysOutOfOrder, ["day": String(step.day), "previous": String(previousDay)]))
        }
        previousDay = max(previousDay, step.day)
    }

    private mutating func checkCounts(_ step: Step, _ path: JSONPath) {
        let counts: [(String, Int?)] = [
            ("minutes", step.minutes), ("minutesPerTurn", step.minutesPerTurn),
            ("secondsPerPerson", step.secondsPerPerson), ("noteLimit", step.noteLimit), ("groups", step.groups),
        ]
        for (key, value) in counts {
            if let value, value <= 0 {
                report(path.appending(key), Localized(.planNotPositive, ["found": String(value)]))
            }
        }
        // Upper bounds (PlanLimits): nothing a screen draws or sums may run away.
        let bounds: [(String, Int?, Int, Localized)] = [
            ("secondsPerPerson", step.secondsPerPerson, PlanLimits.secondsPerPerson, Localized(.planLimitHour)),
            ("noteLimit", step.noteLimit, PlanLimits.noteLimit, Localized(.planLimitNoteCharacters)),
            ("groups", step.groups, PlanLimits.groups, Localized(.planLimitGroups)),
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
            report(path.appending(key), PlanLimits.tooMany(count, PlanLimits.linesPerStep, Localized(.planLimitLines)))
        }
        if step.lists.count > PlanLimits.lists {
            report(
                path.appending("lists"),
                PlanLimits.tooMany(step.lists.count, PlanLimits.lists, Localized(.planLimitLists)))
        }
        // Countdowns: a timer longer than a day is refused every time it is started.
        for (key, value) in [("minutes", step.minutes), ("minutesPerTurn", step.minutesPerTurn)] {
            if let value, value > Step.maxMinutes {
                report(
                    path.appending(key),
                    Localized(.planMinutesRange, ["max": String(Step.maxMinutes), "found": String(value)]))
            }
        }
        if let timer = step.timer {
            let timerPath = path.appending("timer")
            if !(0...100).contains(timer.warnPercent) {
                report(
                    timerPath.appending("warnPercent"),
                    Localized(.planWarnPercentRange, ["found": String(timer.warnPercent)]))
            }
            for (key, value) in [("warnMinutes", timer.warnMinutes), ("criticalMinutes", timer.criticalMinutes)]
            where !(0...Step.maxMinutes).contains(value) {
                report(
                    timerPath.appending(key),
                    Localized(.planTimerMinutesRange, ["max": String(Step.maxMinutes), "found": String(value)]))
            }
        }
    }

    private mutating func checkKindNeeds(_ step: Step, _ path: JSONPath) {
        let kind = PlanValidator.aStep(step.kind)
        func needs(_ field: String) -> Localized { Localized(.planNeeds, ["step": kind, "field": field]) }
        func needsOne(_ field: String) -> Localized { Localized(.planNeedsAtLeastOne, ["step": kind, "field": field]) }
        switch step.kind {
        case .info:
            break
        case .checkin:
            // A status round asks its headings instead of one question.
            if step.headings.isEmpty, step.question.map(isBlank) ?? true {
                report(path, Localized(.planNeedsQuestionOrHeadings, ["step": kind]))
            }
            if let field = step.roundBy, !PlanValidator.mixAttributes.contains(field) {
                let names = PlanValidator.mixAttributes.joined(separator: ", ")
                report(
                    path.appending("roundBy"),
                    Localized(.planUnknownRoundBy, ["field": JSONValue.quoted(field, limit: 40), "names": names]))
            }
            for (position, heading) in step.headings.enumerated() where isBlank(heading) {
                report(path.appending("headings").appending(position), Localized(.planEmptyHeading))
            }
        case .groupwork:
            if step.prompts.isEmpty { report(path, needsOne("prompts")) }
            if step.minutes == nil { report(path, needs("minutes")) }
        case .brainwriting:
            if step.prompts.isEmpty { report(path, needsOne("prompts")) }
        case .vattentrappa:
            if step.questions.isEmpty { report(path, needsOne("questions")) }
            if step.minutesPerTurn == nil { report(path, needs("minutesPerTurn")) }
        case .vote:
            if step.vote == nil { report(path, needs("vote")) }
        case .break:
            if step.minutes == nil && step.returnAt == nil {
                report(path, Localized(.planBreakNeedsTime))
            }
        }
    }

    private mutating func checkLists(_ step: Step, _ path: JSONPath, index: Int) {
        var seen: Set<String> = []
        for (position, list) in step.lists.enumerated() {
            let listPath = path.appending("lists").appending(position)
            if isBlank(list) { report(listPath, Localized(.planEmptyListName)) }
            if !seen.insert(list).inserted {
                report(listPath, Localized(.planDuplicateList, ["list": JSONValue.quoted(list, limit: 40)]))
            }
        }
        if let parents = step.parentList {
            checkReference(parents, path.appending("parentList"), from: index, ranks: false)
        }
    }

    private mutating func checkGrouping(_ step: Step, _ path: JSONPath, index: Int) {
        if let size = step.groupSize {
            let sizePath = path.appending("groupSize")
            if size.min < 1 {
                report(sizePath.appending("min"), Localized(.planAtLeastOne, ["found": String(size.min)]))
            }
            if size.min > size.max {
                report(sizePath, Localized(.planMinAboveMax, ["min": String(size.min), "max": String(size.max)]))
            }
            for (key, value) in [("min", size.min), ("max", size.max)] {
                if let problem = PlanLimits.problem(value, PlanLimits.groupSize, Localized(.planLimitGroupSize)) {
                    report(sizePath.appending(key), problem)
                }
            }
        }
        if let attribute = step.mixBy, !mixFields.contains(attribute) {
            let names = mixFields.sorted().joined(separator: ", ")
            let problem = Localized(
                .planNoSuchMixField, ["field": JSONValue.quoted(attribute, limit: 40), "names": names])
            report(path.appending("mixBy"), Suggestion.hint(problem, for: attribute, among: mixFields.sorted()))
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
                    report(path.appending("groupsFrom"), Localized(.planGroupsFromNotEarlier, ["id": quoted]))
                } else if plan.steps[target].groupSize == nil && plan.steps[target].groups == nil
                    && plan.steps[target].groupsFrom == nil
                {
                    report(path.appending("groupsFrom"), Localized(.planGroupsFromNoGroups, ["id": quoted]))
                }
            } else {
                report(path.appending("groupsFrom"), noSuchStep(source))
            }
            for key in ["groupSize", "groups", "mixBy"]
            where
                (key == "groupSize" ? step.groupSize != nil : key == "groups" ? step.groups != nil : step.mixBy != nil)
            {
                report(path.appending(key), Localized(.planNotWithGroupsFrom, ["key": key]))
            }
        }
        let names = Set(plan.participants.map(\.name))
        for (person, role) in step.pinnedRoles.sorted(by: { $0.key < $1.key }) {
            let rolePath = path.appending("pinnedRoles").appending(person)
            if !names.contains(person) {
                let problem = Localized(.planNotAParticipant, ["name": JSONValue.quoted(person, limit: 40)])
                report(rolePath, Suggestion.hint(problem, for: person, among: names.sorted()))
            } else if !step.roles.contains(where: { $0.name == role }) {
                let known = step.roles.map { JSONValue.quoted($0.name, limit: 40) }.joined(separator: ", ")
                let roles: TextArgument = known.isEmpty ? .text(Localized(.planNone)) : .words(known)
                report(
                    rolePath, Localized(.planNoSuchRole, ["role": JSONValue.quoted(role, limit: 40), "roles": roles]))
            }
        }
        if let source = step.itemsFrom {
            let quoted = JSONValue.quoted(source.rawValue, limit: 40)
            if let target = plan.index(of: source) {
                if target >= index {
                    report(path.appending("itemsFrom"), Localized(.planItemsFromNotEarlier, ["id": quoted]))
                } else if plan.steps[target].vote == nil {
                    report(path.appending("itemsFrom"), Localized(.planItemsFromNotAVote, ["id": quoted]))
                }
            } else {
                report(path.appending("itemsFrom"), noSuchStep(source))
            }
        }
    }

    private mutating func checkVote(_ vote: VoteSpec, _ path: JSONPath, index: Int) {
        if vote.ranks.isEmpty { report(path.appending("ranks"), Localized(.planNoRanks)) }
        for (position, reference) in vote.ranks.enumerated() {
            checkReference(
                reference, path.appending("ranks").appending(position), from: index, ranks: true)
        }
        if vote.ranks.count > PlanLimits.lists {
            report(
                path.appending("ranks"),
                PlanLimits.tooMany(vote.ranks.count, PlanLimits.lists, Localized(.planLimitVoteLists)))
        }
        if vote.votesPerPerson < 1 {
            report(path.appending("votesPerPerson"), Localized(.planAtLeastOne, ["found": String(vote.votesPerPerson)]))
        } else if let problem = PlanLimits.problem(
            vote.votesPerPerson, PlanLimits.votesPerPerson, Localized(.planLimitVotes))
        {
            report(path.appending("votesPerPerson"), problem)
        }
        if let cap = vote.maxPerItem {
            if cap < 1 {
                report(path.appending("maxPerItem"), Localized(.planAtLeastOne, ["found": String(cap)]))
            } else if cap > vote.votesPerPerson {
                report(
                    path.appending("maxPerItem"),
                    Localized(.planMaxPerItemAboveVotes, ["cap": String(cap), "votes": String(vote.votesPerPerson)]))
            }
        }
        if let advance = vote.advance, advance < 1 {
            report(path.appending("advance"), Localized(.planAtLeastOne, ["found": String(advance)]))
        } else if let advance = vote.advance,
            let problem = PlanLimits.problem(advance, PlanLimits.advance, Localized(.planLimitAdvance))
        {
            report(path.appending("advance"), problem)
        }
    }

    /// A `{step, list}` reference must name an earlier step that collects notes, and one of its lists.
    private mutating func checkReference(
        _ reference: ListRef, _ path: JSONPath, from index: Int, ranks: Bool
    ) {
        let stepPath = path.appending("step")
        let quotedID = JSONValue.quoted(reference.step.rawValue, limit: 40)
        guard let target = plan.index(of: reference.step) else {
            report(stepPath, noSuchStep(reference.step))
            return
        }
        let step = plan.steps[target]
        guard target < index else {
            report(stepPath, Localized(ranks ? .planRankNotEarlier : .planParentListNotEarlier, ["id": quotedID]))
            return
        }
        guard step.collectsNotes else {
            report(stepPath, Localized(.planCollectsNoNotes, ["id": quotedID, "step": PlanValidator.aStep(step.kind)]))
            return
        }
        let quotedList = JSONValue.quoted(reference.list, limit: 40)
        let names = step.lists.map { JSONValue.quoted($0, limit: 40) }.joined(separator: ", ")
        if step.lists.isEmpty, !reference.list.isEmpty {
            report(path.appending("list"), Localized(.planNoNamedLists, ["id": quotedID, "list": quotedList]))
        } else if !step.lists.isEmpty, reference.list.isEmpty {
            report(path, Localized(.planMissingList, ["id": quotedID, "names": names]))
        } else if !step.lists.isEmpty, !step.lists.contains(reference.list) {
            let arguments = ["id": quotedID, "list": quotedList, "names": names]
            if let match = Suggestion.closest(to: reference.list, among: step.lists) {
                let problem = Localized(.planNoSuchListDidYouMean, arguments.merging(["word": match]) { a, _ in a })
                report(path.appending("list"), problem)
            } else {
                report(path.appending("list"), Localized(.planNoSuchList, arguments))
            }
        }
    }

    /// `no step has the id "x"`, with the id likely meant.
    func noSuchStep(_ id: StepID) -> Localized {
        let problem = Localized(.planNoSuchStep, ["id": JSONValue.quoted(id.rawValue, limit: 40)])
        return Suggestion.hint(problem, for: id.rawValue, among: plan.steps.map(\.id.rawValue))
    }

    /// "a groupwork step", "an info step".
    static func aStep(_ kind: StepKind) -> Localized {
        kind == .info ? Localized(.planAnInfoStep) : Localized(.planAStep, ["kind": kind.rawValue])
    }
}
