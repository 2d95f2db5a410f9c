import ArgumentParser
import Glibc
import LagomCore

@main
struct Lagom: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lagom",
        abstract: "Run a workshop day from the terminal: agenda, timers, notes, votes.",
        discussion: """
            SESSION is a session folder (tried first), or a name: one of your sessions \
            (~/.local/share/lagom/sessions/NAME, or under $XDG_DATA_HOME), a bundled sample \
            (planeringsdagar-2024, planeringsdagar-2024-resultat, team-day-en: the first use makes your \
            working copy there, the template is never written), or ./Sessions/NAME.
            With no command, lagom opens the facilitator's console on your working copy of the sample.
            --lang sv|en, anywhere on the line, sets the language of the screens and of every message; \
            without it a command speaks its session's language (the plan's), and a command with no session \
            (new, a mistyped command) the locale's (LANG starting with sv: Swedish), else English. \
            This help text is in English.
            """,
        version: "lagom \(version)",
        subcommands: [
            Facilitator.self, Projector.self, Timekeeper.self, Secretary.self, MinutesPane.self,
            Check.self, New.self, StepCommand.self, NoteCommand.self, TimerCommand.self,
            VoteCommand.self, DecisionCommand.self, ActionCommand.self, MinuteCommand.self, Reveal.self, Undo.self,
            Rehearse.self,
            Log.self, Export.self,
            AttendanceCommand.self, GroupsCommand.self, RoundCommand.self,
            Repair.self, Share.self, SSHLine.self, SSHPane.self,
        ],
        defaultSubcommand: Facilitator.self
    )

    /// `lagom --version`; raised with each release.
    static let version = "0.2.0"

    static func main() {
        if let problem = ArgumentEncoding.problem(in: ArgumentEncoding.rawArguments()) {
            sayError(problem)
            Glibc.exit(ExitCode.validationFailure.rawValue)  // EX_USAGE, like ArgumentParser's own usage errors
        }
        let arguments: [String]
        switch CommandLanguage.take(Array(CommandLine.arguments.dropFirst())) {
        case .success(let rest): arguments = rest
        case .failure(let problem):
            switch problem {
            case .missingValue: sayError(Localized(.cliLangMissing))
            case .unknown(let found): sayError(Localized(.cliLangUnknown, ["found": found]))
            }
            Glibc.exit(ExitCode.validationFailure.rawValue)
        }
        let commands = configuration.subcommands.map { $0._commandName }
        if let problem = CommandGuess.problem(
            in: arguments, commands: commands, knowsSession: SessionLocation.places.knows)
        {
            sayError(problem)
            Glibc.exit(ExitCode.validationFailure.rawValue)
        }
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
        } catch let failure as CommandFailure {
            sayError(failure.message)
            Glibc.exit(ExitCode.failure.rawValue)
        } catch {
            exitSanitised(withError: error)
        }
    }

    /// ArgumentParser's `exit(withError:)`, with its message sanitised: an unknown option or a
    /// refused value is echoed in the message, and raw control text must not reach the terminal.
    private static func exitSanitised(withError error: any Error) -> Never {
        let code = exitCode(for: error)
        let message = fullMessage(for: error)
        if code == .success {
            if !message.isEmpty { print(Sanitiser.sanitise(message)) }  // --help, --version
        } else if !message.isEmpty {
            printError(message)
        }
        Glibc.exit(code.rawValue)
    }
}
