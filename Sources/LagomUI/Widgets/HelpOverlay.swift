import LagomCore

/// The `?` overlay: a box in the middle of the screen listing every key of
/// the current screen, from the same `KeyMap` that handles input.
public struct HelpOverlay: Sendable {
    public static let defaultTitle = Localized(sv: "Tangenter", en: "Keys")

    public var title: String
    public var entries: [KeyHint]

    public init(title: String, entries: [KeyHint]) {
        self.title = title
        self.entries = entries
    }

    public init<Action>(keyMap: KeyMap<Action>, language: Language) {
        self.init(title: HelpOverlay.defaultTitle.text(language), entries: keyMap.helpEntries(language))
    }

    public func draw(into grid: inout Grid, in rect: Rect, theme: Theme) {
        let keysWidth = entries.map { DisplayWidth.of(Sanitiser.sanitiseSingleLine($0.keys)) }.max() ?? 0
        let helpWidth = entries.map { DisplayWidth.of(Sanitiser.sanitiseSingleLine($0.help)) }.max() ?? 0
        let contentWidth = max(keysWidth + 2 + helpWidth, DisplayWidth.of(title) + 4)
        // One column of padding inside the border on each side.
        let area = rect.centered(width: contentWidth + 4, height: entries.count + 2)
        guard !area.isEmpty else { return }
        grid.clear(area, style: theme[.normal])
        let inner = Box(title: title).draw(into: &grid, in: area, theme: theme).inset(left: 1, right: 1)
        guard !inner.isEmpty else { return }
        let keysColumn = min(keysWidth, inner.width)
        for (row, entry) in entries.enumerated() where row < inner.height {
            let y = inner.y + row
            if row == inner.height - 1 && entries.count > inner.height {
                grid.put(TextLayout.ellipsis, x: inner.x, y: y, style: theme[.dim])
                break
            }
            grid.put(TextLayout.fit(entry.keys, width: keysColumn), x: inner.x, y: y, style: theme[.accent], maxWidth: keysColumn)
            let helpX = inner.x + keysColumn + 2
            if helpX < inner.maxX {
                grid.put(TextLayout.truncate(entry.help, width: inner.maxX - helpX), x: helpX, y: y, style: theme[.help])
            }
        }
    }
}
