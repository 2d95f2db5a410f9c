import CNcursesw

/// Strings read from the terminfo entry of the running terminal (valid after `newterm`).
enum TerminalCapabilities {
    /// The capability's bytes with terminfo padding (`$<5>`) removed, or [] if absent.
    static func bytes(_ name: String) -> [UInt8] {
        guard let value = lagom_tigetstr(name) else { return [] }
        return withoutPadding(Array(String(cString: value).utf8))
    }

    /// A boolean capability such as `xenl`.
    static func flag(_ name: String) -> Bool { tigetflag(name) > 0 }

    /// A string capability with one or two numeric parameters filled in (`setaf`, `cup`), padding
    /// removed; [] if absent.
    static func formatted(_ name: String, _ a: Int32, _ b: Int32? = nil) -> [UInt8] {
        guard let template = lagom_tigetstr(name) else { return [] }
        let value = b.map { lagom_tiparm2(template, a, $0) } ?? lagom_tiparm1(template, a)
        guard let value else { return [] }
        return withoutPadding(Array(String(cString: value).utf8))
    }

    /// What the frame encoder sends (valid after `newterm`). Colours only where the terminal has
    /// eight or more and `start_color` worked.
    static func frameStrings(colors: Bool, defaultColors: Bool) -> FrameEncoder.Strings {
        let ansiForeground = (0..<8).map { Array("\u{1B}[3\($0)m".utf8) }
        let foreground = colors ? (Int32(0)..<8).map { formatted("setaf", $0) } : []
        let background = colors ? (Int32(0)..<8).map { formatted("setab", $0) } : []
        let speaksANSI = colors && foreground == ansiForeground
        let cup = lagom_tigetstr("cup").map { String(cString: $0) }
        // Attributes the ANSI way (or absent), so they can be combined into one SGR.
        let ansiAttributes = [("bold", "1"), ("dim", "2"), ("smul", "4"), ("rev", "7")].allSatisfy { name, code in
            let value = bytes(name)
            return value.isEmpty || value == Array("\u{1B}[\(code)m".utf8)
        }
        return FrameEncoder.Strings(
            clear: bytes("clear"), resetAttributes: bytes("sgr0"),
            bold: bytes("bold"), dim: bytes("dim"), underline: bytes("smul"), reverse: bytes("rev"),
            foreground: foreground.contains([]) ? [] : foreground,
            background: background.contains([]) ? [] : background,
            defaultForeground: speaksANSI ? Array("\u{1B}[39m".utf8) : [],
            defaultBackground: speaksANSI ? Array("\u{1B}[49m".utf8) : [],
            originalPair: bytes("op"), combinesRendition: speaksANSI && ansiAttributes,
            hasDefaultColors: defaultColors,
            cursorAddress: cup == "\u{1B}[%i%p1%d;%p2%dH" ? .ansi : .terminfo({ formatted("cup", $0, $1) }),
            writesBottomRight: !flag("am") || flag("xenl"))
    }

    /// The key code ncurses gave the sequence of an extended key capability such as
    /// `kLFT3` (Alt-Left), if it defined one.
    static func keyCode(_ name: String) -> Int32? {
        guard let sequence = lagom_tigetstr(name) else { return nil }
        let code = key_defined(sequence)
        return code > 0 ? code : nil
    }

    /// Bytes that put the terminal back the way the shell expects it, for the crash
    /// and exit paths that cannot call ncurses: reset attributes, show the cursor, stop
    /// bracketed paste, leave keypad mode and the alternate screen.
    static func resetSequence(bracketedPasteOff: [UInt8]) -> [UInt8] {
        bytes("sgr0") + bytes("cnorm") + bracketedPasteOff + bytes("rmkx") + bytes("rmcup")
    }

    static func bracketedPasteOn() -> [UInt8] {
        let fromTerminfo = bytes("BE")
        return fromTerminfo.isEmpty ? Array("\u{1B}[?2004h".utf8) : fromTerminfo
    }

    static func bracketedPasteOff() -> [UInt8] {
        let fromTerminfo = bytes("BD")
        return fromTerminfo.isEmpty ? Array("\u{1B}[?2004l".utf8) : fromTerminfo
    }

    static func withoutPadding(_ bytes: [UInt8]) -> [UInt8] {
        var result: [UInt8] = []
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "$"), index + 1 < bytes.count,
                bytes[index + 1] == UInt8(ascii: "<"),
                let close = bytes[(index + 2)...].firstIndex(of: UInt8(ascii: ">"))
            {
                index = close + 1
            } else {
                result.append(bytes[index])
                index += 1
            }
        }
        return result
    }
}
