import LagomCore

/// The timekeeper's pane: the current step's countdowns, one shown big, the rest as a list
/// (the step's own and one per group during group work). Follows the facilitator's current
/// step; every key writes through the store, so the console and projector see it at once.
/// At zero it rings the bell and flashes once per crossing, unless `quiet`.
public struct TimekeeperScreen: Screen {
    public static let minimumSize = (width: 20, height: 5)
    /// Smaller than this, the pane is only the big countdown: no header, list or footer.
    public static let fullLayout = (width: 40, height: 14)
    /// The list of countdowns goes to the right of the big one from this width.
    public static let listBesideFrom = 72

    /// The group whose countdown is shown big; nil for the step's own.
    public var selectedGroup: Int?
    /// The group given with `--group`: each new step starts on it (else on the room's countdown).
    public let ownGroup: Int?
    /// The step `selectedGroup` was chosen in: a choice made in one step is not carried to the next.
    var selectionStep: StepID?
    public var quiet: Bool
    public var showingHelp = false
    /// The first key shown in the help overlay, when it is taller than the pane.
    public var helpOffset = 0
    public var message: StatusMessage?
    public private(set) var alarm = ZeroAlarm()
    /// The background, header and footer as last drawn (shared by copies of the screen; keyed).
    private let backdrop = TimekeeperBackdrop()
    /// The countdowns as last worked out: `observe` and the frame ask at the same moment.
    private let countdowns = KeptLast<CountdownsKey, [TimerTarget]>()

    /// All that `TimerTarget.all` reads: the session, the moment, the zone and the step.
    struct CountdownsKey: Equatable, Sendable {
        var revision: UInt64
        var now: WallTime
        var zoneOffsetSeconds: Int
        var step: StepID
    }

    public init(group: Int? = nil, quiet: Bool = false) {
        selectedGroup = group
        ownGroup = group
        self.quiet = quiet
    }

    // MARK: What is on screen

    /// `TimerTarget.all`, once per moment.
    func targets(of step: Step, _ context: ScreenContext) -> [TimerTarget] {
        let key = CountdownsKey(
            revision: context.session.revision, now: context.now, zoneOffsetSeconds: context.zoneOffsetSeconds,
            step: step.id)
        return countdowns.value(key) { TimerTarget.all(for: step, in: context) }
    }

    /// The countdown shown big: the chosen group's when this step has it, else the step's own.
    func selected(_ targets: [TimerTarget]) -> TimerTarget? {
        targets.first { $0.key.group == selectedGroup } ?? targets.first
    }

    static func isCompact(_ context: ScreenContext) -> Bool {
        context.width < fullLayout.width || context.height < fullLayout.height
    }

    static func showsList(_ targets: [TimerTarget], _ context: ScreenContext) -> Bool {
        targets.count > 1 && !isCompact(context) && context.width >= listBesideFrom
    }

    /// The countdowns drawn now: these may ring and these drive redraws.
    func visible(_ context: ScreenContext) -> (step: Step, targets: [TimerTarget])? {
        guard let step = context.currentStep else { return nil }
        let targets = self.targets(of: step, context)
        if Self.showsList(targets, context) { return (step, targets) }
        return (step, selected(targets).map { [$0] } ?? [])
    }

    // MARK: Time

    public mutating func observe(_ context: ScreenContext) -> [Command] {
        // Seed 000: group 3's clock, chosen in one step, was shown big in the next, never started,
        // while the room's ran.
        if selectionStep != context.state.currentStep {
            if selectionStep != nil { selectedGroup = ownGroup }
            selectionStep = context.state.currentStep
        }
        guard !quiet, let (_, targets) = visible(context) else { return [] }
        return alarm.observe(targets, at: context.now) ? [.bell] : []
    }

    public func nextChange(_ context: ScreenContext) -> Int64? {
        let flash = quiet ? nil : alarm.nextFlashChange(at: context.now)
        guard let (step, targets) = visible(context) else { return flash }
        let stop = step.timer?.stop ?? .soft
        let ticks = targets.compactMap { target in
            context.state.timers[target.key].flatMap { TimerMath.nextChange(of: $0, at: context.now, stop: stop) }
        }
        // A vattentrappa's clock is the speaking group's turn, which no stored timer holds.
        let turn = Relay.nextChange(step, state: context.state, plan: context.plan, at: context.now)
        return (ticks + [flash, turn].compactMap { $0 }).min()
    }

    // MARK: Input

    public mutating func handle(_ key: Key, _ context: ScreenContext) -> [Command] {
        if showingHelp,
            let offset = helpOverlay(context).scrolled(
                by: key, in: Rect(x: 0, y: 0, width: context.width, height: context.height))
        {
            helpOffset = offset
            return []
        }
        guard let action = TimekeeperKeys.action(for: key) else {
            showingHelp = false
            return []
        }
        message = nil
        if showingHelp && action != .quit && action != .help {
            showingHelp = false
            return []
        }
        switch action {
        case .help: showingHelp.toggle(); helpOffset = 0; return []
        case .quit: return [.quit]
        case .undo: return [.undo]
        default: break
        }
        guard let step = context.currentStep else {
            return refuse(Strings.noCurrentStep)
        }
        // The turns of a vattentrappa are the facilitator's to hand on (`s`); the speaking group's
        // turn can be given more time (or less), and nothing else.
        if step.kind == .vattentrappa {
            switch action {
            case .select: break
            case .extend(let minutes): return [.timer(.extend(seconds: minutes * 60), TimerKey(step: step.id))]
            default: return refuse(Strings.turnsAreHandedOn)
            }
        }
        let targets = TimerTarget.all(for: step, in: context)
        guard let target = selected(targets) else { return [] }
        let needsLength = target.timer == nil || target.timer?.isStopped == true
        switch action {
        case .select(let up):
            let index = targets.firstIndex { $0.key == target.key } ?? 0
            selectedGroup = targets[min(max(0, index + (up ? -1 : 1)), targets.count - 1)].key.group
            selectionStep = context.state.currentStep
            return []
        case .toggle, .start:
            if needsLength && target.startSeconds == nil {
                return refuse(step.returnAt.map { Strings.returnTimePassed(context.clock($0)) } ?? Strings.noLength)
            }
            return [.timer(action == .start ? .start(seconds: nil) : .toggle, target.key)]
        case .startAllGroups:
            guard targets.count > 1, let seconds = target.startSeconds else { return refuse(Strings.noGroupsToStart) }
            let keys = targets.dropFirst().map(\.key)
            return [.stepTimers(.startIdle(keys, seconds: seconds))]
        case .extend(let minutes):
            // +1 or +5 on a countdown not running yet starts one that long (a lunch whose return
            // time has passed, a step the plan gives no length).
            if needsLength && minutes > 0 { return [.timer(.start(seconds: minutes * 60), target.key)] }
            return [.timer(.extend(seconds: minutes * 60), target.key)]
        case .reset: return [.timer(.reset, target.key)]
        case .stop: return [.timer(.stop, target.key)]
        case .help, .quit, .undo: return []
        }
    }

    private mutating func refuse(_ text: Localized) -> [Command] {
        message = StatusMessage(Localized(.msgWarning, ["text": text]), role: .warning)
        return []
    }

    // MARK: Drawing

    public func render(_ context: ScreenContext) -> Grid {
        guard context.width >= Self.minimumSize.width, context.height >= Self.minimumSize.height else {
            var grid = Self.background(context)
            TooSmall.draw(into: &grid, needs: Self.minimumSize, language: context.language, theme: context.theme)
            return grid
        }
        // The countdowns once per frame: the header, the body and the message line all read them.
        let step = context.currentStep
        let targets = step.map { self.targets(of: $0, context) } ?? []
        let key = TimekeeperBackdrop.Key(
            revision: context.session.revision, width: context.width, height: context.height,
            language: context.language, theme: context.theme, selectedGroup: selectedGroup)
        let drawn = backdrop.drawn(key) { drawBackdrop(targets, context) }
        var grid = drawn.grid
        drawBody(into: &grid, in: drawn.body, step, targets, context)
        if let row = drawn.message { drawMessage(into: &grid, row, step, targets, context) }
        if !quiet && alarm.isFlashing(at: context.now) { grid.invert() }
        if showingHelp {
            helpOverlay(context).draw(into: &grid, in: grid.bounds, theme: context.theme)
        }
        return grid
    }

    static func background(_ context: ScreenContext) -> Grid {
        Grid(width: context.width, height: context.height, fill: Cell(" ", style: context.theme[.normal]))
    }

    /// What no tick changes: the background, and on a full pane the header and the footer.
    func drawBackdrop(_ targets: [TimerTarget], _ context: ScreenContext) -> TimekeeperBackdrop.Drawn {
        var grid = Self.background(context)
        guard !Self.isCompact(context) else { return .init(grid: grid, body: grid.bounds, message: nil) }
        // Header, body, message line and footer, top to bottom.
        let rows = grid.bounds.splitRows([.fixed(1), .fill, .fixed(1), .fixed(1)])
        drawHeader(into: &grid, rows[0], targets, context)
        Footer(TimekeeperKeys.keys(for: context.currentStep).footerEntries(context.language)).draw(
            into: &grid, in: rows[3], theme: context.theme)
        return .init(grid: grid, body: rows[1].inset(top: 1), message: rows[2])
    }

    func drawBody(
        into grid: inout Grid, in rect: Rect, _ step: Step?, _ targets: [TimerTarget], _ context: ScreenContext
    ) {
        guard let step else {
            TextBlock(context.text(Strings.noCurrentStep), role: .dim, alignment: .center).draw(
                into: &grid, in: rect, theme: context.theme)
            return
        }
        guard let target = selected(targets) else { return }
        var bigArea = rect
        if Self.showsList(targets, context) {
            let listWidth = min(44, max(30, rect.width / 3))
            let columns = rect.splitColumns([.fill, .fixed(listWidth)])
            bigArea = columns[0].inset(right: 1)
            let listHeight = min(columns[1].height, targets.count + 2)
            TimerList(step: step, targets: targets, selected: target.key)
                .draw(
                    into: &grid,
                    in: Rect(x: columns[1].x, y: columns[1].y, width: columns[1].width, height: listHeight),
                    context: context)
        }
        BigCountdown(step: step, target: target).draw(into: &grid, in: bigArea, context: context)
    }

    /// "Tidshållare · Grupparbete" on the left; which countdown of how many on the right.
    func drawHeader(into grid: inout Grid, _ row: Rect, _ targets: [TimerTarget], _ context: ScreenContext) {
        let theme = context.theme
        var right = ""
        if targets.count > 1, let target = selected(targets), let index = targets.firstIndex(of: target) {
            right = context.text(target.name) + " · \(index + 1)/\(targets.count)"
        }
        let rightWidth = DisplayWidth.of(right)
        let title =
            context.text(Strings.timekeeper)
            + (context.currentStep.map { " · " + context.text(Strings.kind($0.kind)) } ?? "")
        grid.put(title, x: row.x, y: row.y, style: theme[.title], maxWidth: max(0, row.width - rightWidth - 1))
        grid.put(right, x: row.maxX - rightWidth, y: row.y, style: theme[.accent])
    }

    func helpOverlay(_ context: ScreenContext) -> HelpOverlay {
        HelpOverlay(
            keyMap: TimekeeperKeys.keys(for: context.currentStep), language: context.language, offset: helpOffset)
    }

    /// The last message, else how to start a countdown that has not begun.
    func drawMessage(
        into grid: inout Grid, _ row: Rect, _ step: Step?, _ targets: [TimerTarget], _ context: ScreenContext
    ) {
        if let message, message.isShown(at: context.now) {
            grid.put(
                message.text.text(context.language), x: row.x, y: row.y, style: context.theme[message.role],
                maxWidth: row.width)
            return
        }
        guard let step, let target = selected(targets), target.timer == nil, target.startSeconds != nil
        else { return }
        grid.put(
            context.text(Strings.startsWith(target.clock(for: step))), x: row.x, y: row.y, style: context.theme[.dim],
            maxWidth: row.width)
    }
}
