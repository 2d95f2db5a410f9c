import LagomCore

/// Why the terminal could not be started. Each case has one message meant for the person at the
/// keyboard, a catalogue text (the Terminal area): print `words` in the command's language and exit
/// non-zero.
public enum TerminalError: Error, Equatable, CustomStringConvertible {
    case standardInputNotATerminal
    case standardOutputNotATerminal
    case terminalTypeNotSet
    case terminalTypeUnknown(String)
    /// `requested`: the variable that decided the locale (`LANG=sv_SE`), nil when none is set.
    case noUTF8Locale(requested: String?)
    /// A system call the terminal set-up relies on failed: which one (and what for), and its errno.
    case systemCallFailed(call: String, errno: Int32)

    /// In English, for logs and tests (an errno as its number); a person reads `words(_:)` in the
    /// command's language.
    public var description: String { words { .verbatim("\($0)") }.en }

    /// The message; `reason` says an errno in words (LagomStore's `SystemReason.words`, which this
    /// module cannot reach).
    public func words(_ reason: (Int32) -> Localized) -> Localized {
        switch self {
        case .standardInputNotATerminal: Localized(.terminalInputNotATerminal)
        case .standardOutputNotATerminal: Localized(.terminalOutputNotATerminal)
        case .terminalTypeNotSet: Localized(.terminalTypeNotSet)
        case .terminalTypeUnknown(let name): Localized(.terminalTypeUnknown, ["name": name])
        case .noUTF8Locale(let requested?): Localized(.terminalNoUTF8Locale, ["requested": requested])
        case .noUTF8Locale(nil): Localized(.terminalNoUTF8LocaleNoneSet)
        case .systemCallFailed(let call, let code):
            Localized(.terminalSetupFailed, ["call": call, "reason": reason(code)])
        }
    }
}
