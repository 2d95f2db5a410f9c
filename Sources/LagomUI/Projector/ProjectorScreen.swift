import LagomCore

public enum ProjectorAction: Hashable, Sendable { case help, quit }

/// What the room sees on a second screen: the facilitator's current step, presented big,
/// followed live. Display only: it writes nothing. Hidden notes and hidden results are
/// never drawn (StageView shows counts only until a reveal).
public struct ProjectorScreen: Screen {
    public static let keyMap = KeyMap<ProjectorAction>([
        KeyBinding([.character("?")], .help, help: Localized(sv: "Hjälp", en: "Help")),
        KeyBinding([.character("q")], .quit, help: Localized(sv: "Avsluta", en: "Quit")),
    ])

    public var showingHelp = false
    /// The first key shown in the help overlay, when it is taller than the screen.
    public var helpOffset = 0

    /// Set when the session can no longer be read (a log changed outside Lagom): the room must not
    /// be shown a frozen picture as if it were live, so the bottom row says so until a restart.
    public var lostTrack: Localized?
    /// Kept for the runner; the room is shown no message line (a lost track has its own row).
    public var message: StatusMessage?

    public init() {}

    public mutating func handle(_ key: Key, _ context: ScreenContext) -> [Command] {
        if showingHelp, let offset = helpOverlay(context).scrolled(by: key, in: Rect(x: 0, y: 0, width: context.width, height: context.height)) {
            helpOffset = offset
            return []
        }
        switch Self.keyMap.action(for: key) {
        case .quit: return [.quit]
        case .help: showingHelp.toggle(); helpOffset = 0
        case nil: showingHelp = false
        }
        return []
    }

    public mutating func report(_ outcome: Outcome, for command: Command?) {
        switch outcome {
        case .done, .refused: break
        case .failed(let detail): lostTrack = Strings.projectorLostTrack(Localized(sv: detail, en: detail))
        case .storeFailed(let failure, _): lostTrack = Strings.projectorLostTrack(Strings.storeFailure(failure))
        }
    }

    public func nextChange(_ context: ScreenContext) -> Int64? {
        StageClock.nextChange(for: context.currentStep, in: context)
    }

    public func render(_ context: ScreenContext) -> Grid {
        var context = context
        if context.theme != .monochrome { context.theme = .projector }
        var grid = Grid(width: context.width, height: context.height, fill: Cell(" ", style: context.theme[.normal]))
        guard context.width >= 20, context.height >= 5 else {
            TooSmall.draw(into: &grid, needs: (20, 5), language: context.language, theme: context.theme)
            return grid
        }
        let area = grid.bounds.inset(top: 1, left: 2, bottom: 1, right: 2)
        if let step = context.currentStep, step.kind == .vote,
           RankingStage.draw(step, into: &grid, in: area, context: context) {
            // A vote the room may see: the full-screen ranking the facilitator steers.
        } else if let step = context.currentStep {
            StageView(step: step, presenting: true).draw(into: &grid, in: area, context: context)
        } else {
            var flow = Flow(area)
            flow.big(context.plan.title, maxHeight: area.height / 2, into: &grid, theme: context.theme)
            flow.skip()
            if let day = context.plan.days.first {
                flow.paragraph(day.title, role: .dim, alignment: .center, into: &grid, theme: context.theme)
            }
        }
        if let lostTrack {
            grid.put(TextLayout.truncate(context.text(lostTrack), width: context.width), x: 0, y: context.height - 1,
                     style: context.theme[.critical], maxWidth: context.width)
        }
        if showingHelp {
            helpOverlay(context).draw(into: &grid, in: grid.bounds, theme: context.theme)
        }
        return grid
    }

    func helpOverlay(_ context: ScreenContext) -> HelpOverlay {
        HelpOverlay(keyMap: Self.keyMap, language: context.language, offset: helpOffset)
    }
}
