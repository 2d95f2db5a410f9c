import LagomCore

/// The current step as the room sees it. Shared by the facilitator's stage, its present
/// mode and the projector: `presenting` uses big type where it fits.
/// Hidden notes and hidden vote results are never drawn here.
public struct StageView {
    public var step: Step
    public var presenting: Bool

    public init(step: Step, presenting: Bool) {
        self.step = step
        self.presenting = presenting
    }

    public func draw(into grid: inout Grid, in rect: Rect, context: ScreenContext) {
        guard !rect.isEmpty else { return }
        let theme = context.theme
        var flow = Flow(rect)
        let readings = TimerReading.all(for: step, in: context)
        let own = readings.first { $0.key.group == nil }

        // Heading: the title, and the step's own countdown big when presenting.
        if presenting {
            if !flow.big(step.title, maxHeight: max(1, rect.height / 4), into: &grid, theme: theme) { flow.skip(0) }
        } else {
            flow.paragraph(step.title, role: .title, into: &grid, theme: theme)
            let meta = metaLine(context)
            if !meta.isEmpty { flow.paragraph(meta, role: .dim, into: &grid, theme: theme) }
        }
        flow.skip()

        if step.kind == .break {
            drawBreak(&flow, own: own, grid: &grid, context: context)
            return
        }
        // During a vattentrappa the room watches the speaking group's turn, not the step's own clock.
        let turn = step.kind == .vattentrappa ? Relay.current(step, state: context.state, plan: context.plan, at: context.now) : nil
        if presenting, let turn, let left = turn.remaining(at: context.now), let length = Relay.turnLength(step) {
            let level = TimerMath.level(remaining: left, total: length, spec: Self.turnTimer)
            flow.big(TimerMath.format(remaining: left), maxHeight: max(3, rect.height / 3), role: Urgency(level).role,
                     into: &grid, theme: theme)
        } else if presenting, let own {
            let rows = max(3, rect.height / 3)
            flow.big(own.clock, maxHeight: rows, role: own.urgency.role, into: &grid, theme: theme)
            let word = Self.statusWords(of: own, context.language)
            if !word.isEmpty { flow.paragraph(word, role: own.urgency.role, alignment: .center, into: &grid, theme: theme) }
            flow.skip()
        }

        switch step.kind {
        case .info: drawInfo(&flow, &grid, context)
        case .checkin: drawCheckin(&flow, &grid, context)
        case .groupwork: drawGroupwork(&flow, &grid, context)
        case .vattentrappa: drawVattentrappa(&flow, &grid, context)
        case .brainwriting: drawBrainwriting(&flow, &grid, context)
        case .vote: drawVote(&flow, &grid, context)
        case .break: break
        }
    }

    /// A countdown's line without its clock: `⚠ snart slut`, `‖ pausad`.
    static func statusWords(of reading: TimerReading, _ language: Language) -> String {
        reading.line(language).split(separator: " ").filter { $0 != Substring(reading.clock) }.joined(separator: " ")
    }

    /// "Grupparbete · 10.15 · 30 min · Ansvarig: Chef"
    func metaLine(_ context: ScreenContext) -> String {
        var parts = [context.text(Strings.kind(step.kind))]
        if let start = step.start { parts.append(context.clock(start)) }
        if let minutes = step.minutes { parts.append(context.text(Strings.minutes(minutes))) }
        if !step.owners.isEmpty { parts.append(context.text(Strings.owners) + ": " + step.owners.joined(separator: ", ")) }
        return parts.joined(separator: " · ")
    }

    func drawInfo(_ flow: inout Flow, _ grid: inout Grid, _ context: ScreenContext) {
        for bullet in step.bullets {
            flow.paragraph(bullet, bullet: "•", into: &grid, theme: context.theme)
            if presenting { flow.skip() }
        }
    }

    func drawCheckin(_ flow: inout Flow, _ grid: inout Grid, _ context: ScreenContext) {
        let theme = context.theme
        if let quote = step.quote {
            flow.paragraph("”\(quote.text)”", role: .accent, into: &grid, theme: theme)
            flow.paragraph("— \(quote.author)", role: .dim, alignment: .right, into: &grid, theme: theme)
            flow.skip()
        }
        if let question = step.question {
            flow.paragraph(context.text(Strings.question) + ": " + question, role: .title, into: &grid, theme: theme)
            flow.skip()
        }
        let people = context.plan.participants
        guard let round = context.state.rounds[step.id], round.index >= 0, round.index < people.count else {
            if let seconds = step.secondsPerPerson {
                flow.paragraph(context.text(Strings.round) + ": " + context.text(Strings.perPerson(seconds)),
                               role: .dim, into: &grid, theme: theme)
            }
            return
        }
        var speaking = context.text(Strings.speaking) + ": " + people[round.index].name
        var role: Role = .accent
        if let seconds = step.secondsPerPerson {
            let left = round.since + Int64(seconds) * 1000 - context.now
            let level = TimerMath.level(remaining: left, total: Int64(seconds) * 1000)
            speaking += "  " + TimerMath.format(remaining: left)
            let urgency = Urgency(level)
            if !urgency.symbol.isEmpty { speaking += " " + urgency.symbol + " " + context.text(Strings.level(level)) }
            role = level == .normal ? .accent : urgency.role
        }
        if presenting { flow.big(people[round.index].name, maxHeight: 7, role: .accent, into: &grid, theme: theme) }
        flow.paragraph(speaking, role: role, into: &grid, theme: theme)
        let next = people[(round.index + 1)...].prefix(3).map(\.name)
        if !next.isEmpty {
            flow.paragraph("→ " + next.joined(separator: ", "), role: .dim, into: &grid, theme: theme)
        }
    }

    func drawGroupwork(_ flow: inout Flow, _ grid: inout Grid, _ context: ScreenContext) {
        let theme = context.theme
        for prompt in step.prompts { flow.paragraph(prompt, bullet: "•", into: &grid, theme: theme) }
        flow.skip()
        let count = step.groupCount(participants: context.plan.participants.count)
        var facts: [String] = []
        if count > 0 { facts.append(context.text(Strings.groups(count, step.groupSize, mixBy: step.mixBy))) }
        if let minutes = step.minutes { facts.append(context.text(Strings.timeBox(minutes))) }
        if let back = backAt(context) { facts.append(context.text(Strings.backAt(back))) }
        if !facts.isEmpty { flow.paragraph(facts.joined(separator: " · "), role: .accent, into: &grid, theme: theme) }
        if !step.roles.isEmpty {
            flow.skip()
            flow.paragraph(context.text(Strings.roles), role: .title, into: &grid, theme: theme)
            for role in step.roles { flow.paragraph("\(role.name) – \(role.task)", bullet: "•", into: &grid, theme: theme) }
        }
        drawGroupTimers(&flow, &grid, context)
        drawNotes(&flow, &grid, context)
    }

    func drawVattentrappa(_ flow: inout Flow, _ grid: inout Grid, _ context: ScreenContext) {
        let theme = context.theme
        // While groups have the word, the room needs who speaks, who is next and what was already
        // said before the brief: on a small projector the questions give way.
        if presenting, Relay.current(step, state: context.state, plan: context.plan, at: context.now) != nil {
            drawRelay(&flow, &grid, context)
            for (i, question) in step.questions.enumerated() {
                flow.paragraph(question, bullet: "\(i + 1).", into: &grid, theme: theme)
            }
            return
        }
        flow.paragraph(context.text(Strings.vattentrappaBrief), role: .dim, into: &grid, theme: theme)
        flow.skip()
        for (i, question) in step.questions.enumerated() {
            flow.paragraph(question, bullet: "\(i + 1).", into: &grid, theme: theme)
        }
        if let turn = step.minutesPerTurn {
            flow.skip()
            flow.paragraph(context.text(Strings.perTurn(turn)), role: .accent, into: &grid, theme: theme)
        }
        drawRelay(&flow, &grid, context)
    }

    func drawBrainwriting(_ flow: inout Flow, _ grid: inout Grid, _ context: ScreenContext) {
        let theme = context.theme
        flow.paragraph(context.text(Strings.brainwritingBrief), role: .dim, into: &grid, theme: theme)
        flow.skip()
        for prompt in step.prompts + step.questions { flow.paragraph(prompt, bullet: "•", into: &grid, theme: theme) }
        // Counts only until revealed: `drawNotes` never draws the notes of a hidden step.
        drawNotes(&flow, &grid, context)
    }

    func drawVote(_ flow: inout Flow, _ grid: inout Grid, _ context: ScreenContext) {
        let theme = context.theme
        guard let spec = step.vote, let tally = VoteTally(step: step, state: context.state) else { return }
        flow.paragraph(context.text(Strings.voteBrief(spec.votesPerPerson, cap: spec.maxPerItem)), role: .accent, into: &grid, theme: theme)
        flow.skip()
        guard !spec.hidden || context.state.revealed.contains(step.id) else {
            flow.paragraph(context.text(Strings.resultsHidden), role: .dim, into: &grid, theme: theme)
            return
        }
        for list in tally.results(in: context.state) {
            let name = list.source.list.isEmpty ? (context.plan.step(list.source.step)?.title ?? "") : list.source.list
            flow.paragraph("\(name), \(context.text(Strings.ranks))", role: .title, into: &grid, theme: theme)
            for item in list.items {
                let rank = item.rank.map { "\($0)." } ?? "–"
                let points = item.points.map(Strings.points) ?? context.text(Strings.noScore)
                flow.paragraph("\(item.note.text)  \(points)", role: item.points == nil ? .dim : .normal,
                               bullet: TextLayout.fit(rank, width: 3, alignment: .left), into: &grid, theme: theme)
            }
            flow.skip()
        }
    }

    func drawBreak(_ flow: inout Flow, own: TimerReading?, grid: inout Grid, context: ScreenContext) {
        let theme = context.theme
        if let back = backAt(context) {
            let text = context.text(Strings.backAt(back))
            if presenting { flow.big(text, maxHeight: max(3, flow.remaining.height / 2), role: .accent, into: &grid, theme: theme) }
            else { flow.paragraph(text, role: .accent, into: &grid, theme: theme) }
        }
        if let own {
            flow.skip()
            var line = own.line(context.language)
            if presenting, flow.big(own.clock, maxHeight: max(3, flow.remaining.height - 1), role: own.urgency.role, into: &grid, theme: theme) {
                // The big digits say the time; only the word ("pausad", "övertid") is left to say.
                line = Self.statusWords(of: own, context.language)
            }
            if !line.isEmpty {
                flow.paragraph(line, role: own.urgency.role, alignment: presenting ? .center : .left, into: &grid, theme: theme)
            }
        }
        for bullet in step.bullets { flow.paragraph(bullet, bullet: "•", into: &grid, theme: theme) }
    }

    func backAt(_ context: ScreenContext) -> String? {
        let timer = context.state.timers[TimerKey(step: step.id)]
        guard step.kind == .break || step.returnAt != nil || timer?.isRunning == true else { return nil }
        return TimeOfDay.backAt(step: step, timer: timer?.isStopped == true ? nil : timer, now: context.now,
                                utcOffsetSeconds: context.utcOffsetSeconds).map(context.clock)
    }

    func drawGroupTimers(_ flow: inout Flow, _ grid: inout Grid, _ context: ScreenContext) {
        let groups = TimerReading.all(for: step, in: context).filter { $0.key.group != nil }
        guard !groups.isEmpty else { return }
        flow.skip()
        for reading in groups {
            let name = context.text(Strings.groupName(reading.key.group ?? 0))
            flow.paragraph("\(name): \(reading.line(context.language))", role: reading.urgency.role, into: &grid, theme: context.theme)
        }
    }
}
