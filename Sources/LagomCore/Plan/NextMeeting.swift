/// The next meeting's plan from this one's: the same agenda, with the open actions and the items
/// that were not finished put first, so nothing is forgotten between two meetings.
public enum NextMeeting {
    public static let carriedStepID = StepID("carried-over")

    /// `plan` itself when nothing is open or unfinished.
    public static func plan(after session: Session) -> Plan {
        var plan = session.plan
        let state = session.state
        let language = plan.language
        let actions = state.minutes.openActions.map { record -> String in
            var line = record.entry.text
            if let owner = record.entry.owner { line += " — \(owner)" }
            guard let due = record.entry.due else { return Localized(.carriedAction, ["action": line]).text(language) }
            return Localized(.carriedActionDue, ["action": line, "due": due]).text(language)
        }
        let unfinished = plan.steps.filter { step in
            step.kind != .break && step.id != carriedStepID && state.progress(step.id).status != .done
                && state.currentStep != nil
        }.map { step in
            let item = [step.agenda.number, step.title].compactMap { $0 }.joined(separator: " ")
            return Localized(.carriedUnfinished, ["item": item]).text(language)
        }
        plan.steps.removeAll { $0.id == carriedStepID }
        plan.date = nil
        for index in plan.days.indices { plan.days[index].date = nil }
        guard !actions.isEmpty || !unfinished.isEmpty else { return plan }
        let carried = Step(
            id: carriedStepID, kind: .info,
            title: Catalogue.text(.carriedTitle, language),
            day: plan.steps.first?.day ?? 1, bullets: actions + unfinished)
        // After the opening item when there is one, else first.
        let position = plan.steps.count > 1 ? 1 : 0
        plan.steps.insert(carried, at: position)
        return plan
    }
}
