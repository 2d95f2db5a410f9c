/// Why the terminal could not be started. Each case has one message meant for the
/// person at the keyboard: print `description` and exit non-zero.
public enum TerminalError: Error, Equatable, CustomStringConvertible {
    case standardInputNotATerminal
    case standardOutputNotATerminal
    case terminalTypeNotSet
    case terminalTypeUnknown(String)
    case noUTF8Locale(requested: String)
    /// A system call the terminal set-up relies on failed; the text names which one and why.
    case systemCallFailed(String)

    public var description: String {
        switch self {
        case .standardInputNotATerminal:
            return
                "Standard input is not a terminal. Run lagom in a terminal window, not with input redirected from a file or pipe."
        case .standardOutputNotATerminal:
            return
                "Standard output is not a terminal. Run lagom in a terminal window, not with output redirected to a file or pipe."
        case .terminalTypeNotSet:
            return
                "The TERM environment variable is not set, so the terminal type is unknown. Set it, e.g. TERM=xterm-256color."
        case .terminalTypeUnknown(let name):
            return
                "The terminal type TERM=\(name) is not known to this system's terminfo database. Try TERM=xterm-256color (or tmux-256color inside tmux)."
        case .noUTF8Locale(let requested):
            return
                "No UTF-8 locale is available (the environment asks for \(requested)), so å, ä and ö cannot be shown or typed. Set LANG=C.UTF-8."
        case .systemCallFailed(let what):
            return "Could not set up the terminal: \(what)."
        }
    }
}
