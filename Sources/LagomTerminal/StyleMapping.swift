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
