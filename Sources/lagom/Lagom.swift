import ArgumentParser
import Glibc
import LagomCore

@main
struct Lagom: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lagom",
        abstract: TextKey.helpLagom.name,
        discussion: TextKey.helpLagomMore.name,
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
        if arguments.first != "help",
            let problem = CommandGuess.problem(
                in: arguments, commands: commands, knowsSession: SessionLocation.places.knows)
        {
            sayError(problem)
            Glibc.exit(ExitCode.validationFailure.rawValue)
        }
        if HelpRequest.mayAsk(arguments), let root = HelpTree.lagom(),
            let request = HelpRequest.find(in: arguments, root: root)
        {
            request.print()
            Glibc.exit(ExitCode.success.rawValue)
        }
        var command: any ParsableCommand
        if let plain = PlainRoleLine.command(arguments) {
            command = plain
        } else {
            do { command = try parseAsRoot(arguments) } catch { exitSanitised(withError: error, arguments: arguments) }
        }
        do {
            try command.run()
        } catch let error where Self.isArgumentParsers(error) {
            exitSanitised(withError: error, arguments: arguments)
        } catch {
            // Any other error is said in the command's language, a library's too.
            sayError(CommandFailure(error).message)
            Glibc.exit(ExitCode.failure.rawValue)
        }
    }

    /// What a command's `run` throws to end as ArgumentParser ends it: an exit code (a usage mistake
    /// already said), a clean exit, or the library's own `--help` command asking for help (an
    /// internal type, so known by its module's name).
    static func isArgumentParsers(_ error: any Error) -> Bool {
        error is ExitCode || error is CleanExit || String(reflecting: type(of: error)).hasPrefix("ArgumentParser.")
    }

    /// ArgumentParser's `exit(withError:)`, with its message sanitised: an unknown option or a
    /// refused value is echoed in the message, and raw control text must not reach the terminal.
    /// A mistake on the line is said in the command's language (ParseMistake).
    private static func exitSanitised(withError error: any Error, arguments: [String]) -> Never {
        let code = exitCode(for: error)
        let message = fullMessage(for: error)
        if code == .success {
            if !message.isEmpty { print(Sanitiser.sanitise(message)) }  // --version
        } else if code == .validationFailure, !(error is ExitCode) {
            ParseMistake.report(self.message(for: error), arguments: arguments)
        } else if !message.isEmpty {
            printError(message)
        }
        Glibc.exit(code.rawValue)
    }
}
