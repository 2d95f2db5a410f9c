import ArgumentParser

/// `lagom timekeeper SESSION [--quiet] [--group N] [--theme NAME]` in its plain form, read without
/// ArgumentParser. Its parse builds every command's arguments by reflection, and each new type it
/// meets costs the Swift runtime a scan of all the binary's protocol conformances: more of a pane's
/// start-up than anything else (docs/benchmarks.md), for a pane that starts every time it is opened.
/// The command is the same `Timekeeper` ArgumentParser would have made. Anything else — another
/// form, a repeated option, a value that looks like an option, a mistake — is left to ArgumentParser,
/// which parses it, and says what is wrong, as it always does.
enum PlainRoleLine {
    static func command(_ arguments: [String]) -> (any ParsableCommand)? {
        var words = arguments[...]
        guard words.popFirst() == Timekeeper.configuration.commandName else { return nil }
        var session: String?
        var group: Int?
        var quiet = false
        var theme: String?
        while let word = words.popFirst() {
            switch word {
            case "--quiet":
                guard !quiet else { return nil }
                quiet = true
            case "--group":
                guard group == nil, let value = words.popFirst(), !value.hasPrefix("-"), let number = Int(value)
                else { return nil }
                group = number
            case "--theme":
                guard theme == nil, let value = words.popFirst(), !value.hasPrefix("-") else { return nil }
                theme = value
            default:
                guard session == nil, !word.hasPrefix("-") else { return nil }
                session = word
            }
        }
        guard let session else { return nil }
        var options = ScreenOptions()
        options.theme = theme
        // A theme that does not exist is ArgumentParser's to refuse, in its words.
        do { try options.validate() } catch { return nil }
        var command = Timekeeper()
        command.session = session
        command.group = group
        command.quiet = quiet
        command.screen = options
        return command
    }
}
