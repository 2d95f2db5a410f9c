import Testing

@testable import LagomCore

/// The command line's last resort for an error with no words of its own: a sentence of the
/// command's language around the error's type name, never the error's English description.
@Suite struct UnexpectedErrorTextTests {
    @Test func saysTheTypeInSwedish() {
        let text = Localized(.cliUnexpectedError, ["type": "Swift.EncodingError"]).text(.sv)
        #expect(
            text
                == "Ett oväntat fel inträffade (Swift.EncodingError). Kör kommandot igen; om felet kommer tillbaka, rapportera det med kommandot du körde."
        )
    }

    @Test func saysTheTypeInEnglish() {
        let text = Localized(.cliUnexpectedError, ["type": "Swift.EncodingError"]).text(.en)
        #expect(
            text
                == "An unexpected error occurred (Swift.EncodingError). Run the command again; if the error comes back, report it with the command you ran."
        )
    }
}
