import CNcursesw

/// Strings read from the terminfo entry of the running terminal (valid after `newterm`).
enum TerminalCapabilities {
    /// The capability's bytes with terminfo padding (`$<5>`) removed, or [] if absent.
    static func bytes(_ name: String) -> [UInt8] {
        guard let value = lagom_tigetstr(name) else { return [] }
        return withoutPadding(Array(String(cString: value).utf8))
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
