import ArgumentParser
import LagomCore
import LagomStore

struct TimerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timer",
        abstract: TextKey.helpTimer.name,
        subcommands: [Start.self, Pause.self, Resume.self, Extend.self, Reset.self, Stop.self]
    )

    struct Target: ParsableArguments {
        @Option(help: .key(TextKey.helpStepOrCurrent)) var step: String?
        @Option(help: .key(TextKey.helpTimerGroup)) var group: Int?
    }

    /// `mistake`: what is wrong with the arguments, said once the session (and so its language) is open.
    static func run(
        _ options: SessionOptions, _ target: Target, _ action: TimerAction, mistake: Localized? = nil
    )
        throws
    {
        let store = try options.open()
        if let mistake { throw usageMistake(mistake) }
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
            let state = StatusWords.timer(running: timer.isRunning, paused: timer.isPaused).text(
                CommandLanguage.current)
            print(
                "\(Sanitiser.sanitiseSingleLine(key.description))\t\(state)\t\(TimerMath.format(remaining: timer.remaining(at: store.clock.now, stop: stop)))"
            )
        }
    }

    /// `--minutes` outside `from`…24 hours; the number as typed, however long.
    static func outOfRange(_ minutes: Int, from lowest: Int) -> Localized {
        Localized(
            .cliMinutesOutOfRange, ["lowest": String(lowest), "highest": Step.maxMinutes, "found": String(minutes)])
    }

    struct Start: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "start", abstract: TextKey.helpTimerStart.name)
        @OptionGroup var options: SessionOptions
        @OptionGroup var target: Target
        @Option(parsing: .unconditional, help: .key(TextKey.helpTimerStartMinutes)) var minutes: Int?
        func run() throws {
            let mistake = minutes.flatMap {
                (1...Step.maxMinutes).contains($0) ? nil : TimerCommand.outOfRange($0, from: 1)
            }
            // No multiplication of a number out of range: it could overflow.
            let seconds = mistake == nil ? minutes.map { $0 * 60 } : nil
            try TimerCommand.run(options, target, .start(seconds: seconds), mistake: mistake)
        }
    }
    struct Pause: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "pause", abstract: TextKey.helpTimerPause.name)
        @OptionGroup var options: SessionOptions
        @OptionGroup var target: Target
        func run() throws { try TimerCommand.run(options, target, .pause) }
    }
    struct Resume: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "resume", abstract: TextKey.helpTimerResume.name)
        @OptionGroup var options: SessionOptions
        @OptionGroup var target: Target
        func run() throws { try TimerCommand.run(options, target, .resume) }
    }
    struct Extend: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "extend",
            abstract: TextKey.helpTimerExtend.name)
        @OptionGroup var options: SessionOptions
        @OptionGroup var target: Target
        // `.unconditional`: "--minutes -1" is a value, not an unknown option called "-1".
        @Option(parsing: .unconditional, help: .key(TextKey.helpTimerExtendMinutes))
        var minutes: Int
        func run() throws {
            // `magnitude`, not `abs`: abs(Int.min) traps.
            let mistake =
                minutes == 0
                ? Localized(.cliMinutesNotZero)
                : minutes.magnitude > UInt(Step.maxMinutes)
                    ? TimerCommand.outOfRange(minutes, from: -Step.maxMinutes) : nil
            try TimerCommand.run(options, target, .extend(seconds: mistake == nil ? minutes * 60 : 0), mistake: mistake)
        }
    }
    struct Reset: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "reset", abstract: TextKey.helpTimerReset.name)
        @OptionGroup var options: SessionOptions
        @OptionGroup var target: Target
        func run() throws { try TimerCommand.run(options, target, .reset) }
    }
    struct Stop: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "stop", abstract: TextKey.helpTimerStop.name)
        @OptionGroup var options: SessionOptions
        @OptionGroup var target: Target
        func run() throws { try TimerCommand.run(options, target, .stop) }
    }
}
