/// How many terminal columns text occupies. The one width function of the
/// program: layout, grid writing and the command line all measure with it.
///
/// Decided per grapheme cluster, because summing `wcwidth` over scalars gets
/// ❤️ (1 instead of 2) and ZWJ families (6 instead of 2) wrong.
/// - ASCII printable, Latin-1, å ä ö (composed or decomposed): 1
/// - CJK and other East Asian Wide/Fullwidth, emoji with emoji presentation: 2
/// - a text-default emoji followed by VS16 (❤️), ZWJ sequences, flags: 2
/// - any other cluster: the sum of its scalars, as terminals draw them side by side
///   ("กำ" 2, "स्ते" 2); `CellGrapheme.pieces` gives each its own cell
/// - a lone regional indicator: 1 (as glibc `wcwidth`, which terminals follow)
/// - combining marks alone, format characters (ZWSP, ZWJ, BOM), controls: 0
///   (sanitised text has no controls and no lone marks)
/// - East Asian Ambiguous (`…`, `█`, `─`): 1, as in non-CJK terminals
public enum DisplayWidth {
    public static func of(_ grapheme: Character) -> Int {
        let scalars = grapheme.unicodeScalars
        var iterator = scalars.makeIterator()
        guard let first = iterator.next() else { return 0 }
        guard let second = iterator.next() else { return ofScalar(first) }
        // "\r\n" is one grapheme; it is a line break, not something visible.
        if first.value == 0x0D && second.value == 0x0A { return 0 }
        return ofCluster(first: first, scalars: scalars)
    }

    public static func of(_ s: String) -> Int {
        if let narrow = narrowOnlyWidth(s.utf8) { return narrow }
        var total = 0
        for grapheme in s { total += of(grapheme) }
        return total
    }

    /// True when every scalar of `s` is a one-column grapheme of its own (the fast path below
    /// answers), so drawing may walk the scalars instead of breaking graphemes.
    public static func isOneColumnPerScalar(_ s: String) -> Bool {
        narrowOnlyWidth(s.utf8) != nil
    }

    /// Fast path without grapheme breaking: text made only of printable ASCII,
    /// U+00A0–U+02FF (Latin-1 and Latin Extended, so å ä ö), and the one-column
    /// punctuation, arrows, box-drawing and block characters the screens draw
    /// (`– — ” • … ‼ → ─ │ █ ▀`) is one column per scalar. None of them is a
    /// combining mark, and a mark, a variation selector or a joiner that could
    /// follow them is outside these ranges, so it sends the text to the full path.
    /// Nil when anything else occurs.
    static func narrowOnlyWidth(_ utf8: String.UTF8View) -> Int? {
        var count = 0
        var pending = 0  // continuation bytes still to skip
        var lead: UInt8 = 0
        var second: UInt8 = 0
        var index = 0
        for byte in utf8 {
            if pending > 0 {
                index += 1
                if index == 1 {
                    second = byte
                    // U+0080–U+009F (C1 controls) are encoded C2 80–C2 9F.
                    if lead == 0xC2 && byte < 0xA0 { return nil }
                    if lead == 0xE2 && !Self.oneColumnE2(second: byte) { return nil }
                } else if lead == 0xE2 && !Self.oneColumnE2(second: second, third: byte) {
                    return nil
                }
                pending -= 1
                continue
            }
            if byte >= 0x20 && byte < 0x7F { count += 1; continue }
            if byte >= 0xC2 && byte <= 0xCB || byte == 0xE2 {
                lead = byte
                pending = byte == 0xE2 ? 2 : 1
                index = 0
                count += 1
                continue
            }
            return nil
        }
        return pending == 0 ? count : nil
    }

    /// U+2000–U+2BFF blocks allowed on the fast path, by the second UTF-8 byte of E2 xx yy.
    private static func oneColumnE2(second: UInt8) -> Bool {
        second == 0x80 || second == 0x86 || second == 0x88 || second == 0x94 || second == 0x95 || second == 0x96
            || second == 0x9A
    }

    /// Within those blocks, the scalars that are one column and never zero-width or bidi:
    /// U+2010–U+2027 and U+2030–U+203E (dashes, quotes, bullet, ellipsis, ‼), U+2190–U+2199
    /// (arrows), U+2212 (minus, in "−1 min"), U+2500–U+257F (box drawing), U+2580–U+259F (blocks),
    /// U+26A0 (the warning sign, which is text unless a VS16 follows — and that leaves the fast path).
    private static func oneColumnE2(second: UInt8, third: UInt8) -> Bool {
        switch second {
        case 0x80: return (0x90...0xA7).contains(third) || (0xB0...0xBE).contains(third)
        case 0x86: return (0x90...0x99).contains(third)
        case 0x88: return third == 0x92
        case 0x9A: return third == 0xA0
        case 0x94, 0x95: return true
        case 0x96: return third <= 0x9F
        default: return false
        }
    }

    /// Width of a grapheme made of one scalar (what glibc `wcwidth`, and so ncurses, counts).
    public static func ofScalar(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x7F { return value >= 0x20 ? 1 : 0 }
        if value < 0xA0 { return 0 }  // DEL and C1 controls
        if value < 0x300 { return 1 }  // Latin-1 and Latin Extended: å ä ö é
        if EastAsianWide.contains(value) { return 2 }
        let properties = scalar.properties
        if properties.isEmojiPresentation {
            // Regional indicators have emoji presentation but show as one column alone.
            return (0x1F1E6...0x1F1FF).contains(value) ? 1 : 2
        }
        switch properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format, .control, .lineSeparator, .paragraphSeparator:
            return 0
        default:
            // Hangul medial vowels and final consonants join the preceding syllable.
            if (0x1160...0x11FF).contains(value) { return 0 }
            return 1
        }
    }

    /// Width of a grapheme of several scalars: the base decides, except that
    /// emoji sequences (VS16, ZWJ, flags, keycaps) are always two columns.
    static func ofCluster(first: Unicode.Scalar, scalars: Character.UnicodeScalarView) -> Int {
        let base = ofScalar(first)
        if base == 2 { return 2 }
        var regionalIndicators = 0
        // Not an emoji sequence: every spacing scalar takes its own columns, as terminals draw
        // them ("กำ" is two, "स्ते" two): counting only the base hid letters on screen.
        var spacing = base
        for scalar in scalars.dropFirst() { spacing += ofScalar(scalar) }
        for scalar in scalars {
            switch scalar.value {
            case 0xFE0F:  // VS16: emoji presentation requested
                if first.properties.isEmoji { return 2 }
            case 0x200D:  // ZWJ joining emoji
                if first.properties.isEmoji && first.value > 0xFF { return 2 }
            case 0x1F1E6...0x1F1FF:
                regionalIndicators += 1
                if regionalIndicators == 2 { return 2 }
            case 0x1F3FB...0x1F3FF:  // skin tone on a text-default emoji
                if first.properties.isEmoji { return 2 }
            default:
                break
            }
        }
        return spacing
    }
}
