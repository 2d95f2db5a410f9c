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
