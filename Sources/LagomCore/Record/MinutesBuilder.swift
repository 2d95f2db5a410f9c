/// Builds `MeetingMinutes`' sections from a session.
struct MinutesBuilder {
    let session: Session
    let language: Language
    let schedule: Schedule

    init(session: Session, language: Language) {
        self.session = session
        self.language = language
        schedule = Schedule(plan: session.plan, state: session.state)
    }

    var plan: Plan { session.plan }
    var state: SessionState { session.state }
    func text(_ localized: Localized) -> String { localized.text(language) }
    func clean(_ s: String) -> String { RecordText.clean(s) }

    func facts() -> [RecordFact] {
        var facts: [RecordFact] = []
        if let dates = RecordWords.dates([plan.date ?? plan.days.first?.date].compactMap { $0 }, language) {
            facts.append(RecordFact(label: text(RecordWords.dates), value: dates))
        }
        let starts = schedule.rows.compactMap(\.plannedStart)
        if let first = starts.first, let last = schedule.rows.last(where: { $0.plannedStart != nil }) {
            let end = ClockTime(
                minutesSinceMidnight: last.plannedStart!.minutesSinceMidnight + (last.plannedMinutes ?? 0))
            facts.append(RecordFact(label: text(MinutesWords.time), value: "\(first)–\(end)"))
        }
        let named: [(Localized, String?)] = [
            (RecordWords.place, plan.place), (MinutesWords.chair, plan.chair),
            (MinutesWords.minuteTaker, plan.minuteTaker),
        ]
        for (label, value) in named {
            if let value { facts.append(RecordFact(label: text(label), value: clean(value))) }
        }
        return facts
    }

    func sections() -> [RecordSection] {
        var sections = [attendance()]
        for row in schedule.rows where row.step.kind != .break { sections.append(item(row)) }
        if let actions = actionTable() { sections.append(actions) }
        return sections
    }

    // MARK: - Attendance

    func attendance() -> RecordSection {
        let roster = Roster(plan: plan, state: state)
        var groups: [(Localized, [String])] = [
            (MinutesWords.present, []), (MinutesWords.remote, []),
            (MinutesWords.late, []), (MinutesWords.left, []), (MinutesWords.absent, []),
        ]
        for person in roster.everyone {
            let record = roster.attendance(of: person.name)
            let who = "\(clean(person.name)) (\(clean(person.site)))"
            switch record.status {
            case .absent: groups[4].1.append(who + (record.reason.map { " – " + clean($0) } ?? ""))
            case .late: groups[2].1.append(who + (record.arrives.map { ", " + text(MinutesWords.arrives($0)) } ?? ""))
            case .remote: groups[1].1.append(who)
            case .present: if record.leaves == nil { groups[0].1.append(who) }
            }
            if let leaves = record.leaves, record.status != .absent {
                groups[3].1.append(who + ", " + text(MinutesWords.leaves(leaves)))
            }
        }
        let lines = groups.filter { !$0.1.isEmpty }.map { label, names -> [RecordSpan] in
            [.strong("\(text(label)) (\(names.count)):"), RecordSpan(" " + names.joined(separator: ", "))]
        }
        return RecordSection(
            .attendance, blocks: [.heading(level: 2, text: text(MinutesWords.attendance)), .bullets(lines)])
    }

    // MARK: - Items

    func item(_ row: Schedule.Row) -> RecordSection {
        let step = row.step
        let heading = [step.agenda.number, clean(step.title)].compactMap { $0 }.joined(separator: " ")
        var blocks: [RecordBlock] = [.heading(level: step.agenda.isSubItem ? 3 : 2, text: heading)]
        var time: [String] = []
        if let start = row.plannedStart {
            let end =
                row.plannedMinutes.map {
                    " – " + ClockTime(minutesSinceMidnight: start.minutesSinceMidnight + $0).description
                } ?? ""
            time.append(text(MinutesWords.planned("\(start)\(end)", row.plannedMinutes)))
        }
        if let actual = row.actualMinutes {
            time.append(text(MinutesWords.took(actual)))
        } else if row.status == .pending, state.currentStep != nil {
            time.append(text(MinutesWords.notReached))
        }
        if !time.isEmpty { blocks.append(.paragraph([RecordSpan(time.joined(separator: ", "))])) }
        var facts: [[RecordSpan]] = []
        if !step.owners.isEmpty {
            facts.append(fact(MinutesWords.responsible, step.owners.map(clean).joined(separator: ", ")))
        }
        if let purpose = step.agenda.purpose { facts.append(fact(MinutesWords.purpose, clean(purpose))) }
        if !step.agenda.material.isEmpty {
            facts.append(fact(MinutesWords.material, step.agenda.material.map(clean).joined(separator: "; ")))
        }
        if !facts.isEmpty { blocks.append(.bullets(facts)) }
        blocks += notes(step)
        let decisions = state.minutes.records(step: step.id, kind: .decision)
        if !decisions.isEmpty {
            blocks.append(.paragraph([.strong(text(MinutesWords.decisions))]))
            blocks.append(.bullets(decisions.map { [RecordSpan(clean($0.entry.text))] }))
        }
        let actions = state.minutes.records(step: step.id, kind: .action)
        if !actions.isEmpty {
            blocks.append(.paragraph([.strong(text(MinutesWords.actions))]))
            blocks.append(
                .bullets(
                    actions.map { action in
                        let who = [action.entry.owner.map(clean), action.entry.due].compactMap { $0 }.joined(
                            separator: ", ")
                        return [RecordSpan(clean(action.entry.text)), .emphasis(" (\(who))")]
                    }))
        }
        return RecordSection(.agendaItem(step.agenda.number ?? step.id.rawValue), blocks: blocks)
    }

    func fact(_ label: Localized, _ value: String) -> [RecordSpan] {
        [.strong(text(label) + ":"), RecordSpan(" " + value)]
    }

    /// The minute-taker's notes: a status round's by speaker, each under the round's headings.
    func notes(_ step: Step) -> [RecordBlock] {
        let notes = state.minutes.records(step: step.id, kind: .note)
        guard !notes.isEmpty else { return [] }
        var blocks: [RecordBlock] = []
        let loose = notes.filter { $0.entry.speaker == nil }
        if !loose.isEmpty { blocks.append(.bullets(loose.map { [RecordSpan(clean($0.entry.text))] })) }
        var speakers: [String] = []
        for note in notes {
            if let speaker = note.entry.speaker, !speakers.contains(speaker) { speakers.append(speaker) }
        }
        for speaker in speakers {
            let unit = plan.participants.first { $0.name == speaker }.map { " (\(clean($0.site)))" } ?? ""
            blocks.append(.paragraph([.strong(clean(speaker) + unit)]))
            let said = notes.filter { $0.entry.speaker == speaker }
            let order = step.headings + said.compactMap(\.entry.heading).filter { !step.headings.contains($0) }
            var lines: [[RecordSpan]] = said.filter { $0.entry.heading == nil }.map {
                [RecordSpan(clean($0.entry.text))]
            }
            for heading in order {
                for note in said where note.entry.heading == heading {
                    lines.append([.emphasis(clean(heading) + ":"), RecordSpan(" " + clean(note.entry.text))])
                }
            }
            blocks.append(.bullets(lines))
        }
        return blocks
    }

    // MARK: - The action table

    func actionTable() -> RecordSection? {
        let actions = state.minutes.records(kind: .action)
        guard !actions.isEmpty else { return nil }
        let rows: [[RecordCell]] = actions.map { action in
            let step = plan.step(action.entry.step)
            let item = step.map { $0.agenda.number ?? clean($0.title) } ?? action.entry.step.rawValue
            return [
                RecordCell(clean(action.entry.text)), RecordCell(clean(action.entry.owner ?? "")),
                RecordCell(action.entry.due ?? text(MinutesWords.noDate)), RecordCell(item),
            ]
        }
        let table = RecordTable(
            columns: [
                .init(text(MinutesWords.what)), .init(text(MinutesWords.who)),
                .init(text(MinutesWords.when)), .init(text(MinutesWords.item)),
            ], rows: rows)
        return RecordSection(.actions, blocks: [.heading(level: 2, text: text(MinutesWords.actions)), .table(table)])
    }
}
