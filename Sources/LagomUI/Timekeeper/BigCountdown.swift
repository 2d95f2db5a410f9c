import LagomCore

/// One countdown as big as the space allows: heading (step title, group name), big digits,
/// the state as a symbol and a word (with "Åter 11.20" when the room must be back at a time),
/// and a progress bar. Below 10 rows the extras give way to the digits, which always come
/// first; on a 20×5 pane only the digits remain, with the state's symbol in the top-right corner.
public struct BigCountdown {
    public var step: Step
    public var target: TimerTarget

    public init(step: Step, target: TimerTarget) {
        self.step = step
        self.target = target
    }

    /// Rows the big font needs at its smallest.
    static let minimumDigitRows = 5

    public func draw(into grid: inout Grid, in rect: Rect, context: ScreenContext) {
        guard !rect.isEmpty else { return }
        let theme = context.theme
        let role = target.role
        // Extras in the order they give way: the state word last, the bar first.
        var extras: [(text: String, role: Role)] = []
        for candidate in [(statusLine(context), role),
                          (heading(context), Role.title)] where rect.height - extras.count - 1 >= Self.minimumDigitRows {
            extras.append(candidate)
        }
        let showsBar = rect.height - extras.count - 1 >= Self.minimumDigitRows + 2
        let spacers = rect.height - extras.count - (showsBar ? 1 : 0) - 2 >= Self.minimumDigitRows + 2 ? 1 : 0
        let digitRows = rect.height - extras.count - (showsBar ? 1 : 0) - 2 * spacers
        let (digits, droppedPlus) = bigDigits(maxWidth: rect.width, maxHeight: digitRows)

        let blockHeight = extras.count + (showsBar ? 1 : 0) + 2 * spacers + digits.count
        var y = rect.y + max(0, (rect.height - blockHeight) / 2)
        if extras.count == 2 {
            put(extras[1].text, y: y, role: extras[1].role, in: rect, grid: &grid, theme: theme)
            y += 1 + spacers
        }
        for row in digits {
            let x = rect.x + max(0, (rect.width - DisplayWidth.of(row)) / 2)
            grid.put(row, x: x, y: y, style: theme[role], maxWidth: rect.maxX - x)
            y += 1
        }
        y += spacers
        if let status = extras.first {
            put(status.text, y: y, role: status.role, in: rect, grid: &grid, theme: theme)
            y += 1
        }
        if showsBar {
            let fraction = target.reading.map { TimerMath.fractionUsed(remaining: $0.remaining, total: $0.total) } ?? 0
            let barWidth = min(rect.width, max(20, rect.width * 2 / 3))
            let barRect = Rect(x: rect.x + (rect.width - barWidth) / 2, y: y, width: barWidth, height: 1)
            Bar(fraction: fraction, label: Bar.percentLabel(fraction, context.language), labelWidth: Bar.percentLabelWidth,
                role: role == .normal ? .accent : role).draw(into: &grid, in: barRect, theme: theme)
        }
        if extras.isEmpty || droppedPlus { drawCornerSymbol(into: &grid, in: rect, theme: theme) }
    }

    /// "Grupparbete: enkätens resultat · Grupp 3"; the step's own timer has only the title.
    func heading(_ context: ScreenContext) -> String {
        guard let group = target.key.group else { return step.title }
        return step.title + " · " + context.text(Strings.groupName(group))
    }

    /// "⚠ snart slut · Åter 11.20".
    func statusLine(_ context: ScreenContext) -> String {
        var parts = [target.status(context.language)]
        if let back = backAt(context) { parts.append(context.text(Strings.backAt(back))) }
        return parts.joined(separator: " · ")
    }

    /// The return time for breaks and steps whose plan gives one; follows this countdown.
    func backAt(_ context: ScreenContext) -> String? {
        guard step.kind == .break || step.returnAt != nil else { return nil }
        let timer = target.timer?.isStopped == true ? nil : target.timer
        return TimeOfDay.backAt(step: step, timer: timer, now: context.now, utcOffsetSeconds: context.utcOffsetSeconds)
            .map(context.clock)
    }

    /// The clock in the big font; in overtime, without its `+` when only that makes it fit
    /// (the corner symbol and the style still say overtime). Plain text when nothing fits.
    func bigDigits(maxWidth: Int, maxHeight: Int) -> (rows: [String], droppedPlus: Bool) {
        let clock = target.clock(for: step)
        if let rows = BigText.render(clock, maxWidth: maxWidth, maxHeight: maxHeight) { return (rows, false) }
        if clock.hasPrefix("+"), let rows = BigText.render(String(clock.dropFirst()), maxWidth: maxWidth, maxHeight: maxHeight) {
            return (rows, true)
        }
        return ([TextLayout.truncate(clock, width: maxWidth)], false)
    }

    /// `⚠`, `‼`, `+`, `‖` or `–` in the top-right corner, when there is no room for words.
    func drawCornerSymbol(into grid: inout Grid, in rect: Rect, theme: Theme) {
        let symbol: String
        if let reading = target.reading {
            switch reading.phase {
            case .paused: symbol = "‖"
            case .stopped: symbol = "■"
            case .running: symbol = reading.urgency.symbol
            }
        } else {
            symbol = "–"
        }
        guard !symbol.isEmpty else { return }
        grid.put(symbol, x: rect.maxX - 1, y: rect.y, style: theme[target.role], maxWidth: 1)
    }

    private func put(_ text: String, y: Int, role: Role, in rect: Rect, grid: inout Grid, theme: Theme) {
        // Centred by position, not padding: only the words carry the style, not the whole row.
        let line = TextLayout.truncate(text, width: rect.width)
        let x = rect.x + max(0, (rect.width - DisplayWidth.of(line)) / 2)
        grid.put(line, x: x, y: y, style: theme[role], maxWidth: rect.maxX - x)
    }
}
