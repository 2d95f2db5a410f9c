/// The rules of the meeting's record, and how its events fold into the state.
extension SessionState {
    func checkMinutes(_ change: Change, plan: Plan) throws(Refusal) {
        switch change {
        case .recordAdded(let id, let entry):
            guard minutes.record(id) == nil else { throw .duplicateRecord(id) }
            try checkEntry(entry, plan: plan)
        case .recordEdited(let id, let entry):
            guard let record = minutes.record(id) else { throw .unknownRecord(id) }
            guard record.entry.kind == entry.kind else { throw .recordKindChanged(id, from: record.entry.kind) }
            try checkEntry(entry, plan: plan)
        case .recordDeleted(let id):
            guard minutes.record(id) != nil else { throw .unknownRecord(id) }
        case .actionMarkedDone(let id, let done):
            guard let record = minutes.record(id) else { throw .unknownRecord(id) }
            guard record.entry.kind == .action else { throw .notAnAction(id) }
            guard record.done != done else { throw .actionDoneUnchanged(id, done: done) }
        case .minutesShown(let visible):
            guard minutes.onProjector != visible else { throw .minutesShownUnchanged(visible) }
        default:
            break
        }
    }

    private func checkEntry(_ entry: RecordEntry, plan: Plan) throws(Refusal) {
        let step = try step(entry.step, plan)
        guard !entry.text.trimmingWhitespace.isEmpty else { throw .emptyRecord(entry.kind) }
        guard entry.text.count <= RecordEntry.textLimit else {
            throw .noteTooLong(length: entry.text.count, limit: RecordEntry.textLimit)
        }
        if entry.kind == .action, entry.owner.map({ $0.trimmingWhitespace.isEmpty }) ?? true {
            throw .actionNeedsOwner
        }
        if let due = entry.due, !PlanValidator.isISODate(due) { throw .badDueDate(due) }
        if let heading = entry.heading, !step.headings.contains(heading) {
            throw .unknownHeading(step: step.id, heading: heading, headings: step.headings)
        }
    }

    mutating func foldMinutes(_ change: Change, at now: WallTime, by actor: Actor) {
        switch change {
        case .recordAdded(let id, let entry):
            minutes.add(MinuteRecord(id: id, entry: entry, addedAt: now, by: actor))
        case .recordEdited(let id, let entry):
            minutes.update(id) { $0.entry = entry }
        case .recordDeleted(let id):
            minutes.remove(id)
        case .actionMarkedDone(let id, let done):
            minutes.update(id) { $0.done = done }
        case .minutesShown(let visible):
            minutes.onProjector = visible
        default:
            break
        }
    }
}
