import LagomCore

/// The body of each kind of step below the heading: slide text, facts, who speaks, votes.
extension StageView {
    func drawInfo(_ flow: inout Flow, _ grid: inout Grid, _ context: ScreenContext) {
        flow.startPaging(from: slideStart(context))
        drawBullets(&flow, &grid, context, spaced: presenting)
        drawFacts(&flow, &grid, context, groups: false, timeBox: false)
    }

    func drawGroupwork(_ flow: inout Flow, _ grid: inout Grid, _ context: ScreenContext) {
        let theme = context.theme
        // The groups' own countdowns come first: while they run, they are what the room looks up for.
        drawGroupTimers(&flow, &grid, context)
        // On the projector, once notes are in, the wall gets the room: the task stays on a tall pane,
        // when to be back stays always, prompts and roles give way.
        if presenting && showsLiveWall(context) {
            if flow.area.height >= 40 || !sharesTheScreen(context, in: flow.area) {
                drawBullets(&flow, &grid, context)
                drawFacts(&flow, &grid, context, groups: false, timeBox: false)
            }
            drawNotes(&flow, &grid, context)
            return
        }
        drawBullets(&flow, &grid, context)
        for prompt in step.prompts { flow.paragraph(prompt, bullet: "•", into: &grid, theme: theme) }
        flow.gap()
        drawFacts(&flow, &grid, context, groups: true, timeBox: true)
        if !step.roles.isEmpty {
            flow.paragraph(context.text(Strings.roles), role: .title, into: &grid, theme: theme)
            for role in step.roles {
                flow.paragraph("\(role.name) – \(role.task)", bullet: "•", into: &grid, theme: theme)
            }
        }
        drawNotes(&flow, &grid, context)
    }

    func drawVattentrappa(_ flow: inout Flow, _ grid: inout Grid, _ context: ScreenContext) {
        let theme = context.theme
        // While a group has the word, the room needs who speaks (and for how long), the questions
        // it answers, then what was already said (nobody repeats it); the scenario comes last.
        if TimerReading.turn(of: step, in: context) != nil {
            flow.gap()
            drawRelay(&flow, &grid, context)
            flow.gap()
            for (i, question) in step.questions.enumerated() {
                flow.paragraph(question, bullet: "\(i + 1).", into: &grid, theme: theme)
            }
            drawSaid(&flow, &grid, context)
            flow.gap()
            drawBullets(&flow, &grid, context)
            return
        }
        drawBullets(&flow, &grid, context)
        flow.paragraph(context.text(Strings.vattentrappaBrief), role: .dim, into: &grid, theme: theme)
        flow.gap()
        for (i, question) in step.questions.enumerated() {
            flow.paragraph(question, bullet: "\(i + 1).", into: &grid, theme: theme)
        }
        flow.gap()
        var facts: [String] = []
        if let turn = step.minutesPerTurn { facts.append(context.text(Strings.perTurn(turn))) }
        if let back = backAt(context) { facts.append(context.text(Strings.backAt(back))) }
        if !facts.isEmpty {
            flow.paragraph(facts.joined(separator: " · "), role: .accent, into: &grid, theme: theme)
        }
        drawRelay(&flow, &grid, context)
        drawSaid(&flow, &grid, context)
    }

    func drawBrainwriting(_ flow: inout Flow, _ grid: inout Grid, _ context: ScreenContext) {
        let theme = context.theme
        // How long and when back first: at 80×24 the slide text left no room for "Åter 11.20".
        drawFacts(&flow, &grid, context, groups: true, timeBox: true)
        let hidden = context.state.notesHiddenFromRoom(step)
        // Once the notes are shown they are the slide: at 80×24 the plan's bullets left the room
        // "… 1 till" where the notes should be.
        if hidden || context.session.shownNoteIndices(step).isEmpty { drawBullets(&flow, &grid, context) }
        flow.paragraph(
            context.text(hidden ? Strings.brainwritingBrief : Strings.brainwritingShared), role: .dim, into: &grid,
            theme: theme)
        flow.gap()
        for prompt in step.prompts + step.questions { flow.paragraph(prompt, bullet: "•", into: &grid, theme: theme) }
        // Counts only until revealed: `drawNotes` never draws the notes of a hidden step.
        drawNotes(&flow, &grid, context)
    }

    func drawVote(_ flow: inout Flow, _ grid: inout Grid, _ context: ScreenContext) {
        let theme = context.theme
        guard let spec = step.vote, let tally = VoteTally(step: step, state: context.state) else { return }
        flow.paragraph(
            context.text(Strings.voteBrief(spec.votesPerPerson, cap: spec.maxPerItem)), role: .accent, into: &grid,
            theme: theme)
        flow.gap()
        drawBullets(&flow, &grid, context)
        drawFacts(&flow, &grid, context, groups: false, timeBox: false)
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
                flow.paragraph(
                    "\(item.note.text)  \(points)", role: item.points == nil ? .dim : .normal,
                    bullet: TextLayout.fit(rank, width: 3, alignment: .left), into: &grid, theme: theme)
            }
            flow.gap()
        }
    }

    func drawBreak(_ flow: inout Flow, own: TimerReading?, grid: inout Grid, context: ScreenContext) {
        let theme = context.theme
        let done = context.state.progress(step.id).status == .done
        // "Åter 16.55" only when it is known: fixed by the plan or counted from a running clock.
        // A break not started yet says how long it is, not a time that moves with the clock.
        let headline: String? =
            if let back = backAt(context) {
                context.text(Strings.backAt(back))
            } else if own == nil, let minutes = step.minutes {
                context.text(Strings.breakLength(minutes))
            } else {
                nil
            }
        if let headline, !done {
            if presenting {
                flow.big(
                    headline, maxHeight: max(3, flow.remaining.height / 2), role: .accent, into: &grid, theme: theme)
            } else {
                flow.paragraph(headline, role: .accent, into: &grid, theme: theme)
            }
        }
        if done {
            flow.paragraph(
                context.text(Strings.stepDone), role: .dim, alignment: presenting ? .center : .left, into: &grid,
                theme: theme)
        } else if let own {
            flow.gap()
            var line = own.line(context.language)
            if presenting, own.phase != .stopped,
                flow.big(
                    own.clock, maxHeight: max(3, flow.remaining.height - 1), role: own.urgency.role, into: &grid,
                    theme: theme)
            {
                // The big digits say the time; only the word ("pausad", "övertid") is left to say.
                line = Self.statusWords(of: own, context.language)
            }
            if !line.isEmpty {
                flow.paragraph(
                    line, role: own.urgency.role, alignment: presenting ? .center : .left, into: &grid, theme: theme)
            }
        }
        flow.gap()
        for bullet in step.bullets { flow.paragraph(bullet, bullet: "•", into: &grid, theme: theme) }
    }
}
