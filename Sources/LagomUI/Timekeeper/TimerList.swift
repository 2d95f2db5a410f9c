import LagomCore

/// The step's countdowns as a list, one row each: `› Grupp 3   12:34 ⚠ snart slut`.
/// The selected one (shown big) is marked by `ListView`'s `›` and reverse video, so it reads in monochrome.
public struct TimerList {
    public var step: Step
    public var targets: [TimerTarget]
    public var selected: TimerKey

    public init(step: Step, targets: [TimerTarget], selected: TimerKey) {
        self.step = step
        self.targets = targets
        self.selected = selected
    }

    public func draw(into grid: inout Grid, in rect: Rect, context: ScreenContext) {
        let inner = Box(title: context.text(Strings.timers)).draw(into: &grid, in: rect, theme: context.theme)
        guard !inner.isEmpty else { return }
        let nameWidth = targets.map { DisplayWidth.of(context.text($0.name)) }.max() ?? 0
        let items = targets.map { target in
            let name = TextLayout.fit(context.text(target.name), width: nameWidth)
            return ListItem(name + "  " + target.line(for: step, context.language), role: target.role)
        }
        let selection = targets.firstIndex { $0.key == selected }
        _ = ListView(items: items, selection: selection, offset: 0).draw(into: &grid, in: inner, theme: context.theme)
    }
}
