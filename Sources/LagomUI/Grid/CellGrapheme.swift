import LagomCore

/// What the cells of one grapheme hold, decided once for every screen: the terminal then
/// draws exactly the columns the layout measured with `DisplayWidth`.
///
/// ncurses keeps in a cell one spacing scalar and the zero-width ones after it (at most
/// `CCHARW_MAX`, 5, in all) and moves on by the width of the first; it silently cuts the rest.
/// 👍🏽 then reached the terminal as 👍, 🇸🇪 as 🇸 and 👩‍👩‍👧 as 👩 plus a dangling joiner that
/// glued the next cell onto it, shifting the row and leaving the last frame's characters
/// behind. So a grapheme the terminal cannot hold as it is becomes, here:
/// - a flag (two regional indicators): its two letters, `SE`;
/// - anything else: its base and the combining marks right after it (never a joiner, never
///   what a joiner would have added), so 👍🏽 → 👍, 👩‍👩‍👧 → 👩, 🏳️‍🌈 → 🏳️;
/// - nothing usable (no base, a control): U+FFFD.
/// When what is drawn is narrower than the layout's width (❤️ and 🏳️ advance ncurses and
/// tmux by one column, where the layout gave two), a space fills the second cell, so no
/// undrawn continuation cell can keep an old character.
public struct CellGrapheme: Equatable, Sendable {
    /// `CCHARW_MAX` of ncursesw 6 (the terminal tests check it against the library).
    public static let maxScalars = 5

    /// The first cell's text.
    public var first: String
    /// True when `first` covers two columns: the second cell is its continuation.
    public var isWide: Bool
    /// The second cell's own text (a flag's second letter, a padding space), or nil.
    public var second: String?

    /// How `grapheme`, measured by the layout as `width` (1 or 2) columns, fills its cells.
    public init(_ grapheme: Character, width: Int) {
        let scalars = grapheme.unicodeScalars
        var iterator = scalars.makeIterator()
        guard let base = iterator.next(), DisplayWidth.ofScalar(base) > 0 else {
            self = Self.replacement(width: width)
            return
        }
        var count = 1
        var holdable = true
        var regionalIndicators = Self.isRegionalIndicator(base) ? 1 : 0
        while let scalar = iterator.next() {
            count += 1
            if Self.isControl(scalar) {
                self = Self.replacement(width: width)
                return
            }
            if Self.isRegionalIndicator(scalar) { regionalIndicators += 1 }
            // ncurses (glibc wcwidth) keeps only zero-width scalars after the first.
            if DisplayWidth.ofScalar(scalar) != 0 { holdable = false }
        }
        if count > Self.maxScalars || grapheme.utf8.count > InlineUTF8.capacity { holdable = false }
        if holdable {
            // Never a joiner in a cell: tmux joins the next cell's character onto a cell that
            // ends with one ("a‍" + "b", a list cut after "👩‍"), and the row's border moved left.
            var text = String.UnicodeScalarView()
            for scalar in scalars where scalar.value != 0x200D { text.append(scalar) }
            self = Self.drawn(String(text), base: base, width: width)
        } else if regionalIndicators == 2 && count == 2 && width == 2 {
            let letters = scalars.map { String(Character(Unicode.Scalar($0.value - 0x1F1E6 + 0x41)!)) }
            self.init(first: letters[0], isWide: false, second: letters[1])
        } else {
            self = Self.drawn(Self.baseWithMarks(scalars), base: base, width: width)
        }
    }

    public init(first: String, isWide: Bool, second: String?) {
        self.first = first
        self.isWide = isWide
        self.second = second
    }

    /// `text` drawn from `base`, which is what ncurses advances by; a space pads it to `width`.
    private static func drawn(_ text: String, base: Unicode.Scalar, width: Int) -> CellGrapheme {
        let drawnWidth = DisplayWidth.ofScalar(base)
        if drawnWidth > width { return replacement(width: width) }
        return CellGrapheme(first: text, isWide: drawnWidth == 2, second: width == 2 && drawnWidth == 1 ? " " : nil)
    }

    private static func replacement(width: Int) -> CellGrapheme {
        CellGrapheme(first: "\u{FFFD}", isWide: false, second: width == 2 ? " " : nil)
    }

    /// The base and the combining marks (variation selectors included) that follow it, up to
    /// `maxScalars`: a joiner, a modifier or a second letter of a flag ends it.
    private static func baseWithMarks(_ scalars: Character.UnicodeScalarView) -> String {
        var kept = String.UnicodeScalarView()
        for scalar in scalars {
            if !kept.isEmpty {
                switch scalar.properties.generalCategory {
                case .nonspacingMark, .enclosingMark: break
                default: return String(kept)
                }
            }
            kept.append(scalar)
            if kept.count == maxScalars { break }
        }
        return String(kept)
    }

    /// A grapheme the terminal draws as several letters side by side ("กำ", "स्ते": a base and
    /// a spacing vowel or conjunct), split into one piece per spacing scalar with the marks that
    /// follow it; joiners dropped. Emoji sequences and one-letter graphemes stay whole.
    public static func pieces(of grapheme: Character) -> [String] {
        let scalars = grapheme.unicodeScalars
        guard let first = scalars.first, scalars.count > 1, !first.properties.isEmoji || first.value < 0x80,
            !scalars.contains(where: { isRegionalIndicator($0) || $0.value == 0xFE0F }),
            scalars.filter({ DisplayWidth.ofScalar($0) > 0 }).count > 1
        else { return [String(grapheme)] }
        var pieces: [String.UnicodeScalarView] = []
        for scalar in scalars where scalar.value != 0x200D {
            if DisplayWidth.ofScalar(scalar) > 0 || pieces.isEmpty {
                pieces.append(String.UnicodeScalarView([scalar]))
            } else {
                pieces[pieces.count - 1].append(scalar)
            }
        }
        return pieces.map { String($0) }
    }

    private static func isRegionalIndicator(_ scalar: Unicode.Scalar) -> Bool {
        (0x1F1E6...0x1F1FF).contains(scalar.value)
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }
}
