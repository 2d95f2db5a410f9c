import LagomCore

/// A horizontal progress bar in eighths of a cell, followed by a label
/// (usually a number) so it reads without colour.
public struct Bar: Sendable {
    static let partials: [Character] = ["▏", "▎", "▍", "▌", "▋", "▊", "▉"]
    public static let track: Character = "░"

    public var fraction: Double
    public var label: String
    /// Columns kept for the label (right-aligned in them), so that bars with
    /// labels of different lengths ("5 %", "100 %") still line up. Nil: the
    /// label's own width.
    public var labelWidth: Int?
    public var role: Role

    public init(fraction: Double, label: String, labelWidth: Int? = nil, role: Role = .accent) {
        self.fraction = fraction
        self.label = label
        self.labelWidth = labelWidth
        self.role = role
    }

    /// Room for any `percentLabel` ("100 %").
    public static let percentLabelWidth = 5

    /// "42 %" in Swedish, "42%" in English; rounded down so 100 means done.
    public static func percentLabel(_ fraction: Double, _ language: Language) -> String {
        let percent = Int((clamped(fraction) * 100).rounded(.down))
        return Catalogue.text(.percentLabel, language, ["percent": .number(percent)])
    }

    /// The bar alone, exactly `width` columns: full blocks, one partial block, track.
    public static func cells(_ fraction: Double, width: Int) -> String {
        guard width > 0 else { return "" }
        let eighths = Int((clamped(fraction) * Double(width * 8)).rounded(.down))
        let full = eighths / 8
        var bar = String(repeating: "█", count: full)
        if full < width {
            let remainder = eighths % 8
            bar.append(remainder == 0 ? track : partials[remainder - 1])
            bar += String(repeating: track, count: width - full - 1)
        }
        return bar
    }

    /// `cells(fraction, width:)` written straight into the grid at (x, y) in `style`: the same cells,
    /// with no text to build, sanitise and measure (a countdown's bar is drawn every second).
    public static func draw(_ fraction: Double, width: Int, x: Int, y: Int, style: Style, into grid: inout Grid) {
        guard width > 0 else { return }
        let eighths = Int((clamped(fraction) * Double(width * 8)).rounded(.down))
        let full = eighths / 8
        grid.putRun(Cell("█", style: style), count: full, x: x, y: y)
        guard full < width else { return }
        let remainder = eighths % 8
        let edge = remainder == 0 ? track : partials[remainder - 1]
        grid.putRun(Cell(String(edge), style: style), count: 1, x: x + full, y: y)
        grid.putRun(Cell(String(track), style: style), count: width - full - 1, x: x + full + 1, y: y)
    }

    /// Draws on the first row of `rect`: "█████▌░░░░ 55 %". When there is no
    /// room for both, the label wins.
    public func draw(into grid: inout Grid, in rect: Rect, theme: Theme) {
        guard !rect.isEmpty else { return }
        let labelWidth = max(self.labelWidth ?? 0, DisplayWidth.of(Sanitiser.sanitiseSingleLine(label)))
        let barWidth = labelWidth == 0 ? rect.width : rect.width - labelWidth - 1
        guard barWidth >= 1 else {
            grid.put(
                TextLayout.truncate(label, width: rect.width), x: rect.x, y: rect.y, style: theme[.normal],
                maxWidth: rect.width)
            return
        }
        Bar.draw(fraction, width: barWidth, x: rect.x, y: rect.y, style: theme[role], into: &grid)
        if labelWidth > 0 {
            grid.put(
                " " + TextLayout.fit(label, width: labelWidth, alignment: .right), x: rect.x + barWidth, y: rect.y,
                style: theme[.normal], maxWidth: rect.width - barWidth)
        }
    }

    private static func clamped(_ fraction: Double) -> Double {
        fraction.isNaN ? 0 : min(1, max(0, fraction))
    }
}
