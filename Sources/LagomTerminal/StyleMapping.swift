import LagomUI

/// The text attributes a `Style` asks for, independent of ncurses' bit values.
struct AttributeFlags: OptionSet, Hashable, Sendable {
    let rawValue: UInt8
    static let bold = AttributeFlags(rawValue: 1 << 0)
    static let reverse = AttributeFlags(rawValue: 1 << 1)
    static let underline = AttributeFlags(rawValue: 1 << 2)
    static let dim = AttributeFlags(rawValue: 1 << 3)

    init(rawValue: UInt8) { self.rawValue = rawValue }

    init(_ style: Style) {
        var flags: AttributeFlags = []
        if style.bold { flags.insert(.bold) }
        if style.reverse { flags.insert(.reverse) }
        if style.underline { flags.insert(.underline) }
        if style.dim { flags.insert(.dim) }
        self = flags
    }
}

/// Hands out ncurses colour pairs on demand, one per (foreground, background) in use.
/// Pair 0 is the terminal's own default pair and is never redefined.
struct ColorPairTable {
    /// A pair number to draw with, and the colours to `init_pair` it with if it is new.
    struct Assignment: Equatable {
        var pair: Int16
        var newDefinition: (foreground: Int16, background: Int16)?

        static func == (lhs: Assignment, rhs: Assignment) -> Bool {
            lhs.pair == rhs.pair
                && lhs.newDefinition?.foreground == rhs.newDefinition?.foreground
                && lhs.newDefinition?.background == rhs.newDefinition?.background
        }
    }

    private struct ColorKey: Hashable {
        var foreground: TermColor
        var background: TermColor
    }

    let colorsAvailable: Bool
    let defaultColorsAvailable: Bool
    let capacity: Int
    private var pairs: [ColorKey: Int16] = [:]

    /// - Parameters:
    ///   - colorsAvailable: `has_colors()`; monochrome terminals always get pair 0.
    ///   - defaultColorsAvailable: `use_default_colors()` succeeded, so -1 means "the
    ///     terminal's own colour"; otherwise white on black stands in.
    ///   - capacity: `COLOR_PAIRS`.
    init(colorsAvailable: Bool, defaultColorsAvailable: Bool, capacity: Int) {
        self.colorsAvailable = colorsAvailable
        self.defaultColorsAvailable = defaultColorsAvailable
        self.capacity = capacity
    }

    mutating func assignment(foreground: TermColor, background: TermColor) -> Assignment {
        let key = ColorKey(foreground: foreground, background: background)
        guard colorsAvailable, key != ColorKey(foreground: .terminalDefault, background: .terminalDefault)
        else { return Assignment(pair: 0, newDefinition: nil) }
        if let pair = pairs[key] { return Assignment(pair: pair, newDefinition: nil) }
        let next = pairs.count + 1
        guard next < capacity, next <= Int(Int16.max) else {
            return Assignment(pair: 0, newDefinition: nil)  // out of pairs: default colours
        }
        let pair = Int16(next)
        pairs[key] = pair
        return Assignment(
            pair: pair,
            newDefinition: (cursesNumber(foreground, standIn: 7), cursesNumber(background, standIn: 0))
        )
    }

    /// The COLOR_* numbers are fixed by X/Open: black 0 … white 7.
    private func cursesNumber(_ color: TermColor, standIn: Int16) -> Int16 {
        switch color {
        case .terminalDefault: return defaultColorsAvailable ? -1 : standIn
        case .black: return 0
        case .red: return 1
        case .green: return 2
        case .yellow: return 3
        case .blue: return 4
        case .magenta: return 5
        case .cyan: return 6
        case .white: return 7
        }
    }
}
