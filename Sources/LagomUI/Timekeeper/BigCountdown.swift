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
        for candidate in [
            (statusLine(context), role),
            (heading(context, width: rect.width), Role.title),
        ] where rect.height - extras.count - 1 >= Self.minimumDigitRows {
            extras.append(candidate)
        }
        let showsBar = rect.height - extras.count - 1 >= Self.minimumDigitRows + 2
        let spacers = rect.height - extras.count - (showsBar ? 1 : 0) - 2 >= Self.minimumDigitRows + 2 ? 1 : 0
        let digitRows = rect.height - extras.count - (showsBar ? 1 : 0) - 2 * spacers
        let (digits, droppedPlus) = bigDigits(maxWidth: rect.width, maxHeight: digitRows)

        let blockHeight = extras.count + (showsBar ? 1 : 0) + 2 * spacers + digits.height
        var y = rect.y + max(0, (rect.height - blockHeight) / 2)
        if extras.count == 2 {
            put(extras[1].text, y: y, role: extras[1].role, in: rect, grid: &grid, theme: theme)
            y += 1 + spacers
        }
        switch digits {
        case .picture(let picture):
            picture.draw(
                into: &grid, x: rect.x + max(0, (rect.width - picture.width) / 2), y: y, style: ink(theme), clip: rect)
        case .text(let line):
            put(line, y: y, role: role, in: rect, grid: &grid, theme: theme)
        }
        y += digits.height
        y += spacers
        if let status = extras.first {
            put(status.text, y: y, role: status.role, in: rect, grid: &grid, theme: theme)
            y += 1
        }
        if showsBar {
            let fraction = target.reading.map { TimerMath.fractionUsed(remaining: $0.remaining, total: $0.total) } ?? 0
            let barWidth = min(rect.width, max(20, rect.width * 2 / 3))
            // No percentage beside it: the big digits are the number, and a label that changes
            // more often than the digits would be the busiest thing on the pane.
            Bar.draw(
                fraction, width: barWidth, x: rect.x + (rect.width - barWidth) / 2, y: y,
                style: role == .normal ? theme[.accent] : ink(theme), into: &grid)
        }
        if extras.isEmpty || droppedPlus { drawCornerSymbol(into: &grid, in: rect, theme: theme) }
    }

    /// The style of the digits and, once a warning applies, of the bar: the state's colour and
    /// weight without underline, which would rule a line under every blank of the digits. One
    /// style for both also means a tick needs no attribute change between them.
    func ink(_ theme: Theme) -> Style {
        var style = theme[target.role]
        style.underline = false
        return style
    }

    /// "Grupparbete: enkätens resultat · Grupp 3"; the step's own timer has only the title. When it
    /// does not fit, the title gives way: whose countdown it is matters more than which step.
    /// A group handed an item shows it instead of the title ("Grupp 3 · Krav 3: Tid för
    /// återhämtning"): the room calls a group by what it works on.
    func heading(_ context: ScreenContext, width: Int) -> String {
        guard let group = target.key.group else { return step.title }
        let name = context.text(Strings.groupName(group))
        if let item = context.state.item(ofGroup: group, step: step) {
            let text = item.text.split(whereSeparator: \.isNewline).joined(separator: " ")
            return TextLayout.truncate(name + " · " + text, width: width)
        }
        let titleWidth = width - DisplayWidth.of(name) - 3
        guard titleWidth < DisplayWidth.of(step.title) else { return step.title + " · " + name }
        return titleWidth >= 4 ? TextLayout.truncate(step.title, width: titleWidth) + " · " + name : name
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
        // The stored countdown, not the settled one: a hard stop held at zero keeps its deadline.
        let stored = context.state.timers[target.key]
        let timer = stored?.isStopped == true ? nil : stored
        return TimeOfDay.backAt(step: step, timer: timer, now: context.now, utcOffsetSeconds: context.utcOffsetSeconds)
            .map(context.clock)
    }

    /// The clock as drawn: in the big font, or as one line of text when nothing bigger fits.
    enum Digits {
        case picture(BigPicture)
        case text(String)

        var height: Int {
            switch self {
            case .picture(let picture): picture.height
            case .text: 1
            }
        }
    }

    /// The clock in the big font; in overtime, without its `+` when only that makes it fit
    /// (the corner symbol and the style still say overtime). Plain text when nothing fits.
    func bigDigits(maxWidth: Int, maxHeight: Int) -> (digits: Digits, droppedPlus: Bool) {
        let clock = target.clock(for: step)
        if let picture = BigText.picture(clock, maxWidth: maxWidth, maxHeight: maxHeight) {
            return (.picture(picture), false)
        }
        if clock.hasPrefix("+"),
            let picture = BigText.picture(String(clock.dropFirst()), maxWidth: maxWidth, maxHeight: maxHeight)
        {
            return (.picture(picture), true)
        }
        return (.text(TextLayout.truncate(clock, width: maxWidth)), false)
    }

    /// `⚠`, `‼`, `+`, `‖` or `–` in the top-right corner, when there is no room for words.
    func drawCornerSymbol(into grid: inout Grid, in rect: Rect, theme: Theme) {
        let symbol: String
        if let reading = target.reading {
            switch reading.phase {
            case .paused: symbol = "‖"
            case .stopped: symbol = "■"
            case .timeUp: symbol = Urgency.timeUpSymbol
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
