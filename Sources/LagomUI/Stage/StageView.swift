import LagomCore

/// The current step as the room sees it. Shared by the facilitator's stage, its present
/// mode and the projector: `presenting` uses big type where it fits.
/// Hidden notes and hidden vote results are never drawn here.
/// Every kind shows the plan's slide text (`bullets`); what does not fit is counted on the
/// last row ("… 3 till"), never dropped without a sign.
public struct StageView {
    public var step: Step
    public var presenting: Bool
    /// The paragraph the slide's text starts from, instead of the facilitator's page turn
    /// (`SessionState.slideStarts`): how the console measures the pages at its own size.
    public var slideFrom: Int?

    public init(step: Step, presenting: Bool, slideFrom: Int? = nil) {
        self.step = step
        self.presenting = presenting
        self.slideFrom = slideFrom
    }

    public func draw(into grid: inout Grid, in rect: Rect, context: ScreenContext) {
        _ = layOut(into: &grid, in: rect, context: context)
    }

    /// Draws the step and returns where a live wall went, if one did (its page turns are the
    /// projector's wake-ups), and where the slide's next page starts.
    func layOut(into grid: inout Grid, in rect: Rect, context: ScreenContext) -> Flow.Placed {
        guard !rect.isEmpty else { return Flow.Placed() }
        let theme = context.theme
        var flow = Flow(rect)
        defer { flow.finish(into: &grid, theme: theme, language: context.language) }
        let readings = TimerReading.all(for: step, in: context)
        let own = readings.first { $0.key.group == nil }

        // Heading: the title, and the step's own countdown big when presenting; smaller when
        // the room's content (notes, the group or person speaking) needs the rows.
        if let banner = dayBanner(context) {
            flow.paragraph(banner, role: .accent, alignment: presenting ? .center : .left, into: &grid, theme: theme)
        }
        if presenting {
            let titleRows = sharesTheScreen(context, in: rect) ? compactBigRows(rect, share: 8) : rect.height / 4
            if !flow.big(step.title, maxHeight: max(1, titleRows), into: &grid, theme: theme) { flow.skip(0) }
        } else {
            flow.paragraph(step.title, role: .title, into: &grid, theme: theme)
            let meta = metaLine(context)
            if !meta.isEmpty { flow.paragraph(meta, role: .dim, into: &grid, theme: theme) }
        }
        flow.gap()

        if step.kind == .break {
            drawBreak(&flow, own: own, grid: &grid, context: context)
            return flow.placed
        }
        // The exercise is over and its return time is ahead: the room is on its break (ÅTER 11.20).
        if let untilBack = TimerReading.untilReturn(of: step, in: context) {
            drawBreak(&flow, own: untilBack, grid: &grid, context: context)
            return flow.placed
        }
        // Before a grouped step starts, the room looks for its names: the groups fill the screen.
        if let board = groupBoard(context) {
            board.draw(into: &grid, in: flow.remaining, context: context)
            flow.used(flow.remaining.height)
            return flow.placed
        }
        if presenting { drawBigCountdown(&flow, own: own, grid: &grid, context: context) }

        // Once the facilitator shows the themes, their summary is the slide (as seed 000's
        // "Sammanfattning av vattentrappa" was), unless a group has the word.
        let state = context.state
        if state.showsThemeSummary(step.id), !state.notesHiddenFromRoom(step),
            TimerReading.turn(of: step, in: context) == nil
        {
            drawThemes(&flow, &grid, context)
            return flow.placed
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
        return flow.placed
    }

    /// The one big countdown of the room. On a vattentrappa it is the speaking group's turn
    /// (the step's own clock would disagree with it); a finished step shows no digits, only
    /// that it is done.
    func drawBigCountdown(_ flow: inout Flow, own: TimerReading?, grid: inout Grid, context: ScreenContext) {
        let theme = context.theme
        if context.state.progress(step.id).status == .done {
            flow.paragraph(context.text(Strings.stepDone), role: .dim, alignment: .center, into: &grid, theme: theme)
            flow.gap()
            return
        }
        guard let reading = bigReading(own: own, context) else { return }
        let rows =
            sharesTheScreen(context, in: flow.area) ? compactBigRows(flow.area, share: 5) : max(3, flow.area.height / 3)
        guard
            BigText.picture(reading.clock, maxWidth: flow.area.width, maxHeight: min(rows, flow.remaining.height))
                != nil
        else {
            // No room for big digits: the clock and its word on one line ("39:57 ⚠ snart slut · Åter
            // 10.40"; no ⏱, which projector fonts such as DejaVu Sans Mono lack); on a vattentrappa
            // the relay's line says it.
            guard step.kind != .vattentrappa else { return }
            let back = backAt(context).map { " · " + context.text(Strings.backAt($0)) } ?? ""
            flow.paragraph(
                reading.line(context.language) + back, role: reading.urgency.role, alignment: .center, into: &grid,
                theme: theme)
            flow.gap()
            return
        }
        flow.big(reading.clock, maxHeight: rows, role: reading.urgency.role, into: &grid, theme: theme)
        // The relay's own line says the turn's state; the step's clock says it here.
        if step.kind != .vattentrappa {
            let word = Self.statusWords(of: reading, context.language)
            if !word.isEmpty {
                flow.paragraph(word, role: reading.urgency.role, alignment: .center, into: &grid, theme: theme)
            }
            flow.gap()
        }
    }

    /// The countdown the room sees big: the speaking group's turn on a vattentrappa (nothing
    /// before a group has the word), else the step's own; never a stopped one.
    func bigReading(own: TimerReading?, _ context: ScreenContext) -> TimerReading? {
        guard context.state.progress(step.id).status != .done else { return nil }
        let reading = step.kind == .vattentrappa ? TimerReading.turn(of: step, in: context)?.reading : own
        guard let reading, reading.phase != .stopped else { return nil }
        return reading
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
        if !step.owners.isEmpty {
            parts.append(context.text(Strings.owners) + ": " + step.owners.joined(separator: ", "))
        }
        return parts.joined(separator: " · ")
    }

    /// The plan's slide text, on every kind of step.
    func drawBullets(_ flow: inout Flow, _ grid: inout Grid, _ context: ScreenContext, spaced: Bool = false) {
        guard !step.bullets.isEmpty else { return }
        flow.startPaging(from: slideStart(context))
        for bullet in step.bullets {
            flow.paragraph(bullet, bullet: "•", into: &grid, theme: context.theme)
            if spaced { flow.gap() }
        }
        if !spaced { flow.gap() }
    }

    /// One part of the facts line; one that stands `alone` shares its line with no other.
    struct Fact {
        var text: String
        var alone = false

        init(_ text: String, alone: Bool = false) {
            self.text = text
            self.alone = alone
        }
    }

    /// "6 grupper om 7–8, blandade mellan arbetsplatserna · Tid: 30 min · Åter 10.05": what the
    /// groups need to know to go and come back. The return time shows wherever the plan gives one.
    func drawFacts(_ flow: inout Flow, _ grid: inout Grid, _ context: ScreenContext, groups: Bool, timeBox: Bool) {
        var facts: [Fact] = []
        if groups { facts += groupFacts(context, width: flow.remaining.width) }
        if timeBox, let minutes = step.minutes {
            let timer = context.state.timers[TimerKey(step: step.id)]
            let plannedStart = Schedule(plan: context.plan, state: context.state).rows.first { $0.step.id == step.id }?
                .plannedStart
            let thenBreak = TimeOfDay.exerciseEndsBeforeReturn(
                step: step, timer: timer, plannedStart: plannedStart,
                utcOffsetSeconds: context.utcOffsetSeconds)
            facts.append(
                Fact(context.text(thenBreak ? Strings.exerciseThenBreak(minutes) : Strings.timeBox(minutes))))
        }
        if let back = backAt(context) { facts.append(Fact(context.text(Strings.backAt(back)))) }
        guard !facts.isEmpty else { return }
        // Broken between facts where the line is too narrow, so "Åter 11.20" stays whole.
        var lines: [Fact] = []
        for fact in facts {
            if let last = lines.last, !last.alone, !fact.alone,
                DisplayWidth.of(last.text + " · " + fact.text) <= flow.remaining.width
            {
                lines[lines.count - 1].text = last.text + " · " + fact.text
            } else {
                lines.append(fact)
            }
        }
        for line in lines { flow.paragraph(line.text, role: .accent, into: &grid, theme: context.theme) }
        flow.gap()
    }

    /// The sizes the groups will have: the participants shared out as evenly as the count
    /// allows (44 in 6 groups: 7–8); the plan's size when there is nobody to share out.
    static func groupSizes(_ step: Step, count: Int, participants: Int) -> ClosedRange<Int>? {
        guard count > 0 else { return nil }
        if participants > 0 {
            let small = participants / count
            let large = (participants + count - 1) / count
            return small > 0 ? small...large : large...large
        }
        return step.groupSize.map { $0.min...$0.max }
    }
}
