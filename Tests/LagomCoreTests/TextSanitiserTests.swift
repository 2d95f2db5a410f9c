import Testing

@testable import LagomCore

@Suite("Sanitiser")
struct TextSanitiserTests {
    /// Nothing in the output may drive the terminal or reorder text.
    static func violations(in s: String, allowNewline: Bool) -> [String] {
        var found: [String] = []
        for scalar in s.unicodeScalars {
            let v = scalar.value
            let isBidi =
                [0x061C, 0x200E, 0x200F].contains(v) || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
            if v == 0x0A && allowNewline { continue }
            if v < 0x20 || v == 0x7F || (0x80...0x9F).contains(v) || isBidi || v == 0x2028 || v == 0x2029 {
                found.append("U+" + String(v, radix: 16, uppercase: true))
            }
        }
        return found
    }

    @Test(arguments: HostileText.corpus.map(\.name))
    func hostileCorpusComesOutInert(name: String) {
        let text = HostileText.corpus.first { $0.name == name }!.text
        let clean = Sanitiser.sanitise(text)
        #expect(Self.violations(in: clean, allowNewline: true).isEmpty, "\(name): \(clean)")
        let single = Sanitiser.sanitiseSingleLine(text)
        #expect(Self.violations(in: single, allowNewline: false).isEmpty, "\(name): \(single)")
        #expect(!single.contains("\n"))
        #expect(Sanitiser.sanitise(clean) == clean, "sanitising twice changes \(name)")
        #expect(Sanitiser.sanitiseSingleLine(single) == single, "single-line twice changes \(name)")
        for grapheme in clean {
            let marks = grapheme.unicodeScalars.filter {
                [.nonspacingMark, .spacingMark, .enclosingMark].contains($0.properties.generalCategory)
            }.count
            #expect(marks <= Sanitiser.maxCombiningMarks, "\(name): \(marks) marks")
        }
    }

    static let exactRows: [(String, String, String)] = [
        ("plain", "Fika på fredag", "Fika på fredag"),
        ("newline kept", "rad ett\nrad två", "rad ett\nrad två"),
        ("CRLF is a newline", "a\r\nb", "a\nb"),
        ("lone CR shown", "a\rb", "a^Mb"),
        ("ESC", "\u{1B}[2J", "^[[2J"),
        ("BS", "ab\u{08}c", "ab^Hc"),
        ("NUL", "\u{00}", "^@"),
        ("BEL", "\u{07}", "^G"),
        ("DEL", "x\u{7F}", "x^?"),
        ("C1 CSI", "\u{9B}2J", "<9B>2J"),
        ("C1 NEL", "a\u{85}b", "a<85>b"),
        ("RLO", "abc\u{202E}fdp.exe", "abc<RLO>fdp.exe"),
        ("RLI PDI", "\u{2067}x\u{2069}", "<RLI>x<PDI>"),
        ("LRM RLM ALM", "\u{200E}\u{200F}\u{061C}", "<LRM><RLM><ALM>"),
        ("tab at start", "\tx", "    x"),
        ("tab to next stop", "ab\tc", "ab  c"),
        ("tab on a stop", "abcd\te", "abcd    e"),
        ("tab after newline", "abc\n\tx", "abc\n    x"),
        ("tab after wide", "中\tx", "中  x"),
        ("line separator", "a\u{2028}b", "a\nb"),
        ("lone mark gets a base", "\u{0301}x", "\u{25CC}\u{0301}x"),
        ("decomposed kept", "a\u{030A}", "a\u{030A}"),
        ("emoji kept", "👩‍👩‍👧 ❤️ 🇸🇪", "👩‍👩‍👧 ❤️ 🇸🇪"),
    ]

    @Test(arguments: exactRows)
    func exact(_ row: (String, String, String)) {
        #expect(Sanitiser.sanitise(row.1) == row.2, "\(row.0)")
    }

    @Test func singleLineMarksLineBreaks() {
        #expect(Sanitiser.sanitiseSingleLine("a\nb\r\nc\u{2029}d") == "a⏎b⏎c⏎d")
        #expect(Sanitiser.sanitiseSingleLine("Hej") == "Hej")
    }

    @Test func zalgoKeepsEightMarks() {
        let zalgo = "e" + String(repeating: "\u{0301}", count: 20)
        let clean = Sanitiser.sanitise(zalgo)
        #expect(clean == "e" + String(repeating: "\u{0301}", count: 8))
        #expect(clean.count == 1)
    }

    @Test func invalidUTF8BecomesReplacementCharacters() {
        let clean = Sanitiser.sanitise(bytes: HostileText.invalidUTF8)
        #expect(clean.hasPrefix("f\u{FFFD}("))
        #expect(clean.hasSuffix("^[[2J"))
        #expect(!clean.unicodeScalars.contains { $0.value == 0x1B })
        #expect(Sanitiser.sanitise(bytes: Array("Åsa".utf8)) == "Åsa")
    }
}

@Suite("Sanitiser fast path")
struct TextSanitiserFastPathTests {
    static let samples: [String] =
        HostileText.corpus.map(\.text) + [
            "Fika på fredag", "❤️ kollegor 中文", "e\u{301}", "\u{301}", "a\n\u{301}", "\u{200B}\u{301}",
            "\u{200D}\u{301}", "\u{0600}\u{301}", "😀\u{301}", "中\u{301}", "x" + String(repeating: "\u{301}", count: 8),
            "x" + String(repeating: "\u{301}", count: 9), "x" + String(repeating: "\u{301}\u{200D}", count: 9),
            "👩‍👩‍👧", "🇸🇪", "1️⃣", "\u{FEFF}hej", "ok\u{2028}", "ÿ\u{9F}",
        ]

    /// Whatever the fast path lets through must be exactly what the slow path would produce.
    @Test(arguments: samples)
    func fastPathAgreesWithRebuild(_ text: String) {
        if Sanitiser.isAlreadySafe(text) {
            #expect(Sanitiser.rebuild(text, singleLine: false) == text)
        }
        if Sanitiser.isAlreadySafe(text, allowNewline: false) {
            #expect(Sanitiser.rebuild(text, singleLine: true) == text)
        }
    }

    @Test func commonTextTakesTheFastPath() {
        #expect(Sanitiser.isAlreadySafe("Åsa, Örjan och Märta: fika ❤️ 中文 👩‍👩‍👧 🇸🇪"))
        #expect(Sanitiser.isAlreadySafe("rad ett\nrad två"))
        #expect(!Sanitiser.isAlreadySafe("rad ett\nrad två", allowNewline: false))
    }
}
