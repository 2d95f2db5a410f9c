import LagomCore

/// The bottom line of key hints: "↑↓ Flytta  Enter Välj  ? Hjälp".
/// Shows as many whole hints as fit, in order; put the important ones first.
public struct Footer: Sendable {
    public var hints: [KeyHint]

    public init(_ hints: [KeyHint]) {
        self.hints = hints
    }

    public func draw(into grid: inout Grid, in rect: Rect, theme: Theme) {
        guard !rect.isEmpty else { return }
        grid.clear(Rect(x: rect.x, y: rect.y, width: rect.width, height: 1), style: theme[.normal])
        var x = rect.x
        for (index, hint) in hints.enumerated() {
            let separator = index == 0 ? 0 : 2
            let keysWidth = DisplayWidth.of(Sanitiser.sanitiseSingleLine(hint.keys))
            let helpWidth = DisplayWidth.of(Sanitiser.sanitiseSingleLine(hint.help))
            let needed = separator + keysWidth + 1 + helpWidth
            if x + needed > rect.maxX {
                // Nothing fitted yet: show the first hint cut short rather than nothing.
                if index == 0 {
                    grid.put(
                        TextLayout.truncate(hint.keys + " " + hint.help, width: rect.width), x: x, y: rect.y,
                        style: theme[.help])
                }
                return
            }
            x += separator
            x += grid.put(hint.keys, x: x, y: rect.y, style: theme[.accent])
            x += grid.put(" " + hint.help, x: x, y: rect.y, style: theme[.help])
        }
    }
}
