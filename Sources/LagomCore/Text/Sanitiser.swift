/// Makes text that people typed safe to draw on a terminal. Applied when
/// drawing or printing; the raw text stays raw in the session files.
///
/// Rules (the output never contains ESC, a C0/C1 control other than `\n`,
/// DEL or a bidi control, so it cannot move the cursor, change the title,
/// set the clipboard, open hyperlinks or reorder what is shown):
/// - ESC → `^[`; every other C0 control → caret notation (`^H`, `^M`, `^@`);
///   DEL → `^?`. A lone CR is shown (`^M`); CR LF is a line break (`\n`).
/// - TAB → spaces up to the next multiple of 4 columns, counted from the start
///   of the text's line.
/// - C1 controls U+0080–U+009F (incl. 8-bit CSI U+009B) → `<9B>` style, hex.
/// - Bidi embeddings, overrides, isolates and marks (U+202A–202E, U+2066–2069,
///   U+200E, U+200F, U+061C) → a visible inert marker such as `<RLO>`, so
///   nothing is silently reordered or hidden.
/// - U+2028/U+2029 (line/paragraph separator) → `\n`.
/// - Tag characters (U+E0000–U+E007F), invisible letters that can hide text → `<E0041>` style,
///   except in an emoji tag sequence (a subdivision flag: 🏴 and its tags).
/// - At most 8 combining marks per grapheme; extra ones are dropped (zalgo).
///   A grapheme that starts with a mark gets `◌` as its visible base.
/// - Invalid UTF-8 (see `sanitise(bytes:)`) → `�` (U+FFFD).
/// The result is stable: sanitising sanitised text changes nothing.
public enum Sanitiser {
    public static let maxCombiningMarks = 8
    /// What a line break becomes in `sanitiseSingleLine`.
    public static let newlineMarker = "⏎"
    static let tabStop = 4

    public static func sanitise(_ s: String) -> String {
        if isAlreadySafe(s) { return s }
        return rebuild(s, singleLine: false)
    }

    /// For one-line widgets (list rows, table cells, titles): like `sanitise`,
    /// and every line break becomes `⏎` so it stays visible.
    public static func sanitiseSingleLine(_ s: String) -> String {
        if isAlreadySafe(s, allowNewline: false) { return s }
        return rebuild(s, singleLine: true)
    }

    /// Decodes bytes as UTF-8 (each invalid sequence becomes `�`) and sanitises.
    public static func sanitise(bytes: [UInt8]) -> String {
        sanitise(String(decoding: bytes, as: UTF8.self))
    }

    /// Fast path: text that `rebuild` would return unchanged. Plain Swedish
    /// text (precomposed å ä ö) and ordinary emoji (❤️ carries VS16, a mark)
    /// pass without any rebuilding.
    static func isAlreadySafe(_ s: String, allowNewline: Bool = true) -> Bool {
        if DisplayWidth.narrowOnlyWidth(s.utf8) != nil { return true }
        // A mark is safe when a base precedes it in the same grapheme and the
        // run of marks stays within the limit. The run is only reset by
        // scalars below U+0300, which always start a grapheme, so it may
        // over-count (sending harmless text to the slow path) but never under-count.
        var marksInRun = 0
        var atGraphemeStart = true
        for scalar in s.unicodeScalars {
            let value = scalar.value
            if value < 0x300 {
                if value < 0x20 && !(allowNewline && value == 0x0A) { return false }
                if value >= 0x7F && value < 0xA0 { return false }
                atGraphemeStart = value == 0x0A
                marksInRun = 0
                continue
            }
            if isCertainlyPlain(value) { atGraphemeStart = false; continue }
            if value == 0x2028 || value == 0x2029 || bidiMarkerName(value) != nil || isTagCharacter(value) {
                return false
            }
            let category = scalar.properties.generalCategory
            switch category {
            case .nonspacingMark, .spacingMark, .enclosingMark:
                marksInRun += 1
                if atGraphemeStart || marksInRun > maxCombiningMarks { return false }
                atGraphemeStart = false
            case .format:
                // Most format characters end a grapheme, so a mark after them
                // would stand alone (ZWJ and ZWNJ join instead).
                atGraphemeStart = value != 0x200D && value != 0x200C
            default:
                atGraphemeStart = false
            }
        }
        return true
    }

    /// CJK ideographs, Hangul syllables and emoji pictographs: no marks, no
    /// controls, so no property lookup is needed.
    private static func isCertainlyPlain(_ value: UInt32) -> Bool {
        (0x3400...0x9FFF).contains(value) || (0xAC00...0xD7A3).contains(value) || (0x1F300...0x1FAFF).contains(value)
    }

    static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    static func bidiMarkerName(_ value: UInt32) -> String? {
        switch value {
        case 0x061C: "ALM"
        case 0x200E: "LRM"
        case 0x200F: "RLM"
        case 0x202A: "LRE"
        case 0x202B: "RLE"
        case 0x202C: "PDF"
        case 0x202D: "LRO"
        case 0x202E: "RLO"
        case 0x2066: "LRI"
        case 0x2067: "RLI"
        case 0x2068: "FSI"
        case 0x2069: "PDI"
        default: nil
        }
    }

    static func rebuild(_ s: String, singleLine: Bool) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count + 16)
        var column = 0  // display column within the current line, for tab stops

        func newline() {
            if singleLine { out += newlineMarker; column += 1 } else { out += "\n"; column = 0 }
        }
        func emit(_ text: String) {
            out += text
            column += DisplayWidth.of(text)
        }

        for grapheme in s {
            if grapheme == "\n" || grapheme == "\r\n" { newline(); continue }
            var kept = String.UnicodeScalarView()
            var marks = 0
            for scalar in grapheme.unicodeScalars {
                let value = scalar.value
                if value == 0x09 {
                    flush(&kept, into: &out, column: &column)
                    let spaces = tabStop - column % tabStop
                    out += String(repeating: " ", count: spaces)
                    column += spaces
                } else if value < 0x20 || value == 0x7F {
                    flush(&kept, into: &out, column: &column)
                    emit(caretNotation(value))
                } else if value >= 0x80 && value < 0xA0 {
                    flush(&kept, into: &out, column: &column)
                    emit("<" + hex(value) + ">")
                } else if value == 0x2028 || value == 0x2029 {
                    flush(&kept, into: &out, column: &column)
                    newline()
                } else if let name = bidiMarkerName(value) {
                    flush(&kept, into: &out, column: &column)
                    emit("<" + name + ">")
                } else if isTagCharacter(value) && grapheme.unicodeScalars.first?.value != 0x1F3F4 {
                    // Invisible letters that can carry hidden text: shown, except in a flag (🏴 + tags).
                    flush(&kept, into: &out, column: &column)
                    emit("<" + String(value, radix: 16, uppercase: true) + ">")
                } else if isMark(scalar) {
                    if kept.isEmpty { kept.append("\u{25CC}") }  // ◌: a visible base for a lone mark
                    marks += 1
                    if marks <= maxCombiningMarks { kept.append(scalar) }
                } else {
                    kept.append(scalar)
                }
            }
            flush(&kept, into: &out, column: &column)
        }
        return out
    }

    private static func flush(_ kept: inout String.UnicodeScalarView, into out: inout String, column: inout Int) {
        guard !kept.isEmpty else { return }
        let text = String(kept)
        out += text
        column += DisplayWidth.of(text)
        kept = String.UnicodeScalarView()
    }

    static func caretNotation(_ value: UInt32) -> String {
        if value == 0x7F { return "^?" }
        return "^" + String(Character(Unicode.Scalar(UInt8(value + 0x40))))
    }

    static func hex(_ value: UInt32) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(value >> 4) & 0xF], digits[Int(value) & 0xF]])
    }
}
