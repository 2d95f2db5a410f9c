import LagomCore

/// The facilitator's console: agenda on the left, the current step's stage on the right,
/// countdown and messages below, key hints at the bottom. `p` presents the stage full screen.
public struct FacilitatorScreen: Screen {
    public static let minimumSize = (width: 40, height: 12)

    public var presenting = false
    public var showingHelp = false
    /// The first key shown in the help overlay, when it is taller than the screen.
    public var helpOffset = 0
    public var selection: Int?
    public var agendaOffset = 0
    /// The console's own message line; while the theme board is open, `message` is the board's.
    var consoleMessage: StatusMessage?
    /// Entry and the shared ranking while a vote step is current (Voting/VoteConsole).
    public var voting = VoteConsole()
    /// The theme board, while open; it takes the keys and the stage's place.
    public var themeBoard: ThemeBoard?
    /// The attendance screen, while open; it takes the keys and the whole screen.
    public var attendance: AttendancePanel?

    public init() {}

    public var message: StatusMessage? {
        get {
            if let attendance { return attendance.message }
            if let themeBoard { return themeBoard.message }
            return consoleMessage
        }
        set {
            if attendance != nil {
                attendance?.message = newValue
            } else if themeBoard != nil {
                themeBoard?.message = newValue
            } else {
                consoleMessage = newValue
            }
        }
    }

    public var keyMap: KeyMap<FacilitatorAction> { FacilitatorKeys.map }

    /// Every key the screen takes right now, for `?`: on a vote step the vote console's keys
    /// first (they take the key before the console does), then what the console's own keys
    /// still do (↑ that moves between items no longer selects a step).
    public func activeKeys(_ context: ScreenContext) -> [KeyHint] {
        guard let step = context.currentStep, step.kind == .vote, let spec = step.vote else {
            return consoleKeys(context).helpEntries(context.language)
        }
        let votes = voting.on(step).keyMap(spec, presenting: presenting)
        return votes.helpEntries(context.language) + consoleKeys(context).helpEntries(context.language)
    }

    /// The console's own keys that still reach it: on a vote step, those the vote console does not take first.
    /// In present mode the agenda is hidden, so the keys that pick a step from it are off (QA: `j j
    /// Enter` moved the room two steps with nothing on screen to say so).
    func consoleKeys(_ context: ScreenContext) -> KeyMap<FacilitatorAction> {
        let map = Self.keys(for: context.currentStep, presenting: presenting)
        guard let step = context.currentStep, step.kind == .vote, let spec = step.vote else { return map }
        let console = voting.on(step)
        return map.removingKeys { console.takes($0, spec, presenting: presenting) }
    }

    static let presentKeys = KeyMap<FacilitatorAction>(
        FacilitatorKeys.map.bindings.filter { binding in
            switch binding.action {
            case .select, .gotoSelected: false
            default: true
            }
        })

    /// The keys `?` and the footer list for `step`: no speaker key where there is no round; on a
    /// vattentrappa (its clock is the turn) +1/+5/−1 give the speaking group time, and reset and stop
    /// are not listed. Pressed anyway, they still say why not.
    static func keys(for step: Step?, presenting: Bool) -> KeyMap<FacilitatorAction> {
        let map = presenting ? presentKeys : FacilitatorKeys.map
        guard let step else { return map }
        let hasRound = step.kind == .checkin || step.kind == .vattentrappa
        return KeyMap(
            map.bindings.filter { binding in
                switch binding.action {
                case .nextSpeaker: hasRound
                case .passSpeaker, .reorderRound: step.kind == .checkin
                case .resetTimers, .stopTimers: step.kind != .vattentrappa
                default: true
                }
            }.map { binding in
                guard step.kind == .vattentrappa, case .extend(let minutes) = binding.action else { return binding }
                var turn = binding
                turn.help = Strings.turnExtension(minutes: minutes)
                return turn
            })
    }

    // MARK: Input

    public mutating func handle(_ key: Key, _ context: ScreenContext) -> [Command] {
        if var panel = attendance {
            let (commands, close) = panel.handle(key, context)
            attendance = close ? nil : panel
            return commands
        }
        if showingHelp, themeBoard == nil,
            let offset = helpOverlay(context).scrolled(
                by: key, in: Rect(x: 0, y: 0, width: context.width, height: context.height))
        {
            helpOffset = offset
            return []
        }
        if var board = themeBoard {
            let (commands, close) = board.handle(key, context)
            themeBoard = close ? nil : board
            return commands
        }
        // A vote step's own keys come first (voting, and the shared ranking when presenting).
        if !showingHelp, let step = context.currentStep, step.kind == .vote,
            let commands = voting.handle(key, step: step, presenting: presenting, context, message: &consoleMessage)
        {
            return commands
        }
        guard let action = (presenting ? Self.presentKeys : keyMap).action(for: key) else {
            if showingHelp { showingHelp = false }
            return []
        }
        message = nil
        if showingHelp && action != .quit && action != .help {
            showingHelp = false
            if action == .close { return [] }
        }
        let current = context.currentStep
        switch action {
        case .next: selection = nil; return [.agenda(.next)]
        case .back: selection = nil; return [.agenda(.back)]
        case .page(let forward):
            selection = nil
            return [turnPage(forward: forward, context)]
        case .toggle:
            // A step that lasts until a return time already past starts with no countdown: say how to give one.
            if let step = current, let back = step.returnAt, step.kind != .vattentrappa,
                [.pending, .done].contains(context.state.progress(step.id).status),
                step.countdownSeconds(at: context.now, utcOffsetSeconds: context.utcOffsetSeconds) == nil
            {
                let passed = Strings.returnTimePassed(context.clock(back))
                message = StatusMessage(
                    Localized(.msgWarning, ["text": passed]), role: .warning, at: context.now)
            }
            return [.agenda(.toggle)]
        case .complete: return [.agenda(.complete)]
        case .select(let up):
            let count = context.plan.steps.count
            let start = selection ?? context.state.currentStep.flatMap(context.plan.index(of:)) ?? 0
            selection = min(max(0, start + (up ? -1 : 1)), max(0, count - 1))
            return []
        case .gotoSelected:
            guard let index = selection else { return [] }
            selection = nil
            return [.agenda(.goto(context.plan.steps[index].id))]
        case .nextSpeaker:
            if let step = current, step.kind == .vattentrappa {
                return [.round(.passTurn(step.id))]
            }
            guard let step = current, step.kind == .checkin else {
                message = StatusMessage(
                    Localized(.stageNoRound), role: .warning,
                    at: context.now)
                return []
            }
            return [.round(.nextSpeaker(step.id))]
        case .passSpeaker, .reorderRound:
            guard let step = current, step.kind == .checkin else {
                message = StatusMessage(PeopleStrings.noCheckin, role: .warning, at: context.now)
                return []
            }
            guard action == .reorderRound else { return [.round(.pass(step.id))] }
            // A fresh seed each time, so pressing on through the orders shuffles anew.
            let round = context.state.people.rounds[step.id]
            let order = (round?.order ?? step.roundOrder ?? .listed).following
            message = StatusMessage(PeopleStrings.roundOrdered(order), role: .ok, at: context.now)
            return [.round(.order(step.id, order, seed: (round?.seed ?? 0) + 1))]
        case .extend, .resetTimers, .stopTimers:
            guard let step = current else { return [] }
            // A vattentrappa's clock is the speaking group's turn: + and 5 give it more time.
            if step.kind == .vattentrappa, case .extend(let minutes) = action {
                return [.stepTimers(.extend(step.id, seconds: minutes * 60))]
            }
            if step.kind == .vattentrappa {
                message = StatusMessage(
                    Localized(.msgWarning, ["text": Strings.turnsAreHandedOn]),
                    role: .warning, at: context.now)
                return []
            }
            switch action {
            case .extend(let minutes)
            where minutes > 0
                && !context.state.timers.contains(where: { $0.key.step == step.id && !$0.value.isStopped }):
                // Nothing running yet (a lunch whose return time has passed): +1 or +5 starts one that long.
                return [.timer(.start(seconds: minutes * 60), TimerKey(step: step.id))]
            case .extend(let minutes): return [.stepTimers(.extend(step.id, seconds: minutes * 60))]
            case .resetTimers: return [.stepTimers(.reset(step.id))]
            default: return [.stepTimers(.stop(step.id))]
            }
        case .reveal:
            guard let step = current else { return [] }
            // Say what happened; `u` takes it back like any other action of the console.
            if let spec = step.vote, !spec.hidden {
                message = StatusMessage(VotingStrings.alreadyLive, role: .warning)
                return []
            }
            if !context.state.revealed.contains(step.id) {
                message = StatusMessage(
                    step.vote != nil ? VotingStrings.voteRevealed : VotingStrings.notesRevealed, role: .ok)
            }
            return [.vote(.reveal(step.id))]
        case .undo: return [.undo]
        case .present: presenting.toggle(); return []
        case .help: showingHelp.toggle(); helpOffset = 0; return []
        case .close: presenting = false; return []
        case .quit: return [.quit]
        case .themes:
            guard let step = current, step.collectsNotes else {
                message = StatusMessage(
                    Localized(.stageNoNotes),
                    role: .warning, at: context.now)
                return []
            }
            themeBoard = ThemeBoard(step: step.id, lists: step.lists)
            return []
        case .minutes:
            let shown = !context.state.minutes.onProjector
            message = StatusMessage(MinutesStrings.onProjector(shown), role: .ok)
            return [.act(.minutes(.show(shown)))]
        case .attendance:
            attendance = AttendancePanel()
            return []
        }
    }

    /// Before every frame: a vote console belongs to the step it was used on, so when the day
    /// moves on (by a key here or a command elsewhere) the next vote — or the same one, come back
    /// to — starts afresh on its first list, with no ballot left open.
    public mutating func observe(_ context: ScreenContext) -> [Command] {
        if voting.step != nil && voting.step != context.state.currentStep { voting = VoteConsole() }
        return []
    }

    public func nextChange(_ context: ScreenContext) -> Int64? {
        let warning = ProjectorWarning.text(context) == nil ? nil : ProjectorWarning.recheckMs
        return [StageClock.nextChange(for: context.currentStep, in: context), warning].compactMap { $0 }.min()
    }

    // MARK: Drawing

    public func render(_ context: ScreenContext) -> Grid {
        var grid = Grid(width: context.width, height: context.height)
        let minimum = presenting ? (width: 20, height: 5) : Self.minimumSize
        guard context.width >= minimum.width, context.height >= minimum.height else {
            TooSmall.draw(into: &grid, needs: minimum, language: context.language, theme: context.theme)
            return grid
        }
        if let attendance {
            attendance.draw(into: &grid, in: grid.bounds, context: context)
            return grid
        }
        if let themeBoard {
            themeBoard.draw(into: &grid, in: grid.bounds, context: context)
            return grid
        }
        if presenting {
            var presentContext = context
            if context.theme != .monochrome { presentContext.theme = .projector }
            grid = Grid(
                width: context.width, height: context.height, fill: Cell(" ", style: presentContext.theme[.normal]))
            drawPresent(into: &grid, presentContext)
        } else {
            drawConsole(into: &grid, context)
        }
        if showingHelp {
            helpOverlay(context).draw(into: &grid, in: grid.bounds, theme: context.theme)
        }
        return grid
    }

    func drawPresent(into grid: inout Grid, _ context: ScreenContext) {
        let area = Self.presentStage(context)
        if ClosingScreen.isShown(context) {
            ClosingScreen().draw(into: &grid, in: area, context: context, big: true)
            return
        }
        guard let step = context.currentStep else {
            TextBlock(context.plan.title, role: .title, alignment: .center).draw(
                into: &grid, in: area, theme: context.theme)
            return
        }
        // A vote the room may see is shown as the full-screen ranking (Ranking/RankingStage).
        if step.kind == .vote,
            RankingStage.draw(step, into: &grid, in: RankingStage.screenArea(context), context: context)
        {
            return
        }
        if context.state.minutes.onProjector {
            MinutesBoard(step: step).draw(into: &grid, in: area, context: context)
            return
        }
        StageView(step: step, presenting: true).draw(into: &grid, in: area, context: context)
    }

    func drawConsole(into grid: inout Grid, _ context: ScreenContext) {
        let theme = context.theme
        let rows = Self.consoleRows(context, messageLine: messageNeedsOwnLine(context))
        // Header: the workshop and the current step's place in the day.
        let position =
            context.state.currentStep.flatMap(context.plan.index(of:)).map { "\($0 + 1)/\(context.plan.steps.count)" }
            ?? ""
        let positionWidth = DisplayWidth.of(position)
        grid.put(
            context.plan.title, x: 0, y: rows[0].y, style: theme[.title],
            maxWidth: max(0, rows[0].width - positionWidth - 1))
        grid.put(position, x: rows[0].maxX - positionWidth, y: rows[0].y, style: theme[.dim])

        let columns = Self.consoleColumns(context, messageLine: rows[3].height > 0)
        let agendaInner = Box(title: context.text(Strings.agenda)).draw(into: &grid, in: columns[0], theme: theme)
        // With no selection of the facilitator's own, the agenda follows the current step, so it
        // stays in view however long the day and however short the window.
        let followed = selection ?? context.state.currentStep.flatMap(context.plan.index(of:))
        _ = AgendaSidebar(selection: followed, offset: agendaOffset).draw(
            into: &grid, in: agendaInner, context: context)

        let stepTitle = context.currentStep.map { step in
            let status = context.state.progress(step.id).status
            let symbol = Strings.statusSymbol(status).filter { $0 != " " }  // pending has none
            return (symbol.isEmpty ? "" : symbol + " ") + context.text(Strings.status(status))
        }
        _ = Box(title: stepTitle).draw(into: &grid, in: columns[1], theme: theme)
        let stage = Self.consoleStage(context, messageLine: rows[3].height > 0)
        if let step = context.currentStep, step.kind == .vote {
            VotePanel(step: step, console: voting).draw(into: &grid, in: stage, context: context)
        } else if let step = context.currentStep {
            // The minute-taker's records of the item show under its stage as they are written.
            let inner = stage
            let minutesRows = MinutesBoard.consoleRows(step, context, height: inner.height)
            let parts = inner.splitRows([.fill, .fixed(minutesRows)])
            StageView(step: step, presenting: false).draw(into: &grid, in: parts[0], context: context)
            MinutesBoard(step: step).drawCompact(into: &grid, in: parts[1], context: context)
        } else {
            TextBlock(context.text(Strings.noStepYet), role: .dim).draw(into: &grid, in: stage, theme: theme)
        }

        if let warning = ProjectorWarning.text(context) {
            grid.put(context.text(warning), x: rows[2].x, y: rows[2].y, style: theme[.warning], maxWidth: rows[2].width)
        }
        drawStatus(into: &grid, message: rows[3], status: rows[4], context)
        Footer(consoleKeys(context).footerEntries(context.language)).draw(into: &grid, in: rows[5], theme: theme)
    }

    /// The keys that act on this screen as it is now (a vote step's own first), scrolled to `helpOffset`.
    func helpOverlay(_ context: ScreenContext) -> HelpOverlay {
        HelpOverlay(
            title: HelpOverlay.defaultTitle.text(context.language),
            entries: activeKeys(context) + ProjectorScreen.consoleHelp(context.language),
            offset: helpOffset, language: context.language)
    }

}
