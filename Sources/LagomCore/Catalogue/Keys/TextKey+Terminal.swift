/// Why a screen could not take over the terminal (LagomTerminal's `TerminalError`): one line on
/// stderr, in the command's language, before anything on the terminal changed.
extension TextKey {
    /// Standard input is a file or a pipe.
    public static var terminalInputNotATerminal: TextKey { TextKey() }
    /// Standard output is a file or a pipe.
    public static var terminalOutputNotATerminal: TextKey { TextKey() }
    /// TERM is not set.
    public static var terminalTypeNotSet: TextKey { TextKey() }
    /// TERM names a terminal type terminfo does not know. {name}: its value.
    public static var terminalTypeUnknown: TextKey { TextKey() }
    /// No UTF-8 locale can be chosen. {requested}: the variable that decided it (LANG=sv_SE).
    public static var terminalNoUTF8Locale: TextKey { TextKey() }
    /// No UTF-8 locale can be chosen, and none of LC_ALL, LC_CTYPE and LANG is set.
    public static var terminalNoUTF8LocaleNoneSet: TextKey { TextKey() }
    /// A system call the set-up needs failed. {call}: the call and what for, as `pipe()`;
    /// {reason}: a `fileReason…` text.
    public static var terminalSetupFailed: TextKey { TextKey() }
}
