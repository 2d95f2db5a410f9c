import LagomCore
import Testing

@testable import LagomTerminal

/// The start-up refusals are catalogue texts: the same problem named in either language.
@Suite struct TerminalErrorTests {
    static func errno(_ code: Int32) -> Localized { Localized.verbatim("errno \(code)") }

    @Test func eachRefusalIsSaidInTheCommandsLanguage() {
        let input = TerminalError.standardInputNotATerminal.words(Self.errno)
        #expect(input.sv.hasPrefix("Indata (stdin) kommer inte från en terminal. Starta lagom i ett terminalfönster"))
        #expect(input.en.hasPrefix("Standard input is not a terminal."))
        #expect(TerminalError.standardOutputNotATerminal.words(Self.errno).sv.hasPrefix("Utdata (stdout)"))
        #expect(TerminalError.terminalTypeNotSet.words(Self.errno).sv.contains("TERM är inte satt"))
        let unknown = TerminalError.terminalTypeUnknown("vt999").words(Self.errno)
        #expect(unknown.sv.hasPrefix("Terminaltypen TERM=vt999 finns inte"))
        #expect(unknown.en.hasPrefix("The terminal type TERM=vt999 is not known"))
    }

    @Test func aMissingLocaleNamesWhatWasAskedForOrThatNothingWas() {
        let asked = TerminalError.noUTF8Locale(requested: "LANG=sv_SE").words(Self.errno)
        #expect(asked.sv.contains("(miljön ber om LANG=sv_SE), så å, ä och ö kan inte visas"))
        let none = TerminalError.noUTF8Locale(requested: nil).words(Self.errno)
        #expect(none.sv.contains("med UTF-8 och varken LANG, LC_CTYPE eller LC_ALL är satt"))
        #expect(none.en.contains("none of LANG, LC_CTYPE and LC_ALL is set"))
    }

    @Test func aFailedCallNamesTheCallAndTheReasonGiven() {
        let failed = TerminalError.systemCallFailed(call: "pipe()", errno: 24)
        #expect(
            failed.words { _ in Localized(.fileReasonTooManyOpen) }.sv.hasSuffix(
                "pipe() misslyckades: för många filer är öppna."))
        #expect(failed.description == "Could not set up the terminal: pipe() failed: 24.")
    }
}
