import ArgumentParser
import LagomCore

/// ArgumentParser's own mistakes about a malformed line ("Missing expected argument '<session>'"),
/// said again in the command's language with the command's usage line. Its messages are English text,
/// so they are recognised by their wording (pinned with the package's version; CommandLineHelpTests
/// makes each one happen); one not recognised is passed on as ArgumentParser wrote it.
enum ParseMistake {
    private static let patterns: [(String, TextKey, [String])] = [
        (#"Missing expected argument '(.*)'"#, TextKey.parseMissingArgument, ["argument"]),
        (#"Missing one of: (.*)"#, TextKey.parseMissingOneOf, ["arguments"]),
        (#"Unknown option '(.*)'\. Did you mean '(.*)'\?"#, TextKey.parseUnknownOptionGuess, ["option", "guess"]),
        (#"Unknown option '(.*)'"#, TextKey.parseUnknownOption, ["option"]),
        (#"Missing value for '(.*)'"#, TextKey.parseMissingValue, ["option"]),
        (#"Unexpected argument '(.*)'"#, TextKey.parseUnexpectedArgument, ["value"]),
        (#"(\d+) unexpected arguments: (.*)"#, TextKey.parseUnexpectedArguments, ["count", "values"]),
        (#"The value '(.*)' is invalid for '([^']*)'.*"#, TextKey.parseInvalidValue, ["value", "option"]),
        (
            #"The option '(.*)' does not take any value, but '(.*)' was specified\."#, TextKey.parseFlagTakesNoValue,
            ["option", "value"]
        ),
        (#"Missing required subcommand\."#, TextKey.parseMissingSubcommand, []),
    ]

    /// ArgumentParser's message in the command's language, or as it is.
    static func localized(_ message: String) -> Localized {
        for (pattern, key, names) in patterns {
            guard let regex = try? Regex("(?s)" + pattern), let match = message.wholeMatch(of: regex) else {
                continue
            }
            var arguments: [String: any TextArgumentConvertible] = [:]
            for (index, name) in names.enumerated() {
                let captured = match.output[index + 1].substring.map(String.init) ?? ""
                arguments[name] = name == "count" ? (Int(captured) ?? 0) as any TextArgumentConvertible : captured
            }
            return Localized(key, arguments)
        }
        return .verbatim(message)
    }

    /// The mistake on stderr, then the usage line of the command the line named and where to read more.
    /// Said in the language of the session the line names, as its help would be.
    static func report(_ message: String, arguments: [String]) {
        guard let root = HelpTree.lagom() else { return sayError(localized(message)) }
        let words = Array(arguments.prefix { $0 != "--" })
        let (path, rest) = root.resolve(words)
        HelpRequest.speakTheLanguage(of: HelpRequest.sessionWord(in: rest, of: path))
        sayError(localized(message))
        let printer = HelpPrinter(language: CommandLanguage.current, width: HelpRequest.terminalWidth())
        printError(Localized(.helpUsageAfterMistake, ["usage": printer.usage(path)]).text(CommandLanguage.current))
        let command = path.map(\.commandName).joined(separator: " ")
        printError("  " + Localized(.helpSeeHelp, ["command": command]).text(CommandLanguage.current))
    }
}
