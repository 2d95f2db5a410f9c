import ArgumentParser
import LagomCore
import LagomStore

struct StepCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "step",
        abstract: "Move through the agenda: start, pause, resume, done, next, back, goto.",
        subcommands: [Start.self, Pause.self, Resume.self, Done.self, Next.self, Back.self, Goto.self]
    )

    /// Every step subcommand: perform one agenda action and say where the day is now.
    static func run(_ action: AgendaAction, _ options: SessionOptions) throws {
        try run(options) { _ in action }
    }

    static func run(_ options: SessionOptions, _ choose: (Session) throws -> AgendaAction) throws {
        let store = try options.open()
        let action = try choose(store.session)
        try commit(
            store, by: options.author,
            timed: { session, now, _ throws(Refusal) in
                try action.changes(in: session, at: now, utcOffsetSeconds: SystemClock.utcOffsetSeconds(at: now))
            })
        let session = store.session
        if let current = session.state.currentStep, let step = session.plan.step(current) {
            let status = StatusWords.step(session.state.progress(current).status)
            print(
                "\(Sanitiser.sanitiseSingleLine(step.id.rawValue))\t\(status.text(CommandLanguage.current))\t\(Sanitiser.sanitiseSingleLine(step.title))"
            )
        }
    }

    struct Start: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "start", abstract: "Start the current step (and its countdown).")
        @OptionGroup var options: SessionOptions
        func run() throws { try StepCommand.run(.start, options) }
    }
    struct Pause: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "pause", abstract: "Pause the current step and its countdowns.")
        @OptionGroup var options: SessionOptions
        func run() throws { try StepCommand.run(.pause, options) }
    }
    struct Resume: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "resume", abstract: "Resume the paused current step.")
        @OptionGroup var options: SessionOptions
        func run() throws { try StepCommand.run(.resume, options) }
    }
    struct Done: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "done", abstract: "Mark the current step done.")
        @OptionGroup var options: SessionOptions
        func run() throws { try StepCommand.run(.complete, options) }
    }
    struct Next: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "next", abstract: "Finish the current step and move to the next.")
        @OptionGroup var options: SessionOptions
        func run() throws { try StepCommand.run(.next, options) }
    }
    struct Back: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "back", abstract: "Move to the previous step.")
        @OptionGroup var options: SessionOptions
        func run() throws { try StepCommand.run(.back, options) }
    }
    struct Goto: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "goto", abstract: "Make STEP (id or number) the current step.")
        @OptionGroup var options: SessionOptions
        @Argument(help: "Step id, or its number in the agenda (1 = first).") var step: String
        func run() throws {
            try StepCommand.run(options) { session in .goto(try session.step(named: step).id) }
        }
    }
}
