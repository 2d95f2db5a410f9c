import LagomCore

/// A check-in round on the stage: who speaks (and their own clock), who follows, who passed and
/// comes back, who is still expected — all from the people here now (`CheckinQueue`).
extension StageView {
    func drawCheckin(_ flow: inout Flow, _ grid: inout Grid, _ context: ScreenContext) {
        let theme = context.theme
        let queue = CheckinQueue(step: step, session: context.session)
        // Who speaks comes first at every size: the quote and the slide text give way to it.
        let spoke = drawSpeaker(&flow, &grid, context, queue: queue)
        if spoke { flow.gap() }
        drawStatusHeadings(&flow, &grid, context)
        flow.startPaging(from: slideStart(context))
        if let quote = step.quote {
            // Swedish quotes ”…” on a Swedish screen, English “…” on an English one.
            flow.paragraph(
                context.text(Localized(.stageQuote, ["quote": quote.text])), role: .accent, into: &grid, theme: theme)
            flow.paragraph("— \(quote.author)", role: .dim, alignment: .right, into: &grid, theme: theme)
            flow.gap()
        }
        drawBullets(&flow, &grid, context)
        if let question = step.question {
            flow.paragraph(context.text(Strings.question) + ": " + question, role: .title, into: &grid, theme: theme)
            flow.gap()
        }
        drawFacts(&flow, &grid, context, groups: false, timeBox: false)
        if !spoke {
            var line = context.text(Strings.round)
            if let seconds = step.secondsPerPerson { line += ": " + context.text(Strings.perPerson(seconds)) }
            line += " · " + context.text(PeopleStrings.speakers(queue.order.count, units: step.roundBy != nil))
            flow.paragraph(line, role: .dim, into: &grid, theme: theme)
            drawQueue(&flow, &grid, context, queue: queue)
        }
    }

    /// "Talar nu: Anna Berg (distans)  01:12" (the name big on the projector when there is room) and
    /// who follows; false when nobody has the word.
    func drawSpeaker(_ flow: inout Flow, _ grid: inout Grid, _ context: ScreenContext, queue: CheckinQueue) -> Bool {
        let theme = context.theme
        guard let name = queue.current else { return false }
        var speaking = context.text(Strings.speaking) + ": " + label(name, queue, context)
        var role: Role = .accent
        if let seconds = step.secondsPerPerson, let since = queue.round?.since {
            let reading = TimerReading.speaker(since: since, seconds: seconds, now: context.now)
            speaking += "  " + reading.clock
            let urgency = reading.urgency
            if !urgency.symbol.isEmpty {
                speaking += " " + urgency.symbol + " " + context.text(Strings.level(reading.level))
            }
            role = reading.level == .normal ? .accent : urgency.role
        }
        if presenting, flow.remaining.height >= 12 {
            flow.big(name, maxHeight: min(7, flow.remaining.height / 3), role: .accent, into: &grid, theme: theme)
        }
        flow.paragraph(speaking, role: role, into: &grid, theme: theme)
        drawQueue(&flow, &grid, context, queue: queue)
        return true
    }

    /// "Nästa: …" (three names and how many more), "Står över, tillbaka sist: …", "Väntas: …", or
    /// that the round is over.
    func drawQueue(_ flow: inout Flow, _ grid: inout Grid, _ context: ScreenContext, queue: CheckinQueue) {
        let theme = context.theme
        let passed = Set(queue.round?.passed ?? [])
        let upcoming = queue.upcoming
        let first = upcoming.filter { !passed.contains($0) }
        if queue.isOver {
            let spoken = queue.round?.spoken.count ?? 0
            flow.paragraph(context.text(PeopleStrings.roundOver(spoken)), role: .dim, into: &grid, theme: theme)
        } else if !first.isEmpty {
            let shown = first.prefix(3).map { label($0, queue, context) }.joined(separator: ", ")
            let more = first.count > 3 ? " " + context.text(PeopleStrings.more(first.count - 3)) : ""
            let heading = context.text(queue.round == nil ? PeopleStrings.first : PeopleStrings.next)
            flow.paragraph(heading + ": " + shown + more, role: .dim, into: &grid, theme: theme)
        }
        let back = upcoming.filter { passed.contains($0) }
        if !back.isEmpty {
            flow.paragraph(
                context.text(PeopleStrings.comesBack) + ": "
                    + back.map { label($0, queue, context) }.joined(separator: ", "),
                role: .dim, into: &grid, theme: theme)
        }
        let expected = queue.expected
        if !expected.isEmpty {
            let names = expected.prefix(3).map { person in
                let time = Roster(plan: context.plan, state: context.state).attendance(of: person.name).arrives
                return person.name + (time.map { " " + context.clock($0) } ?? "")
            }
            let more = expected.count > 3 ? " " + context.text(PeopleStrings.more(expected.count - 3)) : ""
            flow.paragraph(
                context.text(PeopleStrings.expected) + ": " + names.joined(separator: ", ") + more, role: .dim,
                into: &grid, theme: theme)
        }
    }

    /// A speaker as the round names them: "Anna Berg (distans)", in a status round "Anna Berg – Norr".
    private func label(_ name: String, _ queue: CheckinQueue, _ context: ScreenContext) -> String {
        var text = name
        if let unit = queue.unit(of: name), !unit.isEmpty { text += " – " + unit }
        if queue.isRemote(name) { text += " (" + context.text(PeopleStrings.remote) + ")" }
        return text
    }
}
