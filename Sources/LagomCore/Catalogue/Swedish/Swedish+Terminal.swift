extension Catalogue {
    static let swedishTerminal: [TextKey: CatalogueEntry] = [
        .terminalInputNotATerminal:
            "Indata (stdin) kommer inte från en terminal. Starta lagom i ett terminalfönster, utan att läsa indata från en fil eller ett rör (|).",
        .terminalOutputNotATerminal:
            "Utdata (stdout) går inte till en terminal. Starta lagom i ett terminalfönster, utan att skicka utdata till en fil eller ett rör (|).",
        .terminalTypeNotSet:
            "Miljövariabeln TERM är inte satt, så terminaltypen är okänd. Sätt den, till exempel TERM=xterm-256color.",
        .terminalTypeUnknown:
            "Terminaltypen TERM={name} finns inte i datorns terminfo-databas. Prova TERM=xterm-256color (eller tmux-256color i tmux).",
        .terminalNoUTF8Locale:
            "Det finns ingen språkinställning (locale) med UTF-8 (miljön ber om {requested}), så å, ä och ö kan inte visas eller skrivas. Sätt LANG=C.UTF-8.",
        .terminalNoUTF8LocaleNoneSet:
            "Det finns ingen språkinställning (locale) med UTF-8 och varken LANG, LC_CTYPE eller LC_ALL är satt, så å, ä och ö kan inte visas eller skrivas. Sätt LANG=C.UTF-8.",
        .terminalSetupFailed: "Terminalen kunde inte förberedas: {call} misslyckades: {reason}.",
    ]
}
