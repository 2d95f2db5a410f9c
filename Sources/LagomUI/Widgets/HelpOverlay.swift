import LagomCore

/// The `?` overlay: a box in the middle of the screen listing every key of
/// the current screen, from the same `KeyMap` that handles input. When the list is taller
/// than the screen it scrolls (`↑↓`, `PgUp`/`PgDn`, `Home`/`End`) from `offset`, and the
/// bottom border says which entries are shown and how to see the rest.
public struct HelpOverlay: Sendable {
    public static let defaultTitle = Localized(.keyKeys)

    public var title: String
    public var entries: [KeyHint]
    /// The first entry shown.
    public var offset: Int
    public var language: Language

    public init(title: String, entries: [KeyHint], offset: Int = 0, language: Language = .en) {
        self.title = title
        self.entries = entries
        self.offset = offset
        self.language = language
    }

    public init<Action>(keyMap: KeyMap<Action>, language: Language, offset: Int = 0) {
        self.init(
            title: HelpOverlay.defaultTitle.text(language), entries: keyMap.helpEntries(language), offset: offset,
            language: language)
    }

    /// The box in `rect`: as wide as the longest entry and as tall as the list, centred, never larger than `rect`.
    func frame(in rect: Rect) -> Rect {
        let keysWidth = entries.map { DisplayWidth.of(Sanitiser.sanitiseSingleLine($0.keys)) }.max() ?? 0
        let helpWidth = entries.map { DisplayWidth.of(Sanitiser.sanitiseSingleLine($0.help)) }.max() ?? 0
        let contentWidth = max(keysWidth + 2 + helpWidth, DisplayWidth.of(title) + 4)
        // One column of padding inside the border on each side.
        return rect.centered(width: contentWidth + 4, height: entries.count + 2)
    }

    /// How far the list can scroll in `rect`: 0 when it all fits.
    public func maxOffset(in rect: Rect) -> Int {
        max(0, entries.count - max(1, frame(in: rect).height - 2))
    }

    /// The offset after `key` when it is a scrolling key, else nil (the screen then closes the overlay).
    public func scrolled(by key: Key, in rect: Rect) -> Int? {
        let page = max(1, frame(in: rect).height - 3)
        let last = maxOffset(in: rect)
        let wanted: Int
        switch key {
        case .up, .character("k"): wanted = offset - 1
        case .down, .character("j"): wanted = offset + 1
        case .pageUp: wanted = offset - page
        case .pageDown: wanted = offset + page
        case .home: wanted = 0
        case .end: wanted = last
        default: return nil
        }
        return min(max(0, wanted), last)
    }

    public func draw(into grid: inout Grid, in rect: Rect, theme: Theme) {
        let keysWidth = entries.map { DisplayWidth.of(Sanitiser.sanitiseSingleLine($0.keys)) }.max() ?? 0
        let area = frame(in: rect)
        guard !area.isEmpty else { return }
        grid.clear(area, style: theme[.normal])
        let inner = Box(title: title).draw(into: &grid, in: area, theme: theme).inset(left: 1, right: 1)
        guard !inner.isEmpty else { return }
        let keysColumn = min(keysWidth, inner.width)
        let first = min(max(0, offset), maxOffset(in: rect))
        let shown = entries[first...].prefix(inner.height)
        for (row, entry) in shown.enumerated() {
            let y = inner.y + row
            grid.put(
                TextLayout.fit(entry.keys, width: keysColumn), x: inner.x, y: y, style: theme[.accent],
                maxWidth: keysColumn)
            let helpX = inner.x + keysColumn + 2
            if helpX < inner.maxX {
                grid.put(
                    TextLayout.truncate(entry.help, width: inner.maxX - helpX), x: helpX, y: y, style: theme[.help])
            }
        }
        guard shown.count < entries.count, area.width > 6 else { return }
        // "─ 1–9 av 17 · ↑↓ PgUp PgDn ─" in the bottom border.
        let position = Catalogue.text(
            .helpPosition, language,
            ["first": .number(first + 1), "last": .number(first + shown.count), "count": .number(entries.count)])
        let full = " \(position) · ↑↓ PgUp PgDn "
        let short = " \(first + 1)–\(first + shown.count)/\(entries.count) ↑↓ "
        let text = DisplayWidth.of(full) <= area.width - 4 ? full : short
        let x = area.x + max(2, area.width - 2 - DisplayWidth.of(text))
        grid.put(text, x: x, y: area.maxY - 1, style: theme[.dim], maxWidth: area.maxX - 2 - x)
    }
}
