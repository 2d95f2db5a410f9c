import ArgumentParser
import LagomCore
import LagomStore

struct TimerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timer",
        abstract: "Control a countdown: the step's own, or a group's with --group.",
        subcommands: [Start.self, Pause.self, Resume.self, Extend.self, Reset.self, Stop.self]
    )

    struct Target: ParsableArguments {
        @Option(help: "The step (id or number); default the current step.") var step: String?
        @Option(help: "A group's own countdown during group work.") var group: Int?
    }

    static func run(_ options: SessionOptions, _ target: Target, _ action: TimerAction) throws {
        let store = try options.open()
        let key = TimerKey(step: try store.session.step(named: target.step).id, group: target.group)
        try commit(
            store, by: options.author,
            timed: { session, now, _ throws(Refusal) in
                try action.changes(
                    for: key, in: session, at: now, utcOffsetSeconds: SystemClock.utcOffsetSeconds(at: now))
            })
        let session = store.session
        if let timer = session.state.timers[key] {
            let stop = session.plan.step(key.step)?.timer?.stop ?? .soft
            let state = timer.isRunning ? "running" : timer.isPaused ? "paused" : "stopped"
            print(
                "\(Sanitiser.sanitiseSingleLine(key.description))\t\(state)\t\(TimerMath.format(remaining: timer.remaining(at: store.clock.now, stop: stop)))"
            )
        }
    }

    struct Start: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "start", abstract: "Start a countdown (default length: the plan's).")
        @OptionGroup var options: SessionOptions
        @OptionGroup var target: Target
        @Option(parsing: .unconditional, help: "Length in minutes (1 to \(Step.maxMinutes)).") var minutes: Int?
        func validate() throws {
            if let minutes, let problem = Step.minutesProblem(minutes) { throw ValidationError("--minutes \(problem)") }
        }
        func run() throws { try TimerCommand.run(options, target, .start(seconds: minutes.map { $0 * 60 })) }
    }
    struct Pause: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "pause", abstract: "Pause a running countdown.")
        @OptionGroup var options: SessionOptions
        @OptionGroup var target: Target
        func run() throws { try TimerCommand.run(options, target, .pause) }
    }
    struct Resume: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "resume", abstract: "Resume a paused countdown.")
        @OptionGroup var options: SessionOptions
        @OptionGroup var target: Target
        func run() throws { try TimerCommand.run(options, target, .resume) }
    }
    struct Extend: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "extend",
            abstract: "Add minutes to a countdown (negative takes time off: --minutes -1).")
        @OptionGroup var options: SessionOptions
        @OptionGroup var target: Target
        // `.unconditional`: "--minutes -1" is a value, not an unknown option called "-1".
        @Option(parsing: .unconditional, help: "Minutes to add (-\(Step.maxMinutes) to \(Step.maxMinutes)).")
        var minutes: Int
        func validate() throws {
            if minutes == 0 { throw ValidationError("--minutes must not be 0") }
            // `magnitude`, not `abs`: abs(Int.min) traps.
            if minutes.magnitude > UInt(Step.maxMinutes) {
                throw ValidationError(
                    "--minutes must be from -\(Step.maxMinutes) to \(Step.maxMinutes) (24 hours), found \(minutes)")
            }
        }
        func run() throws { try TimerCommand.run(options, target, .extend(seconds: minutes * 60)) }
    }
    struct Reset: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "reset", abstract: "Put a countdown back to its planned length, paused.")
        @OptionGroup var options: SessionOptions
        @OptionGroup var target: Target
        func run() throws { try TimerCommand.run(options, target, .reset) }
    }
    struct Stop: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "stop", abstract: "Stop a countdown.")
        @OptionGroup var options: SessionOptions
        @OptionGroup var target: Target
        func run() throws { try TimerCommand.run(options, target, .stop) }
    }
}
