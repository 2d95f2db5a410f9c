import ArgumentParser
import LagomCore

/// One line of the command's output on stdout, in the command's language (`CommandLanguage`).
func say(_ text: Localized) {
    print(text.text(CommandLanguage.current))
}

/// A warning on stderr: `warning: …` / `varning: …`; the command goes on.
func warn(_ text: Localized) {
    printError(Localized(.cliWarning, ["text": text]).text(CommandLanguage.current))
}

/// An error on stderr: `Error: …` / `Fel: …`.
func sayError(_ text: Localized) {
    printError(Localized(.cliError, ["text": text]).text(CommandLanguage.current))
}

/// A mistake in the arguments, found before anything is read or written: said in the command's
/// language, and the exit status of ArgumentParser's own usage errors (64, EX_USAGE). Thrown from
/// `validate()` instead of a `ValidationError`, whose "Error:" and usage lines are always English.
func usageMistake(_ text: Localized) -> ExitCode {
    sayError(text)
    return .validationFailure
}
