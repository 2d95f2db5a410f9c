import LagomCore

/// The console's stage for a vote step: what the projector shows, the entry (counted points
/// or one voter's ballot), the total against the room's budget, and what goes on.
/// While a voter votes only their own dots are drawn: ballots stay secret.
public struct VotePanel {
    public var step: Step
    public var console: VoteConsole

    /// `console` as it stands for `step` (a console left on another step starts afresh).
    public init(step: Step, console: VoteConsole) {
        self.step = step
        self.console = console.on(step)
    }

    /// Below this many rows every line of the panel keeps to one row (cut with …), so the items
    /// or names being voted on keep their room; below `briefBelow` the rules line is left out.
    static let compactBelow = 18
    static let briefBelow = 10

    public func draw(into grid: inout Grid, in rect: Rect, context: ScreenContext) {
        guard let spec = step.vote, !rect.isEmpty else { return }
        let theme = context.theme
        let state = context.state
        let compact = rect.height < Self.compactBelow
        var flow = Flow(rect)
        line(step.title, .title, compact, &flow, &grid, theme)
        let where_ =
            spec.hidden && !state.revealed.contains(step.id)
            ? VotingStrings.hiddenOnProjector : VotingStrings.liveOnProjector
        if rect.height >= Self.briefBelow {
            line(
                context.text(Strings.voteBrief(spec.votesPerPerson, cap: spec.maxPerItem)) + " "
                    + context.text(where_),
                .dim, compact, &flow, &grid, theme)
        }
        // The plan's slide text ("Fem röster var på varje lista – prickar på blädderblocket"), where
        // there is room for it and for the items.
        if !compact {
            for bullet in step.bullets { line("• " + bullet, .dim, compact, &flow, &grid, theme) }
        }

        // The bottom rows: totals/warnings, going on, keys. The list takes what is left.
        var bottom: [(String, Role)] = []
        if spec.mode == .tally, let tally = VoteTally(step: step, state: state) {
            let people = context.plan.participants.count
            let lists = tally.results(in: state)
            if lists.indices.contains(console.list) {
                bottom.append(
                    (
                        context.text(
                            VotingStrings.totalLine(
                                lists[console.list].totalPoints, budget: tally.budget(participants: people),
                                people: people, votes: spec.votesPerPerson)), .normal
                    ))
            }
            for (list, over) in tally.surpluses(in: state, participants: people) {
                bottom.append((context.text(VotingStrings.surplus(list.source.list, over: over)), .warning))
            }
        }
        if let line = goOnLine(spec, context) { bottom.append(line) }
        let hint = VoteKeys.hint(hintKeys(spec), context.language, width: rect.width)
        let wrapped =
            bottom.flatMap { line in
                (compact
                    ? [TextLayout.truncate(line.0, width: rect.width)] : TextLayout.wrap(line.0, width: rect.width)).map
                { ($0, line.1) }
            } + (hint.isEmpty ? [] : [(hint, Role.help)])
        // The list keeps at least three rows; warnings win over the key hint when space is short.
        let bottomHeight = min(wrapped.count, max(0, flow.remaining.height - 3))
        let listArea = Rect(
            x: rect.x, y: flow.remaining.y, width: rect.width, height: flow.remaining.height - bottomHeight)
        for (i, line) in wrapped.prefix(bottomHeight).enumerated() {
            grid.put(line.0, x: rect.x, y: listArea.maxY + i, style: theme[line.1], maxWidth: rect.width)
        }

        var area = Flow(listArea)
        if let tie = console.tie {
            drawTie(tie, &area, &grid, context)
        } else if spec.mode == .ballots && console.ballot == nil {
            drawVoters(&area, &grid, context, compact: compact)
        } else {
            drawItems(&area, &grid, spec, context, compact: compact)
        }
    }

    /// One paragraph, or — when the panel is short — one row cut to fit.
    private func line(
        _ text: String, _ role: Role, _ compact: Bool, _ flow: inout Flow, _ grid: inout Grid, _ theme: Theme
    ) {
        guard compact else { return flow.paragraph(text, role: role, into: &grid, theme: theme) }
        guard !flow.isFull else { return }
        let row = flow.remaining
        grid.put(
            TextLayout.truncate(text, width: row.width), x: row.x, y: row.y, style: theme[role], maxWidth: row.width)
        flow.skip()
    }

    private func drawTie(
        _ tie: VoteConsole.TieChoice, _ flow: inout Flow, _ grid: inout Grid, _ context: ScreenContext
    ) {
        let theme = context.theme
        flow.paragraph(
            context.text(VotingStrings.decideTie(tie.toPick, of: tie.tied.count, picked: tie.picked.count)),
            role: .warning, into: &grid, theme: theme)
        // The points beside each: a tie is settled knowing it is one ("Tillit  5 p").
        let points =
            VoteTally(step: step, state: context.state)?.results(in: context.state)
            .flatMap(\.items).reduce(into: [NoteID: Int]()) { $0[$1.note.id] = $1.points } ?? [:]
        for (i, id) in tie.tied.enumerated() {
            let selected = i == tie.cursor
            let mark = tie.picked.contains(id) ? "✓" : " "
            // A no-break space holds "1 p" together where the line wraps at 80×24.
            let score =
                points[id].map { "  " + String(Strings.points($0).map { $0 == " " ? "\u{00A0}" : $0 }) } ?? ""
            flow.paragraph(
                (context.state.note(id)?.text ?? id.rawValue) + score, role: selected ? .selected : .normal,
                bullet: (selected ? "›" : " ") + " " + mark, into: &grid, theme: theme)
        }
    }

    /// The keys the console takes right now, for the hint line (`g` only where something goes on).
    private func hintKeys(_ spec: VoteSpec) -> KeyMap<VoteAction> {
        let map = console.keyMap(spec, presenting: false)
        guard spec.advance == nil, console.tie == nil else { return map }
        return KeyMap(map.bindings.filter { $0.action != .goOn })
    }

    private func listName(_ spec: VoteSpec, _ context: ScreenContext) -> String {
        guard spec.ranks.indices.contains(console.list) else { return "" }
        return VoteConsole.listName(spec.ranks[console.list], context)
    }

    private func drawItems(
        _ flow: inout Flow, _ grid: inout Grid, _ spec: VoteSpec, _ context: ScreenContext, compact: Bool
    ) {
        let theme = context.theme
        let items = VoteConsole.items(spec, list: console.list, context.state)
        if let ballot = console.ballot {
            line(
                context.text(
                    VotingStrings.voterLine(
                        context.text(VotingStrings.voterName(ballot.voter)), remaining: ballot.remaining,
                        budget: ballot.budget)),
                ballot.remaining == 0 ? .warning : .accent, compact, &flow, &grid, theme)
        } else {
            line(
                context.text(VotingStrings.tallyHeading(listName(spec, context))), .accent, compact, &flow, &grid, theme
            )
        }
        if items.isEmpty {
            flow.paragraph(
                context.text(VotingStrings.emptyList(listName(spec, context))), role: .dim, into: &grid, theme: theme)
            return
        }
        let tallies = context.state.tallies[step.id] ?? [:]
        // Only the rows around the cursor are drawn, so long lists stay quick; none below the area.
        let visible = flow.remaining.height
        guard visible > 0 else { return }
        let first = max(0, min(console.cursor - visible / 2, items.count - visible))
        for (offset, note) in items[first..<min(items.count, first + visible)].enumerated() {
            let index = first + offset
            let selected = index == console.cursor
            let mark: String
            if let ballot = console.ballot {
                // Placed dots, then the free places this item can still take: the cap, or the
                // whole budget when the plan sets no cap (votes may stack on one item).
                let dots = ballot.dots(on: note.id)
                // At most a row's worth of circles, whatever budget an unchecked plan gives.
                let places = PlanLimits.bounded((ballot.cap ?? ballot.budget) - dots, flow.remaining.width)
                mark =
                    String(repeating: "●", count: min(dots, flow.remaining.width))
                    + String(repeating: "○", count: places)
            } else if selected && !console.digits.isEmpty {
                mark = context.text(VotingStrings.typing(console.digits))
            } else {
                mark = tallies[note.id].map(Strings.points) ?? "–"
            }
            let markWidth = max(8, DisplayWidth.of(mark))
            let y = flow.remaining.y
            let role: Role = selected ? .selected : .normal
            if selected {
                grid.clear(Rect(x: flow.area.x, y: y, width: flow.area.width, height: 1), style: theme[.selected])
            }
            grid.put(
                (selected ? "› " : "  ")
                    + TextLayout.truncate(note.text, width: max(1, flow.area.width - markWidth - 3)),
                x: flow.area.x, y: y, style: theme[role], maxWidth: flow.area.width - markWidth - 1)
            grid.put(
                TextLayout.fit(mark, width: markWidth, alignment: .right), x: flow.area.maxX - markWidth, y: y,
                style: theme[role])
            flow.skip()
        }
    }

    private func drawVoters(_ flow: inout Flow, _ grid: inout Grid, _ context: ScreenContext, compact: Bool) {
        let theme = context.theme
        let ballots = context.state.ballots[step.id] ?? [:]
        line(
            context.text(VotingStrings.ballotsCast(ballots.count)) + " · " + context.text(VotingStrings.secret),
            .accent, compact, &flow, &grid, theme)
        if let text = console.finding {
            line(context.text(VotingStrings.finding(text)), .accent, compact, &flow, &grid, theme)
        } else if !compact {
            flow.paragraph(context.text(VotingStrings.chooseVoter), role: .dim, into: &grid, theme: theme)
        }
        let people = context.plan.participants
        let visible = flow.remaining.height
        guard visible > 0 else { return }
        let first = max(0, min(console.voterCursor - visible / 2, people.count - visible))
        for (offset, person) in people[first..<min(people.count, first + visible)].enumerated() {
            let selected = first + offset == console.voterCursor
            let voted = ballots[person.name] != nil ? "  ✓ " + context.text(VotingStrings.hasVoted) : ""
            flow.paragraph(
                (selected ? "› " : "  ") + person.name + voted,
                role: selected ? .selected : (voted.isEmpty ? .normal : .dim),
                into: &grid, theme: theme)
        }
    }

    /// "Topp 4 går vidare" with the items, or the tie the facilitator must settle.
    private func goOnLine(_ spec: VoteSpec, _ context: ScreenContext) -> (String, Role)? {
        guard let advance = spec.advance, let tally = VoteTally(step: step, state: context.state) else { return nil }
        if let chosen = context.state.subjects[step.id] {
            return (
                context.text(VotingStrings.chosen(chosen.count)) + ": "
                    + chosen.compactMap { context.state.note($0)?.text }.joined(separator: " · "), .ok
            )
        }
        let lists = tally.results(in: context.state)
        guard lists.indices.contains(console.list), console.ballot == nil else { return nil }
        let cut = VoteTally.cut(lists[console.list], top: advance)
        if !cut.tiedAtCut.isEmpty {
            return (
                context.text(VotingStrings.tiedAtCut(cut.tiedAtCut.map(\.note.text).joined(separator: ", "))), .warning
            )
        }
        return (context.text(VotingStrings.goesOn(advance)) + " (g)", .dim)
    }
}
