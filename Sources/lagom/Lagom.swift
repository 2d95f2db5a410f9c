import ArgumentParser
import Glibc

@main
struct Lagom: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lagom",
        abstract: "Run a workshop day from the terminal: agenda, timers, notes, votes.",
        discussion: """
            SESSION is a session folder (tried first), or the name of one under ./Sessions.
            With no command, lagom opens the facilitator's console on the bundled sample.
            """,
        subcommands: [
            Facilitator.self, Projector.self, Timekeeper.self, Secretary.self,
            Check.self, New.self, StepCommand.self, NoteCommand.self, TimerCommand.self,
            VoteCommand.self, Reveal.self, Undo.self, Log.self, Export.self,
        ],
        defaultSubcommand: Facilitator.self
    )

    static func main() {
        if let problem = ArgumentEncoding.problem(in: ArgumentEncoding.rawArguments()) {
            printError("Error: \(problem)")
            Glibc.exit(64)  // EX_USAGE, like ArgumentParser's own usage errors
        }
        main(nil)
    }
}
