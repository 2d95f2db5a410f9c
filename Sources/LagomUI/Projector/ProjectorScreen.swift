import LagomCore

public enum ProjectorAction: Hashable, Sendable { case quit }

/// What the room sees on a second screen: the facilitator's current step, presented big,
/// followed live. Display only: it writes nothing. Hidden notes and hidden results are
/// never drawn (StageView shows counts only until a reveal).
///
/// Its pane is the projected image, so it draws no help of its own: its one key is listed in
/// the facilitator's `?` (`consoleHelp`).
public struct ProjectorScreen: Screen {
    public static let keyMap = KeyMap<ProjectorAction>([
        KeyBinding([.character("q")], .quit, help: Localized(.stageQuit))
    ])

    /// The projector's keys as the facilitator's help lists them ("q  Projektorn: avsluta").
    public static func consoleHelp(_ language: Language) -> [KeyHint] {
        keyMap.helpEntries(language).map {
            KeyHint(
                keys: $0.keys, help: Catalogue.text(.projectorKeyHelp, language, ["help": .words($0.help.lowercased())])
            )
        }
    }

    /// Set when the session can no longer be read (a log changed outside Lagom): the room must not
    /// be shown a frozen picture as if it were live, so the bottom row says so until a restart.
    public var lostTrack: Localized?
    /// Kept for the runner; the room is shown no message line (a lost track has its own row).
    public var message: StatusMessage?

    public init() {}

    public mutating func handle(_ key: Key, _ context: ScreenContext) -> [Command] {
        switch Self.keyMap.action(for: key) {
        case .quit: return [.quit]
        case nil: return []
        }
    }

    public mutating func report(_ outcome: Outcome, for command: Command?) {
        switch outcome {
        case .done, .refused: break
        case .storeFailed(let failure, _): lostTrack = Strings.projectorLostTrack(Strings.storeFailure(failure))
        }
    }

    public func nextChange(_ context: ScreenContext) -> Int64? {
        // A live wall with more notes than fit turns its pages; one that fits never wakes the pane.
        let wall = context.currentStep.flatMap { step in
            StageView(step: step, presenting: true).wallChange(in: Self.area(context), context: context)
        }
        // The agenda shows the room's clock: the next minute.
        let agenda =
            RoomAgenda.isShown(context) && !ClosingScreen.isShown(context) ? RoomAgenda.nextChange(context) : nil
        return [StageClock.nextChange(for: context.currentStep, in: context), wall, agenda].compactMap { $0 }.min()
    }

    /// Where the room's content goes: the pane less a margin.
    static func area(_ context: ScreenContext) -> Rect {
        Rect(x: 0, y: 0, width: context.width, height: context.height).inset(top: 1, left: 2, bottom: 1, right: 2)
    }

    public func render(_ context: ScreenContext) -> Grid {
        var context = context
        if context.theme != .monochrome { context.theme = .projector }
        var grid = Grid(width: context.width, height: context.height, fill: Cell(" ", style: context.theme[.normal]))
        guard context.width >= 20, context.height >= 5 else {
            TooSmall.draw(into: &grid, needs: (20, 5), language: context.language, theme: context.theme)
            return grid
        }
        let area = Self.area(context)
        if ClosingScreen.isShown(context) {
            ClosingScreen().draw(into: &grid, in: area, context: context, big: true)
        } else if context.state.minutes.onProjector, let step = context.currentStep {
            // The facilitator shows the item's decisions and actions (`m`), whatever the step.
            MinutesBoard(step: step).draw(into: &grid, in: area, context: context)
        } else if RoomAgenda.isShown(context) {
            // Before the day starts and between steps: the clock, where the day is, what comes next.
            RoomAgenda().draw(into: &grid, in: area, context: context)
        } else if let step = context.currentStep, step.kind == .vote,
            RankingStage.draw(step, into: &grid, in: area, context: context)
        {
            // A vote the room may see: the full-screen ranking the facilitator steers.
        } else if let step = context.currentStep {
            StageView(step: step, presenting: true).draw(into: &grid, in: area, context: context)
        }
        if let lostTrack {
            grid.put(
                TextLayout.truncate(context.text(lostTrack), width: context.width), x: 0, y: context.height - 1,
                style: context.theme[.critical], maxWidth: context.width)
        }
        return grid
    }
}
