import Testing

@testable import LagomCore

@Suite struct TextWidthFastPathTests {
    /// The fast path must agree with measuring grapheme by grapheme, wherever it answers.
    @Test(arguments: [
        "█▀▄ ─│┌┐└┘ ━┃┏┓", "Region Lagomland – vattentrappa … ”citat” • punkt", "‼ ⚠ → ← ↑ ↓ − ⚠\u{FE0F}",
        "‖ 05:00 pausad",
        "Åter 11.20 — åäö ÅÄÖ", "e\u{301}", "❤\u{FE0F}", "→\u{FE0F}", "a\u{200B}b", "x\u{202E}y", "\u{2028}",
        "█\u{0301}",
        "👩‍👩‍👧", "漢字", "…\u{20D7}", "€ ™ ©", "",
    ])
    func fastPathAgreesWithGraphemes(text: String) {
        let slow = text.reduce(0) { $0 + DisplayWidth.of($1) }
        #expect(DisplayWidth.of(text) == slow)
        if let fast = DisplayWidth.narrowOnlyWidth(text.utf8) { #expect(fast == slow) }
    }

    /// Every scalar the fast path accepts is one grapheme of one column on its own, so callers
    /// may walk accepted text scalar by scalar.
    @Test func everyAcceptedScalarIsOneColumn() {
        for value in UInt32(0)...0x2FFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = String(Character(scalar))
            guard let fast = DisplayWidth.narrowOnlyWidth(text.utf8) else { continue }
            #expect(fast == 1 && DisplayWidth.of(text) == 1, "U+\(String(value, radix: 16))")
        }
    }

    @Test func blockAndBoxCharactersTakeTheFastPath() {
        #expect(DisplayWidth.narrowOnlyWidth("██  ██ ─ … – ”".utf8) == 14)
        #expect(DisplayWidth.narrowOnlyWidth("❤\u{FE0F}".utf8) == nil)
        #expect(DisplayWidth.narrowOnlyWidth("a\u{200B}".utf8) == nil)
        #expect(DisplayWidth.narrowOnlyWidth("x\u{202E}".utf8) == nil)
    }
}
