import LagomCore

/// Wrapping and truncation measured in terminal columns (`DisplayWidth`).
/// Both sanitise their input first, so raw text from files can be passed in.
public enum TextLayout {
    public static let ellipsis = "…"

    /// Lines of at most `width` columns, broken at spaces; a word longer than
    /// a line is broken between graphemes. Explicit newlines are kept (an
    /// empty line stays an empty line). Spaces at a wrap point are dropped.
    /// A single grapheme wider than `width` gets a line of its own.
    public static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        let clean = Sanitiser.sanitise(text)
        var lines: [String] = []
        for paragraph in clean.split(separator: "\n", omittingEmptySubsequences: false) {
            wrapParagraph(paragraph, width: width, into: &lines)
        }
        return lines
    }

    /// The text cut to at most `width` columns, ending in `…` when cut.
    /// Line breaks show as `⏎` (one line). Never splits a wide grapheme.
    public static func truncate(_ text: String, width: Int) -> String {
        guard width > 0 else { return "" }
        let clean = Sanitiser.sanitiseSingleLine(text)
        if DisplayWidth.of(clean) <= width { return clean }
        var out = ""
        var used = 0
        for grapheme in clean {
            let w = DisplayWidth.of(grapheme)
            if used + w > width - 1 { break }
            out.append(grapheme)
            used += w
        }
        return out + ellipsis
    }

    /// The text marked as continuing: `…` appended, cutting the text if needed
    /// so the result stays within `width` columns.
    public static func withEllipsis(_ text: String, width: Int) -> String {
        guard width > 0 else { return "" }
        let clean = Sanitiser.sanitiseSingleLine(text)
        if DisplayWidth.of(clean) + 1 <= width { return clean + ellipsis }
        return truncate(clean + ellipsis + ellipsis, width: width)
    }

    /// Truncated, then padded with spaces to exactly `width` columns.
    public static func fit(_ text: String, width: Int, alignment: Alignment = .left) -> String {
        let cut = truncate(text, width: width)
        let pad = max(0, width - DisplayWidth.of(cut))
        switch alignment {
        case .left: return cut + String(repeating: " ", count: pad)
        case .right: return String(repeating: " ", count: pad) + cut
        case .center:
            return String(repeating: " ", count: pad / 2) + cut + String(repeating: " ", count: pad - pad / 2)
        }
    }

    private static func wrapParagraph(_ paragraph: Substring, width: Int, into lines: inout [String]) {
        var line = ""
        var lineWidth = 0
        var pendingSpaces = 0  // spaces between the line and the next word
        var word = ""
        var wordWidth = 0
        var emitted = false

        func emitLine() {
            lines.append(line)
            line = ""
            lineWidth = 0
            pendingSpaces = 0
            emitted = true
        }
        func placeWord() {
            guard !word.isEmpty else { return }
            if lineWidth + pendingSpaces + wordWidth <= width {
                line += String(repeating: " ", count: pendingSpaces) + word
                lineWidth += pendingSpaces + wordWidth
            } else {
                if lineWidth > 0 { emitLine() }
                pendingSpaces = 0
                // Too long for any line: break it by graphemes.
                for grapheme in word {
                    let w = DisplayWidth.of(grapheme)
                    if lineWidth + w > width && lineWidth > 0 { emitLine() }
                    line.append(grapheme)
                    lineWidth += w
                }
            }
            pendingSpaces = 0
            word = ""
            wordWidth = 0
        }

        for grapheme in paragraph {
            if grapheme == " " {
                placeWord()
                // Leading indentation of a paragraph is kept; spaces at wrap points are not.
                if lineWidth == 0 && emitted { continue }
                pendingSpaces += 1
                if lineWidth == 0 && !emitted && pendingSpaces <= width {
                    line += " "
                    lineWidth += 1
                    pendingSpaces = 0
                }
            } else {
                word.append(grapheme)
                wordWidth += DisplayWidth.of(grapheme)
            }
        }
        placeWord()
        if lineWidth > 0 || !emitted { lines.append(line) }
    }
}

/// Where text sits in a cell wider than itself.
public enum Alignment: Hashable, Sendable {
    case left, right, center
}
