import ArgumentParser
import Glibc
import LagomCore

/// A request for help on the command line, found before ArgumentParser parses the line, so the help is
/// printed by HelpPrinter in the command's language: `lagom help vote cast`, `-h`, `--help` or `-help`
/// anywhere before `--`, or a command that only groups others named alone (`lagom vote`).
struct HelpRequest {
    /// The commands from `lagom` to the one the help is about.
    let path: [HelpTree.Command]
    /// The session named on the line, if any: the help is said in its plan's language.
    let session: String?

    static let helpWords: Set<String> = ["-h", "--help", "-help"]

    /// Whether the line may ask for help at all, cheaply: the command tree is built only then, never
    /// on an ordinary run. A bare group command is one word (`lagom vote`).
    static func mayAsk(_ arguments: [String]) -> Bool {
        arguments.count == 1 || arguments.first == "help"
            || arguments.prefix { $0 != "--" }.contains(where: helpWords.contains)
    }

    static func find(in arguments: [String], root: HelpTree.Command) -> HelpRequest? {
        let words = Array(arguments.prefix { $0 != "--" })
        if words.first == "help" {
            let (path, rest) = root.resolve(Array(words.dropFirst()))
            return HelpRequest(path: path, session: sessionWord(in: rest, of: path))
        }
        let (path, rest) = root.resolve(words)
        if words.contains(where: helpWords.contains) {
            return HelpRequest(path: path, session: sessionWord(in: rest, of: path))
        }
        guard let command = path.last, path.count > 1, rest.isEmpty, command.defaultSubcommand == nil,
            !(command.subcommands ?? []).isEmpty
        else { return nil }
        return HelpRequest(path: path, session: nil)
    }

    /// The first word that is neither an option nor an option's value, when the command takes a session.
    static func sessionWord(in words: [String], of path: [HelpTree.Command]) -> String? {
        guard let command = path.last, command.shown.first(where: \.isPositional)?.valueName == "session" else {
            return nil
        }
        let valued = Set(command.shown.filter(\.takesValue).flatMap { ($0.names ?? []).map(\.typed) })
        var index = 0
        while index < words.count {
            let word = words[index]
            if !word.hasPrefix("-") { return word }
            index += valued.contains(word) ? 2 : 1
        }
        return nil
    }

    /// Prints the help on stdout in the command's language: `--lang`, else the named session's plan's
    /// (read without making a working copy of a sample), else the locale's.
    func print() {
        Self.speakTheLanguage(of: session)
        let text = HelpPrinter(language: CommandLanguage.current, width: Self.terminalWidth()).help(path)
        Swift.print(Sanitiser.sanitise(text), terminator: "")
    }

    /// The plan's language of the session named `session`, if it names one Lagom can read; a sample
    /// gets no working copy for it.
    static func speakTheLanguage(of session: String?) {
        if let session, let plan = try? SessionLocation.places.planBytes(of: session) {
            SessionLocation.speakTheLanguage(of: plan)
        }
    }

    /// The width the command line's help and messages wrap to: the terminal's, else `COLUMNS`, else 80.
    static func terminalWidth() -> Int {
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        if let columns = getenv("COLUMNS").flatMap({ Int(String(cString: $0)) }), columns > 0 { return columns }
        return 80
    }
}
