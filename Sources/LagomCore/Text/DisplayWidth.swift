/// How many terminal columns text occupies. The one width function of the
/// program: layout, grid writing and the command line all measure with it.
///
/// Decided per grapheme cluster, because summing `wcwidth` over scalars gets
/// ❤️ (1 instead of 2) and ZWJ families (6 instead of 2) wrong.
/// - ASCII printable, Latin-1, å ä ö (composed or decomposed): 1
/// - CJK and other East Asian Wide/Fullwidth, emoji with emoji presentation: 2
/// - a text-default emoji followed by VS16 (❤️), ZWJ sequences, flags: 2
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

    /// Fast path without grapheme breaking: text made only of printable ASCII
    /// and U+00A0–U+02FF (Latin-1 and Latin Extended, so å ä ö) is one column
    /// per scalar, because no combining mark (U+0300 and up) can follow.
    /// Nil when anything else occurs.
    static func narrowOnlyWidth(_ utf8: String.UTF8View) -> Int? {
        var count = 0
        var expectContinuation = false
        var previousLead: UInt8 = 0
        for byte in utf8 {
            if expectContinuation {
                // U+0080–U+009F (C1 controls) are encoded C2 80–C2 9F.
                if previousLead == 0xC2 && byte < 0xA0 { return nil }
                expectContinuation = false
                continue
            }
            if byte >= 0x20 && byte < 0x7F { count += 1; continue }
            if byte >= 0xC2 && byte <= 0xCB {
                previousLead = byte
                expectContinuation = true
                count += 1
                continue
            }
            return nil
        }
        return count
    }

    /// Width of a grapheme made of one scalar.
    static func ofScalar(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x7F { return value >= 0x20 ? 1 : 0 }
        if value < 0xA0 { return 0 }            // DEL and C1 controls
        if value < 0x300 { return 1 }           // Latin-1 and Latin Extended: å ä ö é
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
        for scalar in scalars {
            switch scalar.value {
            case 0xFE0F:   // VS16: emoji presentation requested
                if first.properties.isEmoji { return 2 }
            case 0x200D:   // ZWJ joining emoji
                if first.properties.isEmoji && first.value > 0xFF { return 2 }
            case 0x1F1E6...0x1F1FF:
                regionalIndicators += 1
                if regionalIndicators == 2 { return 2 }
            default:
                break
            }
        }
        return base
    }
}
