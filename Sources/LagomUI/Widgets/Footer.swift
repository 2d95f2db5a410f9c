import LagomCore

/// The bottom line of key hints: "↑↓ Flytta  Enter Välj  ? Hjälp  q Avsluta".
/// The pinned hints (help, quit, the console's undo) show at every width: the others fill what is left, whole and
/// in order, so put the important ones first. When even the pinned ones do not fit with their
/// words, their keys alone are shown ("? q").
public struct Footer: Sendable {
    public var hints: [KeyHint]

    public init(_ hints: [KeyHint]) {
        self.hints = hints
    }

    static let separator = 2

    static func width(_ hint: KeyHint) -> Int {
        DisplayWidth.of(Sanitiser.sanitiseSingleLine(hint.keys)) + 1
            + DisplayWidth.of(Sanitiser.sanitiseSingleLine(hint.help))
    }

    /// The hints drawn at `width`, in their order; pinned ones always, the rest while they fit.
    func shown(width: Int) -> [KeyHint] {
        func total(_ list: [KeyHint]) -> Int {
            list.reduce(0) { $0 + Self.width($1) } + Self.separator * max(0, list.count - 1)
        }
        var kept = hints.filter(\.pinned)
        for hint in hints where !hint.pinned {
            var trial = kept
            trial.append(hint)
            if total(trial) <= width { kept = trial } else { break }
        }
        return hints.filter { kept.contains($0) }
    }

    public func draw(into grid: inout Grid, in rect: Rect, theme: Theme) {
        guard !rect.isEmpty else { return }
        grid.clear(Rect(x: rect.x, y: rect.y, width: rect.width, height: 1), style: theme[.normal])
        let shown = shown(width: rect.width)
        let roomy = shown.reduce(0) { $0 + Self.width($1) } + Self.separator * max(0, shown.count - 1) <= rect.width
        guard !shown.isEmpty else {
            // Nothing pinned and nothing fits: the first hint cut short rather than nothing.
            if let first = hints.first {
                grid.put(
                    TextLayout.truncate(first.keys + " " + first.help, width: rect.width), x: rect.x, y: rect.y,
                    style: theme[.help])
            }
            return
        }
        if !roomy && shown.allSatisfy(\.pinned) {
            // Only the keys: "? q" still says how to get help and how to leave.
            grid.put(
                shown.map(\.keys).joined(separator: " "), x: rect.x, y: rect.y, style: theme[.accent],
                maxWidth: rect.width)
            return
        }
        var x = rect.x
        for (index, hint) in shown.enumerated() {
            if index > 0 { x += Self.separator }
            x += grid.put(hint.keys, x: x, y: rect.y, style: theme[.accent], maxWidth: max(0, rect.maxX - x))
            x += grid.put(" " + hint.help, x: x, y: rect.y, style: theme[.help], maxWidth: max(0, rect.maxX - x))
        }
    }
}
