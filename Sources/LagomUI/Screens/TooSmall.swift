import LagomCore

/// What every screen shows instead of itself when the terminal is smaller
/// than it needs: the longest message that fits, down to a single `!` in a
/// 1×1 terminal. Never crashes on any size, including 0×0.
public enum TooSmall {
    public static func draw(
        into grid: inout Grid, needs: (width: Int, height: Int), language: Language, theme: Theme = .standard
    ) {
        let area = grid.bounds
        grid.clear(area, style: theme[.normal])
        guard !area.isEmpty else { return }
        let size = "\(needs.width)×\(needs.height)"
        for candidate in messages(size: size, language: language) {
            let lines = TextLayout.wrap(candidate, width: area.width)
            guard lines.count <= area.height, fitsWithoutBreakingWords(candidate, lines: lines, width: area.width)
            else { continue }
            let top = (area.height - lines.count) / 2
            for (row, line) in lines.enumerated() {
                let centred = TextLayout.fit(line, width: area.width, alignment: .center)
                grid.put(centred, x: 0, y: top + row, style: theme[.warning])
            }
            return
        }
        grid.put("!", x: area.width / 2, y: area.height / 2, style: theme[.warning])
    }

    /// Longest first; each says less but still says what to do.
    static func messages(size: String, language: Language) -> [String] {
        let needed: [String: TextArgument] = ["size": .words(size)]
        return [
            Catalogue.text(.tooSmallLong, language, needed), Catalogue.text(.tooSmallMedium, language, needed),
            Catalogue.text(.tooSmallShort, language, needed), size,
        ]
    }

    /// Wrapping broke no word when the lines hold the same words as the text.
    private static func fitsWithoutBreakingWords(_ text: String, lines: [String], width: Int) -> Bool {
        let words = text.split(separator: " ").map(String.init)
        let wrappedWords = lines.flatMap { $0.split(separator: " ").map(String.init) }
        return words == wrappedWords && lines.allSatisfy { DisplayWidth.of($0) <= width }
    }
}
