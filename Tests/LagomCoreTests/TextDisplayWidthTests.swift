import Testing

@testable import LagomCore

@Suite("DisplayWidth")
struct TextDisplayWidthTests {
    static let graphemeRows: [(String, Int, String)] = [
        ("a", 1, "ASCII letter"),
        (" ", 1, "space"),
        ("~", 1, "tilde"),
        ("å", 1, "å precomposed"),
        ("ä", 1, "ä precomposed"),
        ("ö", 1, "ö precomposed"),
        ("Å", 1, "Å precomposed"),
        ("a\u{030A}", 1, "a + combining ring"),
        ("o\u{0308}", 1, "o + combining diaeresis"),
        ("é", 1, "é"),
        ("×", 1, "multiplication sign"),
        ("€", 1, "euro"),
        ("…", 1, "ellipsis (ambiguous)"),
        ("█", 1, "full block (ambiguous)"),
        ("─", 1, "box drawing (ambiguous)"),
        ("⏎", 1, "return symbol"),
        ("⚠", 1, "warning sign, text presentation"),
        ("‼", 1, "double exclamation, text presentation"),
        ("中", 2, "CJK ideograph"),
        ("語", 2, "CJK ideograph"),
        ("あ", 2, "hiragana"),
        ("カ", 2, "katakana"),
        ("한", 2, "Hangul syllable"),
        ("\u{1112}\u{1161}\u{11AB}", 2, "Hangul jamo sequence"),
        ("Ａ", 2, "fullwidth A"),
        ("。", 2, "ideographic full stop"),
        ("𠀋", 2, "CJK extension B"),
        ("😀", 2, "emoji presentation"),
        ("🎉", 2, "party popper"),
        ("👍🏽", 2, "emoji + skin tone"),
        ("❤️", 2, "heart + VS16"),
        ("❤", 1, "heart, text presentation"),
        ("☺️", 2, "smiley + VS16"),
        ("©️", 2, "copyright + VS16"),
        ("1️⃣", 2, "keycap one"),
        ("👩‍👩‍👧", 2, "ZWJ family"),
        ("👩🏽‍💻", 2, "ZWJ technologist with skin tone"),
        ("🏳️‍🌈", 2, "rainbow flag ZWJ"),
        ("🇸🇪", 2, "flag of Sweden"),
        ("🇺🇳", 2, "flag UN"),
        ("\u{1F1F8}", 1, "lone regional indicator"),
        ("\u{0301}", 0, "lone combining acute"),
        ("\u{20DD}", 0, "lone enclosing circle"),
        ("\u{200B}", 0, "zero width space"),
        ("\u{200D}", 0, "lone ZWJ"),
        ("\u{FEFF}", 0, "BOM"),
        ("\u{00}", 0, "NUL"),
        ("\u{1B}", 0, "ESC"),
        ("\u{7F}", 0, "DEL"),
        ("\u{9B}", 0, "C1 CSI"),
        ("\n", 0, "newline"),
        ("\r\n", 0, "CR LF"),
        ("\t", 0, "tab (sanitised away before measuring)"),
    ]

    @Test(arguments: graphemeRows)
    func grapheme(_ row: (String, Int, String)) {
        let (text, expected, name) = row
        #expect(text.count == 1, "\(name) must be one grapheme")
        #expect(DisplayWidth.of(Character(text)) == expected, "\(name)")
    }

    static let stringRows: [(String, Int)] = [
        ("", 0),
        ("Hej", 3),
        ("Fika på fredag", 14),
        ("Gör fönstret större", 19),
        ("a\u{030A}a\u{0308}o\u{0308}", 3),
        ("中文", 4),
        ("ok 👍", 5),
        ("❤️❤️", 4),
        ("👩‍👩‍👧 hej", 6),
        ("🇸🇪🇳🇴", 4),
        ("Zalgo\u{0301}\u{0301}\u{0301}", 5),
        ("a\u{85}b\u{9F}", 2),
        ("\u{A0}ÿĀžɏ˿", 6),
        ("e\u{301}", 1),
        ("tab\there", 7),
    ]

    @Test(arguments: stringRows)
    func string(_ row: (String, Int)) {
        #expect(DisplayWidth.of(row.0) == row.1, "\(row.0)")
    }

    @Test func stringIsSumOfGraphemes() {
        let mixed = "Åsa 中 ❤️ 👩‍👩‍👧 e\u{301} 🇸🇪 end"
        #expect(DisplayWidth.of(mixed) == mixed.reduce(0) { $0 + DisplayWidth.of($1) })
    }

    /// The table is generated (Scripts/generate-east-asian-wide.py) and names its Unicode version;
    /// these are what glibc's wcwidth, and so the terminal, counts for them.
    @Test func generatedWideTableAgreesWithTheTerminalOnKnownCharacters() {
        #expect(!EastAsianWide.unicodeVersion.isEmpty)
        let rows: [(Unicode.Scalar, Int)] = [
            ("中", 2), ("あ", 2), ("가", 2), ("\u{3000}", 2), ("\u{2329}", 2), ("Ａ", 2), ("ｶ", 1),
            ("\u{3099}", 0), ("⚠", 1), ("⏱", 1), ("å", 1), ("\u{20000}", 2), ("\u{2A6E0}", 2),
        ]
        for (scalar, width) in rows {
            #expect(DisplayWidth.ofScalar(scalar) == width, "U+\(String(scalar.value, radix: 16, uppercase: true))")
        }
    }

    @Test func wideTableIsSortedAndDisjoint() {
        let ranges = EastAsianWide.ranges
        for (a, b) in zip(ranges, ranges.dropFirst()) {
            #expect(a.upperBound < b.lowerBound, "\(a) overlaps or precedes \(b)")
        }
    }
}
