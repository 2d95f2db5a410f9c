import Testing

@testable import LagomUI

/// The ranking measures a block's height with a fast path; it must agree with how the text is
/// wrapped and drawn, or a page overflows (text measured as one line drawn as two).
@Suite struct RankingLineCountTests {
    @Test(arguments: [
        ("a\tb", 4),  // the tab is drawn up to column 4: 5 columns
        ("ab\u{7}", 3),  // BEL is drawn ^G: 4 columns
        ("\u{202E}ab", 6),  // RLO is drawn <RLO>: 7 columns
        ("a\r\nb", 8),  // CR LF is one Character, and a line break
        ("a\u{2028}b", 8),  // LINE SEPARATOR breaks the line
        ("漢字漢字", 6),  // 12 bytes but 8 columns
        ("kort", 10),
        ("", 4),
    ])
    func fastPathAgreesWithTheWrappedText(text: String, width: Int) {
        #expect(RankingLayout.lineCount(text, width: width) == max(1, TextLayout.wrap(text, width: width).count))
    }
}
