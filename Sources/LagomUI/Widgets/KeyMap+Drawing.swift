extension KeyMap {
    /// A screen's keys as it shows them: the footer row and, while `?` is open, the whole list over
    /// the screen (from `helpOffset` when it scrolls). One place, so every screen shows them alike.
    func drawKeys(
        into grid: inout Grid, footer row: Rect, showingHelp: Bool, helpOffset: Int = 0, _ context: ScreenContext
    ) {
        Footer(footerEntries(context.language)).draw(into: &grid, in: row, theme: context.theme)
        if showingHelp {
            HelpOverlay(keyMap: self, language: context.language, offset: helpOffset).draw(
                into: &grid, in: grid.bounds, theme: context.theme)
        }
    }
}
