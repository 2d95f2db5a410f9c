/// The eight standard terminal colours plus "whatever the terminal uses".
/// Colour never carries meaning alone: every warning also has a word or a symbol.
public enum TermColor: UInt8, Hashable, Sendable, CaseIterable {
    case terminalDefault, black, red, green, yellow, blue, magenta, cyan, white
}

/// A concrete cell style, already resolved through a `Theme`.
public struct Style: Hashable, Sendable {
    public var foreground: TermColor
    public var background: TermColor
    public var bold: Bool
    public var reverse: Bool
    public var underline: Bool
    public var dim: Bool

    public init(
        foreground: TermColor = .terminalDefault, background: TermColor = .terminalDefault,
        bold: Bool = false, reverse: Bool = false, underline: Bool = false, dim: Bool = false
    ) {
        self.foreground = foreground
        self.background = background
        self.bold = bold
        self.reverse = reverse
        self.underline = underline
        self.dim = dim
    }

    public static let plain = Style()
}

extension Style {
    /// The style a space is drawn in. A space painted in its own text colour (a stroke of big type)
    /// shows only its background, so its text colour is left the terminal's own: between such a
    /// stroke and a blank beside it (also without a text colour, `BigPicture`) ncurses then sends
    /// the background alone (`ESC[47m`), not both colours of the pair (`ESC[37mESC[47m`), and every
    /// second of a countdown costs that much less. Spaces of text keep their style: a change of
    /// pair between words would cost more than it saves.
    public var asSpace: Style {
        guard foreground == background, foreground != .terminalDefault, !underline, !reverse else { return self }
        var style = self
        style.foreground = .terminalDefault
        return style
    }
}
