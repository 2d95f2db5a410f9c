/// Text built to attack a terminal or fool a reader: for tests and demo data.
/// Every entry must come out of `Sanitiser` with no ESC, no C0/C1 control
/// (other than `\n`) and no bidi control.
public enum HostileText {
    public static let corpus: [(name: String, text: String)] = [
        ("CSI clear screen", "Fika\u{1B}[2J\u{1B}[Hklockan tre"),
        ("CSI cursor move and colour", "\u{1B}[31;1mRÖD\u{1B}[0m \u{1B}[10;10Hflyttad"),
        ("OSC 0 window title (BEL)", "\u{1B}]0;Kapad titel\u{07}anteckning"),
        ("OSC 2 window title (ST)", "\u{1B}]2;Kapad titel\u{1B}\\anteckning"),
        ("OSC 8 hyperlink", "\u{1B}]8;;https://example.invalid/\u{1B}\\Klicka här\u{1B}]8;;\u{1B}\\"),
        ("OSC 52 clipboard write", "\u{1B}]52;c;cm0gLXJmIH4K\u{07}kopiera inte"),
        ("DCS device control", "\u{1B}P1$r0m\u{1B}\\efter DCS"),
        ("8-bit CSI", "\u{9B}2J\u{9B}31m8-bit\u{9C}"),
        ("8-bit OSC and NEL", "\u{9D}0;titel\u{9C}rad\u{85}nästa"),
        ("CR overwrite", "Allt är bra\rAllt är DÅLIGT"),
        ("BS overwrite", "Ja\u{08}\u{08}Nej"),
        ("NUL and BEL", "tyst\u{00}\u{07}pling"),
        ("DEL", "radera\u{7F}\u{7F}"),
        ("RLO reversed extension", "faktura\u{202E}fdp.exe"),
        ("bidi isolates and marks", "\u{2067}abc\u{2069}\u{200F}\u{200E}\u{061C}\u{202A}x\u{202C}"),
        (
            "zalgo",
            "Z" + String(repeating: "\u{0301}\u{0316}\u{0324}", count: 12) + "algo"
                + String(repeating: "\u{0489}", count: 30)
        ),
        ("lone combining mark", "\u{0301}\u{0308} först"),
        ("tab and form feed", "a\tbb\tccc\u{0C}d"),
        ("line separators", "rad ett\u{2028}rad två\u{2029}stycke"),
        (
            "invalid UTF-8",
            String(decoding: [0x66, 0xC3, 0x28, 0xFF, 0xE2, 0x82, 0x61, 0xED, 0xA0, 0x80], as: UTF8.self)
        ),
    ]

    /// Raw bytes that are not valid UTF-8, for `Sanitiser.sanitise(bytes:)`.
    public static let invalidUTF8: [UInt8] = [
        0x66, 0xC3, 0x28, 0xFF, 0xE2, 0x82, 0x61, 0xED, 0xA0, 0x80, 0x1B, 0x5B, 0x32, 0x4A,
    ]
}
