import LagomUI
import Testing

@testable import LagomTerminal

@Suite struct GraphemeEncodingTests {
    @Test(
        arguments: [
            ("å", [0xE5]),
            ("a\u{30A}", [0x61, 0x30A]),
            ("漢", [0x6F22]),
            ("❤️", [0x2764, 0xFE0F]),
            ("", [0x20]),
        ] as [(String, [Int32])])
    func clusterANcursesCellHoldsGoesIntoOneCell(grapheme: String, expected: [Int32]) {
        #expect(GraphemeEncoding.wideCharacters(for: grapheme) == expected)
    }

    /// What ncurses would cut (it keeps only zero-width scalars after the first) is never
    /// handed to it: the cell shows what `CellGrapheme` decided, never a dangling joiner.
    @Test(
        arguments: [
            ("👩‍👩‍👧", [0x1F469]),
            ("👨‍👩‍👧‍👦", [0x1F468]),
            ("👍🏽", [0x1F44D]),
            ("🏳️‍🌈", [0x1F3F3, 0xFE0F]),
        ] as [(String, [Int32])])
    func clusterNcursesWouldCutIsItsBase(grapheme: String, expected: [Int32]) {
        #expect(GraphemeEncoding.wideCharacters(for: grapheme) == expected)
    }

    @Test(arguments: ["\u{1B}", "\u{7}", "\u{9B}", "\u{301}", "\u{200D}", "ab"])
    func controlsLoneMarksAndSeveralGraphemesAreReplaced(grapheme: String) {
        #expect(GraphemeEncoding.wideCharacters(for: grapheme) == [0xFFFD])
    }

    /// The grid's limit is this ncurses' own.
    @Test func cellGraphemeLimitIsNcursesLimit() {
        #expect(CellGrapheme.maxScalars == GraphemeEncoding.scalarsPerCell)
    }
}

@Suite struct StyleMappingTests {
    @Test func attributesFollowTheStyle() {
        #expect(AttributeFlags(Style()) == [])
        #expect(AttributeFlags(Style(bold: true, underline: true)) == [.bold, .underline])
        #expect(AttributeFlags(Style(reverse: true, dim: true)) == [.reverse, .dim])
    }

    /// A stroke of big type is a space in its own text colour: the terminal leaves out the colour
    /// nobody sees, so a change from a blank is one SGR. Text, underlined or reversed spaces keep theirs.
    @Test func aPaintedSpaceIsDrawnWithoutItsInvisibleTextColour() {
        let stroke = Style(foreground: .white, background: .white)
        #expect(stroke.asSpace == Style(foreground: .terminalDefault, background: .white))
        for kept in [
            Style(foreground: .white, background: .black, bold: true), Style(),
            Style(foreground: .white, background: .white, underline: true),
            Style(foreground: .red, background: .red, reverse: true),
        ] {
            #expect(kept.asSpace == kept)
        }
    }
}

@Suite struct TerminalSupportTests {
    @Test(arguments: [("UTF-8", true), ("utf8", true), ("ANSI_X3.4-1968", false), ("ISO-8859-1", false), ("", false)])
    func utf8Codesets(codeset: String, isUTF8: Bool) {
        #expect(LocaleSetup.isUTF8(codeset: codeset) == isUTF8)
    }

    @Test func terminfoPaddingIsRemoved() {
        let bytes = Array("\u{1B}[?5h$<100/>\u{1B}[?5l".utf8)
        #expect(TerminalCapabilities.withoutPadding(bytes) == Array("\u{1B}[?5h\u{1B}[?5l".utf8))
    }

    @Test func pollTimeoutRoundsUpAndNeverGoesNegative() {
        let clock = ContinuousClock()
        let now = clock.now
        #expect(Terminal.pollTimeout(until: now + .microseconds(1500), now: now) == 2)
        #expect(Terminal.pollTimeout(until: now + .seconds(3), now: now) == 3000)
        #expect(Terminal.pollTimeout(until: now - .seconds(1), now: now) == 0)
    }

    @Test func signalsMapToWakeReasons() {
        #expect(Terminal.reason(forSignal: 2) == .quitRequested(.interrupt))
        #expect(Terminal.reason(forSignal: 15) == .quitRequested(.terminate))
        #expect(Terminal.reason(forSignal: 1) == .quitRequested(.hangup))
        #expect(Terminal.reason(forSignal: 28) == .input)  // SIGWINCH: a resize is waiting
    }

    @Test func everyStartUpErrorNamesTheProblem() {
        #expect(TerminalError.terminalTypeUnknown("vt999").description.contains("TERM=vt999"))
        #expect(TerminalError.noUTF8Locale(requested: "LANG=sv_SE.UTF-8").description.contains("LANG=sv_SE.UTF-8"))
        #expect(TerminalError.standardInputNotATerminal.description.contains("Standard input"))
    }
}

@Suite struct WaitDescriptorsTests {
    /// A descriptor `wait` called invalid is not passed again: poll would report it at once,
    /// forever.
    @Test func anInvalidDescriptorIsNotPassedAgain() {
        var descriptors = WaitDescriptors([7, 9])
        descriptors.drop(invalidIn: [.input, .descriptor(9), .timeout])
        #expect(descriptors.open == [7, 9] && !descriptors.lostAny)
        descriptors.drop(invalidIn: [.input, .invalidDescriptor(7)])
        #expect(descriptors.open == [9] && descriptors.lostAny)
    }
}
