/// JSON for programs keeps people's text raw, but not raw on a terminal: `lagom export` and
/// `note list --json` go to stdout, where U+009B (8-bit CSI) or U+202E (RLO) would steer the
/// terminal or reorder what is shown. Every scalar the sanitiser would make inert is written
/// as a `\uXXXX` escape instead, so a program decoding the JSON gets the same text back.
extension Sanitiser {
    /// `json` (an encoder's output) with every scalar that could drive a terminal escaped.
    /// Such scalars can only occur inside JSON strings, where the escape means the same text.
    public static func escapingForTerminal(json: String) -> String {
        guard json.unicodeScalars.contains(where: { needsEscapeOnTerminal($0.value) }) else { return json }
        var out = String.UnicodeScalarView()
        for scalar in json.unicodeScalars {
            guard needsEscapeOnTerminal(scalar.value) else { out.append(scalar); continue }
            for unit in String(scalar).utf16 {  // a scalar above U+FFFF becomes its surrogate pair
                out.append(contentsOf: "\\u".unicodeScalars)
                out.append(contentsOf: hex4(unit).unicodeScalars)
            }
        }
        return String(out)
    }

    /// Whether a JSON encoder writes `text` as it is between its quotes and `escapingForTerminal(json:)`
    /// leaves it so: no quote, backslash or C0 control, nothing `needsEscapeOnTerminal`. Such text (å ä ö
    /// included) can be written without an encoder (`lagom export`'s stream).
    public static func isPlainJSONString(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy {
            $0.value >= 0x20 && $0 != "\"" && $0 != "\\" && !needsEscapeOnTerminal($0.value)
        }
    }

    /// The scalars that `sanitise` replaces (DEL, C1, bidi controls, line and paragraph
    /// separators, C0 controls an encoder left raw) and tag characters. A raw line feed, tab or
    /// CR is the layout of pretty-printed JSON (inside strings the encoder escapes them).
    static func needsEscapeOnTerminal(_ value: UInt32) -> Bool {
        (value < 0x20 && value != 0x0A && value != 0x09 && value != 0x0D) || (0x7F...0x9F).contains(value)
            || value == 0x2028 || value == 0x2029
            || bidiMarkerName(value) != nil || isTagCharacter(value)
    }

    /// The Tags block (U+E0000–U+E007F): invisible letters that can carry hidden text.
    static func isTagCharacter(_ value: UInt32) -> Bool { (0xE0000...0xE007F).contains(value) }

    private static func hex4(_ unit: UInt16) -> String {
        hex(UInt32(unit >> 8)) + hex(UInt32(unit & 0xFF))
    }
}
