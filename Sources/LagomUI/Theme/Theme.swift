import LagomCore

/// Maps every `Role` to a concrete `Style`. Screens draw with roles only, so
/// switching theme (e.g. for a projector or a monochrome terminal) is one value.
public struct Theme: Hashable, Sendable {
    public let name: String
    private let styles: [Role: Style]

    /// A theme must style every role; missing roles are a programming error.
    public init(name: String, styles: [Role: Style]) {
        let missing = Role.allCases.filter { styles[$0] == nil }
        precondition(
            missing.isEmpty, "Theme \(name) has no style for: \(missing.map(\.rawValue).joined(separator: ", "))")
        self.name = name
        self.styles = styles
    }

    public subscript(role: Role) -> Style { styles[role] ?? .plain }

    public static let all: [Theme] = [.standard, .projector, .monochrome]

    /// The theme called `name` (`standard`, `projector`, `monochrome`), or nil.
    public static func named(_ name: String) -> Theme? {
        all.first { $0.name == name }
    }

    /// The terminal's own colours for text; a role with a colour paints its own background, so it
    /// reads on a light terminal as on a dark one (at least 4.5:1 on both, `ContrastTests`).
    public static let standard = Theme(
        name: "standard",
        styles: [
            .normal: .plain,
            .title: Style(bold: true),
            .dim: Style(dim: true),
            .accent: Style(bold: true),
            .selected: Style(reverse: true),
            .ok: Style(foreground: .black, background: .green),
            .warning: Style(foreground: .black, background: .yellow, bold: true),
            .critical: Style(foreground: .white, background: .red, bold: true, underline: true),
            .overtime: Style(foreground: .white, background: .red, bold: true, reverse: true),
            .hidden: Style(dim: true),
            .border: .plain,
            .help: .plain,
        ])

    /// High contrast for a projector in a bright room: bold text on its own black background;
    /// urgency adds underline, then a painted block, visible from far away. Every urgency
    /// differs from the others by attributes too, not only colour; every pair is at least 4.5:1.
    public static let projector = Theme(
        name: "projector",
        styles: [
            .normal: Style(foreground: .white, background: .black, bold: true),
            .title: Style(foreground: .white, background: .black, bold: true, underline: true),
            .dim: Style(foreground: .white, background: .black),
            .accent: Style(foreground: .cyan, background: .black, bold: true),
            .selected: Style(foreground: .black, background: .white, bold: true),
            .ok: Style(foreground: .green, background: .black, bold: true),
            .warning: Style(foreground: .yellow, background: .black, bold: true, underline: true),
            .critical: Style(foreground: .red, background: .white, bold: true, reverse: true),
            .overtime: Style(foreground: .white, background: .red, bold: true, reverse: true, underline: true),
            .hidden: Style(foreground: .white, background: .black, dim: true),
            .border: Style(foreground: .white, background: .black),
            .help: Style(foreground: .yellow, background: .black, bold: true),
        ])

    /// No colour at all: bold, reverse, underline and dim only.
    public static let monochrome = Theme(
        name: "monochrome",
        styles: [
            .normal: .plain,
            .title: Style(bold: true),
            .dim: Style(dim: true),
            .accent: Style(bold: true),
            .selected: Style(reverse: true),
            .ok: .plain,
            .warning: Style(bold: true),
            .critical: Style(bold: true, underline: true),
            .overtime: Style(bold: true, reverse: true),
            .hidden: Style(dim: true),
            .border: .plain,
            .help: Style(underline: true),
        ])
}
