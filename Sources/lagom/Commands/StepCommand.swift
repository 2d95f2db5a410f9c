import ArgumentParser
import LagomCore
import LagomStore

struct StepCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "step",
        abstract: TextKey.helpStep.name,
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
            commandName: "start", abstract: TextKey.helpStepStart.name)
        @OptionGroup var options: SessionOptions
        func run() throws { try StepCommand.run(.start, options) }
    }
    struct Pause: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "pause", abstract: TextKey.helpStepPause.name)
        @OptionGroup var options: SessionOptions
        func run() throws { try StepCommand.run(.pause, options) }
    }
    struct Resume: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "resume", abstract: TextKey.helpStepResume.name)
        @OptionGroup var options: SessionOptions
        func run() throws { try StepCommand.run(.resume, options) }
    }
    struct Done: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "done", abstract: TextKey.helpStepDone.name)
        @OptionGroup var options: SessionOptions
        func run() throws { try StepCommand.run(.complete, options) }
    }
    struct Next: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "next", abstract: TextKey.helpStepNext.name)
        @OptionGroup var options: SessionOptions
        func run() throws { try StepCommand.run(.next, options) }
    }
    struct Back: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "back", abstract: TextKey.helpStepBack.name)
        @OptionGroup var options: SessionOptions
        func run() throws { try StepCommand.run(.back, options) }
    }
    struct Goto: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "goto", abstract: TextKey.helpStepGoto.name)
        @OptionGroup var options: SessionOptions
        @Argument(help: .key(TextKey.helpStepGotoStep)) var step: String
        func run() throws {
            try StepCommand.run(options) { session in .goto(try session.step(named: step).id) }
        }
    }
}
