extension Catalogue {
    static let englishTerminal: [TextKey: CatalogueEntry] = [
        .terminalInputNotATerminal:
            "Standard input is not a terminal. Run lagom in a terminal window, not with input redirected from a file or pipe.",
        .terminalOutputNotATerminal:
            "Standard output is not a terminal. Run lagom in a terminal window, not with output redirected to a file or pipe.",
        .terminalTypeNotSet:
            "The TERM environment variable is not set, so the terminal type is unknown. Set it, e.g. TERM=xterm-256color.",
        .terminalTypeUnknown:
            "The terminal type TERM={name} is not known to this system's terminfo database. Try TERM=xterm-256color (or tmux-256color inside tmux).",
        .terminalNoUTF8Locale:
            "No UTF-8 locale is available (the environment asks for {requested}), so å, ä and ö cannot be shown or typed. Set LANG=C.UTF-8.",
        .terminalNoUTF8LocaleNoneSet:
            "No UTF-8 locale is available and none of LANG, LC_CTYPE and LC_ALL is set, so å, ä and ö cannot be shown or typed. Set LANG=C.UTF-8.",
        .terminalSetupFailed: "Could not set up the terminal: {call} failed: {reason}.",
    ]
}
